"""Small, invertible edits of the record: what the window's undo stack holds.

Every change a user makes in the window is one of these. Each `apply` and
`revert` is one write transaction; each edit names its rows by id (never by
a row number on screen), so it can be undone and redone after the views have
changed. Text is cleaned here, at the store's door, like everything imported.
Undo is tested here, without a display.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from ..domain import vocabulary
from ..domain.dates import is_local_time, parse_date, parse_moment
from ..domain.text import clean_text
from .errors import RecordError
from .record import Record


class EditError(RecordError):
    """An edit the record cannot take; the message says why, and nothing was changed."""


def new_id() -> str:
    import uuid  # imported when first needed: it costs the window's start-up 2 ms

    return str(uuid.uuid4())


# -- what may be edited, and how each value is checked ---------------------------------

def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise EditError("this field takes text")
    return clean_text(value)


def _required_text(value: Any) -> str:
    text = _text(value)
    if not text.strip():
        raise EditError("this field cannot be empty")
    return text


def _optional_text(value: Any) -> str | None:
    if value is None:
        return None
    text = _text(value)
    return text if text.strip() else None


def _choice(choices: tuple[str, ...], optional: bool = True):
    def check(value: Any) -> str | None:
        if value is None and optional:
            return None
        if value not in choices:
            raise EditError(f'"{value}" is not one of: {", ".join(choices)}')
        return value
    return check


def _reference(value: Any) -> str | None:
    if value is None:
        return None
    return _required_text(value)


def _moment(optional: bool):
    def check(value: Any) -> str | None:
        if value is None and optional:
            return None
        text = _required_text(value)
        try:
            parse_moment(text)
        except ValueError as error:
            raise EditError(str(error)) from None
        return text
    return check


def _date(value: Any) -> str | None:
    if value is None:
        return None
    text = _required_text(value)
    try:
        parse_date(text)
    except ValueError as error:
        raise EditError(str(error)) from None
    return text


def _local_time(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not is_local_time(value):
        raise EditError(f"{value!r} is not a local time HH:MM")
    return value


def _languages(value: Any) -> str:
    if not isinstance(value, (list, tuple)) or not value or not all(isinstance(v, str) and v for v in value):
        raise EditError("name at least one language")
    return json.dumps([clean_text(v) for v in value], ensure_ascii=False)


def _by_language(value: Any) -> str:
    if not isinstance(value, dict):
        raise EditError("expected texts by language")
    return json.dumps({clean_text(k): clean_text(v) for k, v in value.items()}, ensure_ascii=False, sort_keys=True)


def _communique_languages(value: Any) -> str:
    text = _languages(value)
    languages = json.loads(text)
    if len(languages) > 2 or len(set(languages)) != len(languages):
        raise EditError("a communiqué has one language, or two different ones for a parallel text")
    return text


def _first_version(value: Any) -> int:
    if value != 1:
        raise EditError("a communiqué starts as draft 1")
    return 1


def _flag(value: Any) -> int:
    if not isinstance(value, bool):
        raise EditError("expected yes or no")
    return int(value)


FIELDS: dict[str, dict[str, Any]] = {
    "talks": {"title": _required_text, "description": _optional_text, "languages": _languages,
              "marking": _optional_text},
    "parties": {"talks_id": _reference, "name": _required_text, "short": _required_text,
                "language": _required_text, "names": _by_language},
    "people": {"talks_id": _reference, "party_id": _reference, "name": _required_text, "names": _by_language,
               "title": _optional_text, "organisation": _optional_text, "role": _choice(vocabulary.PERSON_ROLES)},
    "bodies": {"talks_id": _reference, "name": _required_text, "level": _choice(vocabulary.BODY_LEVELS),
               "parent_id": _reference},
    "topics": {"talks_id": _reference, "title": _required_text, "titles": _by_language},
    "meetings": {"talks_id": _reference, "title": _required_text, "body_id": _reference,
                 "status": _choice(vocabulary.MEETING_STATUSES, optional=False), "start": _moment(False),
                 "end": _moment(True), "place": _optional_text, "venue": _optional_text, "marking": _optional_text},
    "attendance": {"meeting_id": _reference, "person_id": _reference, "role": _choice(vocabulary.ATTENDEE_ROLES),
                   "title": _optional_text},
    "agenda_items": {"meeting_id": _reference, "topic_id": _reference, "title": _required_text,
                     "notes": _optional_text},
    "minutes": {"meeting_id": _reference, "item_id": _reference, "kind": _choice(vocabulary.ENTRY_KINDS, optional=False),
                "party_id": _reference, "speaker_id": _reference, "text": _required_text,
                "language": _optional_text, "at": _local_time},
    "commitments": {"talks_id": _reference, "text": _required_text, "assignee": _optional_text,
                    "meeting_id": _reference, "topic_id": _reference, "due_text": _optional_text,
                    "due_earliest": _date, "due_latest": _date,
                    "status": _choice(vocabulary.COMMITMENT_STATUSES, optional=False), "public": _flag},
    "commitment_owners": {"commitment_id": _reference, "party_id": _reference},
    # A communiqué is created as draft 1; its status and number change only through ChangeStatus and NewDraft.
    "communiques": {"talks_id": _reference, "meeting_id": _reference, "title": _required_text,
                    "titles": _by_language, "issued": _moment(False), "place": _optional_text,
                    "languages": _communique_languages, "marking": _optional_text,
                    "status": _choice(("draft",), optional=False), "version": _first_version},
    "paragraphs": {"communique_id": _reference, "heading": _flag, "numbered": _flag},
    "plan_of_action": {"communique_id": _reference, "commitment_id": _reference},
    "signatories": {"communique_id": _reference, "person_id": _reference},
}

# table -> (its key columns, the column naming the list it is ordered in, or None)
KEYS: dict[str, tuple[tuple[str, ...], str | None]] = {
    "talks": (("id",), None),
    "parties": (("id",), "talks_id"),
    "people": (("id",), "talks_id"),
    "bodies": (("id",), "talks_id"),
    "topics": (("id",), "talks_id"),
    "meetings": (("id",), "talks_id"),
    "attendance": (("meeting_id", "person_id"), "meeting_id"),
    "agenda_items": (("id",), "meeting_id"),
    "minutes": (("id",), "meeting_id"),
    "commitments": (("id",), "talks_id"),
    "commitment_owners": (("commitment_id", "party_id"), "commitment_id"),
    "communiques": (("id",), "talks_id"),
    "paragraphs": (("id",), "communique_id"),
    "plan_of_action": (("communique_id", "commitment_id"), "communique_id"),
    "signatories": (("communique_id", "person_id"), "communique_id"),
}

# -- agreed text is not edited ------------------------------------------------------------

# table -> SQL giving the communiqué a row of it belongs to, from the row's key or values
_COMMUNIQUE_OF = {
    "communiques": "SELECT id FROM communiques WHERE id = :id",
    "paragraphs": "SELECT coalesce(:communique_id, (SELECT communique_id FROM paragraphs WHERE id = :id))",
    "plan_of_action": "SELECT :communique_id",
    "signatories": "SELECT :communique_id",
}


def check_editable(conn, table: str, row: dict[str, Any]) -> None:
    """Refuse to change approved minutes (that takes a corrigendum), or the text of an agreed or issued
    communiqué (that takes a new draft)."""
    from .approval import check_not_approved

    check_not_approved(conn, table, row)
    query = _COMMUNIQUE_OF.get(table)
    if query is None:
        return
    found = conn.execute(query, {"id": row.get("id"), "communique_id": row.get("communique_id")}).fetchone()
    if found is None or found[0] is None:
        return
    status = conn.execute("SELECT status FROM communiques WHERE id = ?", (found[0],)).fetchone()
    if status is not None and status[0] in ("agreed", "issued"):
        raise EditError(f"this communiqué is {status[0]}: start a new draft to change its text")


def checked(table: str, values: dict[str, Any]) -> dict[str, Any]:
    """The values cleaned and checked for `table`; EditError names what is wrong."""
    fields = FIELDS.get(table)
    if fields is None:
        raise EditError(f"{table} cannot be edited here")
    out = {}
    for name, value in values.items():
        if name not in fields:
            raise EditError(f'"{name}" of {table} cannot be edited here')
        try:
            out[name] = fields[name](value)
        except EditError as error:
            raise EditError(f"{name.replace('_id', '').replace('_', ' ')}: {error}") from None
    return out


def _where(key: dict[str, Any]) -> tuple[str, list]:
    return " AND ".join(f'"{c}" = ?' for c in key), list(key.values())


def _integrity(error: sqlite3.IntegrityError) -> EditError:
    from .schema import APPROVED_REFUSAL

    text = str(error)
    if APPROVED_REFUSAL in text:
        return EditError("that would change the minutes of a meeting that were approved; add a corrigendum"
                         " to the meeting instead")
    if "FOREIGN KEY" in text:
        return EditError("that would leave a reference to a record that does not exist")
    if "UNIQUE" in text:
        return EditError("that record is there already")
    if "CHECK" in text or "NOT NULL" in text:
        return EditError("that value is not allowed here")
    return EditError(text)


# -- the edits ---------------------------------------------------------------------------


class Edit:
    """One change, and its inverse. `apply` and `revert` are each one transaction."""

    description = ""
    mergeable = False  # typing on in the same field is taken into this edit (see merge)

    def merge(self, other: Edit) -> bool:
        return False

    def forward(self, conn: sqlite3.Connection) -> None:
        raise NotImplementedError

    def backward(self, conn: sqlite3.Connection) -> None:
        raise NotImplementedError

    def apply(self, record: Record) -> None:
        self._run(record, self.forward)

    def revert(self, record: Record) -> None:
        self._run(record, self.backward)

    @staticmethod
    def _run(record: Record, work) -> None:
        try:
            with record.transaction():
                work(record.conn)
        except sqlite3.IntegrityError as error:
            raise _integrity(error) from error


@dataclass
class SetFields(Edit):
    """Change some fields of one row. Typing into one field merges into one edit."""

    table: str
    key: dict[str, Any]
    new: dict[str, Any]
    description: str = ""
    old: dict[str, Any] | None = None

    def __post_init__(self) -> None:
        if self.table == "communiques" and {"status", "version"} & set(self.new):
            raise EditError("a communiqué's status and draft number change through its status actions")
        if self.table == "commitments" and "status" in self.new:
            raise EditError("a commitment's status changes by recording its progress")
        self.new = checked(self.table, self.new)

    def forward(self, conn) -> None:
        check_editable(conn, self.table, self.key)
        where, params = _where(self.key)
        names = ", ".join(f'"{c}"' for c in self.new)
        row = conn.execute(f"SELECT {names} FROM {self.table} WHERE {where}", params).fetchone()
        if row is None:
            raise EditError("that record is no longer there")
        if self.old is None:
            self.old = dict(zip(self.new, row))
        self._write(conn, self.new)

    def backward(self, conn) -> None:
        check_editable(conn, self.table, self.key)
        self._write(conn, self.old)

    def _write(self, conn, values: dict[str, Any]) -> None:
        where, params = _where(self.key)
        sets = ", ".join(f'"{c}" = ?' for c in values)
        conn.execute(f"UPDATE {self.table} SET {sets} WHERE {where}", [*values.values(), *params])

    mergeable = True

    def merge(self, other: Edit) -> bool:
        """Take `other` into this edit when it changes the same fields of the same row."""
        if not isinstance(other, SetFields) or (other.table, other.key, set(other.new)) != (self.table, self.key, set(self.new)):
            return False
        self.new = other.new
        return True


@dataclass
class Insert(Edit):
    """Add one row, at the end of its list or at a given place in it."""

    table: str
    values: dict[str, Any]
    description: str = ""
    index: int | None = None
    key: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        key_columns, _ = KEYS[self.table]
        values = dict(self.values)
        ident = values.pop("id", None) if key_columns == ("id",) else None
        if ident is not None and (not isinstance(ident, str) or not ident.strip()):
            raise EditError("an id is a text that is not empty")
        self.values = checked(self.table, values)
        if key_columns == ("id",):
            self.values["id"] = ident or new_id()
        self.key = {c: self.values[c] for c in key_columns}

    def forward(self, conn) -> None:
        if self.table != "communiques":
            check_editable(conn, self.table, self.values)
        _, list_column = KEYS[self.table]
        values = dict(self.values)
        if list_column is not None:
            parent = values[list_column]
            count = conn.execute(f"SELECT count(*) FROM {self.table} WHERE {list_column} = ?",
                                 (parent,)).fetchone()[0]
            index = count if self.index is None else max(0, min(self.index, count))
            conn.execute(f"UPDATE {self.table} SET position = position + 1"
                         f" WHERE {list_column} = ? AND position >= ?", (parent, index))
            values["position"] = index
        else:
            values["position"] = conn.execute(
                f"SELECT coalesce(max(position) + 1, 0) FROM {self.table}").fetchone()[0]
        names = ", ".join(f'"{c}"' for c in values)
        conn.execute(f"INSERT INTO {self.table} ({names}) VALUES ({', '.join('?' for _ in values)})",
                     list(values.values()))

    def backward(self, conn) -> None:
        _delete(conn, self.table, self.key)


def _delete(conn, table: str, key: dict[str, Any]) -> None:
    _, list_column = KEYS[table]
    where, params = _where(key)
    row = conn.execute(f"SELECT position, {list_column or 'NULL'} FROM {table} WHERE {where}", params).fetchone()
    if row is None:
        raise EditError("that record is no longer there")
    conn.execute(f"DELETE FROM {table} WHERE {where}", params)
    if list_column is not None:
        conn.execute(f"UPDATE {table} SET position = position - 1 WHERE {list_column} = ? AND position > ?",
                     (row[1], row[0]))


@dataclass
class Delete(Edit):
    """Remove one row and what hangs on it (a meeting's agenda and minutes, ...); undo puts all back."""

    table: str
    key: dict[str, Any]
    description: str = ""
    _saved: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    _unlinked: list[tuple[str, str, dict[str, Any], Any]] = field(default_factory=list)

    def forward(self, conn) -> None:
        if self.table != "communiques":
            check_editable(conn, self.table, self.key)
        self._saved, self._unlinked = [], []
        _snapshot(conn, self.table, self.key, self._saved, self._unlinked)
        if not self._saved:
            raise EditError("that record is no longer there")
        _delete(conn, self.table, self.key)

    def backward(self, conn) -> None:
        table, row = self._saved[0]
        _, list_column = KEYS[table]
        if list_column is not None:
            conn.execute(f"UPDATE {table} SET position = position + 1 WHERE {list_column} = ? AND position >= ?",
                         (row[list_column], row["position"]))
        for table, row in self._saved:
            names = ", ".join(f'"{c}"' for c in row)
            conn.execute(f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' for _ in row)})",
                         list(row.values()))
        for table, column, key, value in self._unlinked:
            where, params = _where(key)
            conn.execute(f'UPDATE {table} SET "{column}" = ? WHERE {where}', [value, *params])


def _foreign_keys(conn) -> list[tuple[str, str, str, str]]:
    """(child table, child column, parent table, on delete) for every reference in the schema."""
    out = []
    tables = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' AND name NOT LIKE 'sqlite_%'")]
    for table in tables:
        for row in conn.execute(f"PRAGMA foreign_key_list({table})"):
            out.append((table, row[3], row[2], row[6]))
    return out


def _snapshot(conn, table: str, key: dict[str, Any], saved: list, unlinked: list) -> None:
    """Save the row and, depth first, every row its deletion would remove or unlink."""
    conn.row_factory = sqlite3.Row
    try:
        where, params = _where(key)
        rows = [dict(row) for row in conn.execute(f"SELECT * FROM {table} WHERE {where}", params)]
    finally:
        conn.row_factory = None
    for row in rows:
        saved.append((table, row))
        for child, column, parent, on_delete in _foreign_keys(conn):
            if parent != table:
                continue
            referenced = "id" if "id" in row else None
            if referenced is None:
                continue
            if on_delete == "CASCADE":
                child_keys = _child_keys(conn, child, column, row[referenced])
                for child_key in child_keys:
                    _snapshot(conn, child, child_key, saved, unlinked)
            elif on_delete == "SET NULL":
                key_columns = _key_columns(conn, child)
                for found in conn.execute(
                        f'SELECT {", ".join(key_columns)} FROM {child} WHERE "{column}" = ?', (row[referenced],)):
                    unlinked.append((child, column, dict(zip(key_columns, found)), row[referenced]))


def _key_columns(conn, table: str) -> list[str]:
    if table in KEYS:
        return list(KEYS[table][0])
    pk = [row[1] for row in sorted(conn.execute(f"PRAGMA table_info({table})"), key=lambda row: row[5]) if row[5]]
    return pk or ["rowid"]


def _child_keys(conn, table: str, column: str, value: Any) -> list[dict[str, Any]]:
    key_columns = _key_columns(conn, table)
    return [dict(zip(key_columns, found)) for found in conn.execute(
        f'SELECT {", ".join(key_columns)} FROM {table} WHERE "{column}" = ? ORDER BY rowid', (value,))]


@dataclass
class Move(Edit):
    """Move a row to another place in its list, or into another list (an entry to another agenda item)."""

    table: str
    key: dict[str, Any]
    index: int
    description: str = ""
    _before: int | None = None

    def forward(self, conn) -> None:
        check_editable(conn, self.table, self.key)
        self._before = _move(conn, self.table, self.key, self.index)

    def backward(self, conn) -> None:
        _move(conn, self.table, self.key, self._before)


def _move(conn, table: str, key: dict[str, Any], index: int) -> int:
    _, list_column = KEYS[table]
    where, params = _where(key)
    row = conn.execute(f"SELECT position, {list_column} FROM {table} WHERE {where}", params).fetchone()
    if row is None:
        raise EditError("that record is no longer there")
    old, parent = row
    count = conn.execute(f"SELECT count(*) FROM {table} WHERE {list_column} = ?", (parent,)).fetchone()[0]
    index = max(0, min(index, count - 1))
    if index > old:
        conn.execute(f"UPDATE {table} SET position = position - 1 WHERE {list_column} = ? AND position > ?"
                     f" AND position <= ?", (parent, old, index))
    elif index < old:
        conn.execute(f"UPDATE {table} SET position = position + 1 WHERE {list_column} = ? AND position >= ?"
                     f" AND position < ?", (parent, index, old))
    conn.execute(f"UPDATE {table} SET position = ? WHERE {where}", [index, *params])
    return old


@dataclass
class Together(Edit):
    """Several edits as one transaction: done in order, undone in reverse (an entry turned into a commitment)."""

    edits: list[Edit]
    description: str = ""

    def forward(self, conn) -> None:
        for edit in self.edits:
            edit.forward(conn)

    def backward(self, conn) -> None:
        for edit in reversed(self.edits):
            edit.backward(conn)


# -- communiqué text and status -------------------------------------------------------------


@dataclass
class SetText(Edit):
    """The text of one paragraph in one language; an empty text leaves that side blank (no row)."""

    paragraph_id: str
    language: str
    text: str
    description: str = ""
    _old: str | None = None

    def __post_init__(self) -> None:
        self.text = _text(self.text)

    def forward(self, conn) -> None:
        check_editable(conn, "paragraphs", {"id": self.paragraph_id})
        row = conn.execute("SELECT text FROM paragraph_texts WHERE paragraph_id = ? AND language = ?",
                           (self.paragraph_id, self.language)).fetchone()
        if conn.execute("SELECT 1 FROM paragraphs WHERE id = ?", (self.paragraph_id,)).fetchone() is None:
            raise EditError("that paragraph is no longer there")
        self._old = None if row is None else row[0]
        self._write(conn, self.text)

    def backward(self, conn) -> None:
        check_editable(conn, "paragraphs", {"id": self.paragraph_id})
        self._write(conn, self._old)

    def _write(self, conn, text: str | None) -> None:
        if text is None or text == "":
            conn.execute("DELETE FROM paragraph_texts WHERE paragraph_id = ? AND language = ?",
                         (self.paragraph_id, self.language))
        else:
            conn.execute("INSERT INTO paragraph_texts (paragraph_id, language, text) VALUES (?, ?, ?)"
                         " ON CONFLICT (paragraph_id, language) DO UPDATE SET text = excluded.text",
                         (self.paragraph_id, self.language, text))

    table = "paragraph_texts"
    mergeable = True

    def merge(self, other: Edit) -> bool:
        """Typing on in the same paragraph and language is one edit."""
        if not isinstance(other, SetText) or (other.paragraph_id, other.language) != \
                (self.paragraph_id, self.language):
            return False
        self.text = other.text
        return True


def _freeze(conn, communique_id: str, reason: str) -> int:
    """Keep a copy of the communiqué's text as it stands; the copy's row id."""
    from .communiques import read_document

    document = read_document(conn, communique_id)
    at = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
    cursor = conn.execute(
        "INSERT INTO communique_versions (communique_id, version, status, frozen_at, reason, content)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (communique_id, document.version, document.status, at, reason,
         json.dumps(document.as_content(), ensure_ascii=False, sort_keys=True)))
    return cursor.lastrowid


