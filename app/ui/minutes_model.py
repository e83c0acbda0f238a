"""The minutes of one meeting as a table, read page by page as the view scrolls."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ..store import queries
from ..store.edits import SetFields
from ..store.record import Record
from .names import name_of
from .session import Session

Index = QModelIndex | QPersistentModelIndex

def kind_name(kind: str) -> str:
    return name_of(kind)


class MinutesModel(QAbstractTableModel):
    """Rows are the meeting's entries in order. Only the pages the view shows are read."""

    TIME, KIND, WHO, TEXT = range(4)
    IdRole = Qt.ItemDataRole.UserRole
    PAGE = 200

    def __init__(self, session: Session, meeting_id: str | None = None, parent=None):
        super().__init__(parent)
        self.session = session
        self.meeting_id = meeting_id
        self._count = 0
        self._pages: dict[int, list[queries.MinuteRow]] = {}
        self.pages_read = 0
        self.reload()

    @property
    def record(self) -> Record:
        return self.session.record

    def set_meeting(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._count = queries.count_minutes(self.record, self.meeting_id) if self.meeting_id else 0
        self.frozen = not self.session.can_edit_meeting(self.meeting_id)
        self.corrected = queries.corrected_entries(self.record, self.meeting_id) if self.meeting_id else {}
        self.endResetModel()

    def entry(self, row: int) -> queries.MinuteRow:
        page = row // self.PAGE
        if page not in self._pages:
            self._pages[page] = queries.minutes_page(self.record, self.meeting_id, page * self.PAGE, self.PAGE)
            self.pages_read += 1
        return self._pages[page][row % self.PAGE]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self.entry(index.row())
        column = index.column()
        if role == self.IdRole:
            return entry.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.TIME:
                return entry.at or ""
            if column == self.KIND:
                return kind_name(entry.kind)
            if column == self.WHO:
                return " — ".join(part for part in (entry.party, entry.speaker) if part)
            if column == self.TEXT:
                numbers = self.corrected.get(entry.id)
                if numbers:
                    marks = ", ".join(str(n) for n in numbers)
                    return self.tr("[Corrigendum %1] ").replace("%1", marks) + entry.text
                return entry.text
        if role == Qt.ItemDataRole.EditRole and column == self.TEXT:
            return entry.text
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.TEXT and not self.frozen:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != self.TEXT or not isinstance(value, str):
            return False
        entry = self.entry(index.row())
        if value == entry.text or not value.strip():
            return False
        edit = SetFields("minutes", {"id": entry.id}, {"text": value},
                         description=self.tr("Edit entry"))
        return self.session.perform(edit)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Time"), self.tr("Kind"), self.tr("Who"), self.tr("Text"))[section]
        return None
