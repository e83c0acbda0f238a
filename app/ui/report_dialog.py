"""The progress report in the window: made in a worker with a progress bar, previewed, saved, printed."""

from __future__ import annotations

import datetime as dt

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

from .dates import date_edit, from_qdate
from .pdf_view import ask_for_printer, load_pdf, pdf_view, print_pdf, save_pdf
from .report_process import PREVIEW_PAGES, Printed, ReportProcess
from .session import Session


class ReportDialog(QDialog):
    def __init__(self, session: Session, talks_id: str, as_of: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.session, self.talks_id = session, talks_id
        self.pdf: bytes | None = None
        self.job: ReportProcess | None = None
        self.as_of = date_edit("reportAsOf", as_of)
        self.as_of.dateChanged.connect(lambda _day: self.render())
        self.as_of_label = QLabel()
        self.as_of_label.setBuddy(self.as_of)
        self.bar = QProgressBar()
        self.bar.setObjectName("reportProgress")
        self.poll = QTimer(self, interval=100)
        self.poll.timeout.connect(self._check)
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
        """Make the report in a process of its own; one under way for another date is called off."""
        if self.job is not None:
            self.job.cancel()
        self.pdf = None
        self._enable()
        self.bar.setRange(0, 0)
        self.bar.setVisible(True)
        self.state.setText(self.tr("Preparing the report…"))
        self.job = ReportProcess(self.session.record.path, self.talks_id, self.day(), PREVIEW_PAGES)
        self.poll.start()

    def _check(self) -> None:
        """Show how far the report is; once it is done, show it."""
        job = self.job
        if job is None:
            self.poll.stop()
            return
        ended = job.poll()
        done, total = job.progress
        if total:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
        if not ended:
            return
        self.job = None
        self.poll.stop()
        self.bar.setVisible(False)
        if isinstance(job.result, str):
            self.state.setText(job.result)
        else:
            self._show(job.result)
        self._enable()

    def _show(self, printed: Printed) -> None:
        self.pdf = printed.pdf
        self._buffer = load_pdf(self.document, printed.preview, self)
        if self.document.pageCount() < printed.pages:
            self.state.setText(self.tr("%1 pages; the preview shows the first %2, Save PDF and Print take them all.")
                               .replace("%1", str(printed.pages)).replace("%2", str(self.document.pageCount())))
        elif printed.pages == 1:
            self.state.setText(self.tr("1 page"))
        else:
            self.state.setText(self.tr("%1 pages").replace("%1", str(printed.pages)))

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
            self.job = None
        super().done(result)
