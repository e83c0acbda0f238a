"""The talks bundle (format `accord-bundle`, version 1): reading and writing.

`read_bundle` checks a parsed bundle against the format to the letter and
turns it into domain records; every problem is a `BundleError` whose message
names the record (its kind and id) and the field. `bundle_of` writes records
back: optional keys without a value are left out, lists are always written.

This module checks everything that can be checked inside the bundle; the
store checks it against the record (ids held by other records).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from typing import Any

from ..domain import records as r
from ..domain.communique import has_brackets
from ..domain.dates import is_local_time, moment_date, parse_date, parse_moment
from ..domain.due import day_first_for, derive_window
from ..domain.text import clean_text
from .errors import BundleError

FORMAT = "accord-bundle"
VERSION = 1

_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")


class _Where:
    """Where in the bundle a value stands, for messages: 'meeting "m-1", field "start"'."""

    __slots__ = ("kind", "id")

    def __init__(self, kind: str, id: str | None = None):
        self.kind = kind
        self.id = id

    def fail(self, message: str, key: str | None = None) -> BundleError:
        record = f'{self.kind} "{self.id}"' if self.id is not None else self.kind
        field = f', field "{key}"' if key is not None else ""
        return BundleError(f"{record}{field}: {message}")


def _type_name(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "true/false",
            int: "a number", float: "a number", type(None): "null"}.get(type(value), type(value).__name__)


class _Object:
    """A JSON object of the bundle, read key by key; unknown keys are an error."""

    __slots__ = ("data", "where")

    def __init__(self, data: Any, where: _Where, allowed: Iterable[str]):
        if not isinstance(data, dict):
            raise where.fail(f"must be an object, not {_type_name(data)}")
        unknown = [key for key in data if key not in allowed]
        if unknown:
            raise where.fail(f'unknown key "{unknown[0]}" (allowed: {", ".join(sorted(allowed))})')
        self.data = data
        self.where = where

    def raw(self, key: str, required: bool) -> Any:
        """The value of `key` as the JSON holds it; missing or null is an error where required."""
        if key not in self.data:
            if required:
                raise self.where.fail("is missing", key)
            return None
        value = self.data[key]
        if value is None:
            raise self.where.fail("is null; leave an optional key out instead", key)
        return value

    def text(self, key: str, *, required: bool = True) -> str | None:
        value = self.raw(key, required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.where.fail(f"must be a string, not {_type_name(value)}", key)
        return clean_text(value)

    def ident(self, key: str = "id", *, required: bool = True) -> str | None:
        value = self.text(key, required=required)
        if value is not None and not value.strip():
            raise self.where.fail("must not be empty", key)
        return value

    def choice(self, key: str, choices: tuple, *, required: bool = True) -> str | None:
        value = self.text(key, required=required)
        if value is not None and value not in choices:
            raise self.where.fail(f'"{value}" is not one of: {", ".join(choices)}', key)
        return value

    def flag(self, key: str, *, required: bool = True, default: bool = False) -> bool:
        value = self.raw(key, required)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise self.where.fail(f"must be true or false, not {_type_name(value)}", key)
        return value

    def integer(self, key: str) -> int:
        value = self.raw(key, True)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.where.fail(f"must be a whole number, not {_type_name(value)}", key)
        return value

    def date(self, key: str, *, required: bool = True) -> str | None:
        value = self.text(key, required=required)
        if value is not None:
            try:
                parse_date(value)
            except ValueError as error:
                raise self.where.fail(str(error), key) from None
        return value

    def moment(self, key: str, *, required: bool = True) -> str | None:
        value = self.text(key, required=required)
        if value is not None:
            try:
                parse_moment(value)
            except ValueError as error:
                raise self.where.fail(str(error), key) from None
        return value

    def language(self, key: str, *, required: bool = True) -> str | None:
        value = self.text(key, required=required)
        if value is not None and not _LANGUAGE.fullmatch(value):
            raise self.where.fail(f'"{value}" is not a language code (BCP 47, e.g. "en" or "es")', key)
        return value

    def items(self, key: str, *, required: bool = True) -> list:
        value = self.raw(key, required)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.where.fail(f"must be a list, not {_type_name(value)}", key)
        return value

    def strings(self, key: str, *, required: bool = True) -> list[str]:
        values = self.items(key, required=required)
        for value in values:
            if not isinstance(value, str):
                raise self.where.fail(f"must hold strings only, not {_type_name(value)}", key)
        return [clean_text(value) for value in values]

    def by_language(self, key: str, *, required: bool = False) -> dict[str, str]:
        value = self.raw(key, required)
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise self.where.fail(f"must be an object {{language: text}}, not {_type_name(value)}", key)
        out = {}
        for language, text in value.items():
            if not _LANGUAGE.fullmatch(language):
                raise self.where.fail(f'"{language}" is not a language code', key)
            if not isinstance(text, str):
                raise self.where.fail(f'the "{language}" text must be a string, not {_type_name(text)}', key)
            out[language] = clean_text(text)
        return out


class _Reader:
    """Reads one bundle; keeps every id it has seen to check uniqueness and references."""

    def __init__(self) -> None:
        self.kinds: dict[str, str] = {}  # id -> kind, over the whole bundle

    def claim(self, ident: str, kind: str, where: _Where) -> None:
        if ident in self.kinds:
            raise where.fail(f'duplicate id: "{ident}" is already used by a {self.kinds[ident]}', "id")
        self.kinds[ident] = kind

    def record(self, data: Any, kind: str, allowed: Iterable[str], parent: _Where | None = None) -> _Object:
        """Open a record object and claim its id."""
        where = _Where(kind)
        if isinstance(data, dict) and isinstance(data.get("id"), str):
            where.id = data["id"]
        elif isinstance(data, dict) and "id" not in data and parent is not None:
            raise parent.fail(f'a {kind} has no "id"')
        obj = _Object(data, where, allowed)
        ident = obj.ident("id")
        where.id = ident
        self.claim(ident, kind, where)
        return obj

    # -- the whole bundle -------------------------------------------------------

    def bundle(self, data: Any) -> list[r.Talks]:
        where = _Where("bundle")
        if not isinstance(data, dict):
            raise where.fail(f"must be a JSON object, not {_type_name(data)}")
        fmt = data.get("format")
        if fmt != FORMAT:
            raise where.fail(f'format is {json.dumps(fmt)}, not "{FORMAT}"', "format")
        version = data.get("version")
        if isinstance(version, bool) or not isinstance(version, int):
            raise where.fail(f"version must be a whole number, not {_type_name(version)}", "version")
        if version > VERSION:
            raise where.fail(
                f"version {version} is newer than this Accord reads (version {VERSION}); update Accord",
                "version",
            )
        if version < 1:
            raise where.fail(f"version {version} does not exist", "version")
        obj = _Object(data, where, ("format", "version", "exported_at", "talks"))
        obj.moment("exported_at", required=False)
        return [self.talks(item) for item in obj.items("talks")]

    def talks(self, data: Any) -> r.Talks:
        o = self.record(data, "talks", (
            "id", "title", "description", "languages", "marking", "parties", "people", "bodies",
            "topics", "meetings", "commitments", "communiques"))
        languages = o.strings("languages")
        if not languages:
            raise o.where.fail("must name at least one language", "languages")
        for language in languages:
            if not _LANGUAGE.fullmatch(language):
                raise o.where.fail(f'"{language}" is not a language code', "languages")
        talks = r.Talks(
            id=o.ident(), title=o.text("title"), languages=languages,
            description=o.text("description", required=False), marking=o.text("marking", required=False),
        )
        scope = _Scope(self, talks)
        talks.parties = [scope.party(item) for item in o.items("parties")]
        if len(talks.parties) < 2:
            raise o.where.fail(f"talks need two or more parties, not {len(talks.parties)}", "parties")
        talks.people = [scope.person(item) for item in o.items("people")]
        talks.bodies = [scope.body(item) for item in o.items("bodies")]
        scope.check_bodies()
        talks.topics = [scope.topic(item) for item in o.items("topics")]
        talks.meetings = [scope.meeting(item) for item in o.items("meetings")]
        talks.commitments = [scope.commitment(item) for item in o.items("commitments")]
        talks.communiques = [scope.communique(item) for item in o.items("communiques")]
        return talks


class _Scope:
    """The records of one talks: references must resolve inside it."""

    def __init__(self, reader: _Reader, talks: r.Talks):
        self.reader = reader
        self.talks = talks
        self.ids: dict[str, set[str]] = {kind: set() for kind in (
            "party", "person", "body", "topic", "meeting", "commitment")}
        self.meeting_dates: dict[str, dt.date] = {}
        self.public: set[str] = set()
        self.owners: dict[str, list[str]] = {}
        self.parents: dict[str, str | None] = {}
        self.day_first = day_first_for(talks.languages[0])

    def record(self, data: Any, kind: str, allowed: Iterable[str]) -> _Object:
        return self.reader.record(data, kind, allowed, _Where("talks", self.talks.id))

    def ref(self, o: _Object, key: str, kind: str, *, required: bool = False) -> str | None:
        value = o.ident(key, required=required)
        if value is not None and value not in self.ids[kind]:
            raise o.where.fail(f'refers to "{value}", which is not a {kind} of these talks', key)
        return value

    def known(self, o: _Object, kind: str) -> str:
        ident = o.where.id
        self.ids[kind].add(ident)
        return ident

    # -- delegations and fora ---------------------------------------------------

    def party(self, data: Any) -> r.Party:
        o = self.record(data, "party", ("id", "name", "short", "language", "names"))
        return r.Party(id=self.known(o, "party"), name=o.text("name"), short=o.text("short"),
                       language=o.language("language"), names=o.by_language("names"))

    def person(self, data: Any) -> r.Person:
        o = self.record(data, "person", ("id", "party", "name", "names", "title", "organisation", "role"))
        return r.Person(
            id=self.known(o, "person"), party=self.ref(o, "party", "party", required=True),
            name=o.text("name"), names=o.by_language("names"), title=o.text("title", required=False),
            organisation=o.text("organisation", required=False),
            role=o.choice("role", r.PERSON_ROLES, required=False),
        )

    def body(self, data: Any) -> r.Body:
        o = self.record(data, "body", ("id", "name", "level", "parent"))
        body = r.Body(id=self.known(o, "body"), name=o.text("name"),
                      level=o.choice("level", r.BODY_LEVELS, required=False),
                      parent=o.ident("parent", required=False))
        self.parents[body.id] = body.parent
        return body

    def check_bodies(self) -> None:
        """Parents are bodies of these talks, and no body is its own ancestor."""
        for ident, parent in self.parents.items():
            where = _Where("body", ident)
            if parent is not None and parent not in self.parents:
                raise where.fail(f'refers to "{parent}", which is not a body of these talks', "parent")
            seen = {ident}
            while parent is not None:
                if parent in seen:
                    raise where.fail(f'"{parent}" cannot be a parent: the bodies would form a circle', "parent")
                seen.add(parent)
                parent = self.parents[parent]

    def topic(self, data: Any) -> r.Topic:
        o = self.record(data, "topic", ("id", "title", "titles"))
        return r.Topic(id=self.known(o, "topic"), title=o.text("title"), titles=o.by_language("titles"))

    # -- meetings -----------------------------------------------------------------

    def meeting(self, data: Any) -> r.Meeting:
        o = self.record(data, "meeting", (
            "id", "title", "body", "status", "start", "end", "place", "venue", "marking",
            "attendees", "agenda", "minutes"))
        meeting = r.Meeting(
            id=self.known(o, "meeting"), title=o.text("title"),
            status=o.choice("status", r.MEETING_STATUSES), start=o.moment("start"),
            body=self.ref(o, "body", "body"), end=o.moment("end", required=False),
            place=o.text("place", required=False), venue=o.text("venue", required=False),
            marking=o.text("marking", required=False),
        )
        if meeting.end is not None and moment_date(meeting.end) < moment_date(meeting.start):
            raise o.where.fail(f"{meeting.end} is before the start, {meeting.start}", "end")
        self.meeting_dates[meeting.id] = moment_date(meeting.start)
        attending: set[str] = set()
        for item in o.items("attendees"):
            attendee = self.attendee(item, o.where)
            if attendee.person in attending:
                raise o.where.fail(f'"{attendee.person}" is listed twice', "attendees")
            attending.add(attendee.person)
            meeting.attendees.append(attendee)
        meeting.agenda = [self.agenda_item(item) for item in o.items("agenda")]
        items = {item.id for item in meeting.agenda}
        meeting.minutes = [self.entry(item, items) for item in o.items("minutes")]
        return meeting

    def attendee(self, data: Any, meeting: _Where) -> r.Attendee:
        o = _Object(data, _Where(f'meeting "{meeting.id}" attendee'), ("person", "role", "title"))
        o.where.id = None
        return r.Attendee(person=self.ref(o, "person", "person", required=True),
                          role=o.choice("role", r.ATTENDEE_ROLES, required=False),
                          title=o.text("title", required=False))

    def agenda_item(self, data: Any) -> r.AgendaItem:
        o = self.record(data, "agenda item", ("id", "topic", "title", "notes"))
        return r.AgendaItem(id=o.where.id, title=o.text("title"), topic=self.ref(o, "topic", "topic"),
                            notes=o.text("notes", required=False))

    def entry(self, data: Any, items: set[str]) -> r.MinuteEntry:
        o = self.record(data, "minute entry", (
            "id", "item", "kind", "party", "speaker", "text", "language", "at"))
        entry = r.MinuteEntry(
            id=o.where.id, kind=o.choice("kind", r.ENTRY_KINDS), text=o.text("text"),
            item=o.ident("item", required=False), party=self.ref(o, "party", "party"),
            speaker=self.ref(o, "speaker", "person"), language=o.language("language", required=False),
            at=o.text("at", required=False),
        )
        if entry.item is not None and entry.item not in items:
            raise o.where.fail(f'refers to "{entry.item}", which is not an agenda item of this meeting', "item")
        if entry.at is not None and not is_local_time(entry.at):
            raise o.where.fail(f'"{entry.at}" is not a local time HH:MM', "at")
        return entry

    # -- commitments -------------------------------------------------------------

    def commitment(self, data: Any) -> r.Commitment:
        o = self.record(data, "commitment", (
            "id", "text", "owners", "assignee", "meeting", "topic", "due", "status", "public", "updates"))
        commitment = r.Commitment(
            id=self.known(o, "commitment"), text=o.text("text"), status=o.choice("status", r.COMMITMENT_STATUSES),
            public=o.flag("public"), assignee=o.text("assignee", required=False),
            meeting=self.ref(o, "meeting", "meeting"), topic=self.ref(o, "topic", "topic"),
        )
        for owner in o.strings("owners"):
            if owner not in self.ids["party"]:
                raise o.where.fail(f'refers to "{owner}", which is not a party of these talks', "owners")
            if owner in commitment.owners:
                raise o.where.fail(f'"{owner}" is listed twice', "owners")
            commitment.owners.append(owner)
        if "due" in o.data:
            commitment.due = self.due(o)
        commitment.updates = [self.update(item, o.where, commitment.owners) for item in o.items("updates")]
        if commitment.public:
            self.public.add(commitment.id)
        return commitment

    def due(self, parent: _Object) -> r.Due:
        o = _Object(parent.raw("due", True), _Where(f'commitment "{parent.where.id}" due'),
                    ("text", "earliest", "latest"))
        due = r.Due(text=o.text("text"), earliest=o.date("earliest", required=False),
                    latest=o.date("latest", required=False))
        if due.earliest and due.latest and due.earliest > due.latest:
            raise o.where.fail(f"earliest ({due.earliest}) is after latest ({due.latest})", "earliest")
        if due.earliest is None and due.latest is None:
            meeting = parent.data.get("meeting")
            window = derive_window(due.text, self.meeting_dates.get(meeting), day_first=self.day_first)
            due.earliest = window.earliest.isoformat() if window.earliest else None
            due.latest = window.latest.isoformat() if window.latest else None
        return due

    def update(self, data: Any, commitment: _Where, owners: list[str]) -> r.Update:
        o = _Object(data, _Where(f'commitment "{commitment.id}" update'), ("date", "status", "note", "scores"))
        update = r.Update(date=o.date("date"), note=o.text("note"),
                          status=o.choice("status", r.COMMITMENT_STATUSES, required=False))
        scores = o.raw("scores", False) or {}
        if not isinstance(scores, dict):
            raise o.where.fail(f"must be an object {{party id: score}}, not {_type_name(scores)}", "scores")
        for party, score in scores.items():
            if party not in self.ids["party"]:
                raise o.where.fail(f'"{party}" is not a party of these talks', "scores")
            if owners and party not in owners:
                raise o.where.fail(f'"{party}" does not own this commitment', "scores")
            if isinstance(score, bool) or score not in r.SCORES:
                raise o.where.fail(f'the score of "{party}" must be -1, 0 or 1, not {json.dumps(score)}', "scores")
            update.scores[party] = score
        return update

    # -- communiqués ----------------------------------------------------------------

    def communique(self, data: Any) -> r.Communique:
        o = self.record(data, "communiqué", (
            "id", "meeting", "title", "titles", "issued", "place", "languages", "status", "version",
            "marking", "paragraphs", "plan_of_action", "signatories"))
        communique = r.Communique(
            id=o.where.id, title=o.text("title"), issued=o.moment("issued"), languages=o.strings("languages"),
            status=o.choice("status", r.COMMUNIQUE_STATUSES), version=o.integer("version"),
            titles=o.by_language("titles"), meeting=self.ref(o, "meeting", "meeting"),
            place=o.text("place", required=False), marking=o.text("marking", required=False),
        )
        if communique.version < 1:
            raise o.where.fail(f"must be 1 or more, not {communique.version}", "version")
        if not communique.languages or len(communique.languages) > 2:
            raise o.where.fail("must name one language, or two for a parallel text", "languages")
        for language in communique.languages:
            if language not in self.talks.languages:
                raise o.where.fail(f'"{language}" is not a language of these talks', "languages")
        if len(set(communique.languages)) != len(communique.languages):
            raise o.where.fail("names a language twice", "languages")
        communique.paragraphs = [self.paragraph(item, communique) for item in o.items("paragraphs")]
        communique.plan_of_action = self._listed(o, "plan_of_action", "commitment")
        for commitment in communique.plan_of_action:
            if commitment not in self.public:
                raise o.where.fail(
                    f'"{commitment}" is not a public commitment, so it cannot stand in a plan of action',
                    "plan_of_action")
        communique.signatories = self._listed(o, "signatories", "person")
        if communique.status in ("agreed", "issued"):
            for paragraph in communique.paragraphs:
                if any(has_brackets(text) for text in paragraph.text.values()):
                    raise _Where("paragraph", paragraph.id).fail(
                        f"holds [[bracketed]] text, which a communiqué that is {communique.status} cannot have",
                        "text")
        return communique

    def _listed(self, o: _Object, key: str, kind: str) -> list[str]:
        values = o.strings(key, required=key != "signatories")
        for value in values:
            if value not in self.ids[kind]:
                raise o.where.fail(f'refers to "{value}", which is not a {kind} of these talks', key)
        if len(set(values)) != len(values):
            raise o.where.fail("lists the same record twice", key)
        return values

    def paragraph(self, data: Any, communique: r.Communique) -> r.Paragraph:
        o = self.record(data, "paragraph", ("id", "text", "heading", "numbered"))
        paragraph = r.Paragraph(id=o.where.id, text=o.by_language("text", required=True),
                                heading=o.flag("heading", required=False, default=False),
                                numbered=o.flag("numbered", required=False, default=True))
        for language in paragraph.text:
            if language not in communique.languages:
                raise o.where.fail(f'"{language}" is not a language of this communiqué', "text")
        return paragraph


def read_bundle(data: Any) -> list[r.Talks]:
    """Check a parsed bundle and return its talks; BundleError names what is wrong."""
    return _Reader().bundle(data)


def load_bundle_file(path) -> list[r.Talks]:
    """Read and check a bundle file."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
    except FileNotFoundError:
        raise BundleError(f"{path} does not exist") from None
    except OSError as error:
        raise BundleError(f"{path} cannot be read: {error.strerror}") from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise BundleError(f"{path} is not UTF-8 text (byte {error.start})") from None
    except json.JSONDecodeError as error:
        raise BundleError(f"{path} is not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}") from None
    return read_bundle(data)


