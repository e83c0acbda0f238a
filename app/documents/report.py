"""The progress report on commitments, as of a date: what the ministers read at a review.

A cover with the talks, the date and the marking; a summary of commitments by
status with a bar chart; the overdue list with how late each is; what falls
due in the next 30 days; compliance by party; then, topic by topic, every
commitment with its wording, owners, due text and window, status and history.
Numbers in the lists refer to the commitments' numbers in the last part.

Fixed words are in the talks' first language (English or Spanish). The body is
set with the plain-text flowables of `layout`, which keep a report of 20,000
commitments to seconds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from ..domain.communique import long_date, window_in_words
from ..domain.followup import CommitmentLine, ProgressReport
from ..domain.vocabulary import COMMITMENT_STATUSES
from .fonts import check_printable, register
from .layout import Column, Lines, Rows, RowsStyle, Style
from .pages import FRAME_HEIGHT, MARGIN, PAGE, PageDecor, render

LATE = colors.Color(0.62, 0.1, 0.1)

_WORDS = {
    "en": {
        "title": "Progress report on commitments", "as_of": "As of {date}", "page": "Page {page} of {pages}",
        "summary": "Summary", "status": "Status", "count": "Commitments", "total": "Total",
        "overdue_count": "Overdue", "soon_count": "Falling due in the next {days} days",
        "reviews": "Review cadence: {cadence}. Next reviews: {dates}.",
        "overdue": "Overdue commitments", "soon": "Falling due in the next {days} days",
        "compliance": "Compliance by party", "by_topic": "Commitments by topic", "no_topic": "Other commitments",
        "no": "No.", "commitment": "Commitment", "owners": "Owners", "due": "Due", "closed": "Window closed",
        "late": "Days late", "closes": "Window closes", "left": "Days left", "party": "Party", "owned": "Owned",
        "scored": "Scored", "average": "Average", "percent": "Compliance", "none": "None.",
        "jointly": "all parties jointly", "office": "Office", "made": "Made at {meeting}, {date}",
        "window": "Window", "last": "Last update", "history": "History", "no_updates": "No updates recorded.",
        "late_by": "overdue by {days} days", "late_by_1": "overdue by 1 day", "superseded_by": "Superseded by: {text}",
        "scale": "Scores: -1 no compliance, 0 partial, +1 full (G7 Research Group). Compliance = (average + 1) / 2 × 100.",
        "no_window": "no window", "parties": "Parties: {names}",
        "counts": "{total} commitments: {open} open, {overdue} overdue.",
        "subject": "Progress report",
        "statuses": {"not_started": "not started", "in_progress": "in progress", "completed": "completed",
                     "dropped": "dropped", "superseded": "superseded"},
    },
    "es": {
        "title": "Informe de avance de los compromisos", "as_of": "Al {date}", "page": "Página {page} de {pages}",
        "summary": "Resumen", "status": "Estado", "count": "Compromisos", "total": "Total",
        "overdue_count": "Vencidos", "soon_count": "Vencen en los próximos {days} días",
        "reviews": "Revisión: {cadence}. Próximas revisiones: {dates}.",
        "overdue": "Compromisos vencidos", "soon": "Vencen en los próximos {days} días",
        "compliance": "Cumplimiento por parte", "by_topic": "Compromisos por tema", "no_topic": "Otros compromisos",
        "no": "N.º", "commitment": "Compromiso", "owners": "Responsables", "due": "Plazo", "closed": "Plazo vencido el",
        "late": "Días de retraso", "closes": "Vence el", "left": "Días restantes", "party": "Parte",
        "owned": "Asumidos", "scored": "Evaluados", "average": "Promedio", "percent": "Cumplimiento",
        "none": "Ninguno.", "jointly": "todas las partes conjuntamente", "office": "Oficina",
        "made": "Asumido en {meeting}, {date}", "window": "Plazo", "last": "Última actualización",
        "history": "Historial", "no_updates": "Sin actualizaciones.", "late_by": "vencido hace {days} días",
        "late_by_1": "vencido hace 1 día", "superseded_by": "Sustituido por: {text}",
        "scale": "Puntuación: -1 sin cumplimiento, 0 parcial, +1 pleno (G7 Research Group). "
                 "Cumplimiento = (promedio + 1) / 2 × 100.",
        "no_window": "sin plazo",
        "parties": "Partes: {names}", "counts": "{total} compromisos: {open} abiertos, {overdue} vencidos.",
        "subject": "Informe de avance",
        "statuses": {"not_started": "sin iniciar", "in_progress": "en curso", "completed": "cumplido",
                     "dropped": "abandonado", "superseded": "sustituido"},
    },
}


def words_for(language: str) -> dict:
    return _WORDS.get(language.split("-")[0], _WORDS["en"])


class _Kit:
    """The report's styles and the words of its language."""

    def __init__(self, language: str):
        family = register()
        bold = f"{family}-Bold"
        self.language = language
        self.words = words_for(language)
        self.cover_title = Style(bold, 22, 28)
        self.cover = Style(family, 13, 18, space_before=6)
        self.heading = Style(bold, 14, 18)
        self.subheading = Style(bold, 12, 15)
        self.wording = Style(bold, 10.5, 13.5)
        self.detail = Style(family, 9.5, 12.2, indent=14)
        self.late = Style(family, 9.5, 12.2, color=LATE, indent=14)
        self.update = Style(family, 9, 11.5, indent=28)
        self.note = Style(family, 9, 11.5)
        self.rows = RowsStyle(body=Style(family, 9, 11.2), head=Style(bold, 9, 11.2))

    def date(self, day: dt.date | None) -> str:
        return long_date(day, self.language) if day else ""

    def status(self, status: str | None) -> str:
        return self.words["statuses"].get(status or "", status or "")

    def window(self, earliest: dt.date | None, latest: dt.date | None) -> str:
        return window_in_words(earliest, latest, self.language) or self.words["no_window"]

    def late_by(self, days: int) -> str:
        return self.words["late_by_1"] if days == 1 else self.words["late_by"].format(days=days)

    def owners(self, line: CommitmentLine) -> str:
        return line.owners or self.words["jointly"]

    def heading_block(self, text: str, style: Style | None = None) -> Lines:
        return Lines([(text, style or self.heading)], space_after=6, keep_with_next=True)


