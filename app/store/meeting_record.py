"""The record of one meeting as it is printed: everything the minutes document needs, read in one
transaction so that the printed record is a consistent snapshot."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass, field

from ..domain.dates import moment_date, parse_date
from .approval import matches_checksum
from .errors import RecordError


@dataclass(frozen=True)
class Delegate:
    name: str
    title: str | None        # the title at this meeting, or the person's own
    role: str | None         # the role at this meeting: chair, head, member, adviser, observer
    person_role: str | None  # the person's role in the delegation (head, deputy, ...)


@dataclass
class Delegation:
    party_id: str
    name: str
    members: list[Delegate] = field(default_factory=list)


@dataclass(frozen=True)
class Entry:
    id: str
    item_id: str | None
    kind: str
    party_id: str | None
    party: str | None
    speaker: str | None
    speaker_title: str | None
    text: str
    at: str | None


@dataclass(frozen=True)
class MadeCommitment:
    text: str
    owners: list[str]
    due_text: str | None
    earliest: dt.date | None
    latest: dt.date | None


@dataclass(frozen=True)
class Corrigendum:
    number: int
    date: dt.date
    reason: str
    text: str
    entry_id: str | None


@dataclass(frozen=True)
class Signature:
    name: str
    title: str | None
    party: str


@dataclass
class MeetingRecord:
    id: str
    talks_title: str
    languages: list[str]
    marking: str | None
    title: str
    body: str | None
    start: str
    end: str | None
    place: str | None
    venue: str | None
    status: str                      # planned, held, cancelled
    minutes_status: str              # draft, circulated, approved
    circulated_on: dt.date | None
    approved_on: dt.date | None
    checksum: str | None
    checksum_matches: bool
    delegations: list[Delegation]
    agenda: list[tuple[str, str]]    # (id, title) in order
    entries: list[Entry]
    commitments: list[MadeCommitment]
    corrigenda: list[Corrigendum]
    signatures: list[Signature]

    @property
    def date(self) -> dt.date:
        return moment_date(self.start)


def _date(text: str | None) -> dt.date | None:
    return parse_date(text) if text else None


def read_meeting_record(conn: sqlite3.Connection, meeting_id: str) -> MeetingRecord:
    """The meeting's record; RecordError when there is no such meeting."""
    in_transaction = conn.in_transaction
    if not in_transaction:
        conn.execute("BEGIN")
    try:
        return _read(conn, meeting_id)
    finally:
        if not in_transaction:
            conn.execute("COMMIT")


def _read(conn: sqlite3.Connection, meeting_id: str) -> MeetingRecord:
    row = conn.execute(
        'SELECT m.talks_id, t.title, t.languages, coalesce(m.marking, t.marking), m.title, b.name, m.start, m."end",'
        " m.place, m.venue, m.status, m.minutes_status, m.circulated_on, m.approved_on, m.checksum"
        " FROM meetings m JOIN talks t ON t.id = m.talks_id LEFT JOIN bodies b ON b.id = m.body_id WHERE m.id = ?",
        (meeting_id,)).fetchone()
    if row is None:
        raise RecordError(f'the record holds no meeting with id "{meeting_id}"')
    (talks_id, talks_title, languages, marking, title, body, start, end, place, venue, status, minutes_status,
     circulated_on, approved_on, checksum) = row

    delegations: dict[str, Delegation] = {}
    for party_id, name in conn.execute("SELECT id, name FROM parties WHERE talks_id = ? ORDER BY position",
                                       (talks_id,)):
        delegations[party_id] = Delegation(party_id, name)
    for party_id, name, title_here, own_title, role, person_role in conn.execute(
            "SELECT p.party_id, p.name, a.title, p.title, a.role, p.role FROM attendance a"
            " JOIN people p ON p.id = a.person_id WHERE a.meeting_id = ? ORDER BY a.position", (meeting_id,)):
        delegations[party_id].members.append(Delegate(name, title_here or own_title, role, person_role))

    agenda = [tuple(r) for r in conn.execute(
        "SELECT id, title FROM agenda_items WHERE meeting_id = ? ORDER BY position", (meeting_id,))]
    entries = [Entry(*r) for r in conn.execute(
        "SELECT n.id, n.item_id, n.kind, n.party_id, y.name, s.name, s.title, n.text, n.at FROM minutes n"
        " LEFT JOIN parties y ON y.id = n.party_id LEFT JOIN people s ON s.id = n.speaker_id"
        " WHERE n.meeting_id = ? ORDER BY n.position", (meeting_id,))]

    owners: dict[str, list[str]] = {}
    for commitment_id, name in conn.execute(
            "SELECT o.commitment_id, y.name FROM commitment_owners o JOIN commitments c ON c.id = o.commitment_id"
            " JOIN parties y ON y.id = o.party_id WHERE c.meeting_id = ? ORDER BY o.commitment_id, o.position",
            (meeting_id,)):
        owners.setdefault(commitment_id, []).append(name)
    commitments = [MadeCommitment(text, owners.get(ident, []), due_text, _date(earliest), _date(latest))
                   for ident, text, due_text, earliest, latest in conn.execute(
                       "SELECT id, text, due_text, due_earliest, due_latest FROM commitments WHERE meeting_id = ?"
                       " ORDER BY position", (meeting_id,))]

    corrigenda = [Corrigendum(n, parse_date(date), reason, text, entry_id)
                  for n, (date, reason, text, entry_id) in enumerate(conn.execute(
                      "SELECT date, reason, text, entry_id FROM corrigenda WHERE meeting_id = ? ORDER BY position",
                      (meeting_id,)), start=1)]

    signatures = []
    for delegation in delegations.values():
        head = _head_of(delegation.members)
        if head is not None:
            signatures.append(Signature(head.name, head.title, delegation.name))

    return MeetingRecord(
        id=meeting_id, talks_title=talks_title, languages=json.loads(languages), marking=marking, title=title,
        body=body, start=start, end=end, place=place, venue=venue, status=status, minutes_status=minutes_status,
        circulated_on=_date(circulated_on), approved_on=_date(approved_on), checksum=checksum,
        checksum_matches=matches_checksum(conn, meeting_id),
        delegations=[d for d in delegations.values() if d.members], agenda=agenda, entries=entries,
        commitments=commitments, corrigenda=corrigenda, signatures=signatures)


def _head_of(members: list[Delegate]) -> Delegate | None:
    """Who signs for a delegation: its head at this meeting, else its chair, else its head in the talks,
    else the first of its members present."""
    for test in (lambda d: d.role == "head", lambda d: d.role == "chair", lambda d: d.person_role == "head"):
        for member in members:
            if test(member):
                return member
    return members[0] if members else None
