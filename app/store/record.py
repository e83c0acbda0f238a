"""Opening a record: one SQLite file holding the whole record of the talks.

A record is opened only once it has been shown, without writing to it, to be
an Accord record this version can read. A file that is missing, empty,
truncated, not SQLite, another application's database, or written by a newer
Accord is refused with one sentence and left byte for byte as it was.

While one Accord process has a record open for writing it holds a lock on a
small companion file (`NAME.lock`); a second process is refused, and may open
the record read-only instead. Writes happen in `BEGIN IMMEDIATE`
transactions on a WAL journal with `synchronous=FULL`, so a crash or a killed
process leaves every committed change and nothing of an unfinished one.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import struct
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

from functools import cached_property
from typing import TYPE_CHECKING

from . import identity
from .errors import NewerRecord, NotARecord, ReadOnlyRecord, RecordError, RecordInUse, RecordMissing
from .lock import FileLock, Held

if TYPE_CHECKING:
    from sqlite_utils import Database

_SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def _check_file(path: Path) -> None:
    """Refuse, by reading its first bytes only, a file that cannot be a sound SQLite database."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(100)
    except PermissionError as error:
        raise NotARecord(f"{path} cannot be read: permission denied") from error
    except IsADirectoryError as error:
        raise NotARecord(f"{path} is a folder, not an Accord record") from error
    if size == 0:
        raise NotARecord(f"{path} is an empty file, not an Accord record")
    if len(header) < 100 or not header.startswith(_SQLITE_MAGIC):
        raise NotARecord(f"{path} is not an Accord record (it is not a SQLite database)")
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    pages = struct.unpack(">I", header[28:32])[0]
    change_counter, valid_for = header[24:28], header[92:96]
    if change_counter == valid_for and pages and size < pages * page_size:
        raise NotARecord(f"{path} is damaged: the file is shorter than its own header says (truncated)")


def _uri(path: Path, mode: str) -> str:
    return f"file:{urllib.parse.quote(str(path.resolve()))}?mode={mode}"


def _inspect(path: Path) -> int:
    """Read the schema version of an existing record through a read-only connection."""
    try:
        conn = sqlite3.connect(_uri(path, "ro"), uri=True)
    except sqlite3.Error as error:
        raise NotARecord(f"{path} cannot be opened: {error}") from error
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as error:
        raise NotARecord(f"{path} is not an Accord record or is damaged ({error})") from error
    finally:
        conn.close()
    if app_id != identity.APPLICATION_ID:
        raise NotARecord(f"{path} is a SQLite database of another application, not an Accord record")
    if version > identity.SCHEMA_VERSION:
        raise NewerRecord(
            f"{path} was written by a newer version of Accord (record version {version}, "
            f"this Accord reads up to {identity.SCHEMA_VERSION}); update Accord to open it"
        )
    return version


def _lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