def _signed(score: int) -> str:
    return f"{score:+d}" if score else "0"


def texts_of(report: ProgressReport) -> Iterator[str]:
    """Every user text the report prints (for the font check)."""
    yield report.talks
    yield report.marking or ""
    yield report.review_cadence or ""
    yield from report.parties
    for party in report.compliance:
        yield party.party
        yield party.short
    for line in report.commitments:
        yield from (line.text, line.owners, line.assignee or "", line.due_text or "", line.meeting or "",
                    line.topic or "", line.superseded_by or "")
        for update in line.updates:
            yield update.note
            yield from (short for short, _ in update.scores)


def _cover(report: ProgressReport, kit: _Kit) -> list[Flowable]:
    w = kit.words
    open_count = sum(1 for c in report.commitments if c.status in ("not_started", "in_progress"))
    paragraphs = [(w["title"], kit.cover_title), (report.talks, Style(kit.cover.font, 15, 20, space_before=14)),
                  (w["as_of"].format(date=kit.date(report.as_of)), kit.cover)]
    if report.parties:
        paragraphs.append((w["parties"].format(names=" · ".join(report.parties)), kit.cover))
    paragraphs.append((w["counts"].format(total=len(report.commitments), open=open_count,
                                          overdue=len(report.overdue())), kit.cover))
    return [Spacer(1, 60 * mm), Lines(paragraphs), PageBreak()]


