"""Benchmarks of the progress report on the large generated record (20,000 commitments, 60,000 updates).

Run: `python -m tests.benchmarks.bench_report [--meetings 3000]` (offscreen Qt for the window part).

Each figure is printed with a ratio to a floor measured in the same run:

- the report, read from the record and printed, in a process of its own — target under 15 s, and its
  peak memory under 500 MB;
- its printing against a plain ReportLab LongTable of the same rows (number, wording, owners, due and
  window, status, last update, history; Paragraph cells, a repeated header row) built from the same
  material in the same kind of process — target <= 1x;
- the window while the report is made in a process of its own (from the moment its dialog is open): the longest
  event-loop stall against the idle loop's — target under 50 ms — and how often the progress bar moved.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[2]
TALKS = "talks-large"
AS_OF = "2015-06-30"

_REPORT = """
import datetime as dt, sys, time
from app.store.record import Record
from app.store.followup import progress_report
from app.documents.report import report_pdf
started = time.perf_counter()
with Record.open(sys.argv[1], read_only=True) as record:
    report = progress_report(record, sys.argv[2], dt.date.fromisoformat(sys.argv[3]))
read = time.perf_counter()
if sys.argv[4] == "accord":
    pdf = report_pdf(report)
else:
    from tests.benchmarks.bench_report import long_table_pdf
    pdf = long_table_pdf(report)
done = time.perf_counter()
open(sys.argv[5], "wb").write(pdf)
from tests.benchmarks.memory import peak_mb
print(read - started, done - read, peak_mb(), len(report.commitments))
"""


def long_table_pdf(report) -> bytes:
    """The naive build: every commitment a row of one LongTable, wrapped text in Paragraph cells."""
    import io
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, TableStyle

    from app.documents.fonts import register

    family = register()
    style = ParagraphStyle("cell", fontName=family, fontSize=9, leading=11.2)
    head = ParagraphStyle("head", parent=style, fontName=f"{family}-Bold")

    def cell(text: str) -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>"), style)

    rows = [[Paragraph(t, head) for t in ("No.", "Commitment", "Owners", "Due", "Status", "Last update", "History")]]
    number = 0
    for _topic, lines in report.by_topic():
        for line in lines:
            number += 1
            history = "\n".join(f"{u.date} {u.status or ''} "
                                f"{', '.join(f'{s} {v:+d}' for s, v in u.scores)}: {u.note}" for u in line.updates)
            rows.append([str(number), cell(line.text), cell(line.owners or "jointly"),
                         cell(f"{line.due_text or ''} ({line.earliest or ''} – {line.latest or ''})"),
                         line.status, str(line.last_update.date if line.last_update else ""), cell(history)])
    table = LongTable(rows, colWidths=[10 * mm, 50 * mm, 16 * mm, 26 * mm, 16 * mm, 18 * mm, 30 * mm], repeatRows=1)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), family),
                               ("FONTSIZE", (0, 0), (-1, -1), 9),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.4, "#999999")]))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=20 * mm,
                      bottomMargin=20 * mm).build([table])
    return buffer.getvalue()


def print_in_process(db: Path, kind: str, out: Path) -> dict[str, float]:
    result = subprocess.run([sys.executable, "-c", _REPORT, str(db), TALKS, AS_OF, kind, str(out)], cwd=ROOT,
                            check=True, capture_output=True, text=True).stdout.split()
    return {"read_s": float(result[0]), "print_s": float(result[1]), "peak_mb": float(result[2]),
            "commitments": int(result[3])}


def window_while_reporting(db: Path) -> dict[str, float]:
    """Open the report from the commitments view; the longest stall of the loop until the PDF is shown."""
    import datetime as dt

    import shiboken6
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app.store.record import Record
    from app.ui.main_window import MainWindow
    from tests.benchmarks.bench_window import longest_stall_ms

    app = QApplication.instance() or QApplication([])
    with Record.open(db) as record:
        window = MainWindow(record)
        window.resize(1200, 760)
        window.show()
        window.show_commitments(TALKS)
        app.processEvents()
        idle = longest_stall_ms(app, [lambda: None] * 40, 25)
        window.followup_panel.set_as_of(dt.date.fromisoformat(AS_OF))
        gaps, moves = [], []
        last = [time.perf_counter()]

        def tick() -> None:
            now = time.perf_counter()
            gaps.append(now - last[0])
            last[0] = now

        monitor = QTimer()
        monitor.setInterval(1)
        monitor.timeout.connect(tick)
        started = time.perf_counter()
        dialog = window.followup_panel.show_report()
        opened = time.perf_counter() - started  # the dialog and its PDF view, built on first use
        dialog.bar.valueChanged.connect(moves.append)
        loop = QEventLoop()
        done = QTimer()
        done.setInterval(20)
        done.timeout.connect(lambda: loop.quit() if dialog.pdf is not None or dialog.job is None else None)
        last[0] = time.perf_counter()
        monitor.start()
        done.start()
        loop.exec()
        monitor.stop()
        seconds = time.perf_counter() - started
        dialog.reject()
        window.close()
        shiboken6.delete(window)
    return {"idle_ms": idle, "stall_ms": max(gaps[1:]) * 1000, "window_report_s": seconds,
            "progress_moves": len(moves), "open_ms": opened * 1000}


def run(meetings: int) -> dict[str, float]:
    from tests.benchmarks.bench_window import build_record

    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        db = build_record(folder, meetings)
        accord = print_in_process(db, "accord", folder / "report.pdf")
        floor = print_in_process(db, "long-table", folder / "table.pdf")
        total = accord["read_s"] + accord["print_s"]
        ratio = accord["print_s"] / floor["print_s"]
        print(f"report of {accord['commitments']:,} commitments  {total:7.2f} s (read {accord['read_s']:.2f} s,"
              f" print {accord['print_s']:.2f} s)   target < 15 s")
        print(f"peak memory      {accord['peak_mb']:8.0f} MB   target < 500 MB")
        print(f"printing         {accord['print_s']:8.2f} s   plain LongTable {floor['print_s']:6.2f} s   "
              f"ratio {ratio:5.2f}x  (target <= 1x)")
        figures = window_while_reporting(db)
        print(f"window while the report is made  longest stall {figures['stall_ms']:6.1f} ms   idle loop "
              f"{figures['idle_ms']:5.1f} ms   ratio {figures['stall_ms'] / figures['idle_ms']:5.2f}x"
              f"  (target: stall < 50 ms)")
        print(f"                                 the dialog opened in {figures['open_ms']:.0f} ms; the progress bar"
              f" moved {figures['progress_moves']} times in {figures['window_report_s']:.1f} s")
        figures.update(report_s=total, print_s=accord["print_s"], floor_s=floor["print_s"], ratio=ratio,
                       peak_mb=accord["peak_mb"], commitments=accord["commitments"])
        return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=3000, help="size of the record (3000 = full size)")
    args = parser.parse_args()
    run(args.meetings)


if __name__ == "__main__":
    main()
