"""What every printed page shares: text made safe for ReportLab's markup, the paragraph styles, the
marking at top and bottom, the DRAFT watermark, "Page X of Y", parallel columns, and the build."""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate
from reportlab.platypus.paragraph import ParaLines

from .. import atomic
from ..domain.communique import brackets
from .fonts import register

PAGE = A4
MARGIN = 22 * mm
GAP = 8 * mm  # between parallel columns
FRAME_HEIGHT = PAGE[1] - 2 * MARGIN - 12  # SimpleDocTemplate's frame, less its padding


def markup(text: str, bold_brackets: bool = False) -> str:
    """`text` as ReportLab paragraph markup that prints it literally: `<`, `&` and tags are characters,
    line breaks are kept; with `bold_brackets`, [[bracketed]] passages are set in bold, brackets included."""
    if not bold_brackets:
        return _escaped(text)
    out, at = [], 0
    for bracket in brackets(text):
        out.append(_escaped(text[at:bracket.start]))
        out.append("<b>" + _escaped(text[bracket.start:bracket.end]) + "</b>")
        at = bracket.end
    out.append(_escaped(text[at:]))
    return "".join(out)


def _escaped(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    numbered: ParagraphStyle
    heading: ParagraphStyle
    title: ParagraphStyle
    dateline: ParagraphStyle
    small: ParagraphStyle


def styles(size: float = 11.5) -> Styles:
    family = register()
    body = ParagraphStyle("body", fontName=family, fontSize=size, leading=size * 1.35, alignment=TA_JUSTIFY,
                          spaceAfter=size * 0.7, splitLongWords=1, allowWidows=0, allowOrphans=0)
    return Styles(
        body=body,
        numbered=ParagraphStyle("numbered", parent=body, leftIndent=size * 2, bulletIndent=0,
                                bulletFontName=family, bulletFontSize=size),
        heading=ParagraphStyle("heading", parent=body, fontName=f"{family}-Bold", alignment=TA_LEFT,
                               spaceBefore=size * 0.6, keepWithNext=1),
        title=ParagraphStyle("title", parent=body, fontName=f"{family}-Bold", fontSize=size * 1.35,
                             leading=size * 1.75, alignment=TA_CENTER, spaceBefore=size * 0.6, spaceAfter=size * 1.4),
        dateline=ParagraphStyle("dateline", parent=body, alignment=TA_LEFT, spaceAfter=size * 0.6),
        small=ParagraphStyle("small", parent=body, fontSize=size * 0.8, leading=size * 1.05, alignment=TA_LEFT),
    )


class Parallel(Flowable):
    """Two texts side by side, top-aligned, that split across pages together: a parallel text's
    paragraph in its two languages. Either side may be empty."""

    def __init__(self, left: Flowable | None, right: Flowable | None, gap: float = GAP):
        super().__init__()
        self.left, self.right, self.gap = left, right, gap
        self._heights = (0.0, 0.0)

    def _column(self, width: float) -> float:
        return (width - self.gap) / 2

    def wrap(self, available_width: float, available_height: float):
        column = self._column(available_width)
        self._heights = tuple(side.wrap(column, available_height)[1] if side is not None else 0.0
                              for side in (self.left, self.right))
        self.width, self.height = available_width, max(self._heights)
        return self.width, self.height

    def split(self, available_width: float, available_height: float):
        column = self._column(available_width)
        firsts, rests = [], []
        for side in (self.left, self.right):
            if side is None or side.wrap(column, available_height)[1] <= available_height:
                firsts.append(side)
                rests.append(None)
                continue
            parts = side.split(column, available_height)
            if len(parts) != 2:
                return []  # not even a line fits here: the pair moves on together
            firsts.append(parts[0])
            rests.append(parts[1])
        return [Parallel(firsts[0], firsts[1], self.gap), Parallel(rests[0], rests[1], self.gap)]

    def getSpaceAfter(self) -> float:
        return max((side.getSpaceAfter() for side in (self.left, self.right) if side is not None), default=0)

    def getKeepWithNext(self) -> bool:
        if "keepWithNext" in self.__dict__:  # set off by the page template once it has kept the two together
            return self.__dict__["keepWithNext"]
        return any(getattr(getattr(side, "style", None), "keepWithNext", 0) for side in (self.left, self.right)
                   if side is not None)

    def draw(self) -> None:
        column = self._column(self.width)
        for side, x, height in ((self.left, 0, self._heights[0]), (self.right, column + self.gap, self._heights[1])):
            if side is not None:
                side.drawOn(self.canv, x, self.height - height)


@dataclass
class PageDecor:
    """What goes around the text of every page."""

    marking: str | None = None
    watermark: str | None = None           # "DRAFT"
    footer_left: str = ""                  # "Draft 3"
    footer_size: float = 9                 # smaller for a long footer (an approval's checksum)
    page_label: str = "Page {page} of {pages}"


def _decorate_page(canvas: Canvas, decor: PageDecor) -> None:
    """Drawn before the page's text: the watermark behind it, the marking at top and bottom."""
    family = register()
    width, height = PAGE
    canvas.saveState()
    if decor.watermark:
        canvas.setFillColor(colors.Color(0.82, 0.82, 0.82))
        canvas.setFont(f"{family}-Bold", 110)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(50)
        canvas.drawCentredString(0, -38, decor.watermark)
        canvas.rotate(-50)
        canvas.translate(-width / 2, -height / 2)
    if decor.marking:
        canvas.setFillColor(colors.black)
        canvas.setFont(f"{family}-Bold", 10)
        canvas.drawCentredString(width / 2, height - 12 * mm, decor.marking)
        canvas.drawCentredString(width / 2, 9 * mm, decor.marking)
    canvas.restoreState()


def _numbered_canvas(decor: PageDecor) -> type[Canvas]:
    """A canvas that holds its pages until the end, to write "Page X of Y" and the footer on each."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            family = register()
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self.saveState()
                self.setFont(family, 9)
                self.drawRightString(PAGE[0] - MARGIN, 15 * mm, decor.page_label.format(page=number, pages=total))
                if decor.footer_left:
                    self.setFont(family, decor.footer_size)
                    self.drawString(MARGIN, 15 * mm, decor.footer_left)
                self.restoreState()
                super().showPage()
            super().save()

    return NumberedCanvas


def render(story: list[Flowable], *, title: str, subject: str, author: str, decor: PageDecor,
           invariant: bool = False, progress: Callable[[int, int], None] | None = None) -> bytes:
    """The PDF of `story`, in memory. `invariant` gives the same bytes for the same content;
    `progress(done, total)` is told how many of the story's flowables are laid out."""
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN,
                                 topMargin=MARGIN, bottomMargin=MARGIN, title=title, subject=subject,
                                 author=author, creator="Accord", invariant=int(invariant),
                                 initialFontName=register())  # no stray Helvetica among the fonts
    if progress is not None:
        total = len(story)

        def told(kind: str, value: int) -> None:
            if kind == "PROGRESS":
                progress(min(value, total), total)

        document.setProgressCallBack(told)
    page = lambda canvas, _document: _decorate_page(canvas, decor)  # noqa: E731
    document.build(story, onFirstPage=page, onLaterPages=page, canvasmaker=_numbered_canvas(decor))
    return buffer.getvalue()


