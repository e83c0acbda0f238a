"""The navigator: the record's talks, and under each its meetings by date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ..domain.dates import parse_moment
from ..domain.records import MeetingSummary, TalksSummary
from ..store import talks as store
from ..store.record import Record

Index = QModelIndex | QPersistentModelIndex


def describe_start(start: str) -> str:
    """'2001-04-04' → '4 Apr 2001'; a date-time keeps its local time: '4 Apr 2001, 10:00'."""
    moment = parse_moment(start)
    if isinstance(moment, dt.datetime):
        return f"{moment.day} {moment:%b %Y, %H:%M}"
    return f"{moment.day} {moment:%b %Y}"


class _Node:
    __slots__ = ("talks", "meetings", "fetched")

    def __init__(self, talks: TalksSummary):
        self.talks = talks
        self.meetings: list[MeetingSummary] = []
        self.fetched = False


class NavigatorModel(QAbstractItemModel):
    """Talks at the top level; each talks' meetings are read only when it is expanded."""

    TITLE, DATE, PLACE, STATUS = range(4)
    IdRole = Qt.ItemDataRole.UserRole
    SortRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, record: Record, parent: QObject | None = None):
        super().__init__(parent)
        self._record = record
        self._nodes: list[_Node] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._nodes = [_Node(t) for t in store.list_talks(self._record)]
        self.endResetModel()

    # -- structure ---------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _TOP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._nodes)
        if parent.internalId() == _TOP and parent.column() == 0:
            return len(self._nodes[parent.row()].meetings)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 4

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:
        if not parent.isValid():
            return bool(self._nodes)
        if parent.internalId() == _TOP and parent.column() == 0:
            node = self._nodes[parent.row()]
            return node.talks.meetings > 0
        return False

    def canFetchMore(self, parent: Index) -> bool:
        if not parent.isValid() or parent.internalId() != _TOP:
            return False
        return not self._nodes[parent.row()].fetched

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent):
            return
        node = self._nodes[parent.row()]
        meetings = store.list_meetings(self._record, node.talks.id)
        node.fetched = True
        if meetings:
            self.beginInsertRows(parent, 0, len(meetings) - 1)
            node.meetings = meetings
            self.endInsertRows()

    def meeting_index(self, talks_id: str, meeting_id: str) -> QModelIndex:
        """The index of a meeting, reading its talks' meetings if they are not read yet."""
        for row, node in enumerate(self._nodes):
            if node.talks.id != talks_id:
                continue
            parent = self.index(row, 0)
            self.fetchMore(parent)
            for child, meeting in enumerate(node.meetings):
                if meeting.id == meeting_id:
                    return self.index(child, 0, parent)
        return QModelIndex()

    # -- content -------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = index.column()
        if index.internalId() == _TOP:
            talks = self._nodes[index.row()].talks
            if role == self.IdRole:
                return talks.id
            if role in (Qt.ItemDataRole.DisplayRole, self.SortRole) and column == self.TITLE:
                return talks.title
            if role == Qt.ItemDataRole.DisplayRole and column == self.DATE:
                return self.tr("Meetings: %1").replace("%1", str(talks.meetings))
            return None
        meeting = self._nodes[index.internalId() - 1].meetings[index.row()]
        if role == self.IdRole:
            return meeting.id
        if role == self.SortRole:
            return (meeting.start, meeting.title, meeting.place or "", meeting.status)[column]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.TITLE:
                return meeting.title
            if column == self.DATE:
                return describe_start(meeting.start)
            if column == self.PLACE:
                return meeting.place or ""
            if column == self.STATUS:
                return self.tr(_STATUS_TEXT.get(meeting.status, meeting.status))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Talks and meetings"), self.tr("Date"), self.tr("Place"), self.tr("Status"))[section]
        return None


_TOP = 0  # internalId of a talks row; a meeting row holds its talks' row + 1
_STATUS_TEXT = {
    "planned": QT_TRANSLATE_NOOP("NavigatorModel", "planned"),
    "held": QT_TRANSLATE_NOOP("NavigatorModel", "held"),
    "cancelled": QT_TRANSLATE_NOOP("NavigatorModel", "cancelled"),
}
