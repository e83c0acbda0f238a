"""The record of a meeting, as both delegations sign it.

The meeting's title, body, date, place and venue; the delegations with their
members, titles and roles; the agenda; then, item by item, what was said:
discussion, each party's position under the party's name, statements under
their speakers' names, and agreements, disagreements and decisions set apart
by a rule. Entries filed under no item follow under "General". Then the
commitments made at the meeting with their owners and due windows, the
corrigenda (each entry a corrigendum amends points to it), and a signature
block for the head of each delegation.

Draft and circulated minutes carry the DRAFT watermark. Approved minutes carry
their approval date and checksum in the footer, or say there that the content
no longer matches the checksum. Fixed words are in the talks' first language;
when the talks have two, the headings are set in both, side by side.
Entries are plain text set with `layout`'s flowables, so a record of
thousands of entries prints in a second or two and user text is never markup.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from reportlab.lib import colors
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from ..domain.communique import long_date, window_in_words
from ..store.meeting_record import Entry, MeetingRecord
from .fonts import check_printable, register
from .layout import Column, Lines, Rows, RowsStyle, Style
from .pages import FRAME_HEIGHT, PageDecor, Parallel, paragraph, render, signature_blocks, styles

APART = colors.Color(0.35, 0.45, 0.6)
GREY = colors.Color(0.35, 0.35, 0.35)

_WORDS = {
    "en": {
        "kind": "Record of the meeting", "body": "Body", "date": "Date", "time": "Time", "place": "Place",
        "venue": "Venue", "delegations": "Delegations", "name": "Name", "title": "Title", "role": "Role",
        "agenda": "Agenda", "proceedings": "Proceedings", "general": "General", "no_entries": "Nothing recorded.",
        "commitments": "Commitments made at the meeting", "no": "No.", "commitment": "Commitment",
        "owners": "Owners", "due": "Due", "jointly": "all parties jointly", "corrigenda": "Corrigenda",
        "corrigendum": "Corrigendum {n} – {date}", "amends": "Amends: {what}", "whole": "the record as a whole",
        "entry_in": "the entry under “{item}”: “{text}”", "entry": "the entry “{text}”",
        "reason": "Reason: {text}", "corrected": "Corrected text: {text}", "see": "See corrigendum {n} of {date}.",
        "signatures": "Signatures", "page": "Page {page} of {pages}",
        "watermark": "DRAFT", "draft": "Draft minutes", "circulated": "Draft minutes, circulated on {date}",
        "approved": "Approved on {date} · SHA-256 {checksum}",
        "altered": "Approved on {date} · CHANGED SINCE APPROVAL: the content no longer matches SHA-256 {checksum}",
        "cancelled": "The meeting was cancelled.", "planned": "The meeting is planned.",
        "said": "{speaker} ({party})",
        "kinds": {"decision": "Decision", "agreement": "Agreed", "disagreement": "Not agreed", "note": "Note"},
        "roles": {"chair": "chair", "head": "head of delegation", "member": "member", "adviser": "adviser",
                  "observer": "observer"},
    },
    "es": {
        "kind": "Acta de la reunión", "body": "Órgano", "date": "Fecha", "time": "Hora", "place": "Lugar",
        "venue": "Sede", "delegations": "Delegaciones", "name": "Nombre", "title": "Cargo", "role": "Función",
        "agenda": "Orden del día", "proceedings": "Desarrollo de la reunión", "general": "Asuntos generales",
        "no_entries": "Sin anotaciones.",
        "commitments": "Compromisos asumidos en la reunión", "no": "N.º", "commitment": "Compromiso",
        "owners": "Responsables", "due": "Plazo", "jointly": "todas las partes conjuntamente",
        "corrigenda": "Correcciones", "corrigendum": "Corrección {n} – {date}", "amends": "Corrige: {what}",
        "whole": "el acta en su conjunto", "entry_in": "la anotación en «{item}»: «{text}»",
        "entry": "la anotación «{text}»", "reason": "Motivo: {text}", "corrected": "Texto corregido: {text}",
        "see": "Véase la corrección {n}, del {date}.", "signatures": "Firmas",
        "page": "Página {page} de {pages}", "watermark": "BORRADOR", "draft": "Proyecto de acta",
        "circulated": "Proyecto de acta, circulado el {date}",
        "approved": "Aprobada el {date} · SHA-256 {checksum}",
        "altered": "Aprobada el {date} · MODIFICADA DESPUÉS DE SU APROBACIÓN: el contenido ya no coincide con "
                   "SHA-256 {checksum}",
        "cancelled": "La reunión fue cancelada.", "planned": "La reunión está prevista.",
        "said": "{speaker} ({party})",
        "kinds": {"decision": "Decisión", "agreement": "Acuerdo", "disagreement": "Sin acuerdo", "note": "Nota"},
        "roles": {"chair": "presidencia", "head": "jefe de delegación", "member": "miembro", "adviser": "asesor",
                  "observer": "observador"},
    },
}


def words_for(language: str) -> dict:
    return _WORDS.get(language.split("-")[0], _WORDS["en"])


class _Kit:
    """Styles, and the words of the record's languages (the first, and the second when there are two)."""

    def __init__(self, record: MeetingRecord):
        family = register()
        bold = f"{family}-Bold"
        self.languages = [lang for lang in record.languages[:2]] or ["en"]
        self.words = words_for(self.languages[0])
        self.both = len(self.languages) == 2 and words_for(self.languages[1]) is not self.words
        self.kind = Style(family, 11, 14, color=GREY)
        self.title = Style(bold, 17, 21)
        self.heading_style = Style(bold, 13, 16.5)
        self.item = Style(bold, 11.5, 14.5)
        self.party = Style(bold, 10.5, 13.5, space_before=4)
        self.speaker = Style(bold, 10.5, 13.5, space_before=4)
        self.body = Style(family, 10.5, 13.8)
        self.indented = Style(family, 10.5, 13.8, indent=12)
        self.label = Style(bold, 10.5, 13.8, indent=8, space_before=2)
        self.apart = Style(family, 10.5, 13.8, indent=8)
        self.apart_head = Style(bold, 10.5, 13.8, indent=8)
        self.small = Style(family, 9, 11.5, color=GREY, indent=12)
        self.note = Style(family, 9.5, 12.2, color=GREY)
        self.rows = RowsStyle(body=Style(family, 9.5, 12), head=Style(bold, 9.5, 12))

    def date(self, day) -> str:
        return long_date(day, self.languages[0]) if day else ""

    def heading(self, key: str) -> Flowable:
        """A fixed heading: in the first language, or in both side by side."""
        def block(language: str) -> Lines:
            return Lines([(words_for(language)[key], self.heading_style)], space_after=6, keep_with_next=True)
        if not self.both:
            return block(self.languages[0])
        pair = Parallel(block(self.languages[0]), block(self.languages[1]))
        pair.keepWithNext = True
        pair.spaceBefore = 10
        return pair

    def field_label(self, key: str) -> str:
        if not self.both:
            return self.words[key]
        return f"{self.words[key]} / {words_for(self.languages[1])[key]}"


