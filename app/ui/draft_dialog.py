"""Draft a communiqué from the record: up to which date, in which language or languages."""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from ..domain.communique import draft_languages
from ..store.communiques import draft_edit
from ..store.record import Record
from .dates import date_edit, from_qdate


class DraftDialog(QDialog):
    def __init__(self, record: Record, talks_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("draftDialog")
        self.record, self.talks_id = record, talks_id
        self.setWindowTitle(self.tr("Draft a communiqué from the record"))
        languages = json.loads(record.conn.execute("SELECT languages FROM talks WHERE id = ?",
                                                   (talks_id,)).fetchone()[0])
        known = draft_languages(languages)
        last = record.conn.execute("SELECT max(substr(start, 1, 10)) FROM meetings WHERE talks_id = ?"
                                   " AND status = 'held'", (talks_id,)).fetchone()[0]
        self.up_to = date_edit("draftUpTo", dt.date.fromisoformat(last) if last else None)
        self.up_to.setAccessibleName(self.tr("Meetings up to"))
        self.languages = QComboBox()
        self.languages.setObjectName("draftLanguages")
        self.languages.setAccessibleName(self.tr("Languages"))
        for language in known:
            self.languages.addItem(language, [language])
        if len(known) >= 2:
            self.languages.addItem(self.tr("%1 and %2, side by side").replace("%1", known[0]).replace("%2", known[1]),
                                   known[:2])
            self.languages.setCurrentIndex(self.languages.count() - 1)
        explanation = QLabel(self.tr("The draft recalls the meetings held up to this date, the topics of their "
                                     "agenda, what was agreed and decided, and lists the open public commitments "
                                     "as its plan of action."))
        explanation.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("draftButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(explanation)
        form.addRow(self.tr("Meetings up to"), self.up_to)
        form.addRow(self.tr("Languages"), self.languages)
        form.addRow(buttons)

    def chosen_date(self) -> dt.date:
        return from_qdate(self.up_to.date())

    def edit(self):
        edit = draft_edit(self.record, self.talks_id, self.chosen_date(), self.languages.currentData())
        edit.description = self.tr("Draft a communiqué from the record")
        return edit