def _status_of(conn, communique_id: str) -> tuple[str, int]:
    row = conn.execute("SELECT status, version FROM communiques WHERE id = ?", (communique_id,)).fetchone()
    if row is None:
        raise EditError("that communiqué is no longer there")
    return row


def open_brackets(conn, communique_id: str) -> int:
    from ..domain.communique import count_brackets

    return count_brackets(text for (text,) in conn.execute(
        "SELECT x.text FROM paragraph_texts x JOIN paragraphs p ON p.id = x.paragraph_id WHERE p.communique_id = ?",
        (communique_id,)))


@dataclass
class ChangeStatus(Edit):
    """Move a communiqué one step on (draft → ad referendum → agreed → issued) and freeze a copy of
    its text under its draft number. Refused while brackets remain in text to be agreed or issued."""

    communique_id: str
    status: str
    description: str = ""
    table = "communiques"
    _before: str | None = None
    _copy: int | None = None

    def forward(self, conn) -> None:
        from ..domain.communique import StatusRefused, check_status_change

        current, _ = _status_of(conn, self.communique_id)
        try:
            check_status_change(current, self.status, open_brackets(conn, self.communique_id))
        except StatusRefused as refusal:
            raise EditError(str(refusal)) from None
        self._before = current
        conn.execute("UPDATE communiques SET status = ? WHERE id = ?", (self.status, self.communique_id))
        self._copy = _freeze(conn, self.communique_id, "status")

    def backward(self, conn) -> None:
        conn.execute("DELETE FROM communique_versions WHERE id = ?", (self._copy,))
        conn.execute("UPDATE communiques SET status = ? WHERE id = ?", (self._before, self.communique_id))


