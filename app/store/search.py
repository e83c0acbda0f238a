"""Full-text search over the record: meetings, agenda items, minutes,
commitments and communiqué paragraphs.

Whatever a user types is a valid query. It is read as words that must all
appear (in any case, with or without accents: "acordo" finds "acordó");
"quoted words" must appear together; a trailing * matches the start of a
word; OR between two words accepts either, NOT before a word excludes it.
Everything else — brackets, colons, hyphens, stray quotes — is only text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..domain.text import clean_text
from .record import Record

_TOKEN = re.compile(r'"([^"]*)"?|(\S+)')
_OPERATORS = {"OR", "NOT", "AND"}


def fts_query(text: str) -> str | None:
    """The FTS5 query for what the user typed, or None if it holds no word to look for."""
    text = clean_text(text)
    parts: list[str] = []
    for match in _TOKEN.finditer(text):
        phrase, word = match.group(1), match.group(2)
        if word in _OPERATORS:
            if parts and parts[-1] not in _OPERATORS:
                parts.append(word)
            elif parts and word != "AND":
                parts[-1] = word  # "a OR NOT b": the last operator counts
            continue
        prefix = False
        if phrase is None:
            prefix = word.endswith("*")
            phrase = word.rstrip("*")
        if not any(ch.isalnum() for ch in phrase):
            continue
        parts.append('"' + phrase.replace('"', '""') + '"' + ("*" if prefix else ""))
    while parts and parts[-1] in _OPERATORS:
        parts.pop()
    if not parts:
        return None
    # FTS5's NOT is binary: a query cannot begin with it.
    return " ".join(parts)


@dataclass(frozen=True, slots=True)
class Hit:
    kind: str            # meeting, agenda item, minute entry, commitment, paragraph
    id: str              # the record's id (for a paragraph text: the paragraph's)
    text: str            # the matching text
    talks_id: str
    meeting_id: str | None
    meeting_title: str | None
    date: str | None     # the meeting's start, or the communiqué's dateline


# kind -> (FTS table, the matched rows "f" joined to what a hit shows:
#          seq, id, text, talks, meeting id, meeting title, date)
_SOURCES = {
    "meeting": ("meetings_fts",
                "SELECT m.seq, m.id, m.title, m.talks_id, m.id, m.title, m.start FROM {f} JOIN meetings m ON m.seq = f.rowid"),
    "agenda item": ("agenda_fts",
                    "SELECT a.seq, a.id, a.title || coalesce(char(10) || a.notes, ''), m.talks_id, m.id, m.title, m.start"
                    " FROM {f} JOIN agenda_items a ON a.seq = f.rowid JOIN meetings m ON m.id = a.meeting_id"),
    "minute entry": ("minutes_fts",
                     "SELECT n.seq, n.id, n.text, m.talks_id, m.id, m.title, m.start"
                     " FROM {f} JOIN minutes n ON n.seq = f.rowid JOIN meetings m ON m.id = n.meeting_id"),
    "commitment": ("commitments_fts",
                   "SELECT c.seq, c.id, c.text, c.talks_id, m.id, m.title, m.start"
                   " FROM {f} JOIN commitments c ON c.seq = f.rowid LEFT JOIN meetings m ON m.id = c.meeting_id"),
    "paragraph": ("paragraphs_fts",
                  "SELECT x.seq, x.paragraph_id, x.text, q.talks_id, m.id, coalesce(m.title, q.title), q.issued"
                  " FROM {f} JOIN paragraph_texts x ON x.seq = f.rowid JOIN paragraphs p ON p.id = x.paragraph_id"
                  " JOIN communiques q ON q.id = p.communique_id LEFT JOIN meetings m ON m.id = q.meeting_id"),
}


def _newest_matches(fts: str, columns: str = "rowid") -> str:
    # FTS5 walks its index in descending rowid order and stops at the limit,
    # so the cost follows the limit, not how common the words are.
    return f"SELECT {columns} FROM {fts} WHERE {fts} MATCH ? ORDER BY rowid DESC LIMIT ?"


def search_sql() -> str:
    """One statement: the newest matches of each kind with what each hit shows, newest first overall."""
    branches = [
        f"SELECT '{kind}' AS kind, * FROM ({context.format(f='(' + _newest_matches(fts) + ') f')})"
        for kind, (fts, context) in _SOURCES.items()
    ]
    return " UNION ALL ".join(branches) + " ORDER BY 8 DESC, 2 DESC LIMIT ?"


def raw_matches_sql() -> str:
    """The raw FTS5 query under a search, for measuring it: the matched rows and their indexed text."""
    from .schema import SEARCHABLE

    return " UNION ALL ".join(
        "SELECT * FROM (" + _newest_matches(fts, "rowid, " + " || ' ' || ".join(
            f"coalesce({column}, '')" for column in SEARCHABLE[fts][1])) + ")"
        for fts, _context in _SOURCES.values())


SEARCH = search_sql()


def match_parameters(query: str, limit: int) -> tuple:
    return (query, limit) * len(_SOURCES)


def search(record: Record, text: str, limit: int = 100) -> list[Hit]:
    """The records matching what the user typed: the newest first, by their meeting's date."""
    query = fts_query(text)
    if query is None:
        return []
    rows = record.conn.execute(SEARCH, match_parameters(query, limit) + (limit,))
    return [Hit(kind, ident, found, talks_id, meeting_id, meeting_title, date)
            for kind, _seq, ident, found, talks_id, meeting_id, meeting_title, date in rows]
