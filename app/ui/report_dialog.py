"""The progress report in the window: made in a worker with a progress bar, previewed, saved, printed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..store.record import Record
from .dates import date_edit, from_qdate
from .pdf_view import ask_for_printer, load_pdf, pdf_view, print_pdf, save_pdf
from .session import Session
from .workers import RecordJob


PREVIEW_PAGES = 200  # a longer report is previewed by its first pages; QtPdf reads a whole file at once


@dataclass(frozen=True)
class Printed:
    pdf: bytes                # the whole report, for saving and printing
    preview: bytes            # what the preview shows: the whole report, or its first pages
    pages: int


def report_job(talks_id: str, as_of: dt.date):
    """Read the talks as of the date and print the report, on the worker's own connection."""

    def job(record: Record, progress) -> Printed:
        from ..documents.report import report_pdf
        from ..store.followup import progress_report

        pdf = report_pdf(progress_report(record, talks_id, as_of), progress=progress)
        return Printed(pdf, *first_pages(pdf, PREVIEW_PAGES))

    return job


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


class ReportDialog(QDialog):
    def __init__(self, session: Session, pool, talks_id: str, as_of: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.session, self.pool, self.talks_id = session, pool, talks_id
        self.pdf: bytes | None = None
        self.job: RecordJob | None = None
        self._running: set[RecordJob] = set()
        self.as_of = date_edit("reportAsOf", as_of)
        self.as_of.dateChanged.connect(lambda _day: self.render())
        self.as_of_label = QLabel()
        self.as_of_label.setBuddy(self.as_of)
        self.bar = QProgressBar()
        self.bar.setObjectName("reportProgress")
        self.poll = QTimer(self, interval=100)
        self.poll.timeout.connect(self._show_progress)
        self.state = QLabel()
        self.state.setObjectName("reportState")
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveReportButton")
        self.save_button.clicked.connect(self.choose_pdf_file)
        self.print_button = QPushButton()
        self.print_button.setObjectName("printReportButton")
        self.print_button.clicked.connect(self.choose_printer)
        self.close_button = QPushButton()
        self.close_button.setObjectName("closeReportButton")
        self.close_button.clicked.connect(self.reject)
        self.preview, self.document = pdf_view("reportPreview", self)
        self._buffer = None
        top = QHBoxLayout()
        for widget in (self.as_of_label, self.as_of, self.bar, self.state):
            top.addWidget(widget)
        top.addStretch(1)
        for widget in (self.save_button, self.print_button, self.close_button):
            top.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.preview, 1)
        self.resize(900, 1000)
        self.retranslate()
        self._enable()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Progress report"))
        self.as_of_label.setText(self.tr("&As of"))
        self.as_of.setAccessibleName(self.tr("As of"))
        self.bar.setAccessibleName(self.tr("Progress of the report"))
        self.preview.setAccessibleName(self.tr("Preview of the report"))
        self.save_button.setText(self.tr("&Save PDF…"))
        self.print_button.setText(self.tr("&Print…"))
        self.close_button.setText(self.tr("&Close"))

    def day(self) -> dt.date:
        return from_qdate(self.as_of.date())

    def render(self) -> None:
        """Make the report in a worker; a report already under way for another date is called off."""
        if self.job is not None:
            self.job.cancel()
        self.pdf = None
        self._enable()
        self.bar.setRange(0, 0)
        self.bar.setVisible(True)
        self.state.setText(self.tr("Preparing the report…"))
        job = RecordJob(self.session.record, report_job(self.talks_id, self.day()), reports_progress=True)
        # Bound methods, so that a job ending after the dialog is gone reaches nothing.
        job.signals.finished.connect(self._done)
        job.signals.failed.connect(self._failed)
        for ended in (job.signals.finished, job.signals.failed, job.signals.cancelled):
            ended.connect(self._ended)
        self._running.add(job)  # held until it ends, even once called off
        self.job = job
        self.pool.start(job)
        self.poll.start()

    def _show_progress(self) -> None:
        if self.job is None:
            self.poll.stop()
            return
        done, total = self.job.progress
        if total:
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    def _current(self) -> bool:
        """True when the job that signalled is the one for the date now chosen."""
        return self.job is not None and self.sender() is self.job.signals

    def _ended(self, *_result) -> None:
        self._running = {job for job in self._running if job.signals is not self.sender()}

    def _done(self, printed: Printed) -> None:
        if not self._current():
            return
        self.job = None
        self.poll.stop()
        self.pdf = printed.pdf
        self._buffer = load_pdf(self.document, printed.preview, self)
        self.bar.setVisible(False)
        if self.document.pageCount() < printed.pages:
            self.state.setText(self.tr("%1 pages; the preview shows the first %2, Save PDF and Print take them all.")
                               .replace("%1", str(printed.pages)).replace("%2", str(self.document.pageCount())))
        elif printed.pages == 1:
            self.state.setText(self.tr("1 page"))
        else:
            self.state.setText(self.tr("%1 pages").replace("%1", str(printed.pages)))
        self._enable()

    def _failed(self, text: str) -> None:
        if self._current():
            self.job = None
            self.poll.stop()
            self.bar.setVisible(False)
            self.state.setText(text)
            self._enable()

    def _enable(self) -> None:
        self.save_button.setEnabled(self.pdf is not None)
        self.print_button.setEnabled(self.pdf is not None)

    def save_pdf(self, path) -> bool:
        return self.pdf is not None and save_pdf(self.session, path, lambda: self.pdf)

    def choose_pdf_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save PDF"), f"progress-report-{self.day()}.pdf",
                                              self.tr("PDF (*.pdf)"))
        if name:
            self.save_pdf(name)

    def choose_printer(self) -> None:
        printer = ask_for_printer(self)
        if printer is not None and self.pdf is not None:
            print_pdf(self.pdf, printer, self)

    def done(self, result: int) -> None:
        if self.job is not None:
            self.job.cancel()  # nobody will read it
        super().done(result)