@dataclass
class NewDraft(Edit):
    """Freeze the text as it stands and go on with the next draft number, as a draft."""

    communique_id: str
    description: str = ""
    table = "communiques"
    _before: tuple[str, int] | None = None
    _copy: int | None = None

    def forward(self, conn) -> None:
        self._before = _status_of(conn, self.communique_id)
        self._copy = _freeze(conn, self.communique_id, "new draft")
        conn.execute("UPDATE communiques SET status = 'draft', version = version + 1 WHERE id = ?",
                     (self.communique_id,))

    def backward(self, conn) -> None:
        conn.execute("DELETE FROM communique_versions WHERE id = ?", (self._copy,))
        conn.execute("UPDATE communiques SET status = ?, version = ? WHERE id = ?",
                     (*self._before, self.communique_id))


# -- following up commitments -----------------------------------------------------------------


@dataclass
class RecordProgress(Edit):
    """A dated progress update of a commitment: perhaps a new status, a note, and each owner's
    compliance score. The status rules hold (see domain.followup): leaving a final status takes a
    reason, and a superseded commitment names the one that replaces it."""

    commitment_id: str
    date: str
    note: str
    status: str | None = None                 # None: the status stays as it is
    scores: dict[str, int] = field(default_factory=dict)
    superseded_by: str | None = None
    description: str = ""
    table = "progress_updates"
    _before: tuple[str, str | None] | None = None
    _update: int | None = None

    def __post_init__(self) -> None:
        self.date = _date(self.date)
        if self.date is None:
            raise EditError("date: give the date of the update")
        self.note = _text(self.note)
        if self.status is not None:
            self.status = _choice(vocabulary.COMMITMENT_STATUSES)(self.status)

    def forward(self, conn) -> None:
        from ..domain.followup import UpdateRefused, check_update

        row = conn.execute(
            "SELECT c.status, c.superseded_by, c.talks_id, substr(m.start, 1, 10) FROM commitments c"
            " LEFT JOIN meetings m ON m.id = c.meeting_id WHERE c.id = ?", (self.commitment_id,)).fetchone()
        if row is None:
            raise EditError("that commitment is no longer there")
        current, successor, talks_id, made = row
        try:
            check_update(current, self.status, self.note, self.superseded_by, self.scores)
        except UpdateRefused as refusal:
            raise EditError(str(refusal)) from None
        if made is not None and self.date < made:
            raise EditError(f"date: the commitment was made on {made}; an update cannot come before it")
        self._check_scores(conn, talks_id)
        if self.superseded_by is not None:
            self._check_successor(conn, talks_id)
        self._before = (current, successor)
        position = conn.execute("SELECT count(*) FROM progress_updates WHERE commitment_id = ?",
                                (self.commitment_id,)).fetchone()[0]
        self._update = conn.execute(
            "INSERT INTO progress_updates (commitment_id, date, status, note, position) VALUES (?, ?, ?, ?, ?)",
            (self.commitment_id, self.date, self.status, self.note, position)).lastrowid
        conn.executemany("INSERT INTO update_scores (update_id, party_id, score) VALUES (?, ?, ?)",
                         [(self._update, party, score) for party, score in self.scores.items()])
        if self.status is not None:
            conn.execute("UPDATE commitments SET status = ?, superseded_by = ? WHERE id = ?",
                         (self.status, self.superseded_by, self.commitment_id))

    def _check_scores(self, conn, talks_id: str) -> None:
        owners = {p for (p,) in conn.execute("SELECT party_id FROM commitment_owners WHERE commitment_id = ?",
                                             (self.commitment_id,))}
        parties = owners or {p for (p,) in conn.execute("SELECT id FROM parties WHERE talks_id = ?", (talks_id,))}
        for party in self.scores:
            if party not in parties:
                raise EditError("scores: only the parties that own a commitment are scored on it")

    def _check_successor(self, conn, talks_id: str) -> None:
        if self.superseded_by == self.commitment_id:
            raise EditError("a commitment cannot supersede itself")
        seen, at = {self.commitment_id}, self.superseded_by
        while at is not None:
            row = conn.execute("SELECT talks_id, superseded_by FROM commitments WHERE id = ?", (at,)).fetchone()
            if row is None or (at == self.superseded_by and row[0] != talks_id):
                raise EditError("the commitment that supersedes it must be one of the same talks")
            if at in seen:
                raise EditError("that commitment is itself superseded, down the line, by this one")
            seen.add(at)
            at = row[1]

    def backward(self, conn) -> None:
        conn.execute("DELETE FROM progress_updates WHERE id = ?", (self._update,))
        conn.execute("UPDATE commitments SET status = ?, superseded_by = ? WHERE id = ?",
                     (*self._before, self.commitment_id))


