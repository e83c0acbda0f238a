"""Making the progress report in a process of its own, so that the window never waits for it.

A report on 20,000 commitments builds millions of Python objects. In a thread of the window's process,
the cycle collector's passes over them, and their release at the end, held the interpreter — and so the
window — for 100 to 300 ms at a time. In a process of its own the window only reads a progress queue,
and all that memory goes back to the system when the report is done. The child opens the record
read-only, prints the report and its preview into a temporary folder, and says how far it is.

This module imports no Qt: the child process imports it to run `_make`.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import queue
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

PREVIEW_PAGES = 200  # a longer report is previewed by its first pages; QtPdf reads a whole file at once


@dataclass(frozen=True)
class Printed:
    pdf: bytes                # the whole report, for saving and printing
    preview: bytes            # what the preview shows: the whole report, or its first pages
    pages: int


def first_pages(pdf: bytes, count: int) -> tuple[bytes, int]:
    """The first `count` pages of `pdf` as a PDF of their own (or `pdf` itself when it is no longer), and
    how many pages `pdf` has. The 5,560 pages of a report on 20,000 commitments took QtPdf 0.3 s to read
    on the window's thread; their first 200 take a few milliseconds."""
    import io

    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(io.BytesIO(pdf))
    pages = len(reader.pages)
    if pages <= count:
        return pdf, pages
    writer = PdfWriter()
    for page in reader.pages[:count]:
        writer.add_page(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue(), pages


def _make(path: str, talks_id: str, as_of: str, folder: str, preview_pages: int, told) -> None:
    """The child's work: print the report and its preview into `folder`, telling `told` how far it is,
    then ("done", pages) or ("failed", a sentence)."""
    try:
        from ..documents.report import report_pdf
        from ..store.followup import progress_report
        from ..store.record import Record

        with Record.open(path, read_only=True) as record:
            report = progress_report(record, talks_id, dt.date.fromisoformat(as_of))
        last = [-1]

        def progress(done: int, total: int) -> None:
            step = done * 200 // max(total, 1)  # a message per half per cent, not one per flowable
            if step != last[0]:
                last[0] = step
                told.put(("progress", done, total))

        pdf = report_pdf(report, progress=progress)
        preview, pages = first_pages(pdf, preview_pages)
        Path(folder, "report.pdf").write_bytes(pdf)
        Path(folder, "preview.pdf").write_bytes(preview)
        told.put(("done", pages))
    except Exception as error:  # a sentence for the window, never a traceback
        from ..store.errors import RecordError

        told.put(("failed", str(error) if isinstance(error, (RecordError, OSError)) else
                  f"{type(error).__name__}: {error}"))


class ReportProcess:
    """One report being made in a child process. `poll()` tells how it stands; `cancel()` ends it."""

    def __init__(self, path, talks_id: str, as_of: dt.date, preview_pages: int = PREVIEW_PAGES):
        context = multiprocessing.get_context("spawn")  # a fresh interpreter: no copy of the window
        self.folder = tempfile.mkdtemp(prefix="accord-report-")
        self.told = context.Queue()
        self.progress: tuple[int, int] = (0, 0)
        self.result: Printed | str | None = None   # the report, or a sentence saying why there is none
        self.process = context.Process(
            target=_make, args=(str(path), talks_id, as_of.isoformat(), self.folder, preview_pages, self.told),
            daemon=True)
        self.process.start()

    def poll(self) -> bool:
        """Read what the child said; True once it has ended, with `result` set."""
        while self.result is None:
            try:
                message = self.told.get_nowait()
            except queue.Empty:
                if not self.process.is_alive() and self.told.empty():
                    self._finish(f"the report could not be made (its process ended with {self.process.exitcode})")
                break
            if message[0] == "progress":
                self.progress = (message[1], message[2])
            elif message[0] == "done":
                folder = Path(self.folder)
                self._finish(Printed((folder / "report.pdf").read_bytes(), (folder / "preview.pdf").read_bytes(),
                                     message[1]))
            else:
                self._finish(message[1])
        return self.result is not None

    def _finish(self, result: Printed | str) -> None:
        # No join: the child, done, is still handing its memory back to the system (a tenth of a second
        # after a large report), and the window does not wait for that. multiprocessing reaps it later.
        self.result = result
        self._clean()

    def cancel(self) -> None:
        """End the child at once; it leaves nothing behind."""
        if self.result is None:
            self.process.terminate()
            self.process.join(timeout=5)
            self.result = "called off"
        self._clean()

    def _clean(self) -> None:
        self.told.close()
        shutil.rmtree(self.folder, ignore_errors=True)
