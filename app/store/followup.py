"""Reading commitments for their follow-up: the filtered view, a commitment's history, compliance by
party, the review cadence, and the material of the progress report — all as of a date.

"As of" means what the record knew on that day: a commitment made at a later meeting is left out,
updates dated later are not counted, and a commitment's status is the one its updates gave it by
then (its current status when no later update changed it).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import NamedTuple

from ..domain.cadence import Cadence
from ..domain.followup import CommitmentLine, PartyCompliance, ProgressReport, UpdateLine
from ..domain.text import clean_text
from ..domain.vocabulary import FINAL_STATUSES
from .record import Record

# The status a commitment had on :as_of.
STATUS_AS_OF = (
    "CASE WHEN EXISTS (SELECT 1 FROM progress_updates u WHERE u.commitment_id = c.id AND u.status IS NOT NULL"
    " AND u.date > :as_of) THEN coalesce((SELECT u.status FROM progress_updates u WHERE u.commitment_id = c.id"
    " AND u.status IS NOT NULL AND u.date <= :as_of ORDER BY u.date DESC, u.position DESC LIMIT 1), 'not_started')"
    " ELSE c.status END"
)
_FINAL = "(" + ", ".join(f"'{status}'" for status in FINAL_STATUSES) + ")"
_MADE_BY_THEN = "(m.start IS NULL OR substr(m.start, 1, 10) <= :as_of)"
_OWNED_BY = ("(EXISTS (SELECT 1 FROM commitment_owners o WHERE o.commitment_id = c.id AND o.party_id = :party)"
             " OR NOT EXISTS (SELECT 1 FROM commitment_owners o WHERE o.commitment_id = c.id))")


@dataclass(frozen=True)
class CommitmentFilter:
    """What the commitments view shows: every filter is optional; `as_of` is the day it is seen from."""

    as_of: dt.date
    party: str | None = None        # owned by this party, alone, with others or jointly with all
    status: str | None = None       # the status as of the date
    topic: str | None = None
    body: str | None = None         # made at a meeting of this body
    meeting: str | None = None      # made at this meeting
    overdue: bool = False           # overdue as of the date
    due_within: int | None = None   # open, and the window closes within this many days of the date
    text: str = ""                  # words of the wording, office or due text (each the start of a word)

    def where(self) -> tuple[str, dict]:
        """The SQL condition on `c` (commitments), `m` (its meeting) and `status_now`, and its parameters."""
        conditions = [_MADE_BY_THEN]
        params: dict = {"as_of": self.as_of.isoformat()}
        if self.party:
            conditions.append(_OWNED_BY)
            params["party"] = self.party
        if self.status:
            conditions.append("status_now = :status")
            params["status"] = self.status
        if self.topic:
            conditions.append("c.topic_id = :topic")
            params["topic"] = self.topic
        if self.body:
            conditions.append("m.body_id = :body")
            params["body"] = self.body
        if self.meeting:
            conditions.append("c.meeting_id = :meeting")
            params["meeting"] = self.meeting
        if self.overdue:
            conditions.append(f"status_now NOT IN {_FINAL} AND c.due_latest < :as_of")
        if self.due_within is not None:
            conditions.append(f"status_now NOT IN {_FINAL} AND c.due_latest BETWEEN :as_of AND :soon")
            params["soon"] = (self.as_of + dt.timedelta(days=self.due_within)).isoformat()
        words = word_query(self.text)
        if words:
            conditions.append("c.seq IN (SELECT rowid FROM commitments_fts WHERE commitments_fts MATCH :words)")
            params["words"] = words
        return " AND ".join(conditions), params


def word_query(text: str) -> str | None:
    """An FTS5 query that finds every word typed as the start of a word: what filtering as you type needs."""
    words = re.findall(r"\w+", clean_text(text))
    return " ".join(f'"{word}"*' for word in words) or None


class FollowRow(NamedTuple):
    id: str
    text: str
    owners: str             # short names, or '' for all parties jointly
    assignee: str | None
    due_text: str | None
    earliest: str | None
    latest: str | None
    status: str             # as of the filter's date
    meeting_start: str | None
    last_date: str | None   # the last update up to the date
    last_note: str | None
    overdue: int            # 1 when overdue as of the date


ORDERS = {
    "position": "c.position",
    "text": "c.text COLLATE NOCASE",
    "owners": "owners",
    "assignee": "c.assignee COLLATE NOCASE",
    "due": "c.due_text COLLATE NOCASE",
    "window": "c.due_latest IS NULL, c.due_latest, c.due_earliest",
    "status": "status_now",
    "last": "last_date",
    "overdue": "overdue DESC, c.due_latest IS NULL, c.due_latest",
}

_OWNERS = ("coalesce((SELECT group_concat(p.short, ', ') FROM (SELECT o.party_id FROM commitment_owners o"
           " WHERE o.commitment_id = c.id ORDER BY o.position) x JOIN parties p ON p.id = x.party_id), '')")
_LAST = ("(SELECT u.{column} FROM progress_updates u WHERE u.commitment_id = c.id AND u.date <= :as_of"
         " ORDER BY u.date DESC, u.position DESC LIMIT 1)")


def _select(columns: str, where: str, tail: str = "", joins: str = "") -> str:
    """A query over the talks' commitments `c`, each with its meeting `m` and its status as of the date."""
    return (f"SELECT {columns} FROM (SELECT c.*, {STATUS_AS_OF} AS status_now FROM commitments c"
            f" WHERE c.talks_id = :talks) c LEFT JOIN meetings m ON m.id = c.meeting_id {joins}"
            f" WHERE {where} {tail}")