def write(target: str | os.PathLike, pdf: bytes) -> None:
    """Put the PDF in place in one step; a failure leaves the old file as it was."""
    atomic.write_bytes(target, pdf)


class FlowingParagraph(Paragraph):
    """A Paragraph that breaks its lines once per width. ReportLab's own breaks the whole remaining
    text again for every page it splits across, which makes a 200,000-character paragraph take
    time that grows with the square of its pages; this one hands the lines it has already broken
    to the part that goes on to the next page."""

    def breakLines(self, width):
        key = tuple(width) if isinstance(width, (list, tuple)) else (width,)
        known = self.__dict__.get("_broken")
        if known is not None and known[0] == key:
            return known[1]
        lines = super().breakLines(width)
        self._broken = (key, lines)
        return lines

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        if len(parts) == 2 and isinstance(parts[1], FlowingParagraph) and "_broken" in self.__dict__:
            first, rest = parts
            whole = self.__dict__["_broken"][1]
            taken = len(first.blPara.lines)
            later = self._wrapWidths[1]
            carried = ParaLines(**{**whole.__dict__, "lines": whole.lines[taken:]})
            rest._broken = ((later, later), carried)
        return parts


def signature_blocks(signers: list[tuple[str, str | None, str]], s: Styles, space: float = 18) -> Flowable:
    """A signature line over each signer's name, title and delegation, two to a row: (name, title, party)."""
    from reportlab.platypus import Table, TableStyle

    blocks = [[paragraph("_" * 34, s.small), paragraph(name, s.body),
               *([paragraph(title, s.small)] if title else []), paragraph(party, s.small)]
              for name, title, party in signers]
    rows = [blocks[i:i + 2] + ([""] if len(blocks[i:i + 2]) == 1 else []) for i in range(0, len(blocks), 2)]
    table = Table(rows, colWidths="50%", hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), space)]))
    return table


def paragraph(text: str, style: ParagraphStyle, *, bold_brackets: bool = False, bullet: str | None = None) -> Paragraph:
    return FlowingParagraph(markup(text, bold_brackets), style, bulletText=bullet)