# --- writing -----------------------------------------------------------------------


def _put(out: dict, key: str, value: Any) -> None:
    if value is not None and value != {}:
        out[key] = value


def _with_optional(required: dict, **optional: Any) -> dict:
    for key, value in optional.items():
        _put(required, key, value)
    return required


def bundle_of(talks: Iterable[r.Talks], exported_at: str | None = None) -> dict:
    """The bundle holding `talks`, as a JSON-ready dict."""
    out: dict[str, Any] = {"format": FORMAT, "version": VERSION}
    _put(out, "exported_at", exported_at)
    out["talks"] = [_talks(t) for t in talks]
    return out


def _talks(t: r.Talks) -> dict:
    out = _with_optional({"id": t.id, "title": t.title}, description=t.description)
    out["languages"] = list(t.languages)
    _put(out, "marking", t.marking)
    out["parties"] = [_with_optional({"id": p.id, "name": p.name, "short": p.short, "language": p.language},
                                     names=p.names) for p in t.parties]
    out["people"] = [_with_optional({"id": p.id, "party": p.party, "name": p.name}, names=p.names,
                                    title=p.title, organisation=p.organisation, role=p.role) for p in t.people]
    out["bodies"] = [_with_optional({"id": b.id, "name": b.name}, level=b.level, parent=b.parent)
                     for b in t.bodies]
    out["topics"] = [_with_optional({"id": x.id, "title": x.title}, titles=x.titles) for x in t.topics]
    out["meetings"] = [_meeting(m) for m in t.meetings]
    out["commitments"] = [_commitment(c) for c in t.commitments]
    out["communiques"] = [_communique(q) for q in t.communiques]
    return out


