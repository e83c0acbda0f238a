"""Setting the talks' review cadence in words, with the dates it gives shown as it is typed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from ..domain.cadence import Cadence, CadenceNotUnderstood, read_cadence
from ..store.edits import SetCadence
from .dates import date_edit, format_date, from_qdate


class CadenceDialog(QDialog):
    def __init__(self, current: Cadence | None, as_of: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("cadenceDialog")
        self.as_of = as_of
        self.text = QLineEdit(current.text if current else "")
        self.text.setObjectName("cadenceText")
        self.start = date_edit("cadenceStart", current.start if current else as_of)
        self.preview = QLabel()
        self.preview.setObjectName("cadencePreview")
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.labels = [QLabel(), QLabel()]
        form = QFormLayout(self)
        form.addRow(self.labels[0], self.text)
        form.addRow(self.labels[1], self.start)
        form.addRow(self.preview)
        form.addRow(self.buttons)
        self.text.textChanged.connect(self._show_dates)
        self.start.dateChanged.connect(self._show_dates)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Review cadence"))
        for label, widget, text in zip(self.labels, (self.text, self.start),
                                       (self.tr("Reviews take place"), self.tr("First review"))):
            label.setText(text)
            widget.setAccessibleName(text)
        self.text.setPlaceholderText(self.tr("every three months; the last Thursday of each quarter"))
        self._show_dates()

    def first_date(self) -> dt.date:
        return from_qdate(self.start.date())

    def cadence(self) -> Cadence | None:
        """The cadence as typed; None when the field is empty (no cadence). Raises CadenceNotUnderstood."""
        if not self.text.text().strip():
            return None
        return read_cadence(self.text.text(), self.first_date())

    def _show_dates(self, *_args) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            found = self.cadence()
        except CadenceNotUnderstood as error:
            self.preview.setText(str(error))
            ok.setEnabled(False)
            return
        ok.setEnabled(True)
        if found is None:
            self.preview.setText(self.tr("No regular review."))
            return
        dates = found.next_reviews(max(self.as_of, found.start), 6)
        self.preview.setText(self.tr("Next reviews: %1").replace("%1", ", ".join(format_date(d) for d in dates)))

    def edit(self, talks_id: str) -> SetCadence:
        return SetCadence(talks_id, self.text.text() or None, self.first_date().isoformat(),
                          description=self.tr("Set review cadence"))