def rows(record: Record, talks_id: str, shown: CommitmentFilter, order: str = "window",
         descending: bool = False, start: int = 0, count: int = -1) -> list[FollowRow]:
    """One page of the talks' commitments that `shown` lets through, ordered in SQL by one of ORDERS."""
    where, params = shown.where()
    direction = " DESC" if descending else ""
    by = ", ".join(part if part.endswith(" DESC") else part + direction for part in ORDERS[order].split(", "))
    columns = (f"c.id, c.text, {_OWNERS} AS owners, c.assignee, c.due_text, c.due_earliest, c.due_latest,"
               f" status_now, m.start, {_LAST.format(column='date')} AS last_date,"
               f" {_LAST.format(column='note')}, (status_now NOT IN {_FINAL} AND c.due_latest < :as_of) AS overdue")
    query = _select(columns, where, f"ORDER BY {by}, c.position LIMIT :count OFFSET :start")
    return [FollowRow(*row) for row in record.conn.execute(
        query, {**params, "talks": talks_id, "count": count, "start": start})]


def count(record: Record, talks_id: str, shown: CommitmentFilter) -> tuple[int, int]:
    """How many commitments `shown` lets through, and how many of those are overdue."""
    where, params = shown.where()
    query = _select(f"count(*), coalesce(sum(status_now NOT IN {_FINAL} AND c.due_latest < :as_of), 0)", where)
    return tuple(record.conn.execute(query, {**params, "talks": talks_id}).fetchone())


# -- one commitment ----------------------------------------------------------------------------


class Commitment(NamedTuple):
    id: str
    talks_id: str
    text: str
    status: str
    superseded_by: str | None
    successor_text: str | None
    made: str | None            # the start of the meeting it was made at
    meeting: str | None
    due_text: str | None
    earliest: str | None
    latest: str | None
    owners: list[tuple[str, str]]   # (party id, short name): those who are scored; all parties when jointly


def commitment(record: Record, ident: str) -> Commitment | None:
    conn = record.conn
    row = conn.execute(
        "SELECT c.id, c.talks_id, c.text, c.status, c.superseded_by, s.text, m.start, m.title, c.due_text,"
        " c.due_earliest, c.due_latest FROM commitments c LEFT JOIN commitments s ON s.id = c.superseded_by"
        " LEFT JOIN meetings m ON m.id = c.meeting_id WHERE c.id = ?", (ident,)).fetchone()
    if row is None:
        return None
    owners = [tuple(r) for r in conn.execute(
        "SELECT p.id, p.short FROM commitment_owners o JOIN parties p ON p.id = o.party_id"
        " WHERE o.commitment_id = ? ORDER BY o.position", (ident,))]
    if not owners:
        owners = [tuple(r) for r in conn.execute(
            "SELECT id, short FROM parties WHERE talks_id = ? ORDER BY position", (row[1],))]
    return Commitment(*row, owners)


