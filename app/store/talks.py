"""Whole talks in and out of the record.

`save_talks` upserts checked domain records by id, inside the caller's
transaction: records with ids are inserted or updated in place (never
duplicated, never deleted), and the lists without ids of their own —
attendance, owners, progress updates, plans of action, signatories,
paragraph texts — are replaced when they differ. `load_talks` reads a talks
back as domain records, in the order it was given.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence

from ..domain import records as r
from .approval import check_import
from .errors import BundleError
from .record import Record

# The tables that hold records with ids, and the kind of record each holds.
ID_TABLES = {
    "talks": "talks", "parties": "party", "people": "person", "bodies": "body", "topics": "topic",
    "meetings": "meeting", "agenda_items": "agenda item", "minutes": "minute entry",
    "commitments": "commitment", "communiques": "communiqué", "paragraphs": "paragraph",
}

# The talks each id-bearing row belongs to.
_OWNING_TALKS = {
    "talks": "SELECT id, id FROM talks",
    "parties": "SELECT id, talks_id FROM parties",
    "people": "SELECT id, talks_id FROM people",
    "bodies": "SELECT id, talks_id FROM bodies",
    "topics": "SELECT id, talks_id FROM topics",
    "meetings": "SELECT id, talks_id FROM meetings",
    "agenda_items": "SELECT a.id, m.talks_id FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id",
    "minutes": "SELECT n.id, m.talks_id FROM minutes n JOIN meetings m ON m.id = n.meeting_id",
    "commitments": "SELECT id, talks_id FROM commitments",
    "communiques": "SELECT id, talks_id FROM communiques",
    "paragraphs": "SELECT p.id, q.talks_id FROM paragraphs p JOIN communiques q ON q.id = p.communique_id",
}


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _upsert(conn, table: str, columns: Sequence[str], rows: Iterable[tuple], key: Sequence[str] = ("id",)) -> None:
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    updates = ", ".join(f'"{c}" = excluded."{c}"' for c in columns if c not in key)
    conflict = ", ".join(key)
    conn.executemany(
        f"INSERT INTO {table} ({names}) VALUES ({marks}) ON CONFLICT({conflict}) DO UPDATE SET {updates}",
        rows,
    )


def check_ids(record: Record, bundle: Sequence[r.Talks]) -> None:
    """Refuse ids that the record already holds for another kind of record, or in other talks."""
    existing: dict[str, tuple[str, str]] = {}
    for table, query in _OWNING_TALKS.items():
        kind = ID_TABLES[table]
        for ident, talks_id in record.conn.execute(query):
            existing[ident] = (kind, talks_id)
    if not existing:
        return
    for talks in bundle:
        for kind, ident in _ids_of(talks):
            held = existing.get(ident)
            if held is None:
                continue
            held_kind, held_talks = held
            if held_kind != kind:
                raise BundleError(f'{kind} "{ident}": the record already holds a {held_kind} with this id')
            if held_talks != talks.id:
                raise BundleError(
                    f'{kind} "{ident}": the record holds this {kind} in other talks ("{held_talks}")'
                )


def _ids_of(talks: r.Talks):
    yield "talks", talks.id
    for kind, items in (("party", talks.parties), ("person", talks.people), ("body", talks.bodies),
                        ("topic", talks.topics), ("commitment", talks.commitments)):
        for item in items:
            yield kind, item.id
    for meeting in talks.meetings:
        yield "meeting", meeting.id
        for item in meeting.agenda:
            yield "agenda item", item.id
        for entry in meeting.minutes:
            yield "minute entry", entry.id
    for communique in talks.communiques:
        yield "communiqué", communique.id
        for paragraph in communique.paragraphs:
            yield "paragraph", paragraph.id


def save_talks(record: Record, talks: r.Talks, position: int | None = None) -> None:
    """Write checked talks into the record. The caller holds the transaction."""
    conn = record.conn
    if position is None:
        row = conn.execute("SELECT position FROM talks WHERE id = ?", (talks.id,)).fetchone()
        position = row[0] if row else conn.execute("SELECT coalesce(max(position) + 1, 0) FROM talks").fetchone()[0]
    _upsert(conn, "talks", ("id", "title", "description", "languages", "marking", "position"),
            [(talks.id, talks.title, talks.description, _json(talks.languages), talks.marking, position)])
    t = talks.id
    _upsert(conn, "parties", ("id", "talks_id", "name", "short", "language", "names", "position"),
            [(p.id, t, p.name, p.short, p.language, _json(p.names), i) for i, p in enumerate(talks.parties)])
    _upsert(conn, "people", ("id", "talks_id", "party_id", "name", "names", "title", "organisation", "role", "position"),
            [(p.id, t, p.party, p.name, _json(p.names), p.title, p.organisation, p.role, i)
             for i, p in enumerate(talks.people)])
    # References are checked at commit, so a body may name a parent listed after it.
    conn.execute("PRAGMA defer_foreign_keys = ON")
    _upsert(conn, "bodies", ("id", "talks_id", "name", "level", "parent_id", "position"),
            [(b.id, t, b.name, b.level, b.parent, i) for i, b in enumerate(talks.bodies)])
    _upsert(conn, "topics", ("id", "talks_id", "title", "titles", "position"),
            [(x.id, t, x.title, _json(x.titles), i) for i, x in enumerate(talks.topics)])
    _save_meetings(conn, t, talks.meetings)
    _save_commitments(conn, t, talks.commitments)
    _save_communiques(conn, t, talks.communiques)


def _save_meetings(conn, t: str, meetings: list[r.Meeting]) -> None:
    check_import(conn, t, meetings)
    _upsert(conn, "meetings",
            ("id", "talks_id", "title", "body_id", "status", "start", "end", "place", "venue", "marking", "position"),
            [(m.id, t, m.title, m.body, m.status, m.start, m.end, m.place, m.venue, m.marking, i)
             for i, m in enumerate(meetings)])
    _upsert(conn, "agenda_items", ("id", "meeting_id", "topic_id", "title", "notes", "position"),
            [(a.id, m.id, a.topic, a.title, a.notes, i) for m in meetings for i, a in enumerate(m.agenda)])
    _upsert(conn, "minutes",
            ("id", "meeting_id", "item_id", "kind", "party_id", "speaker_id", "text", "language", "at", "position"),
            [(e.id, m.id, e.item, e.kind, e.party, e.speaker, e.text, e.language, e.at, i)
             for m in meetings for i, e in enumerate(m.minutes)])
    stored = _grouped(conn, "SELECT a.meeting_id, a.person_id, a.role, a.title FROM attendance a "
                            "JOIN meetings m ON m.id = a.meeting_id WHERE m.talks_id = ? ORDER BY a.position", t)
    for m in meetings:
        wanted = [(a.person, a.role, a.title) for a in m.attendees]
        if stored.get(m.id, []) != wanted:
            conn.execute("DELETE FROM attendance WHERE meeting_id = ?", (m.id,))
            conn.executemany(
                "INSERT INTO attendance (meeting_id, person_id, role, title, position) VALUES (?, ?, ?, ?, ?)",
                [(m.id, *row, i) for i, row in enumerate(wanted)])


def _grouped(conn, query: str, *params) -> dict[str, list[tuple]]:
    groups: dict[str, list[tuple]] = defaultdict(list)
    for row in conn.execute(query, params):
        groups[row[0]].append(tuple(row[1:]))
    return groups


def _save_commitments(conn, t: str, commitments: list[r.Commitment]) -> None:
    _upsert(conn, "commitments",
            ("id", "talks_id", "text", "assignee", "meeting_id", "topic_id", "due_text", "due_earliest",
             "due_latest", "status", "public", "position"),
            [(c.id, t, c.text, c.assignee, c.meeting, c.topic, c.due.text if c.due else None,
              c.due.earliest if c.due else None, c.due.latest if c.due else None, c.status, int(c.public), i)
             for i, c in enumerate(commitments)])
    # A bundle does not name the commitment that supersedes another: the link stands while the status does.
    conn.execute("UPDATE commitments SET superseded_by = NULL WHERE talks_id = ? AND superseded_by IS NOT NULL"
                 " AND status != 'superseded'", (t,))
    owners = _grouped(conn, "SELECT o.commitment_id, o.party_id FROM commitment_owners o "
                            "JOIN commitments c ON c.id = o.commitment_id WHERE c.talks_id = ? ORDER BY o.position", t)
    stored_updates = _stored_updates(conn, t)
    for c in commitments:
        if [row[0] for row in owners.get(c.id, [])] != c.owners:
            conn.execute("DELETE FROM commitment_owners WHERE commitment_id = ?", (c.id,))
            conn.executemany("INSERT INTO commitment_owners (commitment_id, party_id, position) VALUES (?, ?, ?)",
                             [(c.id, party, i) for i, party in enumerate(c.owners)])
        wanted = [(u.date, u.status, u.note, _json(u.scores)) for u in c.updates]
        if stored_updates.get(c.id, []) != wanted:
            conn.execute("DELETE FROM progress_updates WHERE commitment_id = ?", (c.id,))
            for i, u in enumerate(c.updates):
                cursor = conn.execute(
                    "INSERT INTO progress_updates (commitment_id, date, status, note, position) VALUES (?, ?, ?, ?, ?)",
                    (c.id, u.date, u.status, u.note, i))
                conn.executemany("INSERT INTO update_scores (update_id, party_id, score) VALUES (?, ?, ?)",
                                 [(cursor.lastrowid, party, score) for party, score in u.scores.items()])


def _stored_updates(conn, t: str) -> dict[str, list[tuple]]:
    scores: dict[int, dict[str, int]] = defaultdict(dict)
    for update_id, party, score in conn.execute(
            "SELECT s.update_id, s.party_id, s.score FROM update_scores s JOIN progress_updates u ON u.id = s.update_id "
            "JOIN commitments c ON c.id = u.commitment_id WHERE c.talks_id = ?", (t,)):
        scores[update_id][party] = score
    updates: dict[str, list[tuple]] = defaultdict(list)
    for update_id, commitment, date, status, note in conn.execute(
            "SELECT u.id, u.commitment_id, u.date, u.status, u.note FROM progress_updates u "
            "JOIN commitments c ON c.id = u.commitment_id WHERE c.talks_id = ? ORDER BY u.commitment_id, u.position",
            (t,)):
        updates[commitment].append((date, status, note, _json(scores.get(update_id, {}))))
    return updates


def _save_communiques(conn, t: str, communiques: list[r.Communique]) -> None:
    _upsert(conn, "communiques",
            ("id", "talks_id", "meeting_id", "title", "titles", "issued", "place", "languages", "status", "version",
             "marking", "position"),
            [(q.id, t, q.meeting, q.title, _json(q.titles), q.issued, q.place, _json(q.languages), q.status,
              q.version, q.marking, i) for i, q in enumerate(communiques)])
    _upsert(conn, "paragraphs", ("id", "communique_id", "heading", "numbered", "position"),
            [(p.id, q.id, int(p.heading), int(p.numbered), i)
             for q in communiques for i, p in enumerate(q.paragraphs)])
    for q in communiques:
        for p in q.paragraphs:
            conn.execute(
                f"DELETE FROM paragraph_texts WHERE paragraph_id = ? AND language NOT IN "
                f"({', '.join('?' for _ in p.text)})", (p.id, *p.text))
            _upsert(conn, "paragraph_texts", ("paragraph_id", "language", "text"),
                    [(p.id, language, text) for language, text in p.text.items()], key=("paragraph_id", "language"))
        _replace_list(conn, "plan_of_action", "commitment_id", q.id, q.plan_of_action)
        _replace_list(conn, "signatories", "person_id", q.id, q.signatories)


def _replace_list(conn, table: str, column: str, communique: str, values: list[str]) -> None:
    stored = [row[0] for row in conn.execute(
        f"SELECT {column} FROM {table} WHERE communique_id = ? ORDER BY position", (communique,))]
    if stored != values:
        conn.execute(f"DELETE FROM {table} WHERE communique_id = ?", (communique,))
        conn.executemany(f"INSERT INTO {table} (communique_id, {column}, position) VALUES (?, ?, ?)",
                         [(communique, value, i) for i, value in enumerate(values)])


# --- reading ------------------------------------------------------------------------


def talks_ids(record: Record) -> list[str]:
    return [row[0] for row in record.conn.execute("SELECT id FROM talks ORDER BY position")]


def load_talks(record: Record, talks_id: str) -> r.Talks:
    """The whole talks, as domain records in their stored order. KeyError if there is none."""
    conn = record.conn
    row = conn.execute("SELECT id, title, description, languages, marking FROM talks WHERE id = ?",
                       (talks_id,)).fetchone()
    if row is None:
        raise KeyError(talks_id)
    talks = r.Talks(id=row[0], title=row[1], description=row[2], languages=json.loads(row[3]), marking=row[4])
    t = (talks_id,)
    talks.parties = [r.Party(id=a, name=b, short=c, language=d, names=json.loads(e)) for a, b, c, d, e in conn.execute(
        "SELECT id, name, short, language, names FROM parties WHERE talks_id = ? ORDER BY position", t)]
    talks.people = [r.Person(id=a, party=b, name=c, names=json.loads(d), title=e, organisation=f, role=g)
                    for a, b, c, d, e, f, g in conn.execute(
        "SELECT id, party_id, name, names, title, organisation, role FROM people WHERE talks_id = ? ORDER BY position", t)]
    talks.bodies = [r.Body(id=a, name=b, level=c, parent=d) for a, b, c, d in conn.execute(
        "SELECT id, name, level, parent_id FROM bodies WHERE talks_id = ? ORDER BY position", t)]
    talks.topics = [r.Topic(id=a, title=b, titles=json.loads(c)) for a, b, c in conn.execute(
        "SELECT id, title, titles FROM topics WHERE talks_id = ? ORDER BY position", t)]
    talks.meetings = _load_meetings(conn, talks_id)
    talks.commitments = _load_commitments(conn, talks_id)
    talks.communiques = _load_communiques(conn, talks_id)
    return talks


def _load_meetings(conn, talks_id: str) -> list[r.Meeting]:
    t = (talks_id,)
    meetings = {}
    for a, b, c, d, e, f, g, h, i in conn.execute(
            'SELECT id, title, status, start, body_id, "end", place, venue, marking FROM meetings'
            " WHERE talks_id = ? ORDER BY position", t):
        meetings[a] = r.Meeting(id=a, title=b, status=c, start=d, body=e, end=f, place=g, venue=h, marking=i)
    for meeting, person, role, title in conn.execute(
            "SELECT a.meeting_id, a.person_id, a.role, a.title FROM attendance a JOIN meetings m ON m.id = a.meeting_id"
            " WHERE m.talks_id = ? ORDER BY a.meeting_id, a.position", t):
        meetings[meeting].attendees.append(r.Attendee(person=person, role=role, title=title))
    for meeting, ident, topic, title, notes in conn.execute(
            "SELECT a.meeting_id, a.id, a.topic_id, a.title, a.notes FROM agenda_items a"
            " JOIN meetings m ON m.id = a.meeting_id WHERE m.talks_id = ? ORDER BY a.meeting_id, a.position", t):
        meetings[meeting].agenda.append(r.AgendaItem(id=ident, title=title, topic=topic, notes=notes))
    for meeting, ident, item, kind, party, speaker, text, language, at in conn.execute(
            "SELECT n.meeting_id, n.id, n.item_id, n.kind, n.party_id, n.speaker_id, n.text, n.language, n.at"
            " FROM minutes n JOIN meetings m ON m.id = n.meeting_id WHERE m.talks_id = ?"
            " ORDER BY n.meeting_id, n.position", t):
        meetings[meeting].minutes.append(r.MinuteEntry(id=ident, kind=kind, text=text, item=item, party=party,
                                                       speaker=speaker, language=language, at=at))
    return list(meetings.values())


def _load_commitments(conn, talks_id: str) -> list[r.Commitment]:
    t = (talks_id,)
    commitments = {}
    for a, b, c, d, e, f, g, h, i, j in conn.execute(
            "SELECT id, text, status, public, assignee, meeting_id, topic_id, due_text, due_earliest, due_latest"
            " FROM commitments WHERE talks_id = ? ORDER BY position", t):
        due = r.Due(text=h, earliest=i, latest=j) if h is not None else None
        commitments[a] = r.Commitment(id=a, text=b, status=c, public=bool(d), assignee=e, meeting=f, topic=g, due=due)
    for commitment, party in conn.execute(
            "SELECT o.commitment_id, o.party_id FROM commitment_owners o JOIN commitments c ON c.id = o.commitment_id"
            " WHERE c.talks_id = ? ORDER BY o.commitment_id, o.position", t):
        commitments[commitment].owners.append(party)
    scores: dict[int, dict[str, int]] = defaultdict(dict)
    for update_id, party, score in conn.execute(
            "SELECT s.update_id, s.party_id, s.score FROM update_scores s JOIN progress_updates u ON u.id = s.update_id"
            " JOIN commitments c ON c.id = u.commitment_id WHERE c.talks_id = ?", t):
        scores[update_id][party] = score
    for update_id, commitment, date, status, note in conn.execute(
            "SELECT u.id, u.commitment_id, u.date, u.status, u.note FROM progress_updates u"
            " JOIN commitments c ON c.id = u.commitment_id WHERE c.talks_id = ? ORDER BY u.commitment_id, u.position", t):
        commitments[commitment].updates.append(
            r.Update(date=date, note=note, status=status, scores=scores.get(update_id, {})))
    return list(commitments.values())


def _load_communiques(conn, talks_id: str) -> list[r.Communique]:
    t = (talks_id,)
    communiques = {}
    for a, b, c, d, e, f, g, h, i, j in conn.execute(
            "SELECT id, title, titles, issued, languages, status, version, meeting_id, place, marking"
            " FROM communiques WHERE talks_id = ? ORDER BY position", t):
        communiques[a] = r.Communique(id=a, title=b, titles=json.loads(c), issued=d, languages=json.loads(e),
                                      status=f, version=g, meeting=h, place=i, marking=j)
    paragraphs = {}
    for communique, ident, heading, numbered in conn.execute(
            "SELECT p.communique_id, p.id, p.heading, p.numbered FROM paragraphs p"
            " JOIN communiques q ON q.id = p.communique_id WHERE q.talks_id = ? ORDER BY p.communique_id, p.position", t):
        paragraph = r.Paragraph(id=ident, text={}, heading=bool(heading), numbered=bool(numbered))
        paragraphs[ident] = paragraph
        communiques[communique].paragraphs.append(paragraph)
    for paragraph, language, text in conn.execute(
            "SELECT x.paragraph_id, x.language, x.text FROM paragraph_texts x JOIN paragraphs p ON p.id = x.paragraph_id"
            " JOIN communiques q ON q.id = p.communique_id WHERE q.talks_id = ? ORDER BY x.seq", t):
        paragraphs[paragraph].text[language] = text
    for table, column, attribute in (("plan_of_action", "commitment_id", "plan_of_action"),
                                     ("signatories", "person_id", "signatories")):
        for communique, value in conn.execute(
                f"SELECT x.communique_id, x.{column} FROM {table} x JOIN communiques q ON q.id = x.communique_id"
                f" WHERE q.talks_id = ? ORDER BY x.communique_id, x.position", t):
            getattr(communiques[communique], attribute).append(value)
    return list(communiques.values())
