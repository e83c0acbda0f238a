import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.store import schema
from app.store.errors import NewerRecord, NotARecord, ReadOnlyRecord, RecordInUse, RecordMissing
from app.store.exchange import import_bundle
from app.store.record import Record
from app.store.queries import talks as list_talks

ROOT = Path(__file__).resolve().parents[2]


def snapshot(path: Path) -> bytes:
    return path.read_bytes()


def test_new_record_has_the_schema_and_safe_settings(record):
    """A new record is WAL, synchronous FULL, foreign keys on, at the current schema version."""
    conn = record.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    assert conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    applied = schema.migrations.applied(record.db)
    assert len(applied) == schema.SCHEMA_VERSION


def test_missing_path_is_refused_without_creating_it(tmp_path):
    """Opening a path that does not exist is an error, and nothing is created."""
    path = tmp_path / "nowhere.sqlite"
    with pytest.raises(RecordMissing, match="does not exist"):
        Record.open(path)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty file"),
        (b"this is a letter to the delegation, not a database" * 10, "not a SQLite database"),
        (b"SQLite format 3\x00" + b"\x00" * 10, "not a SQLite database"),
    ],
)
def test_files_that_are_not_records_are_refused_and_untouched(tmp_path, content, message):
    """Garbage, zero bytes and a cut header are refused with a sentence, byte for byte unchanged."""
    path = tmp_path / "bad.sqlite"
    path.write_bytes(content)
    with pytest.raises(NotARecord, match=message):
        Record.open(path)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.sqlite"]


def test_truncated_record_is_refused_and_untouched(tmp_path, sample_bundle):
    """A record cut short is refused as damaged, and left as it was."""
    path = tmp_path / "talks.sqlite"
    with Record.open(path, create=True) as record:
        import_bundle(record, sample_bundle)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    before = path.read_bytes()
    with pytest.raises(NotARecord, match="truncated"):
        Record.open(path)
    assert path.read_bytes() == before


def test_another_applications_database_is_refused_and_untouched(tmp_path):
    """A SQLite file that Accord did not make is not an Accord record."""
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.execute("INSERT INTO notes VALUES ('hello')")
    conn.commit()
    conn.close()
    before = snapshot(path)
    with pytest.raises(NotARecord, match="another application"):
        Record.open(path)
    assert snapshot(path) == before


def test_record_from_a_newer_accord_is_refused_and_untouched(record_path):
    """A record whose schema version is newer than this Accord is refused, not changed."""
    Record.open(record_path, create=True).close()
    conn = sqlite3.connect(record_path)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = snapshot(record_path)
    with pytest.raises(NewerRecord, match="newer version of Accord"):
        Record.open(record_path)
    assert snapshot(record_path) == before


def test_read_only_file_opens_read_only_and_says_so(record_path, sample_bundle, monkeypatch):
    """A file the user cannot write opens read-only, with the reason, and refuses writes."""
    with Record.open(record_path, create=True) as record:
        import_bundle(record, sample_bundle)
    os.chmod(record_path, 0o444)
    if os.access(record_path, os.W_OK):  # root may write anything: ask as an ordinary user would be answered
        real_access = os.access
        monkeypatch.setattr(os, "access", lambda p, mode: False if Path(p) == record_path and mode & os.W_OK
                            else real_access(p, mode))
    before = snapshot(record_path)
    try:
        with Record.open(record_path) as record:
            assert record.read_only
            assert record.read_only_reason == "the file is read-only"
            assert [t.id for t in list_talks(record)] == ["talks-us-mx-migration"]
            with pytest.raises(ReadOnlyRecord):
                with record.transaction():
                    pass
        assert snapshot(record_path) == before
    finally:
        os.chmod(record_path, 0o644)


def test_read_only_open_refuses_writes(record_path, sample_bundle):
    """A record opened read-only refuses every write, even raw SQL."""
    Record.open(record_path, create=True).close()
    with Record.open(record_path, read_only=True) as record:
        assert record.read_only
        with pytest.raises(ReadOnlyRecord):
            import_bundle(record, sample_bundle)
        with pytest.raises(sqlite3.OperationalError):
            record.conn.execute("INSERT INTO audit_log (at, table_name, record_id, action) VALUES ('', '', '', 'insert')")


def test_second_writer_in_this_process_is_refused(record):
    """While a record is open for writing, another open for writing is refused, naming the file."""
    with pytest.raises(RecordInUse, match=str(record.path)):
        Record.open(record.path)


def test_second_process_is_refused_and_may_read(record_path, sample_bundle):
    """Another Accord process cannot open the record for writing; it may open it read-only."""
    with Record.open(record_path, create=True) as record:
        import_bundle(record, sample_bundle)
        script = textwrap.dedent(f"""
            from app.store.record import Record
            from app.store.errors import RecordInUse
            from app.store.queries import talks as list_talks
            try:
                Record.open({str(record_path)!r})
            except RecordInUse as error:
                print("refused:", error)
            with Record.open({str(record_path)!r}, read_only=True) as reader:
                print("read:", [t.id for t in list_talks(reader)])
        """)
        result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert f"refused: {record_path} is in use" in result.stdout
    assert "read: ['talks-us-mx-migration']" in result.stdout


def test_lock_is_released_on_close(record_path):
    """Closing the record lets the next Accord open it."""
    Record.open(record_path, create=True).close()
    Record.open(record_path).close()


def test_transaction_is_all_or_nothing(record):
    """An error inside a transaction leaves nothing of it behind."""
    with pytest.raises(RuntimeError):
        with record.transaction() as db:
            db.execute("INSERT INTO talks (id, title, languages, position) VALUES ('t', 'T', '[\"en\"]', 0)")
            raise RuntimeError("boom")
    assert list(record.db["talks"].rows) == []


def test_foreign_keys_are_enforced(record):
    """A party of talks that do not exist is refused by the database itself."""
    with pytest.raises(sqlite3.IntegrityError):
        with record.transaction() as db:
            db.execute("INSERT INTO parties (id, talks_id, name, short, language, position)"
                       " VALUES ('p', 'nope', 'P', 'P', 'en', 0)")


def test_record_of_an_older_version_is_migrated_forward(record_path, sample_bundle):
    """A record written before the latest migration is brought up to date when opened, data intact."""
    from sqlite_utils import Database

    with Record.open(record_path, create=True) as record:
        import_bundle(record, sample_bundle)
    conn = sqlite3.connect(record_path)
    for name in ("minutes_by_item", "commitments_by_meeting", "people_by_party", "attendance_by_person",
                 "owners_by_party"):
        conn.execute(f"DROP INDEX {name}")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm002_indexes_for_references'")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with Record.open(record_path) as record:
        assert record.conn.execute("PRAGMA user_version").fetchone() == (schema.SCHEMA_VERSION,)
        assert "minutes_by_item" in {index.name for index in Database(record.conn)["minutes"].indexes}
        assert [t.id for t in list_talks(record)] == ["talks-us-mx-migration"]


def test_older_record_opened_read_only_is_refused_unchanged(record_path):
    """An older record that cannot be upgraded (read-only) is refused, not changed."""
    Record.open(record_path, create=True).close()
    conn = sqlite3.connect(record_path)
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    before = snapshot(record_path)
    with pytest.raises(ReadOnlyRecord, match="older Accord"):
        Record.open(record_path, read_only=True)
    assert snapshot(record_path) == before