def _updates(record: Record, where: str, params: dict) -> dict[str, list[UpdateLine]]:
    """The updates `where` (on `u`, the update, and `c`, its commitment) lets through, oldest first by
    commitment, each with its owners' scores by short name: two passes, however many there are."""
    conn = record.conn
    scores: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for update_id, short, score in conn.execute(
            "SELECT s.update_id, p.short, s.score FROM update_scores s JOIN progress_updates u ON u.id = s.update_id"
            f" JOIN commitments c ON c.id = u.commitment_id JOIN parties p ON p.id = s.party_id WHERE {where}"
            " ORDER BY p.position", params):
        scores[update_id].append((short, score))
    updates: dict[str, list[UpdateLine]] = defaultdict(list)
    for update_id, commitment_id, date, status, note in conn.execute(
            "SELECT u.id, u.commitment_id, u.date, u.status, u.note FROM progress_updates u"
            f" JOIN commitments c ON c.id = u.commitment_id WHERE {where} ORDER BY u.commitment_id, u.date, u.position",
            params):
        updates[commitment_id].append(UpdateLine(dt.date.fromisoformat(date), status, note,
                                                 tuple(scores.pop(update_id, ()))))
    return updates


def history(record: Record, ident: str) -> list[UpdateLine]:
    """The commitment's updates, oldest first, with each owner's score by short name."""
    return _updates(record, "u.commitment_id = :id", {"id": ident}).get(ident, [])


def successors(record: Record, ident: str) -> list[tuple[str, str]]:
    """(id, wording) of the commitments that may supersede this one: the talks' others, but not one
    that this one already replaces, directly or down a chain."""
    conn = record.conn
    replaced = {ident}
    frontier = [ident]
    while frontier:
        found = [row[0] for row in conn.execute(
            f"SELECT id FROM commitments WHERE superseded_by IN ({', '.join('?' for _ in frontier)})", frontier)]
        frontier = [f for f in found if f not in replaced]
        replaced.update(frontier)
    return [(i, text) for i, text in conn.execute(
        "SELECT id, text FROM commitments WHERE talks_id = (SELECT talks_id FROM commitments WHERE id = ?)"
        " ORDER BY position", (ident,)) if i not in replaced]


# -- compliance and reviews ------------------------------------------------------------------------


def compliance(record: Record, talks_id: str, as_of: dt.date) -> list[PartyCompliance]:
    """Each party's compliance over the commitments it owns (jointly owned ones included), from its
    latest score on each up to `as_of`. One pass over the scores, whatever the number of commitments."""
    params = {"talks": talks_id, "as_of": as_of.isoformat()}
    conn = record.conn
    made = f"c.talks_id = :talks AND {_MADE_BY_THEN}"
    jointly = conn.execute(
        f"SELECT count(*) FROM commitments c LEFT JOIN meetings m ON m.id = c.meeting_id WHERE {made}"
        " AND NOT EXISTS (SELECT 1 FROM commitment_owners o WHERE o.commitment_id = c.id)", params).fetchone()[0]
    owned = dict(conn.execute(
        f"SELECT o.party_id, count(*) FROM commitment_owners o JOIN commitments c ON c.id = o.commitment_id"
        f" LEFT JOIN meetings m ON m.id = c.meeting_id WHERE {made} GROUP BY o.party_id", params).fetchall())
    scores = {party: (count, average) for party, count, average in conn.execute(
        f"""
        SELECT party, count(*), avg(score) FROM (
            SELECT s.party_id AS party, s.score AS score, u.commitment_id AS commitment,
                   row_number() OVER (PARTITION BY u.commitment_id, s.party_id
                                      ORDER BY u.date DESC, u.position DESC) AS latest
            FROM progress_updates u JOIN update_scores s ON s.update_id = u.id
            JOIN commitments c ON c.id = u.commitment_id LEFT JOIN meetings m ON m.id = c.meeting_id
            WHERE {made} AND u.date <= :as_of
        ) WHERE latest = 1
          AND (EXISTS (SELECT 1 FROM commitment_owners o WHERE o.commitment_id = commitment AND o.party_id = party)
               OR NOT EXISTS (SELECT 1 FROM commitment_owners o WHERE o.commitment_id = commitment))
        GROUP BY party
        """, params)}
    return [PartyCompliance(name, short, owned.get(ident, 0) + jointly, *scores.get(ident, (0, None)))
            for ident, name, short in conn.execute(
                "SELECT id, name, short FROM parties WHERE talks_id = ? ORDER BY position", (talks_id,))]