class Record:
    """An open record. Use `Record.open`; close it when done (or use `with`)."""

    def __init__(self, path: Path, conn: sqlite3.Connection, *, read_only: bool,
                 read_only_reason: str | None, lock: FileLock | None):
        self.path = path
        self.conn = conn
        self.read_only = read_only
        self.read_only_reason = read_only_reason
        self._lock = lock
        self.editor = _login_name()  # who the audit log names for this connection's changes
        self.closed = False
        self._names_editor = False  # the record has the table naming who writes (from version 6 on)

    @cached_property
    def db(self) -> Database:
        """The record through sqlite-utils (loaded on first use: the window's start does not need it)."""
        from sqlite_utils import Database

        return Database(self.conn)

    # -- opening ------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike, *, create: bool = False, read_only: bool = False) -> Record:
        """Open the record at `path`.

        `create` allows a missing file to become a new, empty record.
        `read_only` opens without taking the writer's lock; a record is also
        opened read-only when its file or folder cannot be written.
        Raises a `RecordError` subclass with a message for the user.
        """
        path = Path(path).expanduser()
        if not path.exists():
            if not create:
                raise RecordMissing(f"{path} does not exist")
            if read_only:
                raise RecordMissing(f"{path} does not exist and cannot be created read-only")
            return cls._create(path)
        _check_file(path)
        version = _inspect(path)
        if read_only:
            return cls._open_read_only(path, version, "it was opened read-only")
        reason = _unwritable_reason(path)
        if reason:
            return cls._open_read_only(path, version, reason)
        lock = _take_lock(path)
        if lock is None:
            return cls._open_read_only(path, version, "its folder does not allow a lock file")
        try:
            return cls._open_writable(path, version, lock)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _create(cls, path: Path) -> Record:
        if not path.parent.is_dir():
            raise RecordMissing(f"{path.parent} does not exist; cannot create {path.name} there")
        lock = _take_lock(path)
        if lock is None:
            raise ReadOnlyRecord(f"cannot create {path}: its folder is not writable")
        try:
            if path.exists():  # made by another process while we took the lock
                raise RecordInUse(f"{path} was created by another program just now; open it instead")
            return cls._open_writable(path, 0, lock)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _open_writable(cls, path: Path, version: int, lock: FileLock) -> Record:
        conn = sqlite3.connect(str(path), isolation_level=None)
        try:
            _configure(conn)
            conn.execute("PRAGMA journal_mode = WAL")
            record = cls(path, conn, read_only=False, read_only_reason=None, lock=lock)
            if version < identity.SCHEMA_VERSION:
                from . import schema

                with record.transaction():
                    schema.migrate(record.db)
            return record
        except sqlite3.Error as error:
            conn.close()
            raise RecordError(f"{path} could not be opened: {error}") from error

    @classmethod
    def _open_read_only(cls, path: Path, version: int, reason: str) -> Record:
        if version < identity.SCHEMA_VERSION:
            raise ReadOnlyRecord(
                f"{path} was written by an older Accord and must be upgraded, "
                f"which cannot be done because {reason}"
            )
        conn = sqlite3.connect(_uri(path, "ro"), uri=True, isolation_level=None)
        _configure(conn)
        conn.execute("PRAGMA query_only = ON")
        return cls(path, conn, read_only=True, read_only_reason=reason, lock=None)

    def reopen(self) -> Record:
        """A second connection to this record, for a worker thread of this process.

        It shares this process's lock, so it may write; its writes are
        serialised with the first connection's by SQLite.
        """
        if self.read_only:
            return Record._open_read_only(self.path, identity.SCHEMA_VERSION, self.read_only_reason or "")
        conn = sqlite3.connect(str(self.path), isolation_level=None)
        _configure(conn)
        return Record(self.path, conn, read_only=False, read_only_reason=None, lock=None)

    # -- use -------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (`BEGIN IMMEDIATE`): all of it is kept, or none of it."""
        if self.read_only:
            raise ReadOnlyRecord(f"{self.path} is open read-only: {self.read_only_reason}")
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            # Another connection may have named someone else since; one cheap statement keeps it right.
            if self._names_editor or _has_editor(self.conn):
                self._names_editor = True
                self.conn.execute("UPDATE editor SET name = ? WHERE name IS NOT ?", (self.editor, self.editor))
            yield self.conn
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    def close(self) -> None:
        self.closed = True
        try:
            self.conn.close()
        finally:
            if self._lock is not None:
                self._lock.release()
                self._lock = None

    def __enter__(self) -> Record:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _login_name() -> str | None:
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in the environment nor in the password database
        return None


def _has_editor(conn: sqlite3.Connection) -> bool:
    """Whether the record has the table naming who writes (not before its upgrade to version 6)."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'editor'").fetchone() is not None


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")


def _unwritable_reason(path: Path) -> str | None:
    if not os.access(path, os.W_OK):
        return "the file is read-only"
    if not os.access(path.parent, os.W_OK | os.X_OK):
        return "its folder is read-only"
    return None


def _take_lock(path: Path) -> FileLock | None:
    """The writer's lock on `path`, or None where the folder cannot hold a lock file."""
    lock = FileLock(_lock_path(path))
    try:
        lock.acquire()
    except Held as error:
        raise RecordInUse(
            f"{path} is in use by another Accord window or command; close it there, or open it read-only"
        ) from error
    except OSError:
        return None
    return lock
