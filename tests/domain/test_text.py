from hypothesis import given
from hypothesis import strategies as st

from app.domain.text import clean_text


def test_control_characters_go_newline_and_tab_stay():
    """NUL and other control characters are removed; newline and tab are kept."""
    assert clean_text("a\x00b\x07c\r\nd\te\x7f\x85f") == "abc\nd\tef"


def test_text_is_normalised_to_nfc():
    """A decomposed accent becomes the composed character."""
    assert clean_text("Castan\u0303eda") == "Castañeda"


def test_markup_and_scripts_are_kept_as_typed():
    """Markup, brackets, right-to-left and other scripts are data, unchanged."""
    text = "<b>Smith & Co.</b> [[draft]] Сергей Лавров مرحبا \u200f 中文"
    assert clean_text(text) == text


def test_no_length_limit():
    """Long text is kept whole."""
    text = "word " * 200_000
    assert clean_text(text) == text


@given(st.text())
def test_cleaning_is_idempotent_and_leaves_no_control_characters(text):
    """Cleaning twice changes nothing, and no control character but newline or tab survives."""
    once = clean_text(text)
    assert clean_text(once) == once
    assert all(ch in "\n\t" or not (ord(ch) < 32 or 0x7F <= ord(ch) <= 0x9F) for ch in once)