def _bar_chart(report: ProgressReport, kit: _Kit, width: float) -> Drawing:
    """Commitments by status as horizontal bars, overdue ones as a last bar in red."""
    labels = [kit.status(s) for s in COMMITMENT_STATUSES] + [kit.words["overdue_count"]]
    values = [report.count(s) for s in COMMITMENT_STATUSES] + [len(report.overdue())]
    height = 30 * len(values) + 20
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 110, 10
    chart.width, chart.height = width - 150, height - 20
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = list(reversed(labels))
    chart.categoryAxis.labels.fontName = kit.rows.body.font
    chart.categoryAxis.labels.fontSize = 9
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(max(values), 1)
    chart.valueAxis.labels.fontName = kit.rows.body.font
    chart.valueAxis.labels.fontSize = 8
    top = max(values)
    chart.valueAxis.valueStep = max(1, _nice_step(top))
    chart.bars[0].fillColor = colors.Color(0.32, 0.45, 0.62)
    chart.bars[(0, 0)].fillColor = LATE  # the first bar drawn is the last category: overdue
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = kit.rows.body.font
    chart.barLabels.fontSize = 8
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def _nice_step(top: int) -> int:
    """A round step giving about five ticks up to `top`."""
    rough = max(top / 5, 1)
    magnitude = 10 ** (len(str(int(rough))) - 1)
    for step in (1, 2, 5, 10):
        if step * magnitude >= rough:
            return step * magnitude
    return 10 * magnitude


def _summary(report: ProgressReport, kit: _Kit, width: float) -> list[Flowable]:
    w = kit.words
    rows = [[kit.status(s), str(report.count(s))] for s in COMMITMENT_STATUSES]
    rows.append([w["total"], str(len(report.commitments))])
    rows.append([w["overdue_count"], str(len(report.overdue()))])
    rows.append([w["soon_count"].format(days=report.soon_days), str(len(report.due_soon()))])
    story: list[Flowable] = [
        kit.heading_block(w["summary"]),
        Rows([Column(w["status"], 3), Column(w["count"], 1, "right")], rows, kit.rows, space_after=10),
        _bar_chart(report, kit, width),
    ]
    if report.next_reviews:
        story.append(Spacer(1, 6))
        story.append(Lines([(w["reviews"].format(cadence=report.review_cadence,
                                                 dates=", ".join(kit.date(d) for d in report.next_reviews)),
                             kit.note)]))
    return story


def _number_of(report: ProgressReport) -> dict[str, int]:
    """Each commitment's number in the report: its place in the topic-by-topic part."""
    numbers, n = {}, 0
    for _topic, lines in report.by_topic():
        for line in lines:
            n += 1
            numbers[line.id] = n
    return numbers


def _overdue(report: ProgressReport, kit: _Kit, numbers: dict[str, int]) -> list[Flowable]:
    w = kit.words
    late = report.overdue()
    story: list[Flowable] = [Spacer(1, 10), kit.heading_block(w["overdue"])]
    if not late:
        return story + [Lines([(w["none"], kit.note)])]
    columns = [Column(w["no"], 0.75, "right"), Column(w["commitment"], 6), Column(w["owners"], 1.6),
               Column(w["due"], 1.8), Column(w["closed"], 1.8), Column(w["late"], 0.9, "right")]
    rows = [[str(numbers[c.id]), c.text, kit.owners(c), c.due_text or "", kit.date(c.latest),
             str(c.days_late(report.as_of))] for c in late]
    return story + [Rows(columns, rows, kit.rows, space_after=8)]


def _due_soon(report: ProgressReport, kit: _Kit, numbers: dict[str, int]) -> list[Flowable]:
    w = kit.words
    soon = report.due_soon()
    story: list[Flowable] = [Spacer(1, 10), kit.heading_block(w["soon"].format(days=report.soon_days))]
    if not soon:
        return story + [Lines([(w["none"], kit.note)])]
    columns = [Column(w["no"], 0.75, "right"), Column(w["commitment"], 6), Column(w["owners"], 1.6),
               Column(w["due"], 1.8), Column(w["closes"], 1.8), Column(w["left"], 0.9, "right")]
    rows = [[str(numbers[c.id]), c.text, kit.owners(c), c.due_text or "", kit.date(c.latest),
             str((c.latest - report.as_of).days)] for c in soon]
    return story + [Rows(columns, rows, kit.rows, space_after=8)]