@dataclass
class SetCadence(Edit):
    """The talks' review cadence: the phrase as agreed and its first date, kept with the recurrence
    rule they give; no phrase clears it."""

    talks_id: str
    text: str | None
    start: str | None = None
    description: str = ""
    table = "talks"
    _new: tuple | None = None
    _old: tuple | None = None

    def __post_init__(self) -> None:
        from ..domain.cadence import CadenceNotUnderstood, read_cadence

        text = _optional_text(self.text)
        if text is None:
            self._new = (None, None, None)
            return
        start = _date(self.start)
        if start is None:
            raise EditError("give the date of the first review")
        try:
            found = read_cadence(text, parse_date(start))
        except CadenceNotUnderstood as error:
            raise EditError(str(error)) from None
        self._new = (found.text, start, found.rule)

    def forward(self, conn) -> None:
        row = conn.execute("SELECT review_cadence, review_start, review_rule FROM talks WHERE id = ?",
                           (self.talks_id,)).fetchone()
        if row is None:
            raise EditError("those talks are no longer there")
        self._old = tuple(row)
        self._write(conn, self._new)

    def backward(self, conn) -> None:
        self._write(conn, self._old)

    def _write(self, conn, values: tuple) -> None:
        conn.execute("UPDATE talks SET review_cadence = ?, review_start = ?, review_rule = ? WHERE id = ?",
                     (*values, self.talks_id))


