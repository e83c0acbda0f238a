"""Plain-text flowables for long reports: blocks of lines and tables of rows.

ReportLab's Paragraph parses markup and breaks lines for every page a text is
offered to, and its Table measures every cell again each time it splits. A
report of 20,000 commitments is plain text in a few styles, so these
flowables break each text once per width with summed glyph widths (each word
measured once), and split at line or row boundaries, carrying the broken lines
over. They draw with `drawString`, so user text is never read as markup: `<b>`
and `&` print as written. A word wider than its column is broken across lines;
nothing is cut.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}


def text_width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size)


def break_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """`text` broken into lines no wider than `width`, at spaces, and inside a word only when the word
    alone is wider; line breaks in the text are kept."""
    widths = _WIDTHS.setdefault((font, size), {})
    space = widths.get(" ")
    if space is None:
        space = widths[" "] = text_width(" ", font, size)
    out: list[str] = []
    for paragraph in text.replace("\t", " ").split("\n"):
        line: list[str] = []
        used = 0.0
        for word in paragraph.split(" "):
            w = widths.get(word)
            if w is None:
                w = widths[word] = text_width(word, font, size)
            if line and used + space + w <= width:
                line.append(word)
                used += space + w
                continue
            if line:
                out.append(" ".join(line))
            if w <= width:
                line, used = [word], w
                continue
            pieces = _break_word(word, font, size, width)
            out.extend(pieces[:-1])
            line, used = [pieces[-1]], text_width(pieces[-1], font, size)
        out.append(" ".join(line))
    return out


def _break_word(word: str, font: str, size: float, width: float) -> list[str]:
    pieces, start, used = [], 0, 0.0
    for at, character in enumerate(word):
        w = text_width(character, font, size)
        if used + w > width and at > start:
            pieces.append(word[start:at])
            start, used = at, 0.0
        used += w
    pieces.append(word[start:])
    return pieces


def _fitting(pieces, room: float) -> int:
    """How many of the first `pieces` (lines or rows, each with a height) fit in `room`."""
    used = 0.0
    for taken, piece in enumerate(pieces):
        used += piece.height
        if used > room:
            return taken
    return len(pieces)


@dataclass(frozen=True)
class Style:
    font: str
    size: float
    leading: float
    color: Color = colors.black
    indent: float = 0.0
    space_before: float = 0.0


@dataclass(slots=True)
class _Line:
    text: str
    style: Style
    before: float        # space above this line (the paragraph's space before, on its first line)

    @property
    def height(self) -> float:
        return self.before + self.style.leading


class Lines(Flowable):
    """Paragraphs of plain text, each in a style, as one block. It moves to the next page whole when it
    fits on one, and splits between lines when it is longer than a page."""

    def __init__(self, paragraphs: list[tuple[str, Style]], *, space_after: float = 0.0,
                 keep_with_next: bool = False, page_height: float | None = None, bar: Color | None = None,
                 _lines: list[_Line] | None = None, _width: float | None = None):
        super().__init__()
        self.paragraphs = paragraphs
        self.bar = bar  # a rule down the left of the block, to set it apart
        self.spaceAfter = space_after
        self.keepWithNext = keep_with_next
        self.page_height = page_height
        self._lines = _lines
        self._width = _width

    def _broken(self, width: float) -> list[_Line]:
        if self._lines is None or self._width != width:
            lines = []
            for text, style in self.paragraphs:
                for index, line in enumerate(break_lines(text, style.font, style.size, width - style.indent)):
                    lines.append(_Line(line, style, style.space_before if index == 0 else 0.0))
            if lines:
                lines[0].before = 0.0  # space above a block is the frame's or the block before's
            self._lines, self._width = lines, width
        return self._lines

    def wrap(self, available_width: float, available_height: float):
        lines = self._broken(available_width)
        self.width, self.height = available_width, sum(line.height for line in lines)
        return self.width, self.height

    def split(self, available_width: float, available_height: float):
        lines = self._broken(available_width)
        whole = sum(line.height for line in lines)
        if self.page_height is not None and whole <= self.page_height:
            return []  # it fits on a page of its own: move it on whole
        taken = _fitting(lines, available_height)
        if taken == 0 or taken == len(lines):
            return []
        rest = [_Line(line.text, line.style, line.before) for line in lines[taken:]]
        rest[0].before = 0.0
        first = Lines([], page_height=None, bar=self.bar, _lines=lines[:taken], _width=available_width)
        second = Lines([], space_after=self.spaceAfter, keep_with_next=self.keepWithNext,
                       page_height=self.page_height, bar=self.bar, _lines=rest, _width=available_width)
        return [first, second]

    def draw(self) -> None:
        canvas = self.canv
        y = self.height
        if self.bar is not None:
            canvas.setStrokeColor(self.bar)
            canvas.setLineWidth(2.2)
            canvas.line(1.1, 0, 1.1, self.height)
        for line in self._lines or ():
            y -= line.before + line.style.leading
            canvas.setFont(line.style.font, line.style.size)
            canvas.setFillColor(line.style.color)
            canvas.drawString(line.style.indent, y + line.style.leading - 0.95 * line.style.size, line.text)


@dataclass
class Column:
    title: str
    share: float                  # of the table's width
    align: str = "left"           # or "right"


@dataclass(slots=True)
class _Row:
    cells: list[list[str]]
    height: float
    style: Style
    color: Color | None = None


@dataclass
class RowsStyle:
    body: Style
    head: Style
    padding: float = 3.0
    rule: Color = field(default_factory=lambda: colors.Color(0.6, 0.6, 0.6))
    shade: Color = field(default_factory=lambda: colors.Color(0.93, 0.93, 0.93))


class Rows(Flowable):
    """A table of plain-text rows with a heading row repeated on every page it runs across; cells wrap
    in their column, and it splits between rows (inside a row only when one row is longer than a page)."""

    def __init__(self, columns: list[Column], rows: list[list[str]], style: RowsStyle, *,
                 colors_of_rows: list[Color | None] | None = None, space_after: float = 0.0,
                 _broken: tuple[float, list[_Row]] | None = None):
        super().__init__()
        self.columns, self.rows, self.style = columns, rows, style
        self.row_colors = colors_of_rows
        self.spaceAfter = space_after
        self._cache = _broken
        self._head: _Row | None = None

    def _widths(self, width: float) -> list[float]:
        total = sum(c.share for c in self.columns)
        return [width * c.share / total for c in self.columns]

    def _row(self, texts: list[str], style: Style, widths: list[float], color: Color | None = None) -> _Row:
        inner = [w - 2 * self.style.padding for w in widths]
        cells = [break_lines(text, style.font, style.size, w) for text, w in zip(texts, inner)]
        height = max(len(c) for c in cells) * style.leading + 2 * self.style.padding
        return _Row(cells, height, style, color)

    def _broken(self, width: float) -> list[_Row]:
        if self._cache is None or self._cache[0] != width:
            widths = self._widths(width)
            row_colors = self.row_colors or [None] * len(self.rows)
            self._cache = (width, [self._row(r, self.style.body, widths, c) for r, c in zip(self.rows, row_colors)])
        self._head = self._row([c.title for c in self.columns], self.style.head, self._widths(width))
        return self._cache[1]

    def wrap(self, available_width: float, available_height: float):
        rows = self._broken(available_width)
        self.width = available_width
        self.height = self._head.height + sum(r.height for r in rows)
        return self.width, self.height

    def split(self, available_width: float, available_height: float):
        rows = self._broken(available_width)
        room = available_height - self._head.height
        taken = _fitting(rows, room)
        if taken == len(rows):
            return []
        if taken == 0:
            cut = self._cut_row(rows[0], room)
            if cut is None:
                return []
            rows = [*cut, *rows[1:]]
            taken = 1
        first = Rows(self.columns, [], self.style, _broken=(available_width, rows[:taken]))
        rest = Rows(self.columns, [], self.style, space_after=self.spaceAfter, _broken=(available_width, rows[taken:]))
        return [first, rest]

    def _cut_row(self, row: _Row, room: float) -> tuple[_Row, _Row] | None:
        """A row longer than the room left, cut between lines: its first lines here, the rest after."""
        fit = int((room - 2 * self.style.padding) // row.style.leading)
        if fit < 2:
            return None
        head = [cell[:fit] for cell in row.cells]
        tail = [cell[fit:] for cell in row.cells]
        lines = max(len(c) for c in tail)
        pad = 2 * self.style.padding
        return (_Row(head, fit * row.style.leading + pad, row.style, row.color),
                _Row(tail, lines * row.style.leading + pad, row.style, row.color))

    def draw(self) -> None:
        canvas = self.canv
        widths = self._widths(self.width)
        pad = self.style.padding
        y = self.height
        canvas.saveState()
        canvas.setStrokeColor(self.style.rule)
        canvas.setLineWidth(0.4)
        for index, row in enumerate([self._head, *self._cache[1]]):
            top = y
            y -= row.height
            if index == 0:
                canvas.setFillColor(self.style.shade)
                canvas.rect(0, y, self.width, row.height, stroke=0, fill=1)
            canvas.setFont(row.style.font, row.style.size)
            canvas.setFillColor(row.color or row.style.color)
            x = 0.0
            for column, width, cell in zip(self.columns, widths, row.cells):
                baseline = top - pad - row.style.size
                for line in cell:
                    if column.align == "right":
                        canvas.drawRightString(x + width - pad, baseline, line)
                    else:
                        canvas.drawString(x + pad, baseline, line)
                    baseline -= row.style.leading
                x += width
            canvas.line(0, y, self.width, y)
        canvas.restoreState()
