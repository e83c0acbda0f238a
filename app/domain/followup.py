"""Following up commitments: the status rules of a progress update, compliance by party, and what the
progress report says as of a date.

The rules:
- `completed`, `dropped` and `superseded` are final. Moving a commitment out of a final status (or
  from one final status to another) reopens it, and a reopening is an update that gives its reason.
- `superseded` names the commitment that replaces it: another commitment of the same talks, not one
  that is itself, directly or down a chain, replaced by this one.
- Overdue is derived from the window and an as-of date, never stored (see `due.is_overdue`).
- Compliance follows the G7 Research Group: each owner is scored -1 (no compliance), 0 (partial) or
  +1 (full); a party's score is the average of its latest scores over the commitments it owns, and
  that average is read as a percentage, (average + 1) / 2 × 100.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from .due import is_overdue
from .vocabulary import COMMITMENT_STATUSES, FINAL_STATUSES, SCORES


class UpdateRefused(ValueError):
    """A progress update the status rules do not allow; the message says why."""


def is_reopening(current: str, new: str | None) -> bool:
    return new is not None and new != current and current in FINAL_STATUSES


def check_update(current: str, new: str | None, note: str, superseded_by: str | None = None,
                 scores: dict[str, int] | None = None) -> None:
    """Raise UpdateRefused unless an update taking a commitment from `current` to `new` (None: the
    status stays) with this note, replacement and scores is allowed."""
    if new is not None and new not in COMMITMENT_STATUSES:
        raise UpdateRefused(f'"{new}" is not a status of a commitment')
    if is_reopening(current, new) and not note.strip():
        raise UpdateRefused(f"the commitment is {current.replace('_', ' ')}: "
                            "give the reason for reopening it in the note")
    if new == "superseded" and not superseded_by:
        raise UpdateRefused("name the commitment that supersedes this one")
    if new != "superseded" and superseded_by:
        raise UpdateRefused("only a superseded commitment names the one that replaces it")
    for party, score in (scores or {}).items():
        if score not in SCORES:
            raise UpdateRefused(f"a compliance score is -1, 0 or +1, not {score!r}")


def compliance_percent(average: float) -> float:
    """The G7 Research Group's reading of an average score in [-1, 1] as a percentage."""
    return (average + 1) / 2 * 100


@dataclass(frozen=True, slots=True)
class PartyCompliance:
    party: str               # name
    short: str
    owned: int               # commitments the party owns, alone, with others, or jointly with all
    scored: int              # of those, how many have a score for the party
    average: float | None    # of the latest scores; None when nothing is scored

    @property
    def percent(self) -> float | None:
        return None if self.average is None else compliance_percent(self.average)


@dataclass(frozen=True, slots=True)
class UpdateLine:
    date: dt.date
    status: str | None
    note: str
    scores: tuple[tuple[str, int], ...] = ()   # (party short name, score)


@dataclass(frozen=True, slots=True)
class CommitmentLine:
    """One commitment as the report and the exports show it, as of a date."""

    id: str
    text: str
    owners: str                  # short names, or "" for all parties jointly
    assignee: str | None
    due_text: str | None
    earliest: dt.date | None
    latest: dt.date | None
    status: str                  # as of the report's date
    made: dt.date | None         # the date of the meeting it was made at
    meeting: str | None          # that meeting's title
    topic: str | None            # the topic's title
    superseded_by: str | None = None   # the wording of the commitment that replaces it
    updates: tuple[UpdateLine, ...] = ()   # oldest first, up to the as-of date

    def overdue(self, as_of: dt.date) -> bool:
        return is_overdue(self.status, self.latest, as_of)

    def days_late(self, as_of: dt.date) -> int:
        return (as_of - self.latest).days if self.overdue(as_of) else 0

    @property
    def last_update(self) -> UpdateLine | None:
        return self.updates[-1] if self.updates else None


@dataclass(frozen=True)
class ProgressReport:
    """What the progress report prints: the talks' commitments as of a date."""

    talks: str
    as_of: dt.date
    marking: str | None
    parties: tuple[str, ...]
    commitments: tuple[CommitmentLine, ...]       # by topic (in the talks' order), then due window
    compliance: tuple[PartyCompliance, ...]
    next_reviews: tuple[dt.date, ...] = ()
    review_cadence: str | None = None
    language: str = "en"                          # the talks' first language: the report's fixed words
    soon_days: int = 30
    _by_status: Counter = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_status", Counter(c.status for c in self.commitments))

    def count(self, status: str) -> int:
        return self._by_status[status]

    def overdue(self) -> list[CommitmentLine]:
        """Every overdue commitment, the longest overdue first."""
        late = [c for c in self.commitments if c.overdue(self.as_of)]
        return sorted(late, key=lambda c: (c.latest, c.text))

    def due_soon(self) -> list[CommitmentLine]:
        """Open commitments whose window closes within `soon_days` of the as-of date, soonest first."""
        end = self.as_of + dt.timedelta(days=self.soon_days)
        soon = [c for c in self.commitments if c.status not in FINAL_STATUSES and c.latest is not None
                and self.as_of <= c.latest <= end]
        return sorted(soon, key=lambda c: (c.latest, c.text))

    def by_topic(self) -> list[tuple[str | None, list[CommitmentLine]]]:
        """The commitments grouped under their topic, in the order they were given; no topic last."""
        groups: dict[str | None, list[CommitmentLine]] = {}
        for line in self.commitments:
            groups.setdefault(line.topic, []).append(line)
        untopical = groups.pop(None, None)
        out = list(groups.items())
        if untopical:
            out.append((None, untopical))
        return out
