"""The record of the talks as plain data.

These dataclasses are what the store hands out and takes in, and what the
talks bundle is read into and written from. They carry no SQL and no Qt.
Dates are ISO 8601 strings exactly as the record holds them (a meeting's
start keeps its local time and UTC offset); `app.domain.dates` reads them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .vocabulary import (  # noqa: F401  (the record's vocabulary, named here beside its records)
    ATTENDEE_ROLES,
    BODY_LEVELS,
    COMMITMENT_STATUSES,
    COMMUNIQUE_STATUSES,
    ENTRY_KINDS,
    FINAL_STATUSES,
    MEETING_STATUSES,
    PERSON_ROLES,
    SCORES,
)


@dataclass(slots=True)
class Party:
    id: str
    name: str
    short: str
    language: str
    names: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class Person:
    id: str
    party: str
    name: str
    names: dict[str, str] = field(default_factory=dict)
    title: str | None = None
    organisation: str | None = None
    role: str | None = None


@dataclass(slots=True)
class Body:
    id: str
    name: str
    level: str | None = None
    parent: str | None = None


@dataclass(slots=True)
class Topic:
    id: str
    title: str
    titles: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class Attendee:
    person: str
    role: str | None = None
    title: str | None = None


@dataclass(slots=True)
class AgendaItem:
    id: str
    title: str
    topic: str | None = None
    notes: str | None = None


@dataclass(slots=True)
class MinuteEntry:
    id: str
    kind: str
    text: str
    item: str | None = None
    party: str | None = None
    speaker: str | None = None
    language: str | None = None
    at: str | None = None


@dataclass(slots=True)
class Meeting:
    id: str
    title: str
    status: str
    start: str
    body: str | None = None
    end: str | None = None
    place: str | None = None
    venue: str | None = None
    marking: str | None = None
    attendees: list[Attendee] = field(default_factory=list)
    agenda: list[AgendaItem] = field(default_factory=list)
    minutes: list[MinuteEntry] = field(default_factory=list)


@dataclass(slots=True)
class Due:
    text: str
    earliest: str | None = None
    latest: str | None = None


@dataclass(slots=True)
class Update:
    date: str
    note: str
    status: str | None = None
    scores: dict[str, int] = field(default_factory=dict)


@dataclass(slots=True)
class Commitment:
    id: str
    text: str
    status: str
    public: bool
    owners: list[str] = field(default_factory=list)
    assignee: str | None = None
    meeting: str | None = None
    topic: str | None = None
    due: Due | None = None
    updates: list[Update] = field(default_factory=list)


@dataclass(slots=True)
class Paragraph:
    id: str
    text: dict[str, str]
    heading: bool = False
    numbered: bool = True


@dataclass(slots=True)
class Communique:
    id: str
    title: str
    issued: str
    languages: list[str]
    status: str
    version: int
    titles: dict[str, str] = field(default_factory=dict)
    meeting: str | None = None
    place: str | None = None
    marking: str | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    plan_of_action: list[str] = field(default_factory=list)
    signatories: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Talks:
    id: str
    title: str
    languages: list[str]
    description: str | None = None
    marking: str | None = None
    parties: list[Party] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    bodies: list[Body] = field(default_factory=list)
    topics: list[Topic] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    communiques: list[Communique] = field(default_factory=list)
