"""The printed communiqué, read back with pypdf."""

import io
import re

import pytest
from pypdf import PdfReader

from app.cli import main
from app.documents.communique import comparison_pdf, communique_pdf
from app.documents.fonts import UnprintableText
from app.store.communiques import Document, Signatory, document
from app.store.exchange import import_bundle

Q = "q-2001-06-21"


def words(pdf: bytes) -> str:
    """All the text, its whitespace collapsed."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())


def bold_runs(pdf: bytes) -> str:
    """The text drawn in a bold face."""
    out = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        def visit(text, _cm, _tm, font, _size):
            if font is not None and "Bold" in str(font.get("/BaseFont", "")):
                out.append(text)
        page.extract_text(visitor_text=visit)
    return " ".join("".join(out).split())


def draft_document(**overrides) -> Document:
    values = dict(id="q-x", talks_id="t", talks_title="U.S.–Mexico Migration Talks", title="Joint Communiqué",
                  titles={"es": "Comunicado conjunto"}, issued="2001-06-21T13:00:00-04:00", place="Washington",
                  languages=["en", "es"], status="draft", version=2, marking=None,
                  paragraphs=[{"id": "p1", "heading": False, "numbered": True,
                               "text": {"en": "The talks covered [[regularization of undocumented Mexicans]].",
                                        "es": "Las conversaciones trataron [[la regularización]]."}}],
                  plan=[], signatories=[])
    values.update(overrides)
    return Document(**values)


@pytest.fixture
def sample(record, sample_bundle):
    import_bundle(record, sample_bundle)
    return record


def test_the_sample_communique_prints_title_dateline_and_eight_paragraphs_in_order(sample):
    doc = document(sample, Q)
    pdf = communique_pdf(doc)
    text = words(pdf)
    assert text.startswith("June 21, 2001 – 13:00 hrs. Joint Communiqué on U.S.-Mexico Migration Talks")
    at = 0
    for n, paragraph in enumerate(doc.paragraphs, start=1):
        opening = " ".join(paragraph["text"]["en"].split()[:8])
        found = text.find(f"{n}. {opening}", at)
        assert found > at, f"paragraph {n} missing or out of order"
        at = found
    assert text.find("Plan of action", at) > at
    assert "1. Increase immediately existing efforts to ensure safety on the border." in text
    assert "DRAFT" not in text and "Draft" not in text
    assert re.search(r"Page 1 of 2", text)
    info = PdfReader(io.BytesIO(pdf)).metadata
    assert (info.title, info.author, info.subject) == ("Joint Communiqué on U.S.-Mexico Migration Talks",
                                                       "U.S.–Mexico Migration Talks", "Joint communiqué")


def test_a_bilingual_draft_prints_both_languages_draft_marks_and_bold_brackets():
    pdf = communique_pdf(draft_document(marking="CONFIDENTIAL"))
    text = words(pdf)
    for expected in ("Washington, June 21, 2001 – 13:00 hrs.", "Washington, 21 de junio de 2001 – 13:00 hrs.",
                     "Joint Communiqué",
                     "Comunicado conjunto", "[[regularization of undocumented Mexicans]]", "[[la regularización]]",
                     "DRAFT", "Draft 2", "Page 1 of 1"):
        assert expected in text
    assert text.count("CONFIDENTIAL") == 2  # top and bottom of the page
    bold = bold_runs(pdf)
    assert "[[regularization of undocumented Mexicans]]" in bold and "[[la regularización]]" in bold
    assert "The talks covered" not in bold


def test_agreed_and_issued_texts_carry_no_draft_marks():
    for status in ("agreed", "issued"):
        text = words(communique_pdf(draft_document(status=status, paragraphs=[])))
        assert "DRAFT" not in text and "Draft" not in text


@pytest.mark.parametrize("typed", ["a < b & c > d", "</para> closes nothing", '<img src="x.png"/> is text',
                                   "<b>Castañeda & Co.</b>", "&amp; stays &amp;"])
def test_text_is_data(typed):
    doc = draft_document(languages=["en"], titles={}, paragraphs=[{"id": "p", "heading": False, "numbered": True,
                                                                   "text": {"en": typed}}])
    assert typed in words(communique_pdf(doc))


def test_line_breaks_inside_a_paragraph_are_kept():
    doc = draft_document(languages=["en"], titles={}, paragraphs=[
        {"id": "p", "heading": False, "numbered": False, "text": {"en": "First line\nSecond line"}}])
    lines = PdfReader(io.BytesIO(communique_pdf(doc))).pages[0].extract_text().splitlines()
    assert "First line" in lines and "Second line" in lines


def test_a_huge_paragraph_and_a_huge_word_print_across_pages():
    """200,000 characters in one paragraph, and a 20,000-character word, in a parallel text."""
    huge = ("Border safety and orderly migration. " * 5406)[:200_000]
    doc = draft_document(paragraphs=[
        {"id": "p1", "heading": True, "numbered": False, "text": {"en": "Border safety", "es": "Seguridad"}},
        {"id": "p2", "heading": False, "numbered": True, "text": {"en": huge, "es": "Texto breve."}},
        {"id": "p3", "heading": False, "numbered": True, "text": {"en": "W" * 20_000}}])
    pdf = communique_pdf(doc)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) > 20
    text = words(pdf).replace(" ", "")
    assert text.count("W") >= 20_000
    assert text.count("Bordersafetyandorderlymigration.") >= 5400


def test_greek_and_cyrillic_print_and_an_unprintable_character_is_named():
    doc = draft_document(languages=["en"], titles={}, paragraphs=[
        {"id": "p", "heading": False, "numbered": True, "text": {"en": "Αθήνα and Москва"}}])
    assert "Αθήνα and Москва" in words(communique_pdf(doc))
    doc.paragraphs[0]["text"]["en"] = "Beijing 北京"
    with pytest.raises(UnprintableText, match=r"北 \(U\+5317 CJK UNIFIED IDEOGRAPH-5317\)"):
        communique_pdf(doc)


def test_fonts_are_embedded():
    reader = PdfReader(io.BytesIO(communique_pdf(draft_document())))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    names = {str(fonts[f].get_object()["/BaseFont"]) for f in fonts}
    assert any(n.endswith("+LiberationSerif-Bold") for n in names) and any(n.endswith("+LiberationSerif") for n in names)
    assert not any("Helvetica" in n or "Times" in n for n in names)
    for f in fonts:
        descriptor = fonts[f].get_object()["/FontDescriptor"] if "/FontDescriptor" in fonts[f].get_object() else \
            fonts[f].get_object()["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        assert "/FontFile2" in descriptor.get_object()


def test_signatories_print_as_signature_blocks():
    doc = draft_document(signatories=[Signatory("Colin Powell", "Secretary of State", "United States"),
                                      Signatory("Jorge G. Castañeda", "Secretary of Foreign Relations", "Mexico")])
    text = words(communique_pdf(doc))
    assert "Colin Powell Secretary of State United States" in text
    assert "Jorge G. Castañeda Secretary of Foreign Relations Mexico" in text


def test_invariant_mode_gives_the_same_bytes(sample):
    doc = document(sample, Q)
    assert communique_pdf(doc, invariant=True) == communique_pdf(doc, invariant=True)


def test_the_comparison_marks_insertions_and_deletions():
    old = draft_document(languages=["en"], titles={}, version=1, paragraphs=[
        {"id": "p1", "heading": False, "numbered": True, "text": {"en": "We agreed to increase efforts."}},
        {"id": "p2", "heading": False, "numbered": True, "text": {"en": "A paragraph dropped later."}}])
    new = draft_document(languages=["en"], titles={}, version=2, paragraphs=[
        {"id": "p1", "heading": False, "numbered": True, "text": {"en": "We agreed to increase immediately efforts."}}])
    pdf = comparison_pdf(old, new)
    text = words(pdf)
    assert "Comparison of draft 1 with draft 2" in text
    assert "We agreed to increase immediately efforts." in text and "A paragraph dropped later." in text
    page = PdfReader(io.BytesIO(pdf)).pages[0].get_contents().get_data().decode("latin-1")
    assert len(re.findall(r"\bl\b", page)) + len(re.findall(r" re\b", page)) >= 2  # underline and strike lines


def test_command_line_prints_a_communique_and_a_failed_print_leaves_the_old_file(tmp_path, sample_bundle):
    db, out = tmp_path / "r.sqlite", tmp_path / "q.pdf"
    assert main(["--db", str(db), "import", str(sample_bundle)]) == 0
    assert main(["--db", str(db), "communique", Q, "--out", str(out)]) == 0
    assert "Plan of action" in words(out.read_bytes())
    out.write_bytes(b"the old file")
    assert main(["--db", str(db), "communique", "nope", "--out", str(out)]) == 1
    assert main(["--db", str(db), "communique", Q, "--out", str(out), "--version", "1"]) == 1
    assert out.read_bytes() == b"the old file"
    assert main(["--db", str(db), "communique", Q, "--out", str(out), "--version", "3", "--invariant"]) == 0
    first = out.read_bytes()
    assert main(["--db", str(db), "communique", Q, "--out", str(out), "--invariant"]) == 0
    assert out.read_bytes() == first
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []
