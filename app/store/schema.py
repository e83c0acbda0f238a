"""The record's schema, declared as migrations that run forward.

Every table of the record is created here, never by an implicit insert. The
schema version is the number of migrations applied, kept in
`PRAGMA user_version`; a file whose version is higher than `SCHEMA_VERSION`
was written by a newer Accord and is refused, never changed.

Two mechanisms live in the database itself, so that no write can bypass them:
the audit log (triggers record every insert, every changed field with its old
and new value, and every delete) and the full-text index (external-content
FTS5 tables kept current by triggers).
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from .identity import APPLICATION_ID, SCHEMA_VERSION

migrations = Migrations("accord")

_TABLES = [
    """
    CREATE TABLE talks (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        description TEXT,
        languages TEXT NOT NULL,          -- JSON list of BCP 47 codes
        marking TEXT,
        position INTEGER NOT NULL
    )""",
    """
    CREATE TABLE parties (
        id TEXT PRIMARY KEY,
        talks_id TEXT NOT NULL REFERENCES talks(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        short TEXT NOT NULL,
        language TEXT NOT NULL,
        names TEXT NOT NULL DEFAULT '{}', -- JSON {language: name}
        position INTEGER NOT NULL
    )""",
    """
    CREATE TABLE people (
        id TEXT PRIMARY KEY,
        talks_id TEXT NOT NULL REFERENCES talks(id) ON DELETE CASCADE,
        party_id TEXT NOT NULL REFERENCES parties(id),
        name TEXT NOT NULL,
        names TEXT NOT NULL DEFAULT '{}',
        title TEXT,
        organisation TEXT,
        role TEXT CHECK (role IN ('head', 'deputy', 'member', 'adviser', 'spokesperson', 'note-taker')),
        position INTEGER NOT NULL
    )""",
    """
    CREATE TABLE bodies (
        id TEXT PRIMARY KEY,
        talks_id TEXT NOT NULL REFERENCES talks(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        level TEXT CHECK (level IN ('heads-of-state', 'ministerial', 'senior-officials', 'working', 'technical')),
        parent_id TEXT REFERENCES bodies(id),
        position INTEGER NOT NULL
    )""",
    """
    CREATE TABLE topics (
        id TEXT PRIMARY KEY,
        talks_id TEXT NOT NULL REFERENCES talks(id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        titles TEXT NOT NULL DEFAULT '{}',
        position INTEGER NOT NULL
    )""",
    """
    CREATE TABLE meetings (
        seq INTEGER PRIMARY KEY,          -- stable rowid for the full-text index
        id TEXT NOT NULL UNIQUE,
        talks_id TEXT NOT NULL REFERENCES talks(id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        body_id TEXT REFERENCES bodies(id),
        status TEXT NOT NULL CHECK (status IN ('planned', 'held', 'cancelled')),
        start TEXT NOT NULL,              -- local date or date-time with its UTC offset
        "end" TEXT,
        place TEXT,
        venue TEXT,
        marking TEXT,
        position INTEGER NOT NULL
    )""",
    "CREATE INDEX meetings_by_talks ON meetings (talks_id, start)",
    """
    CREATE TABLE attendance (
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        person_id TEXT NOT NULL REFERENCES people(id),
        role TEXT CHECK (role IN ('chair', 'head', 'member', 'adviser', 'observer')),
        title TEXT,
        position INTEGER NOT NULL,
        PRIMARY KEY (meeting_id, person_id)
    )""",
    """
    CREATE TABLE agenda_items (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        topic_id TEXT REFERENCES topics(id),
        title TEXT NOT NULL,
        notes TEXT,
        position INTEGER NOT NULL
    )""",
    "CREATE INDEX agenda_by_meeting ON agenda_items (meeting_id, position)",
    """
    CREATE TABLE minutes (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        item_id TEXT REFERENCES agenda_items(id) ON DELETE SET NULL,
        kind TEXT NOT NULL CHECK (kind IN ('discussion', 'position', 'statement', 'decision',
                                           'agreement', 'disagreement', 'note')),
        party_id TEXT REFERENCES parties(id),
        speaker_id TEXT REFERENCES people(id),
        text TEXT NOT NULL,
        language TEXT,
        at TEXT,                          -- local time HH:MM
        position INTEGER NOT NULL
    )""",
    "CREATE INDEX minutes_by_meeting ON minutes (meeting_id, position)",
    """
    CREATE TABLE commitments (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        talks_id TEXT NOT NULL REFERENCES talks(id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        assignee TEXT,
        meeting_id TEXT REFERENCES meetings(id),
        topic_id TEXT REFERENCES topics(id),
        due_text TEXT,
        due_earliest TEXT,
        due_latest TEXT,
        status TEXT NOT NULL CHECK (status IN ('not_started', 'in_progress', 'completed',
                                               'dropped', 'superseded')),
        public INTEGER NOT NULL CHECK (public IN (0, 1)),
        position INTEGER NOT NULL
    )""",
    "CREATE INDEX commitments_by_talks ON commitments (talks_id, due_latest)",
    """
    CREATE TABLE commitment_owners (
        commitment_id TEXT NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,
        party_id TEXT NOT NULL REFERENCES parties(id),
        position INTEGER NOT NULL,
        PRIMARY KEY (commitment_id, party_id)
    )""",
    """
    CREATE TABLE progress_updates (
        id INTEGER PRIMARY KEY,
        commitment_id TEXT NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        status TEXT CHECK (status IN ('not_started', 'in_progress', 'completed', 'dropped', 'superseded')),
        note TEXT NOT NULL,
        position INTEGER NOT NULL
    )""",
    "CREATE INDEX updates_by_commitment ON progress_updates (commitment_id, position)",
    """
    CREATE TABLE update_scores (
        update_id INTEGER NOT NULL REFERENCES progress_updates(id) ON DELETE CASCADE,
        party_id TEXT NOT NULL REFERENCES parties(id),
        score INTEGER NOT NULL CHECK (score IN (-1, 0, 1)),
        PRIMARY KEY (update_id, party_id)
    )""",
    """
    CREATE TABLE communiques (
        id TEXT PRIMARY KEY,
        talks_id TEXT NOT NULL REFERENCES talks(id) ON DELETE CASCADE,
        meeting_id TEXT REFERENCES meetings(id),
        title TEXT NOT NULL,
        titles TEXT NOT NULL DEFAULT '{}',
        issued TEXT NOT NULL,
        place TEXT,
        languages TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('draft', 'ad_referendum', 'agreed', 'issued')),
        version INTEGER NOT NULL CHECK (version >= 1),
        marking TEXT,
        position INTEGER NOT NULL
    )""",
    """
    CREATE TABLE paragraphs (
        id TEXT PRIMARY KEY,
        communique_id TEXT NOT NULL REFERENCES communiques(id) ON DELETE CASCADE,
        heading INTEGER NOT NULL DEFAULT 0 CHECK (heading IN (0, 1)),
        numbered INTEGER NOT NULL DEFAULT 1 CHECK (numbered IN (0, 1)),
        position INTEGER NOT NULL
    )""",
    "CREATE INDEX paragraphs_by_communique ON paragraphs (communique_id, position)",
    """
    CREATE TABLE paragraph_texts (
        seq INTEGER PRIMARY KEY,
        paragraph_id TEXT NOT NULL REFERENCES paragraphs(id) ON DELETE CASCADE,
        language TEXT NOT NULL,
        text TEXT NOT NULL,
        UNIQUE (paragraph_id, language)
    )""",
    """
    CREATE TABLE plan_of_action (
        communique_id TEXT NOT NULL REFERENCES communiques(id) ON DELETE CASCADE,
        commitment_id TEXT NOT NULL REFERENCES commitments(id),
        position INTEGER NOT NULL,
        PRIMARY KEY (communique_id, commitment_id)
    )""",
    """
    CREATE TABLE signatories (
        communique_id TEXT NOT NULL REFERENCES communiques(id) ON DELETE CASCADE,
        person_id TEXT NOT NULL REFERENCES people(id),
        position INTEGER NOT NULL,
        PRIMARY KEY (communique_id, person_id)
    )""",
    """
    CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,                 -- UTC, ISO 8601
        table_name TEXT NOT NULL,
        record_id TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
        field TEXT,
        old TEXT,
        new TEXT
    )""",
    "CREATE INDEX audit_by_record ON audit_log (record_id, id)",
]

# table -> (SQL expression naming a row, audited columns)
AUDITED: dict[str, tuple[str, tuple[str, ...]]] = {
    "talks": ("{r}.id", ("title", "description", "languages", "marking", "position")),
    "parties": ("{r}.id", ("talks_id", "name", "short", "language", "names", "position")),
    "people": (
        "{r}.id",
        ("talks_id", "party_id", "name", "names", "title", "organisation", "role", "position"),
    ),
    "bodies": ("{r}.id", ("talks_id", "name", "level", "parent_id", "position")),
    "topics": ("{r}.id", ("talks_id", "title", "titles", "position")),
    "meetings": (
        "{r}.id",
        ("talks_id", "title", "body_id", "status", "start", "end", "place", "venue", "marking", "position"),
    ),
    "attendance": ("{r}.meeting_id || '/' || {r}.person_id", ("role", "title", "position")),
    "agenda_items": ("{r}.id", ("meeting_id", "topic_id", "title", "notes", "position")),
    "minutes": (
        "{r}.id",
        ("meeting_id", "item_id", "kind", "party_id", "speaker_id", "text", "language", "at", "position"),
    ),
    "commitments": (
        "{r}.id",
        ("talks_id", "text", "assignee", "meeting_id", "topic_id", "due_text", "due_earliest",
         "due_latest", "status", "public", "position"),
    ),
    "commitment_owners": ("{r}.commitment_id || '/' || {r}.party_id", ("position",)),
    "progress_updates": (
        "{r}.commitment_id || '/update/' || {r}.id",
        ("date", "status", "note", "position"),
    ),
    "update_scores": ("{r}.update_id || '/' || {r}.party_id", ("score",)),
    "communiques": (
        "{r}.id",
        ("talks_id", "meeting_id", "title", "titles", "issued", "place", "languages", "status",
         "version", "marking", "position"),
    ),
    "paragraphs": ("{r}.id", ("communique_id", "heading", "numbered", "position")),
    "paragraph_texts": ("{r}.paragraph_id || '/' || {r}.language", ("text",)),
    "plan_of_action": ("{r}.communique_id || '/' || {r}.commitment_id", ("position",)),
    "signatories": ("{r}.communique_id || '/' || {r}.person_id", ("position",)),
    "corrigenda": ("{r}.id", ("meeting_id", "entry_id", "date", "reason", "text", "position")),
}
# The tables of the first schema (m001), whose triggers it created; later tables get theirs in their migration.
FIRST_AUDITED = tuple(table for table in AUDITED if table != "corrigenda")

# FTS table -> (content table, indexed columns)
SEARCHABLE: dict[str, tuple[str, tuple[str, ...]]] = {
    "meetings_fts": ("meetings", ("title", "place", "venue")),
    "agenda_fts": ("agenda_items", ("title", "notes")),
    "minutes_fts": ("minutes", ("text",)),
    "commitments_fts": ("commitments", ("text", "assignee", "due_text")),
    "paragraphs_fts": ("paragraph_texts", ("text",)),
}

_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"


def _quoted(column: str) -> str:
    return f'"{column}"'


# table -> SQL expression naming the record a row's changes are shown under: a meeting's attendance,
# agenda and minutes under the meeting, a commitment's owners and updates under the commitment, ...
AUDIT_PARENT: dict[str, str] = {
    "talks": "{r}.id", "parties": "{r}.id", "people": "{r}.id", "bodies": "{r}.id", "topics": "{r}.id",
    "meetings": "{r}.id", "attendance": "{r}.meeting_id", "agenda_items": "{r}.meeting_id",
    "minutes": "{r}.meeting_id", "corrigenda": "{r}.meeting_id",
    "commitments": "{r}.id", "commitment_owners": "{r}.commitment_id", "progress_updates": "{r}.commitment_id",
    "update_scores": "(SELECT commitment_id FROM progress_updates WHERE id = {r}.update_id)",
    "communiques": "{r}.id", "paragraphs": "{r}.communique_id",
    "paragraph_texts": "(SELECT communique_id FROM paragraphs WHERE id = {r}.paragraph_id)",
    "plan_of_action": "{r}.communique_id", "signatories": "{r}.communique_id",
}


def audit_triggers(table: str, more: tuple[str, ...] = (), *, who: bool = False) -> list[str]:
    """The triggers that log every insert, changed field and delete of `table` (with `more`, columns a
    later migration added). With `who`, each row also names who made the change (the `editor` table,
    set by each write transaction) and the record it is shown under (see AUDIT_PARENT)."""
    key, columns = AUDITED[table]
    columns = columns + more
    new_key, old_key = key.format(r="new"), key.format(r="old")
    if who:
        parent = AUDIT_PARENT[table]
        extra, by = ", who, parent", ", (SELECT name FROM editor)"
        new_extra, old_extra = by + ", " + parent.format(r="new"), by + ", " + parent.format(r="old")
    else:
        extra = new_extra = old_extra = ""
    changes = "\n".join(
        f"    INSERT INTO audit_log (at, table_name, record_id, action, field, old, new{extra})"
        f" SELECT {_NOW}, '{table}', {new_key}, 'update', '{c}', old.{_quoted(c)}, new.{_quoted(c)}{new_extra}"
        f" WHERE old.{_quoted(c)} IS NOT new.{_quoted(c)};"
        for c in columns
    )
    snapshot = ", ".join(f"'{c}', old.{_quoted(c)}" for c in columns)
    return [
        f"""CREATE TRIGGER {table}_audit_insert AFTER INSERT ON {table} BEGIN
    INSERT INTO audit_log (at, table_name, record_id, action{extra})
    VALUES ({_NOW}, '{table}', {new_key}, 'insert'{new_extra});
END""",
        f"""CREATE TRIGGER {table}_audit_update AFTER UPDATE ON {table} BEGIN
{changes}
END""",
        f"""CREATE TRIGGER {table}_audit_delete AFTER DELETE ON {table} BEGIN
    INSERT INTO audit_log (at, table_name, record_id, action, old{extra})
    VALUES ({_NOW}, '{table}', {old_key}, 'delete', json_object({snapshot}){old_extra});
END""",
    ]


def search_index(fts: str) -> list[str]:
    content, columns = SEARCHABLE[fts]
    names = ", ".join(_quoted(c) for c in columns)
    new_values = ", ".join(f"new.{_quoted(c)}" for c in columns)
    old_values = ", ".join(f"old.{_quoted(c)}" for c in columns)
    changed = " OR ".join(f"old.{_quoted(c)} IS NOT new.{_quoted(c)}" for c in columns)
    rowid = "seq"
    return [
        f"CREATE VIRTUAL TABLE {fts} USING fts5({names}, content='{content}', content_rowid='{rowid}',"
        f" tokenize='unicode61 remove_diacritics 2')",
        f"""CREATE TRIGGER {fts}_insert AFTER INSERT ON {content} BEGIN
    INSERT INTO {fts} (rowid, {names}) VALUES (new.{rowid}, {new_values});
END""",
        f"""CREATE TRIGGER {fts}_delete AFTER DELETE ON {content} BEGIN
    INSERT INTO {fts} ({fts}, rowid, {names}) VALUES ('delete', old.{rowid}, {old_values});
END""",
        f"""CREATE TRIGGER {fts}_update AFTER UPDATE ON {content} WHEN {changed} BEGIN
    INSERT INTO {fts} ({fts}, rowid, {names}) VALUES ('delete', old.{rowid}, {old_values});
    INSERT INTO {fts} (rowid, {names}) VALUES (new.{rowid}, {new_values});
END""",
    ]


def schema_statements() -> list[str]:
    """Every statement of the first schema, in order."""
    statements = list(_TABLES)
    for table in FIRST_AUDITED:
        statements += audit_triggers(table)
    for fts in SEARCHABLE:
        statements += search_index(fts)
    return statements


@migrations()
def m001_the_record(db: Database) -> None:
    """Talks, delegations, meetings, minutes, commitments, communiqués; audit and search."""
    for statement in schema_statements():
        db.execute(statement)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")


@migrations()
def m002_indexes_for_references(db: Database) -> None:
    """Indexes under the references that lists count and deletes check (entries of an agenda item, ...)."""
    for statement in (
        "CREATE INDEX minutes_by_item ON minutes (item_id)",
        "CREATE INDEX commitments_by_meeting ON commitments (meeting_id)",
        "CREATE INDEX people_by_party ON people (party_id)",
        "CREATE INDEX attendance_by_person ON attendance (person_id)",
        "CREATE INDEX owners_by_party ON commitment_owners (party_id)",
    ):
        db.execute(statement)


@migrations()
def m003_lists_in_display_order(db: Database) -> None:
    """Indexes in the order the window lists meetings (by date) and commitments (by due window), so that
    a page of either is read from the index instead of sorting every row first."""
    db.execute("CREATE INDEX meetings_by_date ON meetings (talks_id, substr(start, 1, 10), start, position)")
    db.execute("CREATE INDEX commitments_by_window ON commitments"
               " (talks_id, due_latest IS NULL, due_latest, due_earliest, position)")


@migrations()
def m004_communique_versions(db: Database) -> None:
    """Frozen copies of a communiqué's text: one at every status change and every new draft."""
    db.execute("""
        CREATE TABLE communique_versions (
            id INTEGER PRIMARY KEY,
            communique_id TEXT NOT NULL REFERENCES communiques(id) ON DELETE CASCADE,
            version INTEGER NOT NULL,
            status TEXT NOT NULL,
            frozen_at TEXT NOT NULL,          -- UTC, ISO 8601
            reason TEXT NOT NULL CHECK (reason IN ('status', 'new draft')),
            content TEXT NOT NULL             -- the text as it stood, JSON
        )""")
    db.execute("CREATE INDEX versions_by_communique ON communique_versions (communique_id, version)")


# Columns added after the first schema, audited like the rest: table -> columns, by migration.
_ADDED_IN_5: dict[str, tuple[str, ...]] = {
    "talks": ("review_cadence", "review_start", "review_rule"),
    "commitments": ("superseded_by",),
}
_ADDED_IN_6: dict[str, tuple[str, ...]] = {
    "meetings": ("minutes_status", "circulated_on", "approved_on", "approved_at", "checksum"),
}
ADDED_COLUMNS: dict[str, tuple[str, ...]] = {
    table: _ADDED_IN_5.get(table, ()) + _ADDED_IN_6.get(table, ()) for table in {**_ADDED_IN_5, **_ADDED_IN_6}
}


@migrations()
def m005_follow_up(db: Database) -> None:
    """What following up commitments needs: the commitment that supersedes another, the talks' review
    cadence (the phrase, its first date and the recurrence rule derived from them), and the indexes
    that the commitments view's filters and the progress report read through."""
    db.execute("ALTER TABLE commitments ADD COLUMN superseded_by TEXT REFERENCES commitments(id) ON DELETE SET NULL")
    db.execute("ALTER TABLE talks ADD COLUMN review_cadence TEXT")
    db.execute("ALTER TABLE talks ADD COLUMN review_start TEXT")
    db.execute("ALTER TABLE talks ADD COLUMN review_rule TEXT")
    for table, more in _ADDED_IN_5.items():
        db.execute(f"DROP TRIGGER {table}_audit_update")
        db.execute(f"DROP TRIGGER {table}_audit_delete")
        for statement in audit_triggers(table, more)[1:]:
            db.execute(statement)
    db.execute("CREATE INDEX commitments_by_topic ON commitments (topic_id)")
    db.execute("CREATE INDEX commitments_by_successor ON commitments (superseded_by)")
    db.execute("CREATE INDEX updates_by_date ON progress_updates (commitment_id, date, position)")


# What approved minutes are: a meeting's own fields, its attendance, agenda and minutes (table -> the
# columns that make the record; a meeting's place among the talks' meetings is not part of it).
FROZEN: dict[str, tuple[str, ...]] = {
    "meetings": ("talks_id", "title", "body_id", "status", "start", "end", "place", "venue", "marking",
                 "minutes_status", "circulated_on", "approved_on", "approved_at", "checksum"),
    "attendance": ("meeting_id", "person_id", "role", "title", "position"),
    "agenda_items": ("meeting_id", "topic_id", "title", "notes", "position"),
    "minutes": ("meeting_id", "item_id", "kind", "party_id", "speaker_id", "text", "language", "at", "position"),
}
_FROZEN_KEYS = {"attendance": ("meeting_id", "person_id"), "agenda_items": ("id",), "minutes": ("id",)}
APPROVED_REFUSAL = "approved minutes cannot be changed"


def _approved(meeting: str) -> str:
    return f"(SELECT minutes_status FROM meetings WHERE id = {meeting}) = 'approved'"


def freeze_triggers() -> list[str]:
    """Triggers that refuse any change to approved minutes, whoever writes to the file: the store's
    own checks name the meeting first; these hold for every other path."""
    refuse = f"SELECT RAISE(ABORT, '{APPROVED_REFUSAL}');"
    out = []
    for table, columns in FROZEN.items():
        changed = " OR ".join(f"old.{_quoted(c)} IS NOT new.{_quoted(c)}" for c in columns)
        if table == "meetings":
            old_approved = new_approved = "old.minutes_status = 'approved'"
        else:
            old_approved, new_approved = _approved("old.meeting_id"), _approved("new.meeting_id")
            # An upsert fires this before it finds the row is there: then the update trigger judges it.
            key = " AND ".join(f"{c} = new.{c}" for c in _FROZEN_KEYS[table])
            out.append(f"CREATE TRIGGER {table}_approved_insert BEFORE INSERT ON {table}"
                       f" WHEN {new_approved} AND NOT EXISTS (SELECT 1 FROM {table} WHERE {key})"
                       f" BEGIN {refuse} END")
        out.append(f"CREATE TRIGGER {table}_approved_update BEFORE UPDATE ON {table}"
                   f" WHEN ({old_approved} OR {new_approved}) AND ({changed}) BEGIN {refuse} END")
        out.append(f"CREATE TRIGGER {table}_approved_delete BEFORE DELETE ON {table}"
                   f" WHEN {old_approved} BEGIN {refuse} END")
    out += [
        "CREATE TRIGGER corrigenda_only_approved BEFORE INSERT ON corrigenda"
        f" WHEN NOT {_approved('new.meeting_id')}"
        " BEGIN SELECT RAISE(ABORT, 'a corrigendum amends approved minutes only'); END",
        "CREATE TRIGGER corrigenda_never_changed BEFORE UPDATE ON corrigenda"
        " BEGIN SELECT RAISE(ABORT, 'a corrigendum is never changed: add another'); END",
    ]
    return out


# Where the audit rows of the first schema are shown (see AUDIT_PARENT), worked out from what they hold.
_PARENT_BACKFILL = [
    "UPDATE audit_log SET parent = record_id WHERE table_name IN"
    " ('talks', 'parties', 'people', 'bodies', 'topics', 'meetings', 'commitments', 'communiques')",
    "UPDATE audit_log SET parent = substr(record_id, 1, instr(record_id, '/') - 1) WHERE table_name IN"
    " ('attendance', 'commitment_owners', 'progress_updates', 'plan_of_action', 'signatories')",
    *(f"UPDATE audit_log SET parent = coalesce((SELECT {column} FROM {table} WHERE id = audit_log.record_id),"
      f" (SELECT json_extract(d.old, '$.{column}') FROM audit_log d WHERE d.record_id = audit_log.record_id"
      f" AND d.table_name = '{table}' AND d.action = 'delete' ORDER BY d.id DESC LIMIT 1))"
      f" WHERE table_name = '{table}'"  # a row since deleted: the parent its deletion's snapshot names
      for table, column in (("agenda_items", "meeting_id"), ("minutes", "meeting_id"),
                            ("paragraphs", "communique_id"))),
    # paragraph id '/' language: a language code is letters, digits and hyphens
    "UPDATE audit_log SET parent = (SELECT communique_id FROM paragraphs WHERE id = rtrim(rtrim(record_id,"
    " 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-'), '/')) WHERE table_name = 'paragraph_texts'",
]


@migrations()
def m006_approved_minutes(db: Database) -> None:
    """Minutes that are drafted, circulated and approved; approved minutes frozen, with a checksum of
    what was approved; corrigenda beside them; and an audit log that says who made each change and
    under which record it is shown."""
    db.execute("ALTER TABLE meetings ADD COLUMN minutes_status TEXT NOT NULL DEFAULT 'draft'"
               " CHECK (minutes_status IN ('draft', 'circulated', 'approved'))")
    db.execute("ALTER TABLE meetings ADD COLUMN circulated_on TEXT")   # local date
    db.execute("ALTER TABLE meetings ADD COLUMN approved_on TEXT")     # local date the delegations approved
    db.execute("ALTER TABLE meetings ADD COLUMN approved_at TEXT")     # UTC moment it was marked approved
    db.execute("ALTER TABLE meetings ADD COLUMN checksum TEXT")        # SHA-256 of the approved content
    db.execute("""
        CREATE TABLE corrigenda (
            id TEXT PRIMARY KEY,
            meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            entry_id TEXT REFERENCES minutes(id),   -- the entry it amends; none: the record as a whole
            date TEXT NOT NULL,
            reason TEXT NOT NULL,
            text TEXT NOT NULL,
            position INTEGER NOT NULL
        )""")
    db.execute("CREATE INDEX corrigenda_by_meeting ON corrigenda (meeting_id, position)")
    db.execute("CREATE INDEX corrigenda_by_entry ON corrigenda (entry_id)")
    db.execute("CREATE TABLE editor (id INTEGER PRIMARY KEY CHECK (id = 1), name TEXT)")
    db.execute("INSERT INTO editor (id, name) VALUES (1, NULL)")
    db.execute("ALTER TABLE audit_log ADD COLUMN who TEXT")
    db.execute("ALTER TABLE audit_log ADD COLUMN parent TEXT")
    for statement in _PARENT_BACKFILL:
        db.execute(statement)
    db.execute("CREATE INDEX audit_by_parent ON audit_log (parent, id)")
    for table in AUDITED:
        for kind in ("insert", "update", "delete"):
            db.execute(f"DROP TRIGGER IF EXISTS {table}_audit_{kind}")
        for statement in audit_triggers(table, ADDED_COLUMNS.get(table, ()), who=True):
            db.execute(statement)
    for statement in freeze_triggers():
        db.execute(statement)


def migrate(db: Database) -> None:
    """Apply pending migrations; the caller holds the write transaction."""
    migrations.apply(db)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
