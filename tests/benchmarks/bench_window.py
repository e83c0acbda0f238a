"""Benchmarks of the desktop window on the large generated record.

Run: `python -m tests.benchmarks.bench_window [--meetings 3000]` (offscreen Qt).

Each figure is printed with a ratio to a floor measured in the same run:

- start-up: from a fresh process to the main window shown on the large record
  and its event loop turning, against a bare PySide6 window with one table
  view started the same way — target <= 2x;
- the longest event-loop stall while typing a search, and while scrolling the
  whole minutes list of a long meeting (20,000 entries), against the longest
  gap of the idle loop — target under 50 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[2]
LONG_MEETING_ENTRIES = 20_000

_START = """
import time
started = time.perf_counter()
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
if sys.argv[1] == "bare":
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QMainWindow, QTableView
    window = QMainWindow()
    view = QTableView()
    view.setModel(QStandardItemModel(100, 4))
    window.setCentralWidget(view)
else:
    import importlib
    importlib.import_module("app.cli")  # the program starts through its command line
    from app.store.record import Record
    from app.ui.main_window import MainWindow
    record = Record.open(sys.argv[2])
    window = MainWindow(record)
window.resize(1200, 760)
window.show()

def shown():
    print(time.perf_counter() - started)
    app.quit()

QTimer.singleShot(0, shown)
app.exec()
"""


def start_seconds(kind: str, db: Path, runs: int) -> float:
    """Median seconds from a new process to its window shown with the event loop turning.

    Accord's modules are compiled first, as an installed program's are (and as Python leaves them
    after a first start), so that the figure is a user's every-day start, not the very first one.
    """
    import compileall

    compileall.compile_dir(ROOT / "app", quiet=1)
    times = []
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(db.parent / "config"))
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", _START, kind, str(db)], cwd=ROOT, env=env, check=True,
                             capture_output=True, text=True).stdout
        times.append(float(out.split()[-1]))
    return statistics.median(times)


def build_record(folder: Path, meetings: int) -> Path:
    from app.store.exchange import import_bundle
    from app.store.record import Record
    from tests.builders import write_large_bundle

    bundle = write_large_bundle(folder / "large.json", meetings=meetings)
    db = folder / "large.sqlite"
    with Record.open(db, create=True) as record:
        import_bundle(record, bundle)
        with record.transaction():  # one long meeting: a day of talks minuted line by line
            record.conn.executemany(
                "INSERT INTO minutes (id, meeting_id, item_id, kind, text, position) VALUES (?, 'm-0', 'a-0-0',"
                " 'discussion', ?, ?)",
                [(f"long-{i}", f"Entry {i} on border safety and seasonal workers.", 100 + i)
                 for i in range(LONG_MEETING_ENTRIES)])
    return db


def longest_stall_ms(app, steps, pause_ms: int) -> float:
    """Run `steps` one per `pause_ms` in the event loop; the longest gap between 1 ms ticks, in ms."""
    from PySide6.QtCore import QEventLoop, QTimer

    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    loop = QEventLoop()
    pending = list(steps)

    def next_step() -> None:
        if not pending:
            QTimer.singleShot(300, loop.quit)  # let a debounced search run
            return
        pending.pop(0)()
        QTimer.singleShot(pause_ms, next_step)

    monitor = QTimer()
    monitor.setInterval(1)
    monitor.timeout.connect(tick)
    monitor.start()
    last[0] = time.perf_counter()
    QTimer.singleShot(pause_ms, next_step)
    loop.exec()
    monitor.stop()
    return max(gaps[1:]) * 1000


def stalls(db: Path) -> dict[str, float]:
    import shiboken6
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.store.record import Record
    from app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    with Record.open(db) as record:
        window = MainWindow(record)
        window.resize(1200, 760)
        window.show()
        app.processEvents()
        idle = longest_stall_ms(app, [lambda: None] * 40, 25)

        window.show_find()
        query = window.find_panel.query
        typing = longest_stall_ms(app, [lambda ch=ch: QTest.keyClick(query, ch) for ch in "border safety workers"], 40)

        window.show_meeting("m-0")
        app.processEvents()
        view = window.meeting_view.minutes_view
        bar = view.verticalScrollBar()
        steps = [lambda v=v: bar.setValue(v) for v in range(0, bar.maximum() + 1, max(1, bar.maximum() // 200))]
        steps.append(lambda: view.scrollToBottom())
        steps.append(lambda: QTest.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier))
        scrolling = longest_stall_ms(app, steps, 10)
        pages = window.meeting_view.minutes_model.pages_read
        rows = window.meeting_view.minutes_model.rowCount()
        window.close()
        shiboken6.delete(window)  # gone before its record closes, so no later event reaches it
    return {"idle_ms": idle, "typing_ms": typing, "scrolling_ms": scrolling, "pages_read": pages, "rows": rows}


def run(meetings: int, runs: int = 5) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        db = build_record(folder, meetings)
        bare = start_seconds("bare", db, runs)
        accord = start_seconds("accord", db, runs)
        print(f"start-up         {accord * 1000:8.0f} ms   bare window {bare * 1000:6.0f} ms   "
              f"ratio {accord / bare:5.2f}x  (target <= 2x)")
        figures = stalls(db)
        idle = figures["idle_ms"]
        print(f"typing a search  {figures['typing_ms']:8.1f} ms   idle loop {idle:6.1f} ms   "
              f"ratio {figures['typing_ms'] / idle:5.2f}x  (target: longest stall < 50 ms)")
        print(f"scrolling        {figures['scrolling_ms']:8.1f} ms   idle loop {idle:6.1f} ms   "
              f"ratio {figures['scrolling_ms'] / idle:5.2f}x  (target: longest stall < 50 ms)")
        print(f"minutes pages read while scrolling {figures['rows']:,} entries: {figures['pages_read']}")
        figures.update(start_s=accord, bare_s=bare, start_ratio=accord / bare)
        return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=3000, help="size of the record (3000 = full size)")
    parser.add_argument("--runs", type=int, default=5, help="start-ups measured for each median")
    args = parser.parse_args()
    run(args.meetings, args.runs)


if __name__ == "__main__":
    main()
