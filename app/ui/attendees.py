"""Who attended a meeting: delegates chosen party by party, each with a role."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from ..domain.vocabulary import ATTENDEE_ROLES
from ..store import queries
from ..store.edits import Delete, Insert
from .names import name_of
from .session import Session

Index = QModelIndex | QPersistentModelIndex


class AttendeesModel(QAbstractTableModel):
    NAME, PARTY, ROLE = range(3)
    IdRole = Qt.ItemDataRole.UserRole

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.meeting_id: str | None = None
        self.rows: list[queries.AttendeeRow] = []

    def set_meeting(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = queries.attendees(self.session.record, self.meeting_id) if self.meeting_id else []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == self.IdRole:
            return row.person_id
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.name, row.party, name_of(row.role))[index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Delegate"), self.tr("Party"), self.tr("Role"))[section]
        return None


class AttendeesEditor(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("attendeesEditor")
        self.session = session
        self.talks_id: str | None = None
        self.model = AttendeesModel(session, self)
        self.view = QTableView()
        self.view.setObjectName("attendeesView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(AttendeesModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.label = QLabel()
        self.party = QComboBox()
        self.party.setObjectName("attendeeParty")
        self.person = QComboBox()
        self.person.setObjectName("attendeePerson")
        self.role = QComboBox()
        self.role.setObjectName("attendeeRole")
        for role in ATTENDEE_ROLES:
            self.role.addItem(name_of(role), role)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addAttendee")
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeAttendee")
        self.party.currentIndexChanged.connect(self._fill_people)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        for widget in (self.party, self.person, self.role, self.add_button, self.remove_button):
            row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.view)
        layout.addLayout(row)
        session.changed.connect(lambda table: table in ("attendance", "people", "parties") and self.model.reload())
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Attendees"))
        self.add_button.setText(self.tr("Add"))
        self.remove_button.setText(self.tr("Remove"))
        for widget, name in ((self.view, self.tr("Attendees")), (self.party, self.tr("Party")),
                             (self.person, self.tr("Delegate")), (self.role, self.tr("Role at the meeting")),
                             (self.add_button, self.tr("Add attendee")),
                             (self.remove_button, self.tr("Remove attendee"))):
            widget.setAccessibleName(name)

    def show_meeting(self, meeting_id: str, talks_id: str) -> None:
        self.talks_id = talks_id
        self.model.set_meeting(meeting_id)
        self.party.blockSignals(True)
        self.party.clear()
        for party in queries.parties(self.session.record, talks_id):
            self.party.addItem(party.name, party.id)
        self.party.blockSignals(False)
        self._fill_people()
        editable = self.session.can_edit_meeting(meeting_id)
        for widget in (self.party, self.person, self.role, self.add_button, self.remove_button):
            widget.setEnabled(editable)

    def _fill_people(self) -> None:
        self.person.clear()
        if self.talks_id is None:
            return
        for person in queries.people(self.session.record, self.talks_id):
            if person.group == self.party.currentData():
                self.person.addItem(person.name, person.id)

    def add(self) -> bool:
        person = self.person.currentData()
        if person is None or self.model.meeting_id is None:
            return False
        return self.session.perform(Insert("attendance", {
            "meeting_id": self.model.meeting_id, "person_id": person, "role": self.role.currentData()},
            description=self.tr("Add attendee")))

    def remove_selected(self) -> None:
        for index in self.view.selectionModel().selectedRows():
            self.session.perform(Delete("attendance", {"meeting_id": self.model.meeting_id,
                                                       "person_id": index.data(AttendeesModel.IdRole)},
                                        description=self.tr("Remove attendee")))
