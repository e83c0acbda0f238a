"""The dialogs of a meeting's record: circulating and approving its minutes, a corrigendum, the
history of changes of any record, and the printed record with its preview."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QDateTime, QModelIndex, QPersistentModelIndex, Qt, QTimeZone
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.dates import parse_date
from ..store import audit
from ..store.edits import AddCorrigendum, EditError, SetMinutesStatus
from ..store.errors import RecordError
from .dates import date_edit, from_qdate
from .pdf_view import ask_for_printer, load_pdf, pdf_view, print_pdf, save_pdf
from .session import Session

Index = QModelIndex | QPersistentModelIndex


def _plain(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class _EditDialog(QDialog):
    """A dialog that builds one store edit and applies it on OK; a refusal, of the values or of the
    record, is shown in the dialog, which stays open."""

    final = False  # the edit cannot be undone

    def __init__(self, session: Session, parent: QWidget | None):
        super().__init__(parent)
        self.session = session
        self.message = _plain(QLabel())
        self.message.setObjectName("dialogMessage")
        self.message.setStyleSheet("color: #a01010")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._edit = None

    def make_edit(self):
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self._edit = self.make_edit()
        except EditError as error:
            self.message.setText(str(error))
            return
        refusal: list[str] = []
        if not self.session.perform(self._edit, final=self.final, refusal=refusal):
            self.message.setText(refusal[0])
            return
        super().accept()


class MinutesStepDialog(_EditDialog):
    """Circulate the draft minutes, or approve them, on a date."""

    def __init__(self, session: Session, meeting_id: str, title: str, held: dt.date, step: str,
                 parent: QWidget | None = None):
        super().__init__(session, parent)
        self.setObjectName("minutesStepDialog")
        self.meeting_id, self.step = meeting_id, step
        self.final = step == "approved"
        self.date = date_edit("minutesStepDate", max(held, dt.date.today()) if step == "approved" else None)
        if step == "circulated":
            self.setWindowTitle(self.tr("Circulate the minutes"))
            text = self.tr("The draft minutes of “%1” go to the delegations for their comments. They can still "
                           "be changed, or taken back as a draft.").replace("%1", title)
            label = self.tr("Circulated on")
        else:
            self.setWindowTitle(self.tr("Approve the minutes"))
            text = self.tr("Once approved, the minutes of “%1” are the record of the meeting: the meeting, its "
                           "attendance, agenda and minutes can no longer be changed, and later corrections are "
                           "made by corrigenda. Approval cannot be undone.").replace("%1", title)
            label = self.tr("Approved on")
        self.explanation = _plain(QLabel(text))
        form = QFormLayout(self)
        form.addRow(self.explanation)
        form.addRow(label, self.date)
        form.addRow(self.message)
        form.addRow(self.buttons)
        self.date.setAccessibleName(label)

    def make_edit(self) -> SetMinutesStatus:
        day = from_qdate(self.date.date()).isoformat()
        description = self.tr("Circulate minutes") if self.step == "circulated" else self.tr("Approve minutes")
        return SetMinutesStatus(self.meeting_id, self.step, day, description=description)


class CorrigendumDialog(_EditDialog):
    """A dated, reasoned correction of approved minutes: of one entry, or of the record as a whole."""

    def __init__(self, session: Session, meeting_id: str, approved_on: str, entry: tuple[str, str] | None,
                 parent: QWidget | None = None):
        super().__init__(session, parent)
        self.setObjectName("corrigendumDialog")
        self.setWindowTitle(self.tr("Corrigendum"))
        self.meeting_id, self.entry = meeting_id, entry
        self.date = date_edit("corrigendumDate", max(parse_date(approved_on), dt.date.today()))
        self.whole = QCheckBox(self.tr("It corrects the record as a whole, not one entry"))
        self.whole.setObjectName("corrigendumWhole")
        self.amends = _plain(QLabel())
        self.amends.setObjectName("corrigendumAmends")
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("corrigendumReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 3 + 12)
        self.text = QPlainTextEdit()
        self.text.setObjectName("corrigendumText")
        self.text.setTabChangesFocus(True)
        if entry is None:
            self.whole.setChecked(True)
            self.whole.setEnabled(False)
        else:
            self.amends.setText(entry[1])
            self.text.setPlainText(entry[1])  # the approved wording, to correct
        self.whole.toggled.connect(lambda whole: self.amends.setVisible(not whole))
        self.amends.setVisible(entry is not None)
        self.explanation = _plain(QLabel(self.tr(
            "The approved minutes are not changed: the corrigendum is kept beside them, with its date and "
            "reason, and printed with the record.")))
        form = QFormLayout(self)
        form.addRow(self.explanation)
        form.addRow(self.whole)
        form.addRow(self.tr("Amends"), self.amends)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Corrected text"), self.text)
        form.addRow(self.message)
        form.addRow(self.buttons)
        for widget, name in ((self.date, self.tr("Date")), (self.reason, self.tr("Reason")),
                             (self.text, self.tr("Corrected text"))):
            widget.setAccessibleName(name)
        self.resize(560, 420)

    def make_edit(self) -> AddCorrigendum:
        entry = None if self.whole.isChecked() or self.entry is None else self.entry[0]
        return AddCorrigendum(self.meeting_id, from_qdate(self.date.date()).isoformat(),
                              self.reason.toPlainText(), self.text.toPlainText(), entry,
                              description=self.tr("Add corrigendum"))


# -- the history of changes -------------------------------------------------------------------


class HistoryModel(QAbstractTableModel):
    """The audit log of one record and what is shown under it, oldest first, read a page at a time."""

    WHEN, WHO, WHAT, FIELD, OLD, NEW = range(6)
    PAGE = 500

    def __init__(self, session: Session, record_id: str, parent=None):
        super().__init__(parent)
        self.session, self.record_id = session, record_id
        self.changes: list[audit.Change] = []
        self._labels: dict[tuple[str, str], str] = {}
        self.total = audit.count_history(session.record.conn, record_id)
        self.approval = audit.approval_change(session.record.conn, record_id)
        self.fetchMore(QModelIndex())

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.changes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and len(self.changes) < self.total

    def fetchMore(self, parent: Index) -> None:
        after = self.changes[-1].id if self.changes else 0
        more = audit.history(self.session.record.conn, self.record_id, after=after, limit=self.PAGE)
        if more:
            self.beginInsertRows(QModelIndex(), len(self.changes), len(self.changes) + len(more) - 1)
            self.changes += more
            self.endInsertRows()
        else:
            self.total = len(self.changes)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        change = self.changes[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.FontRole and self.approval is not None and change.id > self.approval:
            font = QFont()
            font.setItalic(True)
            return font
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == self.WHEN:
            return _local(change.at)
        if column == self.WHO:
            return change.who or self.tr("unknown")
        if column == self.WHAT:
            action = {"insert": self.tr("added"), "update": self.tr("changed"),
                      "delete": self.tr("removed")}[change.action]
            key = (change.table, change.record_id)
            if key not in self._labels:
                self._labels[key] = audit.label(self.session.record.conn, *key)
            return f"{self.kind_name(change.table)} “{self._labels[key]}” — {action}"
        if column == self.FIELD:
            return (change.field or "").replace("_id", "").replace("_", " ")
        if column == self.OLD:
            return change.old if change.old is not None else ""
        if column == self.NEW:
            return change.new if change.new is not None else ""
        return None

    def kind_name(self, table: str) -> str:
        names = {"talks": self.tr("Talks"), "parties": self.tr("Party"), "people": self.tr("Delegate"),
                 "bodies": self.tr("Body"), "topics": self.tr("Topic"), "meetings": self.tr("Meeting"),
                 "attendance": self.tr("Attendance"), "agenda_items": self.tr("Agenda item"),
                 "minutes": self.tr("Minute entry"), "corrigenda": self.tr("Corrigendum"),
                 "commitments": self.tr("Commitment"), "commitment_owners": self.tr("Owner"),
                 "progress_updates": self.tr("Progress update"), "update_scores": self.tr("Score"),
                 "communiques": self.tr("Communiqué"), "paragraphs": self.tr("Paragraph"),
                 "paragraph_texts": self.tr("Paragraph text"), "plan_of_action": self.tr("Plan of action"),
                 "signatories": self.tr("Signatory")}
        return names.get(table, table)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Field"), self.tr("From"),
                    self.tr("To"))[section]
        return None


def _local(at: str) -> str:
    """A UTC moment of the log in the user's local time: '2001-04-10 14:03:22'."""
    moment = QDateTime.fromString(at[:19], "yyyy-MM-ddTHH:mm:ss")
    if not moment.isValid():
        return at
    moment.setTimeZone(QTimeZone.utc())
    return moment.toLocalTime().toString("yyyy-MM-dd HH:mm:ss")