def _meeting(m: r.Meeting) -> dict:
    out = _with_optional({"id": m.id, "title": m.title}, body=m.body)
    out["status"] = m.status
    out["start"] = m.start
    _with_optional(out, end=m.end, place=m.place, venue=m.venue, marking=m.marking)
    out["attendees"] = [_with_optional({"person": a.person}, role=a.role, title=a.title) for a in m.attendees]
    out["agenda"] = [_with_optional({"id": i.id}, topic=i.topic, title=i.title, notes=i.notes) for i in m.agenda]
    out["minutes"] = [
        _with_optional({"id": e.id}, item=e.item, kind=e.kind, party=e.party, speaker=e.speaker, text=e.text,
                       language=e.language, at=e.at)
        for e in m.minutes
    ]
    return out


def _commitment(c: r.Commitment) -> dict:
    out = {"id": c.id, "text": c.text, "owners": list(c.owners)}
    _with_optional(out, assignee=c.assignee, meeting=c.meeting, topic=c.topic)
    if c.due is not None:
        out["due"] = _with_optional({"text": c.due.text}, earliest=c.due.earliest, latest=c.due.latest)
    out["status"] = c.status
    out["public"] = c.public
    out["updates"] = [
        _with_optional({"date": u.date}, status=u.status, note=u.note, scores=dict(u.scores)) for u in c.updates
    ]
    return out


def _communique(q: r.Communique) -> dict:
    out = _with_optional({"id": q.id}, meeting=q.meeting, title=q.title, titles=q.titles, issued=q.issued,
                         place=q.place)
    out["languages"] = list(q.languages)
    out["status"] = q.status
    out["version"] = q.version
    _put(out, "marking", q.marking)
    out["paragraphs"] = [_paragraph(p) for p in q.paragraphs]
    out["plan_of_action"] = list(q.plan_of_action)
    if q.signatories:
        out["signatories"] = list(q.signatories)
    return out


def _paragraph(p: r.Paragraph) -> dict:
    out: dict[str, Any] = {"id": p.id, "text": dict(p.text)}
    if p.heading:
        out["heading"] = True
    if not p.numbered:
        out["numbered"] = False
    return out


def dumps(bundle: dict) -> str:
    return json.dumps(bundle, ensure_ascii=False, indent=2) + "\n"