def cadence(record: Record, talks_id: str) -> Cadence | None:
    row = record.conn.execute("SELECT review_cadence, review_start, review_rule FROM talks WHERE id = ?",
                              (talks_id,)).fetchone()
    if row is None or not row[2]:
        return None
    return Cadence(row[0] or "", dt.date.fromisoformat(row[1]), row[2])


class OpenCommitment(NamedTuple):
    id: str
    text: str
    topic_id: str | None
    owners: str
    due_text: str | None
    latest: str | None
    status: str


def open_commitments(record: Record, talks_id: str, as_of: dt.date) -> list[OpenCommitment]:
    """The commitments still open on `as_of`, by due window: a review meeting's agenda."""
    where = f"{_MADE_BY_THEN} AND status_now NOT IN {_FINAL}"
    query = _select(f"c.id, c.text, c.topic_id, {_OWNERS}, c.due_text, c.due_latest, status_now", where,
                    "ORDER BY c.due_latest IS NULL, c.due_latest, c.due_earliest, c.position")
    return [OpenCommitment(*row) for row in record.conn.execute(
        query, {"talks": talks_id, "as_of": as_of.isoformat()})]


# -- the progress report -------------------------------------------------------------------------


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text[:10]) if text else None


def progress_report(record: Record, talks_id: str, as_of: dt.date) -> ProgressReport:
    """Everything the progress report prints, read in a few passes whatever the number of commitments."""
    conn = record.conn
    talks = conn.execute("SELECT title, marking, json_extract(languages, '$[0]') FROM talks WHERE id = ?",
                         (talks_id,)).fetchone()
    if talks is None:
        from .errors import RecordError

        raise RecordError(f'there are no talks "{talks_id}" in this record')
    where, params = CommitmentFilter(as_of).where()
    params = {**params, "talks": talks_id}
    query = _select(
        f"c.id, c.text, {_OWNERS}, c.assignee, c.due_text, c.due_earliest, c.due_latest, status_now,"
        " m.start, m.title, t.title, s.text",
        where, "ORDER BY t.position IS NULL, t.position, c.due_latest IS NULL, c.due_latest, c.due_earliest,"
               " c.position",
        joins="LEFT JOIN topics t ON t.id = c.topic_id LEFT JOIN commitments s ON s.id = c.superseded_by")
    updates = _updates(record, "c.talks_id = :talks AND u.date <= :as_of", params)
    lines = tuple(
        CommitmentLine(ident, text, owners, assignee, due_text, _date(earliest), _date(latest), status,
                       _date(made), meeting, topic, successor, tuple(updates.pop(ident, ())))
        for ident, text, owners, assignee, due_text, earliest, latest, status, made, meeting, topic, successor
        in conn.execute(query, params))
    parties = tuple(name for (name,) in conn.execute(
        "SELECT name FROM parties WHERE talks_id = ? ORDER BY position", (talks_id,)))
    found = cadence(record, talks_id)
    return ProgressReport(
        talks=talks[0], as_of=as_of, marking=talks[1], parties=parties, commitments=lines,
        compliance=tuple(compliance(record, talks_id, as_of)),
        next_reviews=tuple(found.next_reviews(as_of, 4)) if found else (),
        review_cadence=found.text if found else None, language=talks[2] or "en")
