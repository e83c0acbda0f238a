"""Read queries behind the window's views: small, indexed, and paged where lists can be long."""

from __future__ import annotations

from dataclasses import dataclass

from .record import Record


@dataclass(frozen=True, slots=True)
class MeetingHeader:
    id: str
    talks_id: str
    title: str
    status: str
    start: str
    end: str | None
    place: str | None
    venue: str | None
    body: str | None


@dataclass(frozen=True, slots=True)
class AgendaRow:
    id: str
    title: str
    topic_id: str | None
    entries: int


@dataclass(frozen=True, slots=True)
class MinuteRow:
    id: str
    position: int
    kind: str
    text: str
    item_id: str | None
    party: str | None       # the party's short name
    speaker: str | None     # the speaker's name
    at: str | None


@dataclass(frozen=True, slots=True)
class Choice:
    id: str
    name: str
    group: str | None = None  # a person's party id


def meeting_header(record: Record, meeting_id: str) -> MeetingHeader | None:
    row = record.conn.execute(
        'SELECT m.id, m.talks_id, m.title, m.status, m.start, m."end", m.place, m.venue, b.name FROM meetings m'
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


def entry_position(record: Record, entry_id: str) -> int | None:
    row = record.conn.execute("SELECT position FROM minutes WHERE id = ?", (entry_id,)).fetchone()
    return None if row is None else row[0]


def parties(record: Record, talks_id: str) -> list[Choice]:
    return [Choice(*row) for row in record.conn.execute(
        "SELECT id, name, NULL FROM parties WHERE talks_id = ? ORDER BY position", (talks_id,))]


def people(record: Record, talks_id: str) -> list[Choice]:
    return [Choice(*row) for row in record.conn.execute(
        "SELECT id, name, party_id FROM people WHERE talks_id = ? ORDER BY position", (talks_id,))]


@dataclass(frozen=True, slots=True)
class CommitmentRow:
    id: str
    text: str
    owners: str             # the owners' short names, or '' for all parties jointly
    assignee: str | None
    due_text: str | None
    earliest: str | None
    latest: str | None
    status: str
    meeting_start: str | None


def commitments(record: Record, talks_id: str) -> list[CommitmentRow]:
    """The talks' commitments in their order, with owners' short names."""
    return [CommitmentRow(*row) for row in record.conn.execute(
        "SELECT c.id, c.text, coalesce((SELECT group_concat(p.short, ', ') FROM"
        " (SELECT o.party_id FROM commitment_owners o WHERE o.commitment_id = c.id ORDER BY o.position) x"
        " JOIN parties p ON p.id = x.party_id), ''), c.assignee, c.due_text, c.due_earliest, c.due_latest,"
        " c.status, m.start FROM commitments c LEFT JOIN meetings m ON m.id = c.meeting_id"
        " WHERE c.talks_id = ? ORDER BY c.position", (talks_id,))]


@dataclass(frozen=True, slots=True)
class EntryContext:
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
