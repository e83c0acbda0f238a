"""Communiqués as the window and the printer read them: the current text, frozen versions, and the
material for a first draft."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass, field
from typing import NamedTuple

from ..domain.communique import DraftMaterial, MeetingHeld, Outcome
from .errors import RecordError
from .record import Record


class VersionLine(NamedTuple):
    """One frozen copy: its draft number, the status it had, when and why it was frozen."""

    id: int
    version: int
    status: str
    frozen_at: str      # UTC, ISO 8601
    reason: str         # "status" or "new draft"


class PlanChoice(NamedTuple):
    id: str
    text: str
    status: str


@dataclass(slots=True)
class Signatory:
    name: str
    title: str | None
    party: str


@dataclass(slots=True)
class Document:
    """A communiqué as printed: the text of one version, with what it refers to spelled out."""

    id: str
    talks_id: str
    talks_title: str
    title: str
    titles: dict[str, str]
    issued: str
    place: str | None
    languages: list[str]
    status: str
    version: int
    marking: str | None
    paragraphs: list[dict] = field(default_factory=list)   # {id, text: {language: text}, heading, numbered}
    plan: list[dict] = field(default_factory=list)         # {id, text}
    signatories: list[Signatory] = field(default_factory=list)

    def title_in(self, language: str) -> str:
        return self.titles.get(language) or self.title

    def as_content(self) -> dict:
        """The frozen form of this text (what a version keeps)."""
        return {"title": self.title, "titles": self.titles, "issued": self.issued, "place": self.place,
                "languages": self.languages, "status": self.status, "version": self.version,
                "marking": self.marking, "paragraphs": self.paragraphs, "plan": self.plan,
                "signatories": [[s.name, s.title, s.party] for s in self.signatories]}


class NoSuchVersion(RecordError):
    pass


def read_document(conn: sqlite3.Connection, communique_id: str) -> Document:
    """The current text of a communiqué; KeyError when there is none."""
    row = conn.execute(
        "SELECT q.id, q.talks_id, t.title, q.title, q.titles, q.issued, q.place, q.languages, q.status, q.version,"
        " coalesce(q.marking, t.marking) FROM communiques q JOIN talks t ON t.id = q.talks_id WHERE q.id = ?",
        (communique_id,)).fetchone()
    if row is None:
        raise KeyError(communique_id)
    doc = Document(id=row[0], talks_id=row[1], talks_title=row[2], title=row[3], titles=json.loads(row[4]),
                   issued=row[5], place=row[6], languages=json.loads(row[7]), status=row[8], version=row[9],
                   marking=row[10])
    by_id = {}
    for ident, heading, numbered in conn.execute(
            "SELECT id, heading, numbered FROM paragraphs WHERE communique_id = ? ORDER BY position", (communique_id,)):
        by_id[ident] = {"id": ident, "text": {}, "heading": bool(heading), "numbered": bool(numbered)}
        doc.paragraphs.append(by_id[ident])
    for paragraph, language, text in conn.execute(
            "SELECT x.paragraph_id, x.language, x.text FROM paragraph_texts x JOIN paragraphs p ON p.id = x.paragraph_id"
            " WHERE p.communique_id = ? ORDER BY x.seq", (communique_id,)):
        by_id[paragraph]["text"][language] = text
    doc.plan = [{"id": ident, "text": text} for ident, text in conn.execute(
        "SELECT c.id, c.text FROM plan_of_action a JOIN commitments c ON c.id = a.commitment_id"
        " WHERE a.communique_id = ? ORDER BY a.position", (communique_id,))]
    doc.signatories = [Signatory(name, title, party) for name, title, party in conn.execute(
        "SELECT p.name, p.title, y.name FROM signatories s JOIN people p ON p.id = s.person_id"
        " JOIN parties y ON y.id = p.party_id WHERE s.communique_id = ? ORDER BY s.position", (communique_id,))]
    return doc


def document(record: Record, communique_id: str, version: int | None = None) -> Document:
    """The text to print: the current one, or the last frozen copy of draft `version` (the current
    text when `version` is the communiqué's own number). RecordError names what is missing."""
    try:
        current = read_document(record.conn, communique_id)
    except KeyError:
        raise RecordError(f"there is no communiqué {communique_id!r} in this record") from None
    if version is None or version == current.version:
        return current
    row = record.conn.execute(
        "SELECT content FROM communique_versions WHERE communique_id = ? AND version = ? ORDER BY id DESC LIMIT 1",
        (communique_id, version)).fetchone()
    if row is None:
        numbers = sorted({n for (n,) in record.conn.execute(
            "SELECT version FROM communique_versions WHERE communique_id = ?", (communique_id,))} | {current.version})
        raise NoSuchVersion(f"communiqué {communique_id!r} has no version {version}; it has "
                            + ", ".join(str(n) for n in numbers))
    return from_content(current, json.loads(row[0]))


def frozen(record: Record, version_id: int) -> Document:
    """A frozen copy by its row id (a line of `versions`)."""
    row = record.conn.execute("SELECT communique_id, content FROM communique_versions WHERE id = ?",
                              (version_id,)).fetchone()
    if row is None:
        raise NoSuchVersion(f"there is no frozen copy {version_id}")
    return from_content(read_document(record.conn, row[0]), json.loads(row[1]))


def from_content(current: Document, content: dict) -> Document:
    doc = Document(id=current.id, talks_id=current.talks_id, talks_title=current.talks_title,
                   title=content["title"], titles=content["titles"], issued=content["issued"], place=content["place"],
                   languages=content["languages"], status=content["status"], version=content["version"],
                   marking=content["marking"], paragraphs=content["paragraphs"], plan=content["plan"])
    doc.signatories = [Signatory(*s) for s in content.get("signatories", [])]
    return doc


def versions(record: Record, communique_id: str) -> list[VersionLine]:
    return [VersionLine(*row) for row in record.conn.execute(
        "SELECT id, version, status, frozen_at, reason FROM communique_versions WHERE communique_id = ? ORDER BY id",
        (communique_id,))]


def plan_choices(record: Record, talks_id: str) -> list[PlanChoice]:
    """The talks' public commitments, the ones a plan of action may list."""
    return [PlanChoice(*row) for row in record.conn.execute(
        "SELECT id, text, status FROM commitments WHERE talks_id = ? AND public = 1 ORDER BY position", (talks_id,))]


def draft_material(record: Record, talks_id: str, up_to: dt.date) -> DraftMaterial:
    """The meetings held up to a date, their agendas' topics, what they agreed and decided, and the
    open public commitments: what a first draft is written from."""
    conn = record.conn
    row = conn.execute("SELECT title, languages FROM talks WHERE id = ?", (talks_id,)).fetchone()
    if row is None:
        raise RecordError(f"there are no talks {talks_id!r} in this record")
    limit = up_to.isoformat()
    parties = conn.execute("SELECT count(*) FROM parties WHERE talks_id = ?", (talks_id,)).fetchone()[0]
    meetings = [MeetingHeld(*m) for m in conn.execute(
        "SELECT m.start, b.name, m.place FROM meetings m LEFT JOIN bodies b ON b.id = m.body_id"
        " WHERE m.talks_id = ? AND m.status = 'held' AND substr(m.start, 1, 10) <= ?"
        " ORDER BY substr(m.start, 1, 10), m.start, m.position", (talks_id, limit))]
    topics: dict[str, list[str]] = {}
    for title, titles in conn.execute(
            "SELECT t.title, t.titles FROM topics t WHERE t.talks_id = ? AND EXISTS (SELECT 1 FROM agenda_items a"
            " JOIN meetings m ON m.id = a.meeting_id WHERE a.topic_id = t.id AND m.status = 'held'"
            " AND substr(m.start, 1, 10) <= ?) ORDER BY t.position", (talks_id, limit)):
        names = json.loads(titles)
        for language in json.loads(row[1]):
            topics.setdefault(language, []).append(names.get(language, title))
    outcomes = [Outcome(*o) for o in conn.execute(
        "SELECT n.kind, n.text, m.start, m.place FROM minutes n JOIN meetings m ON m.id = n.meeting_id"
        " WHERE m.talks_id = ? AND m.status = 'held' AND substr(m.start, 1, 10) <= ?"
        " AND n.kind IN ('agreement', 'decision') ORDER BY substr(m.start, 1, 10), m.start, n.position",
        (talks_id, limit))]
    commitments = [ident for (ident,) in conn.execute(
        "SELECT id FROM commitments WHERE talks_id = ? AND public = 1"
        " AND status NOT IN ('completed', 'dropped', 'superseded') ORDER BY position", (talks_id,))]
    return DraftMaterial(talks_title=row[0], parties=parties, meetings=meetings, topics=topics,
                         outcomes=outcomes, commitments=commitments)


def draft_edit(record: Record, talks_id: str, up_to: dt.date, languages: list[str], place: str | None = None):
    """The edit that writes a first draft from the record up to `up_to`: a new communiqué, draft 1,
    with its paragraphs and the open public commitments as its plan of action."""
    from ..domain.communique import draft_paragraphs
    from .edits import Insert, SetText, Together, new_id

    material = draft_material(record, talks_id, up_to)
    titles, paragraphs = draft_paragraphs(material, languages)
    ident = new_id()
    if place is None and material.meetings:
        place = material.meetings[-1].place
    edits = [Insert("communiques", {"id": ident, "talks_id": talks_id, "title": titles[languages[0]],
                                    "titles": {k: v for k, v in titles.items() if k != languages[0]},
                                    "issued": up_to.isoformat(), "place": place, "languages": languages,
                                    "status": "draft", "version": 1})]
    for texts in paragraphs:
        paragraph = Insert("paragraphs", {"communique_id": ident, "heading": False, "numbered": True})
        edits.append(paragraph)
        edits.extend(SetText(paragraph.key["id"], language, text) for language, text in texts.items())
    edits.extend(Insert("plan_of_action", {"communique_id": ident, "commitment_id": c}) for c in material.commitments)
    return Together(edits, description="Draft from the record")
