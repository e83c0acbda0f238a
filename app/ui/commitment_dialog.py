"""Turn a minute entry into a commitment in one step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ..domain.dates import moment_date
from ..domain.due import DueWindow, day_first_for, derive_window
from ..store import queries
from ..store.edits import Edit, Insert, Together
from ..store.record import Record
from .dates import format_window


class CommitmentDialog(QDialog):
    """Owners (parties, or all jointly), the office that acts, and the due text with its window, live."""

    def __init__(self, record: Record, entry: queries.EntryContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("commitmentDialog")
        self.entry = entry
        self.made = moment_date(entry.meeting_start)
        self.day_first = day_first_for(entry.language)
        self.text = QPlainTextEdit(entry.text)
        self.text.setObjectName("commitmentText")
        self.text.setTabChangesFocus(True)
        self.jointly = QCheckBox()
        self.jointly.setObjectName("commitmentJointly")
        self.jointly.setChecked(True)
        self.owner_boxes: dict[str, QCheckBox] = {}
        owners = QWidget()
        owners_layout = QHBoxLayout(owners)
        owners_layout.setContentsMargins(0, 0, 0, 0)
        owners_layout.addWidget(self.jointly)
        for party in queries.parties(record, entry.talks_id):
            box = QCheckBox(party.name)
            box.setObjectName(f"owner-{party.id}")
            box.toggled.connect(self._owners_changed)
            self.owner_boxes[party.id] = box
            owners_layout.addWidget(box)
        self.jointly.toggled.connect(self._jointly_changed)
        self.assignee = QLineEdit()
        self.assignee.setObjectName("commitmentAssignee")
        self.due = QLineEdit()
        self.due.setObjectName("commitmentDue")
        self.window_label = QLabel()
        self.window_label.setObjectName("commitmentWindow")
        self.window_label.setTextFormat(Qt.TextFormat.PlainText)
        self.due.textChanged.connect(self._due_changed)
        self.public = QCheckBox()
        self.public.setObjectName("commitmentPublic")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout(self)
        self.form.addRow("", self.text)
        self.form.addRow("", owners)
        self.form.addRow("", self.assignee)
        self.form.addRow("", self.due)
        self.form.addRow("", self.window_label)
        self.form.addRow("", self.public)
        self.form.addRow(self.buttons)
        self.retranslate()
        self._due_changed("")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Make a commitment"))
        labels = (self.tr("What was promised"), self.tr("Owners"), self.tr("Office that acts"),
                  self.tr("Due"), self.tr("Window"), "")
        for row, text in enumerate(labels):
            label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if label is not None and label.widget() is not None:
                label.widget().setText(text)
        self.jointly.setText(self.tr("All parties jointly"))
        self.assignee.setPlaceholderText(self.tr("e.g. border authorities"))
        self.due.setPlaceholderText(self.tr('e.g. "in the next several weeks", "by September"'))
        self.public.setText(self.tr("Public: may stand in a communiqué's plan of action"))
        for widget, name in ((self.text, self.tr("What was promised")), (self.assignee, self.tr("Office that acts")),
                             (self.due, self.tr("Due")), (self.jointly, self.tr("All parties jointly")),
                             (self.public, self.tr("Public"))):
            widget.setAccessibleName(name)

    def _jointly_changed(self, jointly: bool) -> None:
        if jointly:
            for box in self.owner_boxes.values():
                box.setChecked(False)

    def _owners_changed(self) -> None:
        self.jointly.setChecked(not self.owners())

    def owners(self) -> list[str]:
        return [party for party, box in self.owner_boxes.items() if box.isChecked()]

    def window(self) -> DueWindow:
        return derive_window(self.due.text(), self.made, day_first=self.day_first)

    def _due_changed(self, text: str) -> None:
        if not text.strip():
            self.window_label.setText(self.tr("No due date"))
            self.window_label.setStyleSheet("")
            return
        window = self.window()
        if not window.understood:
            self.window_label.setText(self.tr("Accord cannot read this date; it will be kept as written, "
                                              "without a window"))
            self.window_label.setStyleSheet("color: #a33;")
            return
        self.window_label.setStyleSheet("")
        described = format_window(window.earliest, window.latest) or self.tr("no fixed window")
        if window.reading:
            described += "  " + self.tr("(read as %1)").replace("%1", window.reading)
        self.window_label.setText("→ " + described)

    def edit(self) -> Edit:
        """The commitment and its owners, as one undoable edit."""
        window = self.window() if self.due.text().strip() else DueWindow()
        commitment = Insert("commitments", {
            "talks_id": self.entry.talks_id, "text": self.text.toPlainText(), "assignee": self.assignee.text(),
            "meeting_id": self.entry.meeting_id, "topic_id": self.entry.topic_id,
            "due_text": self.due.text() or None,
            "due_earliest": window.earliest.isoformat() if window.earliest else None,
            "due_latest": window.latest.isoformat() if window.latest else None,
            "status": "not_started", "public": self.public.isChecked(),
        })
        owners = [Insert("commitment_owners", {"commitment_id": commitment.key["id"], "party_id": party})
                  for party in self.owners()]
        return Together([commitment, *owners], description=self.tr("Make commitment"))
