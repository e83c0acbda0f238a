"""Recording progress on a commitment: the date, perhaps a new status, a note, and each owner's score."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from ..domain.followup import UpdateRefused, check_update
from ..domain.vocabulary import COMMITMENT_STATUSES
from ..store import followup
from ..store.edits import RecordProgress
from ..store.record import Record
from .dates import date_edit, from_qdate
from .names import name_of


class ProgressDialog(QDialog):
    def __init__(self, record: Record, commitment_id: str, day: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("progressDialog")
        self.record = record
        self.commitment = followup.commitment(record, commitment_id)
        self.wording = QLabel(self.commitment.text)
        self.wording.setTextFormat(Qt.TextFormat.PlainText)
        self.wording.setWordWrap(True)
        self.current = QLabel()
        self.date = date_edit("progressDate", day)
        self.status = QComboBox()
        self.status.setObjectName("progressStatus")
        self.status.addItem("", None)
        for status in COMMITMENT_STATUSES:
            self.status.addItem(name_of(status), status)
        self.successor = QComboBox()
        self.successor.setObjectName("progressSuccessor")
        self.successor.addItem("—", None)
        self._successors_read = False
        self.note = QPlainTextEdit()
        self.note.setObjectName("progressNote")
        self.note.setTabChangesFocus(True)
        self.scores: dict[str, QComboBox] = {}
        self._short = dict(self.commitment.owners)
        for party, _short in self.commitment.owners:
            box = QComboBox()
            box.setObjectName(f"progressScore-{party}")
            for value in (None, 1, 0, -1):
                box.addItem("", value)
            box.currentIndexChanged.connect(self._check)
            self.scores[party] = box
        self.problem = QLabel()
        self.problem.setObjectName("progressProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a33")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        self.form = form
        form.addRow(self.wording)
        form.addRow(self.current)
        self.labels = [QLabel() for _ in range(4)]
        for label, widget in zip(self.labels, (self.date, self.status, self.successor, self.note)):
            form.addRow(label, widget)
        self.score_labels = {party: QLabel() for party in self.scores}
        for party, box in self.scores.items():
            form.addRow(self.score_labels[party], box)
        form.addRow(self.problem)
        form.addRow(self.buttons)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.successor.currentIndexChanged.connect(self._check)
        self.note.textChanged.connect(self._check)
        self.retranslate()
        self._status_changed()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Record progress"))
        self.current.setText(self.tr("Status now: %1").replace("%1", name_of(self.commitment.status)))
        texts = (self.tr("Date"), self.tr("New status"), self.tr("Superseded by"), self.tr("Note"))
        for label, widget, text in zip(self.labels, (self.date, self.status, self.successor, self.note), texts):
            label.setText(text)
            widget.setAccessibleName(text)
        self.status.setItemText(0, self.tr("(unchanged)"))
        for party, box in self.scores.items():
            text = self.tr("Score of %1").replace("%1", self._short[party])
            self.score_labels[party].setText(text)
            box.setAccessibleName(text)
            for index, words in enumerate((self.tr("not scored"), self.tr("+1 full compliance"),
                                           self.tr("0 partial compliance"), self.tr("-1 no compliance"))):
                box.setItemText(index, words)
        self._check()

    def _status_changed(self) -> None:
        superseded = self.status.currentData() == "superseded"
        if superseded and not self._successors_read:  # read the talks' commitments only when needed
            self._successors_read = True
            for ident, text in followup.successors(self.record, self.commitment.id):
                self.successor.addItem(text if len(text) <= 120 else text[:119] + "…", ident)
                self.successor.setItemData(self.successor.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        self.successor.setEnabled(superseded)
        if not superseded:
            self.successor.setCurrentIndex(0)
        self._check()

    def chosen_scores(self) -> dict[str, int]:
        return {party: box.currentData() for party, box in self.scores.items() if box.currentData() is not None}

    def problem_text(self) -> str:
        """Why the update cannot be recorded as it stands, or ''."""
        status = self.status.currentData()
        try:
            check_update(self.commitment.status, status, self.note.toPlainText(), self.successor.currentData(),
                         self.chosen_scores())
        except UpdateRefused as refusal:
            return str(refusal)
        if status is None and not self.note.toPlainText().strip() and not self.chosen_scores():
            return self.tr("Give a new status, a note or a score.")
        return ""

    def _check(self, *_args) -> None:
        problem = self.problem_text()
        self.problem.setText(problem[:1].upper() + problem[1:])  # the store's reasons read as sentences here
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def accept(self) -> None:
        if self.problem_text():
            return
        super().accept()

    def edit(self) -> RecordProgress:
        return RecordProgress(self.commitment.id, from_qdate(self.date.date()).isoformat(), self.note.toPlainText(),
                              status=self.status.currentData(), scores=self.chosen_scores(),
                              superseded_by=self.successor.currentData(),
                              description=self.tr("Record progress"))
