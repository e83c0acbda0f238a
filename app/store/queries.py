"""Read queries behind the window's views: small, indexed, and paged where lists can be long."""

from __future__ import annotations

from typing import NamedTuple

from .record import Record


class TalksLine(NamedTuple):
    id: str
    title: str
    meetings: int
    commitments: int


def talks(record: Record) -> list[TalksLine]:
    """The record's talks in order, with how many meetings and commitments each has."""
    return [TalksLine(*row) for row in record.conn.execute(
        "SELECT t.id, t.title, (SELECT count(*) FROM meetings m WHERE m.talks_id = t.id),"
        " (SELECT count(*) FROM commitments c WHERE c.talks_id = t.id) FROM talks t ORDER BY t.position")]


class CommuniqueLine(NamedTuple):
    id: str
    talks_id: str
    title: str
    status: str
    version: int
    issued: str


def communiques(record: Record, talks_id: str) -> list[CommuniqueLine]:
    return [CommuniqueLine(*row) for row in record.conn.execute(
        "SELECT id, talks_id, title, status, version, issued FROM communiques WHERE talks_id = ? ORDER BY position",
        (talks_id,))]


class MeetingLine(NamedTuple):
    """One meeting in a talks' list of meetings by date."""

    id: str
    title: str
    status: str
    start: str
    place: str | None
    body: str | None


def meetings_page(record: Record, talks_id: str, start: int = 0, count: int = -1) -> list[MeetingLine]:
    """The talks' meetings by date (a local date first, then its time), `count` from `start`."""
    return [MeetingLine(*row) for row in record.conn.execute(
        "SELECT m.id, m.title, m.status, m.start, m.place, b.name FROM meetings m"
        " LEFT JOIN bodies b ON b.id = m.body_id WHERE m.talks_id = ?"
        " ORDER BY substr(m.start, 1, 10), m.start, m.position LIMIT ? OFFSET ?", (talks_id, count, start))]


class MeetingHeader(NamedTuple):
    id: str
    talks_id: str
    title: str
    status: str
    start: str
    end: str | None
    place: str | None
    venue: str | None
    body: str | None
    minutes_status: str = "draft"      # draft, circulated or approved
    circulated_on: str | None = None
    approved_on: str | None = None
    checksum: str | None = None


class AgendaRow(NamedTuple):
    id: str
    title: str
    topic_id: str | None
    entries: int


class MinuteRow(NamedTuple):
    id: str
    position: int
    kind: str
    text: str
    item_id: str | None
    party: str | None       # the party's short name
    speaker: str | None     # the speaker's name
    at: str | None


class Choice(NamedTuple):
    id: str
    name: str
    group: str | None = None  # a person's party id


def meeting_header(record: Record, meeting_id: str) -> MeetingHeader | None:
    row = record.conn.execute(
        'SELECT m.id, m.talks_id, m.title, m.status, m.start, m."end", m.place, m.venue, b.name, m.minutes_status,'
        " m.circulated_on, m.approved_on, m.checksum FROM meetings m"
        " LEFT JOIN bodies b ON b.id = m.body_id WHERE m.id = ?", (meeting_id,)).fetchone()
    return None if row is None else MeetingHeader(*row)


def agenda(record: Record, meeting_id: str) -> list[AgendaRow]:
    return [AgendaRow(*row) for row in record.conn.execute(
        "SELECT a.id, a.title, a.topic_id, (SELECT count(*) FROM minutes n WHERE n.item_id = a.id)"
        " FROM agenda_items a WHERE a.meeting_id = ? ORDER BY a.position", (meeting_id,))]


def count_minutes(record: Record, meeting_id: str) -> int:
    return record.conn.execute("SELECT count(*) FROM minutes WHERE meeting_id = ?", (meeting_id,)).fetchone()[0]


def minutes_page(record: Record, meeting_id: str, start: int, count: int) -> list[MinuteRow]:
    """Entries at positions [start, start + count) of a meeting's minutes, read through the position index."""
    return [MinuteRow(*row) for row in record.conn.execute(
        "SELECT n.id, n.position, n.kind, n.text, n.item_id, p.short, s.name, n.at FROM minutes n"
        " LEFT JOIN parties p ON p.id = n.party_id LEFT JOIN people s ON s.id = n.speaker_id"
        " WHERE n.meeting_id = ? AND n.position >= ? AND n.position < ? ORDER BY n.position",
        (meeting_id, start, start + count))]


