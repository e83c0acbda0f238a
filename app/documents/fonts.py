"""The fonts Accord prints with, shipped in resources/fonts with their licence.

Liberation Serif covers the Latin script of every European language, Greek
and Cyrillic, in regular, bold, italic and bold italic.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from ..store.errors import RecordError

FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"
FAMILY = "AccordSerif"
_FACES = {
    FAMILY: "LiberationSerif-Regular.ttf",
    f"{FAMILY}-Bold": "LiberationSerif-Bold.ttf",
    f"{FAMILY}-Italic": "LiberationSerif-Italic.ttf",
    f"{FAMILY}-BoldItalic": "LiberationSerif-BoldItalic.ttf",
}
_LAYOUT = frozenset("\n\t")  # characters that place text rather than show a glyph


class UnprintableText(RecordError):
    """Text holds characters no shipped font can show; the message lists them."""

    def __init__(self, characters: list[str]):
        self.characters = characters
        listed = ", ".join(f"{c} (U+{ord(c):04X} {unicodedata.name(c, 'unnamed character')})"
                           for c in characters[:12])
        more = f" and {len(characters) - 12} more" if len(characters) > 12 else ""
        super().__init__(f"the text holds characters Accord's fonts cannot print: {listed}{more}. "
                         "Replace them and print again.")


@cache
def register() -> str:
    """Register the family with ReportLab (once); its name."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, file in _FACES.items():
        pdfmetrics.registerFont(TTFont(name, str(FONTS / file)))
    for bold in (0, 1):
        for italic in (0, 1):
            face = FAMILY + {(0, 0): "", (1, 0): "-Bold", (0, 1): "-Italic", (1, 1): "-BoldItalic"}[bold, italic]
            addMapping(FAMILY, bold, italic, face)
    return FAMILY


@cache
def _covered() -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics

    register()
    covered = None
    for name in _FACES:  # a character must print in every face, bold brackets included
        face = set(pdfmetrics.getFont(name).face.charToGlyph)
        covered = face if covered is None else covered & face
    return frozenset(covered)


def check_printable(texts: Iterable[str]) -> None:
    """Raise UnprintableText when any text holds a character the fonts cannot show."""
    covered = _covered()
    missing: dict[str, None] = {}
    for text in texts:
        if text.isascii():
            continue  # the fonts cover ASCII; skip the per-character look-up for most text
        for character in set(text):
            if ord(character) not in covered and character not in _LAYOUT and character not in missing:
                missing[character] = None
    if missing:
        raise UnprintableText(sorted(missing))