def texts_of(record: MeetingRecord) -> Iterator[str]:
    """Every user text the record prints (for the font check)."""
    yield from (record.title, record.talks_title, record.body or "", record.place or "", record.venue or "",
                record.marking or "")
    for delegation in record.delegations:
        yield delegation.name
        for member in delegation.members:
            yield member.name
            yield member.title or ""
    for _, title in record.agenda:
        yield title
    for entry in record.entries:
        yield from (entry.text, entry.party or "", entry.speaker or "", entry.speaker_title or "")
    for commitment in record.commitments:
        yield commitment.text
        yield from commitment.owners
        yield commitment.due_text or ""
    for corrigendum in record.corrigenda:
        yield corrigendum.reason
        yield corrigendum.text


def _when(record: MeetingRecord) -> tuple[str, str | None]:
    """The date, and the local time when the record gives one."""
    start = record.start
    time = start[11:16] if len(start) > 10 else None
    end = record.end
    if time and end and len(end) > 10 and end[:10] == start[:10]:
        time = f"{time}–{end[11:16]}"
    return start[:10], time


def _header(record: MeetingRecord, kit: _Kit, s) -> list[Flowable]:
    out: list[Flowable] = [Lines([(kit.words["kind"], kit.kind), (record.title, kit.title)], space_after=10)]
    _, time = _when(record)
    fields = [("body", record.body), ("date", kit.date(record.date)), ("time", time),
              ("place", record.place), ("venue", record.venue)]
    rows = [[paragraph(kit.field_label(key), s.small), paragraph(value, s.dateline)] for key, value in fields if value]
    table = Table(rows, colWidths=["28%", "72%"], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    out += [table, Spacer(1, 8)]
    if record.status != "held":
        out.append(Lines([(kit.words[record.status], kit.note)], space_after=6))
    return out


def _delegations(record: MeetingRecord, kit: _Kit) -> list[Flowable]:
    if not record.delegations:
        return []
    w = kit.words
    out: list[Flowable] = [kit.heading("delegations")]
    columns = [Column(w["name"], 0.34), Column(w["title"], 0.44), Column(w["role"], 0.22)]
    for delegation in record.delegations:
        out.append(Lines([(delegation.name, kit.party)], space_after=3, keep_with_next=True))
        rows = [[m.name, m.title or "", w["roles"].get(m.role or "", "")] for m in delegation.members]
        out.append(Rows(columns, rows, kit.rows, space_after=8))
    return out


def _agenda(record: MeetingRecord, kit: _Kit) -> list[Flowable]:
    if not record.agenda:
        return []
    items = [(f"{n}. {title}", kit.indented) for n, (_, title) in enumerate(record.agenda, start=1)]
    return [kit.heading("agenda"), Lines(items, space_after=8, page_height=FRAME_HEIGHT)]


def _entry(entry: Entry, kit: _Kit, previous: Entry | None, see: list[tuple[int, object]]) -> list[Flowable]:
    """One entry of the minutes, and the corrigenda that amend it."""
    w = kit.words
    text = f"[{entry.at}] {entry.text}" if entry.at else entry.text
    paragraphs: list[tuple[str, Style]] = []
    bar = None
    if entry.kind == "position" and entry.party:
        if previous is None or previous.kind != "position" or previous.party_id != entry.party_id:
            paragraphs.append((entry.party, kit.party))
        paragraphs.append((text, kit.indented))
    elif entry.kind == "statement" and entry.speaker:
        speaker = entry.speaker + (f", {entry.speaker_title}" if entry.speaker_title else "")
        said = w["said"].format(speaker=speaker, party=entry.party) if entry.party else speaker
        paragraphs += [(said, kit.speaker), (text, kit.indented)]
    elif entry.kind in ("decision", "agreement", "disagreement"):
        label = w["kinds"][entry.kind] + (f" ({entry.party})" if entry.party else "")
        paragraphs += [(label, kit.label), (text, kit.apart)]
        bar = APART
    elif entry.kind == "note":
        paragraphs.append((f"{w['kinds']['note']}: {text}", kit.note))
    else:
        if entry.party and entry.kind != "discussion":
            text = f"{entry.party}: {text}"
        paragraphs.append((text, kit.body))
    for number, day in see:
        paragraphs.append((w["see"].format(n=number, date=kit.date(day)), kit.small))
    return [Lines(paragraphs, space_after=7, bar=bar, page_height=FRAME_HEIGHT)]


def _proceedings(record: MeetingRecord, kit: _Kit) -> list[Flowable]:
    w = kit.words
    corrected: dict[str, list[tuple[int, object]]] = {}
    for c in record.corrigenda:
        if c.entry_id is not None:
            corrected.setdefault(c.entry_id, []).append((c.number, c.date))
    by_item: dict[str | None, list[Entry]] = {}
    known = {ident for ident, _ in record.agenda}
    for entry in record.entries:
        by_item.setdefault(entry.item_id if entry.item_id in known else None, []).append(entry)
    out: list[Flowable] = [kit.heading("proceedings")]
    sections = [(f"{n}. {title}", by_item.get(ident, [])) for n, (ident, title) in enumerate(record.agenda, 1)]
    if by_item.get(None) or not sections:
        sections.append((w["general"], by_item.get(None, [])))
    for title, entries in sections:
        out.append(Lines([(title, kit.item)], space_after=5, keep_with_next=True))
        if not entries:
            out.append(Lines([(w["no_entries"], kit.note)], space_after=8))
            continue
        previous = None
        for entry in entries:
            out += _entry(entry, kit, previous, corrected.get(entry.id, []))
            previous = entry
        out.append(Spacer(1, 4))
    return out


def _commitments(record: MeetingRecord, kit: _Kit) -> list[Flowable]:
    if not record.commitments:
        return []
    w = kit.words
    columns = [Column(w["no"], 0.07), Column(w["commitment"], 0.5), Column(w["owners"], 0.18), Column(w["due"], 0.25)]
    rows = []
    for n, c in enumerate(record.commitments, start=1):
        window = window_in_words(c.earliest, c.latest, kit.languages[0])
        due = c.due_text or ""
        if window and window != due:
            due = f"{due} ({window})" if due else window
        rows.append([str(n), c.text, ", ".join(c.owners) or w["jointly"], due])
    return [kit.heading("commitments"), Rows(columns, rows, kit.rows, space_after=8)]


def _corrigenda(record: MeetingRecord, kit: _Kit) -> list[Flowable]:
    if not record.corrigenda:
        return []
    w = kit.words
    entries = {e.id: e for e in record.entries}
    items = dict(record.agenda)
    out: list[Flowable] = [kit.heading("corrigenda")]
    for c in record.corrigenda:
        entry = entries.get(c.entry_id) if c.entry_id else None
        if entry is None:
            what = w["whole"]
        else:
            quoted = entry.text if len(entry.text) <= 120 else entry.text[:119].rstrip() + "…"
            item = items.get(entry.item_id)
            what = w["entry_in"].format(item=item, text=quoted) if item else w["entry"].format(text=quoted)
        out.append(Lines([(w["corrigendum"].format(n=c.number, date=kit.date(c.date)), kit.apart_head),
                          (w["amends"].format(what=what), kit.apart),
                          (w["reason"].format(text=c.reason), kit.apart),
                          (w["corrected"].format(text=c.text), kit.apart)],
                         space_after=8, bar=APART, page_height=FRAME_HEIGHT))
    return out


def _signatures(record: MeetingRecord, kit: _Kit, s) -> list[Flowable]:
    if not record.signatures:
        return []
    table = signature_blocks([(x.name, x.title, x.party) for x in record.signatures], s, space=22)
    return [kit.heading("signatures"), table]


def story(record: MeetingRecord) -> list[Flowable]:
    kit = _Kit(record)
    s = styles(10.5)
    return [*_header(record, kit, s), *_delegations(record, kit), *_agenda(record, kit),
            *_proceedings(record, kit), *_commitments(record, kit), *_corrigenda(record, kit),
            *_signatures(record, kit, s)]


def decor(record: MeetingRecord) -> PageDecor:
    w = words_for(record.languages[0] if record.languages else "en")
    day = lambda d: long_date(d, record.languages[0] if record.languages else "en")  # noqa: E731
    if record.minutes_status == "approved":
        key = "approved" if record.checksum_matches else "altered"
        footer = w[key].format(date=day(record.approved_on), checksum=record.checksum or "")
        return PageDecor(marking=record.marking, footer_left=footer, footer_size=6.5, page_label=w["page"])
    footer = w["circulated"].format(date=day(record.circulated_on)) if record.minutes_status == "circulated" \
        else w["draft"]
    return PageDecor(marking=record.marking, watermark=w["watermark"], footer_left=footer, page_label=w["page"])


def minutes_pdf(record: MeetingRecord, *, invariant: bool = False,
                progress: Callable[[int, int], None] | None = None) -> bytes:
    """The record of the meeting as PDF bytes. UnprintableText when a character cannot be printed."""
    check_printable(texts_of(record))
    w = words_for(record.languages[0] if record.languages else "en")
    return render(story(record), title=record.title, subject=w["kind"], author=record.talks_title,
                  decor=decor(record), invariant=invariant, progress=progress)