# -- the minutes of a meeting: draft, circulated, approved; corrigenda ----------------------------

MINUTES_STEPS = {("draft", "circulated"), ("circulated", "draft"), ("circulated", "approved")}


@dataclass
class SetMinutesStatus(Edit):
    """Circulate a meeting's draft minutes (on a date), take them back as a draft, or approve them (on the
    date the delegations approved them). Approval stores the checksum of the meeting's content and is
    final: the record then refuses every change to the meeting, its attendance, agenda and minutes."""

    meeting_id: str
    status: str
    date: str | None = None
    description: str = ""
    table = "meetings"
    _before: tuple | None = None

    def __post_init__(self) -> None:
        self.status = _choice(vocabulary.MINUTES_STATUSES, optional=False)(self.status)
        self.date = _date(self.date)
        if self.status != "draft" and self.date is None:
            raise EditError("date: give the date the minutes were " + self.status)

    def forward(self, conn) -> None:
        from .approval import approval_of, stored_content

        approval = approval_of(conn, self.meeting_id)
        if approval is None:
            raise EditError("that meeting is no longer there")
        if (approval.status, self.status) not in MINUTES_STEPS:
            raise EditError(_STEP_REFUSED.get((approval.status, self.status),
                                              f"minutes that are {approval.status} cannot become {self.status}"))
        start = conn.execute("SELECT substr(start, 1, 10) FROM meetings WHERE id = ?",
                             (self.meeting_id,)).fetchone()[0]
        if self.date is not None and self.date < start:
            raise EditError(f"date: the meeting was held on {start}; its minutes cannot be {self.status} before")
        if self.status == "approved" and self.date < (approval.circulated_on or ""):
            raise EditError(f"date: the minutes were circulated on {approval.circulated_on};"
                            " they cannot be approved before")
        self._before = (approval.status, approval.circulated_on)
        if self.status == "circulated":
            conn.execute("UPDATE meetings SET minutes_status = 'circulated', circulated_on = ? WHERE id = ?",
                         (self.date, self.meeting_id))
        elif self.status == "draft":
            conn.execute("UPDATE meetings SET minutes_status = 'draft', circulated_on = NULL WHERE id = ?",
                         (self.meeting_id,))
        else:
            checksum = stored_content(conn, self.meeting_id).digest(self.meeting_id, self.date)
            at = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
            conn.execute("UPDATE meetings SET minutes_status = 'approved', approved_on = ?, approved_at = ?,"
                         " checksum = ? WHERE id = ?", (self.date, at, checksum, self.meeting_id))

    def backward(self, conn) -> None:
        if self.status == "approved":
            raise EditError("approved minutes stay approved: correct them with a corrigendum")
        conn.execute("UPDATE meetings SET minutes_status = ?, circulated_on = ? WHERE id = ?",
                     (*self._before, self.meeting_id))


