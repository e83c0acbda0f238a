"""The talks' commitments: wording, owners, office, due text and window, status, last update, overdue —
filtered and seen as of a date, read from the database a page at a time."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ..store import followup
from ..store.followup import CommitmentFilter
from .dates import format_date, format_window
from .names import name_of
from .session import Session

Index = QModelIndex | QPersistentModelIndex


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text[:10]) if text else None


def overdue_text(days: int) -> str:
    if days == 1:
        return QCoreApplication.translate("Commitments", "overdue 1 day")
    return QCoreApplication.translate("Commitments", "overdue %1 days").replace("%1", str(days))


class CommitmentsModel(QAbstractTableModel):
    TEXT, OWNERS, OFFICE, DUE, WINDOW, STATUS, LAST, OVERDUE = range(8)
    IdRole = Qt.ItemDataRole.UserRole
    PAGE = 500
    _ORDERS = ("text", "owners", "assignee", "due", "window", "status", "last", "overdue")
    _TABLES = {"commitments", "commitment_owners", "parties", "progress_updates", "meetings", "topics"}

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.talks_id: str | None = None
        self.shown = CommitmentFilter(dt.date.today())
        self.rows: list[followup.FollowRow] = []
        self._complete = True
        self.order = ("window", False)
        self.active = True    # read again at once on a change; when not shown, only marked stale
        self.stale = False
        session.changed.connect(self._changed)

    @property
    def as_of(self) -> dt.date:
        return self.shown.as_of

    @as_of.setter
    def as_of(self, day: dt.date) -> None:
        self.set_filter(replace(self.shown, as_of=day))

    def set_talks(self, talks_id: str | None) -> None:
        self.talks_id = talks_id
        self.reload()

    def set_filter(self, shown: CommitmentFilter) -> None:
        if shown != self.shown:
            self.shown = shown
            self.reload()

    def reload(self) -> None:
        """Read the first page again; the rest is read as the view scrolls (fetchMore)."""
        self.stale = False
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
        page = followup.rows(self.session.record, self.talks_id, self.shown, order, descending,
                             start=len(self.rows), count=self.PAGE)
        self._complete = len(page) < self.PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def counts(self) -> tuple[int, int]:
        """How many commitments the filter lets through, and how many of them are overdue."""
        if self.talks_id is None:
            return 0, 0
        return followup.count(self.session.record, self.talks_id, self.shown)

    def _changed(self, table: str) -> None:
        if table in self._TABLES and self.talks_id is not None:
            if self.active:
                self.reload()
            else:
                self.stale = True  # typing in a meeting's form does not re-read a hidden list

    def reload_if_stale(self) -> None:
        if self.stale:
            self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted by the database, not row by row in Python: 20,000 commitments sort at once."""
        self.order = (self._ORDERS[column], order == Qt.SortOrder.DescendingOrder)
        self.reload()

    def row_of(self, ident: str) -> int | None:
        return next((i for i, row in enumerate(self.rows) if row.id == ident), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 8

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == self.IdRole:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and column == self.OVERDUE and row.overdue:
            return QColor("#a33")
        if role == Qt.ItemDataRole.ToolTipRole and column == self.LAST:
            return row.last_note or None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.TEXT:
                return row.text
            if column == self.OWNERS:
                return row.owners or self.tr("all jointly")
            if column == self.OFFICE:
                return row.assignee or ""
            if column == self.DUE:
                return row.due_text or ""
            if column == self.WINDOW:
                return format_window(_date(row.earliest), _date(row.latest))
            if column == self.STATUS:
                return name_of(row.status)
            if column == self.LAST:
                return format_date(_date(row.last_date)) if row.last_date else ""
            if column == self.OVERDUE:
                if not row.overdue:
                    return ""
                return overdue_text((self.as_of - _date(row.latest)).days)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Commitment"), self.tr("Owners"), self.tr("Office"), self.tr("Due"), self.tr("Window"),
                    self.tr("Status"), self.tr("Last update"), self.tr("Overdue"))[section]
        return None
