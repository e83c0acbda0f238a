"""A new meeting, with the agenda its body's last meeting left open carried over."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ..store import queries
from ..store.edits import Edit, Insert, Together
from ..store.record import Record

REVIEW_ITEM = "Review of commitments"


def utc_offsets() -> list[str]:
    offsets = []
    for quarter in range(-12 * 4, 14 * 4 + 1, 2):
        minutes = quarter * 15
        sign = "+" if minutes >= 0 else "-"
        offsets.append(f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}")
    return offsets


def local_offset(now: dt.datetime | None = None) -> str:
    now = now or dt.datetime.now().astimezone()
    seconds = int(now.utcoffset().total_seconds())
    sign = "+" if seconds >= 0 else "-"
    return f"{sign}{abs(seconds) // 3600:02d}:{abs(seconds) % 3600 // 60:02d}"


class NewMeetingDialog(QDialog):
    def __init__(self, record: Record, talks_id: str, body_id: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("newMeetingDialog")
        self.record = record
        self.talks_id = talks_id
        self.title = QLineEdit()
        self.title.setObjectName("newMeetingTitle")
        self.body = QComboBox()
        self.body.setObjectName("newMeetingBody")
        self.body.addItem("—", None)
        for body in queries.named(record, "bodies", talks_id):
            self.body.addItem(body.name, body.id)
        self.body.setCurrentIndex(max(self.body.findData(body_id), 0))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setObjectName("newMeetingDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.timed = QCheckBox()
        self.timed.setObjectName("newMeetingTimed")
        self.time = QTimeEdit(QTime(10, 0))
        self.time.setObjectName("newMeetingTime")
        self.time.setDisplayFormat("HH:mm")
        self.offset = QComboBox()
        self.offset.setObjectName("newMeetingOffset")
        self.offset.addItems(utc_offsets())
        self.offset.setCurrentText(local_offset())
        self.place = QLineEdit()
        self.place.setObjectName("newMeetingPlace")
        self.venue = QLineEdit()
        self.venue.setObjectName("newMeetingVenue")
        self.carry_label = QLabel()
        self.carry_label.setTextFormat(Qt.TextFormat.PlainText)
        self.carry_label.setWordWrap(True)
        self.carry_box = QWidget()
        self.carry_layout = QVBoxLayout(self.carry_box)
        self.carry_layout.setContentsMargins(0, 0, 0, 0)
        self.carry_items: list[tuple[QCheckBox, str, str | None]] = []
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        self.form = form
        for widget in (self.title, self.body, self.date, self.timed, self.time, self.offset, self.place, self.venue):
            form.addRow(QLabel(), widget)
        form.addRow(self.carry_label)
        form.addRow(self.carry_box)
        form.addRow(self.buttons)
        self.timed.toggled.connect(self.time.setEnabled)
        self.timed.toggled.connect(self.offset.setEnabled)
        self.timed.setChecked(False)
        self.time.setEnabled(False)
        self.offset.setEnabled(False)
        self.body.currentIndexChanged.connect(self.offer_carry_over)
        self.date.dateChanged.connect(self.offer_carry_over)
        self.retranslate()
        self.offer_carry_over()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New meeting"))
        labels = (self.tr("Title"), self.tr("Body"), self.tr("Date"), self.tr("Time"), self.tr("Local time"),
                  self.tr("UTC offset"), self.tr("Place"), self.tr("Venue"))
        for row, text in enumerate(labels):
            label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            label.setText(text)
            self.form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget().setAccessibleName(text)
        self.timed.setText(self.tr("The meeting has a set time"))

    def start(self) -> str:
        day = self.date.date().toString("yyyy-MM-dd")
        if not self.timed.isChecked():
            return day
        return f"{day}T{self.time.time().toString('HH:mm')}:00{self.offset.currentText()}"

    def offer_carry_over(self) -> None:
        for box, _title, _topic in self.carry_items:
            box.deleteLater()
        self.carry_items = []
        body = self.body.currentData()
        if body is None:
            self.carry_label.setText("")
            return
        offer = queries.carry_over(self.record, body, self.start())
        candidates = list(offer.items)
        if offer.open_commitments:
            candidates.append((REVIEW_ITEM, None))
        if not candidates:
            self.carry_label.setText(self.tr("The body's last meeting left nothing open to carry over."))
            return
        self.carry_label.setText(self.tr("Carry over to the new agenda:"))
        for title, topic in candidates:
            box = QCheckBox(title if title != REVIEW_ITEM else self.tr("Review of commitments"))
            box.setChecked(True)
            self.carry_layout.addWidget(box)
            self.carry_items.append((box, box.text(), topic))

    def edit(self) -> Edit:
        meeting = Insert("meetings", {
            "talks_id": self.talks_id, "title": self.title.text() or self.tr("New meeting"),
            "body_id": self.body.currentData(), "status": "planned", "start": self.start(),
            "place": self.place.text() or None, "venue": self.venue.text() or None,
        })
        items = [Insert("agenda_items", {"meeting_id": meeting.key["id"], "title": title, "topic_id": topic})
                 for box, title, topic in self.carry_items if box.isChecked()]
        return Together([meeting, *items], description=self.tr("New meeting"))