_STEP_REFUSED = {
    ("draft", "approved"): "circulate the draft minutes to the delegations before they are approved",
    ("approved", "draft"): "approved minutes stay approved: correct them with a corrigendum",
    ("approved", "circulated"): "approved minutes stay approved: correct them with a corrigendum",
    ("approved", "approved"): "these minutes are approved already",
    ("circulated", "circulated"): "these minutes are circulated already",
    ("draft", "draft"): "these minutes are a draft already",
}


@dataclass
class AddCorrigendum(Edit):
    """A dated, reasoned correction of approved minutes, kept beside them: the approved text is never
    changed. It amends one minute entry, or (no entry) the record as a whole."""

    meeting_id: str
    date: str
    reason: str
    text: str
    entry_id: str | None = None
    description: str = ""
    table = "corrigenda"
    key: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.date = _date(self.date)
        if self.date is None:
            raise EditError("date: give the date of the corrigendum")
        try:
            self.reason = _required_text(self.reason)
        except EditError:
            raise EditError("reason: say why the approved minutes are corrected") from None
        try:
            self.text = _required_text(self.text)
        except EditError:
            raise EditError("text: give the corrected text") from None
        self.key = {"id": new_id()}

    def forward(self, conn) -> None:
        from .approval import approval_of

        approval = approval_of(conn, self.meeting_id)
        if approval is None:
            raise EditError("that meeting is no longer there")
        if approval.status != "approved":
            raise EditError("a corrigendum corrects approved minutes; while they are a draft, change them instead")
        if self.date < approval.approved_on:
            raise EditError(f"date: the minutes were approved on {approval.approved_on}; a corrigendum comes after")
        if self.entry_id is not None and conn.execute(
                "SELECT 1 FROM minutes WHERE id = ? AND meeting_id = ?", (self.entry_id, self.meeting_id)
        ).fetchone() is None:
            raise EditError("a corrigendum amends an entry of the same meeting")
        position = conn.execute("SELECT count(*) FROM corrigenda WHERE meeting_id = ?",
                                (self.meeting_id,)).fetchone()[0]
        conn.execute("INSERT INTO corrigenda (id, meeting_id, entry_id, date, reason, text, position)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?)",
                     (self.key["id"], self.meeting_id, self.entry_id, self.date, self.reason, self.text, position))

    def backward(self, conn) -> None:
        conn.execute("DELETE FROM corrigenda WHERE id = ?", (self.key["id"],))