def _compliance(report: ProgressReport, kit: _Kit) -> list[Flowable]:
    w = kit.words
    columns = [Column(w["party"], 4), Column(w["owned"], 1, "right"), Column(w["scored"], 1, "right"),
               Column(w["average"], 1, "right"), Column(w["percent"], 1.2, "right")]
    rows = [[f"{p.party} ({p.short})", str(p.owned), str(p.scored),
             "–" if p.average is None else f"{p.average:+.2f}",
             "–" if p.percent is None else f"{p.percent:.0f} %"] for p in report.compliance]
    return [Spacer(1, 10), kit.heading_block(w["compliance"]), Rows(columns, rows, kit.rows, space_after=4),
            Lines([(w["scale"], kit.note)])]


def _commitment(line: CommitmentLine, number: int, report: ProgressReport, kit: _Kit) -> Lines:
    w = kit.words
    owners = f"{w['owners']}: {kit.owners(line)}"
    if line.assignee:
        owners += f" · {w['office']}: {line.assignee}"
    paragraphs = [(f"{number}. {line.text}", kit.wording), (owners, kit.detail)]
    if line.meeting or line.made:
        paragraphs.append((w["made"].format(meeting=line.meeting or "", date=kit.date(line.made)), kit.detail))
    due = f"{w['due']}: {line.due_text}" if line.due_text else w["due"] + ": –"
    paragraphs.append((f"{due} ({kit.window(line.earliest, line.latest)})", kit.detail))
    status = f"{w['status']}: {kit.status(line.status)}"
    if line.overdue(report.as_of):
        paragraphs.append((f"{status} — {kit.late_by(line.days_late(report.as_of))}", kit.late))
    else:
        paragraphs.append((status, kit.detail))
    if line.superseded_by:
        paragraphs.append((w["superseded_by"].format(text=line.superseded_by), kit.detail))
    if line.updates:
        paragraphs.append((f"{w['history']}:", kit.detail))
        for update in line.updates:
            parts = [kit.date(update.date)]
            if update.status:
                parts.append(kit.status(update.status))
            if update.scores:
                parts.append(", ".join(f"{short} {_signed(score)}" for short, score in update.scores))
            head = " — ".join(parts)
            paragraphs.append((f"{head}: {update.note}" if update.note else head, kit.update))
    else:
        paragraphs.append((w["no_updates"], kit.detail))
    return Lines(paragraphs, space_after=9, page_height=FRAME_HEIGHT)


def _by_topic(report: ProgressReport, kit: _Kit, numbers: dict[str, int]) -> Iterator[Flowable]:
    w = kit.words
    yield PageBreak()
    yield kit.heading_block(w["by_topic"])
    for topic, lines in report.by_topic():
        yield kit.heading_block(topic or w["no_topic"], kit.subheading)
        for line in lines:
            yield _commitment(line, numbers[line.id], report, kit)


def report_story(report: ProgressReport) -> list[Flowable]:
    kit = _Kit(report.language)
    width = PAGE[0] - 2 * MARGIN - 12
    numbers = _number_of(report)
    return [*_cover(report, kit), *_summary(report, kit, width), *_overdue(report, kit, numbers),
            *_due_soon(report, kit, numbers), *_compliance(report, kit), *_by_topic(report, kit, numbers)]


def report_pdf(report: ProgressReport, *, invariant: bool = False,
               progress: Callable[[int, int], None] | None = None) -> bytes:
    """The progress report as PDF bytes, its fixed words in the talks' first language. UnprintableText
    names any character the fonts lack."""
    check_printable(texts_of(report))
    kit = _Kit(report.language)
    decor = PageDecor(marking=report.marking, footer_left=kit.words["as_of"].format(date=kit.date(report.as_of)),
                      page_label=kit.words["page"])
    return render(report_story(report), title=f"{kit.words['title']} — {report.talks}",
                  subject=kit.words["subject"], author="Accord", decor=decor, invariant=invariant, progress=progress)
