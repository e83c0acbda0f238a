"""Import, export and backup of a record."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from .. import atomic
from ..domain import records as r
from . import bundle as bundle_format
from .errors import BundleError, RecordError
from .record import Record
from .talks import check_ids, load_talks, save_talks, talks_ids


def import_talks(record: Record, talks: list[r.Talks]) -> None:
    """Write checked talks into the record in one transaction: all of them, or nothing."""
    with record.transaction():
        check_ids(record, talks)
        for item in talks:
            save_talks(record, item)


def import_bundle(record: Record, path: str | os.PathLike) -> list[r.Talks]:
    """Read, check and import a bundle file; returns the talks it held."""
    talks = bundle_format.load_bundle_file(path)
    try:
        import_talks(record, talks)
    except sqlite3.IntegrityError as error:  # a rule the bundle checks missed; still nothing is changed
        raise BundleError(f"{path} could not be imported: {error}") from error
    return talks


def export_bundle(record: Record, out: str | os.PathLike, talks_id: str | None = None,
                  *, exported_at: str | None = None) -> int:
    """Write the record's talks (or one talks) as a bundle; returns how many talks were written."""
    ids = talks_ids(record)
    if talks_id is not None:
        if talks_id not in ids:
            raise RecordError(f'the record holds no talks with id "{talks_id}"')
        ids = [talks_id]
    if exported_at is None:
        exported_at = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
    # One read transaction, so the bundle is a consistent snapshot while others write.
    record.conn.execute("BEGIN")
    try:
        talks = [load_talks(record, ident) for ident in ids]
    finally:
        record.conn.execute("COMMIT")
    text = bundle_format.dumps(bundle_format.bundle_of(talks, exported_at))
    try:
        atomic.write_bytes(out, text.encode("utf-8"))
    except OSError as error:
        raise RecordError(f"cannot write {out}: {error.strerror}") from error
    return len(talks)


def backup(record: Record, out: str | os.PathLike) -> None:
    """Copy the record with SQLite's online backup API into a file that opens on its own."""
    out = Path(out)
    if out.resolve() == record.path.resolve():
        raise RecordError(f"{out} is the record itself; choose another file for the backup")
    try:
        with atomic.replacing(out) as temporary:
            copy = sqlite3.connect(str(temporary))
            try:
                record.conn.backup(copy)
                copy.execute("PRAGMA journal_mode = DELETE")
                copy.commit()
            finally:
                copy.close()
    except OSError as error:
        raise RecordError(f"cannot write {out}: {error.strerror}") from error
