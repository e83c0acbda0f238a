import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.cli import main
from app.store.record import Record
from app.store.queries import talks as list_talks

from .conftest import SAMPLE

ROOT = Path(__file__).resolve().parents[1]


def run(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], capture_output=True, text=True,
                          timeout=120, cwd=ROOT)


def test_import_export_round_trip_through_the_command_line(tmp_path, sample_bundle):
    """`accord --db R import B` then `export` gives back the bundle."""
    db, out = tmp_path / "r.sqlite", tmp_path / "out.json"
    assert main(["--db", str(db), "import", str(sample_bundle)]) == 0
    assert main(["--db", str(db), "export", str(out)]) == 0
    data = json.loads(out.read_text("utf-8"))
    data.pop("exported_at")
    assert data == json.loads(SAMPLE.read_text("utf-8"))


def test_errors_are_one_line_on_stderr_with_exit_1(tmp_path):
    """A missing record is one 'error:' line and exit 1."""
    result = run("--db", tmp_path / "none.sqlite", "export", tmp_path / "o.json")
    assert result.returncode == 1
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1
    assert "does not exist" in result.stderr
    assert not (tmp_path / "none.sqlite").exists()


def test_bad_bundle_is_an_error_naming_the_record(tmp_path):
    """A bad bundle prints which record and field are wrong; the record stays empty."""
    data = json.loads(SAMPLE.read_text("utf-8"))
    data["talks"][0]["meetings"][0]["status"] = "postponed"
    bundle = tmp_path / "bad.json"
    bundle.write_text(json.dumps(data), encoding="utf-8")
    db = tmp_path / "r.sqlite"
    result = run("--db", db, "import", bundle)
    assert result.returncode == 1
    assert result.stderr.strip() == (
        'error: meeting "m-2001-02-16", field "status": "postponed" is not one of: planned, held, cancelled')
    with Record.open(db) as record:
        assert list_talks(record) == []


def test_usage_errors_exit_2(tmp_path):
    """Bad arguments exit 2."""
    assert run("frobnicate").returncode == 2
    assert run("--db", tmp_path / "r.sqlite", "export").returncode == 2


def test_not_a_record_is_refused_and_untouched(tmp_path):
    """The command line refuses a file that is not a record and leaves it as it was."""
    path = tmp_path / "notes.txt"
    path.write_text("minutes of the meeting", encoding="utf-8")
    result = run("--db", path, "import", SAMPLE)
    assert result.returncode == 1 and "not an Accord record" in result.stderr
    assert path.read_text(encoding="utf-8") == "minutes of the meeting"


def test_backup_opens_on_its_own_with_every_change(tmp_path, sample_bundle):
    """The backup is a record of its own holding every committed change, even while the record is open."""
    db, copy = tmp_path / "r.sqlite", tmp_path / "copy.sqlite"
    with Record.open(db, create=True) as record:
        from app.store.exchange import import_bundle

        import_bundle(record, sample_bundle)
        with record.transaction() as conn:
            conn.execute("UPDATE meetings SET venue = 'Blair House' WHERE id = 'm-2001-04-04'")
        assert main(["--db", str(db), "backup", str(copy)]) == 0  # while the record is open and locked
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("copy")) == ["copy.sqlite"]
    with Record.open(copy) as backup:
        assert [t.id for t in list_talks(backup)] == ["talks-us-mx-migration"]
        assert backup.conn.execute("SELECT venue FROM meetings WHERE id = 'm-2001-04-04'").fetchone() == (
            "Blair House",)
        assert backup.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_killed_import_leaves_the_record_as_it_was(tmp_path, sample_bundle):
    """An import killed with SIGKILL in the middle of writing leaves the record as before it began."""
    from tests.builders import write_large_bundle

    db = tmp_path / "r.sqlite"
    with Record.open(db, create=True) as record:
        from app.store.exchange import import_bundle

        import_bundle(record, sample_bundle)
    big = tmp_path / "big.json"
    write_large_bundle(big, meetings=300, seed=7)
    wal = Path(str(db) + "-wal")
    before_size = wal.stat().st_size if wal.exists() else 0
    process = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--db", str(db), "import", str(big)],
                               cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if wal.exists() and wal.stat().st_size > before_size + 64 * 1024:
            break  # the import's transaction is writing
        time.sleep(0.002)
    assert process.poll() is None, "the import ended before it could be killed"
    process.send_signal(signal.SIGKILL)
    process.wait()
    with Record.open(db) as record:
        assert [t.id for t in list_talks(record)] == ["talks-us-mx-migration"]
        assert record.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert record.db["meetings"].count == 7


def test_layers_below_the_window_do_not_import_qt():
    """app/domain, app/store, app/documents and the command line load without PySide6."""
    code = ("import sys, app.cli, app.store.exchange, app.store.search, app.domain.due; "
            "print([m for m in sys.modules if m.startswith('PySide6')])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.stdout.strip() == "[]", result.stderr
    for folder in ("domain", "store", "documents"):
        for source in (ROOT / "app" / folder).rglob("*.py"):
            assert "PySide6" not in source.read_text("utf-8"), source


def test_default_record_lives_in_the_user_data_folder(tmp_path, monkeypatch, sample_bundle):
    """Without --db, import creates the record in the user data folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    if sys.platform != "linux":
        pytest.skip("the data folder is set through XDG_DATA_HOME on Linux only")
    assert main(["import", str(sample_bundle)]) == 0
    assert (tmp_path / "data" / "Accord" / "accord.sqlite").exists()