def corrected_entries(record: Record, meeting_id: str) -> dict[str, list[int]]:
    """The entries of a meeting that corrigenda amend, with the corrigenda's numbers."""
    out: dict[str, list[int]] = {}
    for number, (entry,) in enumerate(record.conn.execute(
            "SELECT entry_id FROM corrigenda WHERE meeting_id = ? ORDER BY position", (meeting_id,)), start=1):
        if entry is not None:
            out.setdefault(entry, []).append(number)
    return out


class CorrigendumRow(NamedTuple):
    number: int
    date: str
    reason: str
    text: str
    entry_id: str | None


def corrigenda(record: Record, meeting_id: str) -> list[CorrigendumRow]:
    return [CorrigendumRow(n, *row) for n, row in enumerate(record.conn.execute(
        "SELECT date, reason, text, entry_id FROM corrigenda WHERE meeting_id = ? ORDER BY position",
        (meeting_id,)), start=1)]


def entry_position(record: Record, entry_id: str) -> int | None:
    row = record.conn.execute("SELECT position FROM minutes WHERE id = ?", (entry_id,)).fetchone()
    return None if row is None else row[0]


def parties(record: Record, talks_id: str) -> list[Choice]:
    return [Choice(*row) for row in record.conn.execute(
        "SELECT id, name, NULL FROM parties WHERE talks_id = ? ORDER BY position", (talks_id,))]


def people(record: Record, talks_id: str) -> list[Choice]:
    return [Choice(*row) for row in record.conn.execute(
        "SELECT id, name, party_id FROM people WHERE talks_id = ? ORDER BY position", (talks_id,))]


class CommitmentRow(NamedTuple):
    id: str
    text: str
    owners: str             # the owners' short names, or '' for all parties jointly
    assignee: str | None
    due_text: str | None
    earliest: str | None
    latest: str | None
    status: str
    meeting_start: str | None


# How the commitments list may be ordered: a column name → its SQL order.
COMMITMENT_ORDERS = {
    "position": "c.position",
    "text": "c.text COLLATE NOCASE",
    "owners": "3",
    "due": "c.due_text COLLATE NOCASE",
    "window": "c.due_latest IS NULL, c.due_latest, c.due_earliest",
    "status": "c.status",
    "overdue": "c.status IN ('completed', 'dropped', 'superseded'), c.due_latest IS NULL, c.due_latest",
}


def commitments(record: Record, talks_id: str, order: str = "position", descending: bool = False,
                start: int = 0, count: int = -1) -> list[CommitmentRow]:
    """The talks' commitments with their owners' short names, ordered in SQL by one of COMMITMENT_ORDERS;
    `start` and `count` read one page of them."""
    direction = " DESC" if descending else ""
    by = ", ".join(part + direction for part in COMMITMENT_ORDERS[order].split(", "))
    return [CommitmentRow(*row) for row in record.conn.execute(
        "SELECT c.id, c.text, coalesce((SELECT group_concat(p.short, ', ') FROM"
        " (SELECT o.party_id FROM commitment_owners o WHERE o.commitment_id = c.id ORDER BY o.position) x"
        " JOIN parties p ON p.id = x.party_id), ''), c.assignee, c.due_text, c.due_earliest, c.due_latest,"
        " c.status, m.start FROM commitments c LEFT JOIN meetings m ON m.id = c.meeting_id"
        f" WHERE c.talks_id = ? ORDER BY {by}, c.position LIMIT ? OFFSET ?", (talks_id, count, start))]


class EntryContext(NamedTuple):
    id: str
    text: str
    meeting_id: str
    meeting_start: str
    talks_id: str
    language: str           # the talks' first language
    topic_id: str | None    # the topic of the entry's agenda item