class HistoryDialog(QDialog):
    """Who changed what field of a record, from what, to what, and when."""

    def __init__(self, session: Session, record_id: str, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("History of changes — %1").replace("%1", title))
        self.model = HistoryModel(session, record_id, self)
        self.view = QTableView()
        self.view.setObjectName("historyView")
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        for column, width in ((HistoryModel.WHEN, 140), (HistoryModel.WHO, 110), (HistoryModel.WHAT, 360),
                              (HistoryModel.FIELD, 100), (HistoryModel.OLD, 160)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.view.setColumnWidth(column, width)
        header.setSectionResizeMode(HistoryModel.NEW, QHeaderView.ResizeMode.Stretch)
        self.view.setAccessibleName(self.tr("History of changes"))
        note = self.tr("%n change(s).", "", self.model.total)
        if self.model.approval is not None:
            note += " " + self.tr("Changes after the approval of the minutes (in italics) can only be corrigenda.")
        self.summary = _plain(QLabel(note))
        self.summary.setObjectName("historySummary")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(1120, 540)


# -- the printed record --------------------------------------------------------------------------


def make_minutes_pdf(record, meeting_id: str) -> bytes:
    from ..documents.minutes import minutes_pdf
    from ..store.meeting_record import read_meeting_record

    return minutes_pdf(read_meeting_record(record.conn, meeting_id))


class MinutesPrintDialog(QDialog):
    """The record of the meeting as it prints, with Save PDF and Print."""

    def __init__(self, session: Session, meeting_id: str, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("minutesPrintDialog")
        self.setWindowTitle(self.tr("Record of the meeting — %1").replace("%1", title))
        self.session, self.meeting_id, self.title = session, meeting_id, title
        self.view, self.document = pdf_view("minutesPreview", self)
        self.message = _plain(QLabel())
        self.message.setObjectName("dialogMessage")
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.save_button.setObjectName("saveMinutesPdf")
        self.save_button.clicked.connect(self.choose_pdf_file)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("printMinutes")
        self.print_button.clicked.connect(self.choose_printer)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        for button in (self.save_button, self.print_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.pdf = b""
        self._buffer = None
        self.resize(760, 900)
        self.refresh()

    def refresh(self) -> bool:
        try:
            self.pdf = make_minutes_pdf(self.session.record, self.meeting_id)
        except RecordError as error:
            self.message.setText(str(error))
            self.save_button.setEnabled(False)
            self.print_button.setEnabled(False)
            return False
        self._buffer = load_pdf(self.document, self.pdf, self)
        return True

    def save_pdf(self, path) -> bool:
        return save_pdf(self.session, path, lambda: self.pdf)

    def choose_pdf_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save PDF"), f"{self.title}.pdf", self.tr("PDF (*.pdf)"))
        if name:
            self.save_pdf(name)

    def choose_printer(self) -> None:
        printer = ask_for_printer(self)
        if printer is not None:
            print_pdf(self.pdf, printer, self)
