"""Approved minutes: what a meeting's record holds, its checksum, and the rule that it is not changed.

The minutes of a meeting go from draft to circulated to approved. At approval
the content of the meeting's record — the meeting's own fields, its
attendance, agenda and minutes, in order — is hashed (SHA-256 over a
canonical JSON form) and the digest is stored with the approval. From then
on the store refuses every change to that content (here, with a sentence that
names the meeting; and in the file itself, by triggers, for any other path).
A later correction is a corrigendum, stored beside the approved text.

When a record is opened, `altered_meetings` hashes each approved meeting
again: a digest that no longer matches means the file was changed outside
Accord, and the meeting is named.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from .errors import RecordError


class ApprovedMinutes(RecordError):
    """A change to the record of a meeting whose minutes are approved."""


MEETING_FIELDS = ("talks_id", "title", "body_id", "status", "start", "end", "place", "venue", "marking")


@dataclass(frozen=True)
class MeetingContent:
    """What a meeting's record says, as plain tuples in order; equal content gives an equal digest."""

    meeting: tuple
    attendance: tuple[tuple, ...]
    agenda: tuple[tuple, ...]
    minutes: tuple[tuple, ...]

    def digest(self, meeting_id: str, approved_on: str | None) -> str:
        canonical = json.dumps(
            {"id": meeting_id, "approved_on": approved_on, "meeting": self.meeting,
             "attendance": self.attendance, "agenda": self.agenda, "minutes": self.minutes},
            ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def stored_content(conn: sqlite3.Connection, meeting_id: str) -> MeetingContent | None:
    """The content of a meeting as the record holds it; None when there is no such meeting."""
    names = ", ".join(f'"{c}"' for c in MEETING_FIELDS)
    meeting = conn.execute(f"SELECT {names} FROM meetings WHERE id = ?", (meeting_id,)).fetchone()
    if meeting is None:
        return None
    return MeetingContent(
        meeting=tuple(meeting),
        attendance=tuple(tuple(row) for row in conn.execute(
            "SELECT person_id, role, title FROM attendance WHERE meeting_id = ? ORDER BY position", (meeting_id,))),
        agenda=tuple(tuple(row) for row in conn.execute(
            "SELECT id, topic_id, title, notes FROM agenda_items WHERE meeting_id = ? ORDER BY position",
            (meeting_id,))),
        minutes=tuple(tuple(row) for row in conn.execute(
            "SELECT id, item_id, kind, party_id, speaker_id, text, language, at FROM minutes"
            " WHERE meeting_id = ? ORDER BY position", (meeting_id,))),
    )


def bundle_content(talks_id: str, meeting) -> MeetingContent:
    """The content a bundle's meeting (a domain record) would leave in the record."""
    m = meeting
    return MeetingContent(
        meeting=(talks_id, m.title, m.body, m.status, m.start, m.end, m.place, m.venue, m.marking),
        attendance=tuple((a.person, a.role, a.title) for a in m.attendees),
        agenda=tuple((a.id, a.topic, a.title, a.notes) for a in m.agenda),
        minutes=tuple((e.id, e.item, e.kind, e.party, e.speaker, e.text, e.language, e.at) for e in m.minutes),
    )


@dataclass(frozen=True)
class Approval:
    meeting_id: str
    title: str
    status: str                    # draft, circulated or approved
    circulated_on: str | None
    approved_on: str | None
    checksum: str | None


def approval_of(conn: sqlite3.Connection, meeting_id: str) -> Approval | None:
    row = conn.execute("SELECT id, title, minutes_status, circulated_on, approved_on, checksum FROM meetings"
                       " WHERE id = ?", (meeting_id,)).fetchone()
    return None if row is None else Approval(*row)


def refusal(approval: Approval) -> ApprovedMinutes:
    return ApprovedMinutes(
        f'the minutes of "{approval.title}" were approved on {approval.approved_on}: they can no longer be'
        " changed; add a corrigendum instead")


# table -> SQL giving the meeting a row of it belongs to, from the row's key or values
_MEETING_OF = {
    "meetings": "SELECT :id",
    "attendance": "SELECT coalesce(:meeting_id, '')",
    "agenda_items": "SELECT coalesce(:meeting_id, (SELECT meeting_id FROM agenda_items WHERE id = :id))",
    "minutes": "SELECT coalesce(:meeting_id, (SELECT meeting_id FROM minutes WHERE id = :id))",
}


def check_not_approved(conn: sqlite3.Connection, table: str, row: dict[str, Any]) -> None:
    """Refuse, naming the meeting, a change to a row of approved minutes."""
    query = _MEETING_OF.get(table)
    if query is None:
        return
    found = conn.execute(query, {"id": row.get("id"), "meeting_id": row.get("meeting_id")}).fetchone()
    if found is None or found[0] is None:
        return
    approval = approval_of(conn, found[0])
    if approval is not None and approval.status == "approved":
        raise refusal(approval)


def check_import(conn: sqlite3.Connection, talks_id: str, meetings) -> None:
    """Refuse a bundle that would change approved minutes, naming the first such meeting."""
    approved = {ident: Approval(ident, title, "approved", None, on, None) for ident, title, on in conn.execute(
        "SELECT id, title, approved_on FROM meetings WHERE talks_id = ? AND minutes_status = 'approved'",
        (talks_id,))}
    for meeting in meetings:
        approval = approved.get(meeting.id)
        if approval is not None and stored_content(conn, meeting.id) != bundle_content(talks_id, meeting):
            raise ApprovedMinutes(
                f'meeting "{meeting.id}" ("{approval.title}"): its minutes were approved on'
                f" {approval.approved_on}, and the bundle would change them; nothing was imported")


@dataclass(frozen=True)
class Altered:
    """An approved meeting whose content no longer gives the checksum stored at its approval."""

    meeting_id: str
    title: str
    approved_on: str

    def sentence(self) -> str:
        return (f'The approved minutes of "{self.title}" ({self.meeting_id}, approved on {self.approved_on})'
                " were changed outside Accord: they no longer match the checksum taken at approval.")


def altered_meetings(conn: sqlite3.Connection) -> list[Altered]:
    """Every approved meeting whose content no longer matches its checksum, in date order."""
    return [Altered(ident, title, approved_on) for ident, title, approved_on, checksum in conn.execute(
        "SELECT id, title, approved_on, checksum FROM meetings WHERE minutes_status = 'approved'"
        " ORDER BY start, position").fetchall()
        if stored_content(conn, ident).digest(ident, approved_on) != checksum]


def matches_checksum(conn: sqlite3.Connection, meeting_id: str) -> bool:
    """Whether an approved meeting's content still gives its checksum (true of minutes not approved)."""
    approval = approval_of(conn, meeting_id)
    if approval is None or approval.status != "approved":
        return True
    return stored_content(conn, meeting_id).digest(meeting_id, approval.approved_on) == approval.checksum
