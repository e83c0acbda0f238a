"""A new meeting, with the agenda its body's last meeting left open carried over."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain.cadence import is_review_day
from ..store import followup, queries
from ..store.edits import Edit, Insert, Together
from ..store.record import Record
from .dates import date_edit, from_qdate
from .names import name_of

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
    """A new meeting. On one of the talks' review dates (or when asked), its agenda is the commitments
    still open on that day, one item each."""

    def __init__(self, record: Record, talks_id: str, body_id: str | None = None, parent: QWidget | None = None,
                 review_day: dt.date | None = None):
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
        self.date = date_edit("newMeetingDate", review_day)
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
        self.review = QCheckBox()
        self.review.setObjectName("newMeetingReview")
        self.cadence = followup.cadence(record, talks_id)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        self.form = form
        for widget in (self.title, self.body, self.date, self.timed, self.time, self.offset, self.place, self.venue):
            form.addRow(QLabel(), widget)
        form.addRow(self.carry_label)
        form.addRow(self.carry_box)
        form.addRow(self.review)
        form.addRow(self.buttons)
        self.timed.toggled.connect(self.time.setEnabled)
        self.timed.toggled.connect(self.offset.setEnabled)
        self.timed.setChecked(False)
        self.time.setEnabled(False)
        self.offset.setEnabled(False)
        self.body.currentIndexChanged.connect(self.offer_carry_over)
        self.date.dateChanged.connect(self.offer_carry_over)
        self.date.dateChanged.connect(self.offer_review)
        self.retranslate()
        if review_day is not None:
            self.title.setText(self.tr("Review of commitments"))
        self.offer_carry_over()
        self.offer_review()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New meeting"))
        labels = (self.tr("Title"), self.tr("Body"), self.tr("Date"), self.tr("Time"), self.tr("Local time"),
                  self.tr("UTC offset"), self.tr("Place"), self.tr("Venue"))
        for row, text in enumerate(labels):
            label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            label.setText(text)
            self.form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget().setAccessibleName(text)
        self.timed.setText(self.tr("The meeting has a set time"))
        self.offer_review()

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

    def day(self) -> dt.date:
        return from_qdate(self.date.date())

    def offer_review(self) -> None:
        """Offer the open commitments as the agenda; ticked when the day is one of the talks' reviews."""
        open_count = len(followup.open_commitments(self.record, self.talks_id, self.day()))
        self.review.setText(self.tr("A review: put the open commitment on the agenda") if open_count == 1 else
                            self.tr("A review: put the %1 open commitments on the agenda").replace("%1", str(open_count)))
        self.review.setAccessibleName(self.tr("A review of commitments"))
        self.review.setEnabled(open_count > 0)
        on_review_day = self.cadence is not None and is_review_day(self.cadence.rule, self.cadence.start, self.day())
        self.review.setChecked(open_count > 0 and on_review_day)

    def review_items(self, meeting_id: str) -> list[Insert]:
        """One agenda item per commitment open on the meeting's day, with its owners, due text and status."""
        return [Insert("agenda_items", {
            "meeting_id": meeting_id, "title": c.text, "topic_id": c.topic_id,
            "notes": self.tr("Owners: %1. Due: %2. Status: %3.")
                     .replace("%1", c.owners or self.tr("all jointly")).replace("%2", c.due_text or "–")
                     .replace("%3", name_of(c.status))})
            for c in followup.open_commitments(self.record, self.talks_id, self.day())]

    def edit(self) -> Edit:
        meeting = Insert("meetings", {
            "talks_id": self.talks_id, "title": self.title.text() or self.tr("New meeting"),
            "body_id": self.body.currentData(), "status": "planned", "start": self.start(),
            "place": self.place.text() or None, "venue": self.venue.text() or None,
        })
        items = [Insert("agenda_items", {"meeting_id": meeting.key["id"], "title": title, "topic_id": topic})
                 for box, title, topic in self.carry_items if box.isChecked()]
        if self.review.isChecked():
            items += self.review_items(meeting.key["id"])
        return Together([meeting, *items], description=self.tr("New meeting"))