def entry_context(record: Record, entry_id: str) -> EntryContext | None:
    row = record.conn.execute(
        "SELECT n.id, n.text, m.id, m.start, m.talks_id, json_extract(t.languages, '$[0]'), a.topic_id"
        " FROM minutes n JOIN meetings m ON m.id = n.meeting_id JOIN talks t ON t.id = m.talks_id"
        " LEFT JOIN agenda_items a ON a.id = n.item_id WHERE n.id = ?", (entry_id,)).fetchone()
    return None if row is None else EntryContext(*row)


# The columns a form may read, per table: what the editors show.
_FORM_COLUMNS = {
    "talks": ("id", "title", "description", "languages", "marking"),
    "parties": ("id", "talks_id", "name", "short", "language", "names"),
    "people": ("id", "talks_id", "party_id", "name", "names", "title", "organisation", "role"),
    "bodies": ("id", "talks_id", "name", "level", "parent_id"),
    "topics": ("id", "talks_id", "title", "titles"),
    "meetings": ("id", "talks_id", "title", "body_id", "status", "start", "end", "place", "venue", "marking"),
    "communiques": ("id", "talks_id", "title", "titles", "issued", "place", "languages", "marking", "status",
                    "version"),
}


def form_row(record: Record, table: str, ident: str) -> dict | None:
    """One record's editable fields by name, or None if it is gone."""
    columns = _FORM_COLUMNS[table]
    names = ", ".join(f'"{c}"' for c in columns)
    row = record.conn.execute(f"SELECT {names} FROM {table} WHERE id = ?", (ident,)).fetchone()
    return None if row is None else dict(zip(columns, row))


def named(record: Record, table: str, talks_id: str) -> list[Choice]:
    """(id, name) of the talks' parties, people, bodies or topics, in order."""
    name = {"parties": "name", "people": "name", "bodies": "name", "topics": "title"}[table]
    group = "party_id" if table == "people" else "NULL"
    return [Choice(*row) for row in record.conn.execute(
        f"SELECT id, {name}, {group} FROM {table} WHERE talks_id = ? ORDER BY position", (talks_id,))]


class AttendeeRow(NamedTuple):
    person_id: str
    name: str
    party: str
    role: str | None
    title: str | None


def attendees(record: Record, meeting_id: str) -> list[AttendeeRow]:
    return [AttendeeRow(*row) for row in record.conn.execute(
        "SELECT a.person_id, p.name, coalesce(y.short, ''), a.role, a.title FROM attendance a"
        " JOIN people p ON p.id = a.person_id LEFT JOIN parties y ON y.id = p.party_id"
        " WHERE a.meeting_id = ? ORDER BY a.position", (meeting_id,))]


class CarryOver(NamedTuple):
    """What a new meeting of a body may take over from the body's previous meeting."""

    previous_meeting: str | None
    items: list[tuple[str, str | None]]  # (title, topic id) of items without a decision
    open_commitments: int                # commitments made at the body's meetings, still open


def carry_over(record: Record, body_id: str, before: str) -> CarryOver:
    """The items of the body's last meeting before `before` that reached no decision or agreement."""
    conn = record.conn
    row = conn.execute(
        "SELECT id FROM meetings WHERE body_id = ? AND status != 'cancelled' AND substr(start, 1, 10) < ?"
        " ORDER BY substr(start, 1, 10) DESC, position DESC LIMIT 1", (body_id, before[:10])).fetchone()
    items: list[tuple[str, str | None]] = []
    if row is not None:
        items = [(title, topic) for title, topic in conn.execute(
            "SELECT a.title, a.topic_id FROM agenda_items a WHERE a.meeting_id = ? AND NOT EXISTS ("
            " SELECT 1 FROM minutes n WHERE n.item_id = a.id AND n.kind IN ('decision', 'agreement'))"
            " ORDER BY a.position", (row[0],))]
    open_count = conn.execute(
        "SELECT count(*) FROM commitments c JOIN meetings m ON m.id = c.meeting_id WHERE m.body_id = ?"
        " AND c.status NOT IN ('completed', 'dropped', 'superseded')", (body_id,)).fetchone()[0]
    return CarryOver(row[0] if row else None, items, open_count)
