"""The talks' commitments: wording, owners, due window, status, and whether each is overdue."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ..domain.due import is_overdue
from ..store import queries
from .dates import format_window
from .names import name_of
from .session import Session

Index = QModelIndex | QPersistentModelIndex

def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


class CommitmentsModel(QAbstractTableModel):
    TEXT, OWNERS, DUE, WINDOW, STATUS, OVERDUE = range(6)
    IdRole = Qt.ItemDataRole.UserRole

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.talks_id: str | None = None
        self.as_of = dt.date.today()
        self.rows: list[queries.CommitmentRow] = []
        self._complete = True
        self.order = ("window", False)
        session.changed.connect(self._changed)

    def set_talks(self, talks_id: str | None) -> None:
        self.talks_id = talks_id
        self.reload()

    PAGE = 500

    def reload(self) -> None:
        """Read the first page again; the rest is read as the view scrolls (fetchMore)."""
        self.beginResetModel()
        self.rows = []
        self._complete = self.talks_id is None
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self._complete

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        order, descending = self.order
        page = queries.commitments(self.session.record, self.talks_id, order, descending,
                                   start=len(self.rows), count=self.PAGE)
        self._complete = len(page) < self.PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def _changed(self, table: str) -> None:
        if table in ("commitments", "commitment_owners", "parties"):
            self.reload()

    _ORDERS = ("text", "owners", "due", "window", "status", "overdue")

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted by the database, not row by row in Python: 20,000 commitments sort at once."""
        self.order = (self._ORDERS[column], order == Qt.SortOrder.DescendingOrder)
        self.reload()

    def overdue(self, row: queries.CommitmentRow) -> bool:
        return is_overdue(row.status, _date(row.latest), self.as_of)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == self.IdRole:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and column == self.OVERDUE and self.overdue(row):
            return QColor("#a33")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.TEXT:
                return row.text
            if column == self.OWNERS:
                return row.owners or self.tr("all jointly")
            if column == self.DUE:
                return row.due_text or ""
            if column == self.WINDOW:
                return format_window(_date(row.earliest), _date(row.latest))
            if column == self.STATUS:
                return name_of(row.status)
            if column == self.OVERDUE:
                return self.tr("overdue") if self.overdue(row) else ""
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Commitment"), self.tr("Owners"), self.tr("Due"), self.tr("Window"),
                    self.tr("Status"), self.tr("Overdue"))[section]
        return None
