"""Reading the audit log: who changed what field of a record, from what, to what, and when.

The log is written by triggers in the record itself (see schema.py). Each row
names the record it is shown under (`parent`): a meeting's history holds the
meeting's own changes and those of its attendance, agenda, minutes and
corrigenda; a commitment's holds its owners and progress updates; a
communiqué's its paragraphs, texts, plan of action and signatories.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

@dataclass(frozen=True)
class Change:
    id: int
    at: str              # UTC, ISO 8601
    who: str | None
    table: str
    record_id: str
    action: str          # insert, update or delete
    field: str | None
    old: str | None
    new: str | None


_COLUMNS = "id, at, who, table_name, record_id, action, field, old, new"


def history(conn: sqlite3.Connection, record_id: str, *, after: int = 0, limit: int = 500) -> list[Change]:
    """The changes of a record and of what is shown under it, oldest first, `limit` at a time from
    after the change with id `after`."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM audit_log WHERE id > :after AND (parent = :r OR record_id = :r)"
        " ORDER BY id LIMIT :limit", {"r": record_id, "after": after, "limit": limit})
    return [Change(*row) for row in rows]


def count_history(conn: sqlite3.Connection, record_id: str) -> int:
    return conn.execute("SELECT count(*) FROM audit_log WHERE parent = :r OR record_id = :r",
                        {"r": record_id}).fetchone()[0]


def approval_change(conn: sqlite3.Connection, meeting_id: str) -> int | None:
    """The id of the last log row of a meeting's approval (its status, date, moment and checksum), if
    its minutes are approved: nothing of the meeting but corrigenda comes after it."""
    row = conn.execute("SELECT max(id) FROM audit_log WHERE table_name = 'meetings' AND record_id = ?"
                       " AND field IN ('minutes_status', 'approved_on', 'approved_at', 'checksum')"
                       " AND (SELECT minutes_status FROM meetings WHERE id = ?) = 'approved'",
                       (meeting_id, meeting_id)).fetchone()
    return row[0]


# table -> SQL giving the words that name one of its rows (the row's id is the parameter)
_LABELS = {
    "talks": "SELECT title FROM talks WHERE id = ?",
    "parties": "SELECT name FROM parties WHERE id = ?",
    "people": "SELECT name FROM people WHERE id = ?",
    "bodies": "SELECT name FROM bodies WHERE id = ?",
    "topics": "SELECT title FROM topics WHERE id = ?",
    "meetings": "SELECT title FROM meetings WHERE id = ?",
    "attendance": "SELECT p.name FROM attendance a JOIN people p ON p.id = a.person_id"
                  " WHERE a.meeting_id || '/' || a.person_id = ?",
    "agenda_items": "SELECT title FROM agenda_items WHERE id = ?",
    "minutes": "SELECT text FROM minutes WHERE id = ?",
    "corrigenda": "SELECT date || ': ' || text FROM corrigenda WHERE id = ?",
    "commitments": "SELECT text FROM commitments WHERE id = ?",
    "communiques": "SELECT title FROM communiques WHERE id = ?",
}


def label(conn: sqlite3.Connection, table: str, record_id: str, width: int = 60) -> str:
    """Words that name a record of the log: its title, name or the start of its text; its id when it is
    no longer there or has no words of its own."""
    query = _LABELS.get(table)
    row = conn.execute(query, (record_id,)).fetchone() if query else None
    if row is None or not row[0]:
        return record_id
    text = " ".join(str(row[0]).split())
    return text if len(text) <= width else text[:width - 1].rstrip() + "…"
