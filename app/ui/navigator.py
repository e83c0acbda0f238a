"""The navigator: talks → delegations (parties → delegates), bodies, topics, meetings by date,
commitments.

Each branch is read from the record only when it is expanded, and the meetings
a page at a time as the list is scrolled, so a record of thousands of meetings
opens at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from ..domain.dates import moment_date
from ..store import queries
from ..store.queries import MeetingLine
from ..store.record import Record
from .dates import format_moment
from .names import name_of

Index = QModelIndex | QPersistentModelIndex

SECTIONS = {
    "delegations": QT_TRANSLATE_NOOP("NavigatorModel", "Delegations"),
    "bodies": QT_TRANSLATE_NOOP("NavigatorModel", "Bodies"),
    "topics": QT_TRANSLATE_NOOP("NavigatorModel", "Topics"),
    "meetings": QT_TRANSLATE_NOOP("NavigatorModel", "Meetings"),
    "commitments": QT_TRANSLATE_NOOP("NavigatorModel", "Commitments"),
    "communiques": QT_TRANSLATE_NOOP("NavigatorModel", "Communiqués"),
}
LEAF_SECTIONS = {"commitments"}  # a section that is a view of its own, with no rows under it
MEETINGS_PAGE = 200


class Node:
    """One row of the tree. `kind` is talks, section, party, person, body, topic or meeting.

    `loader(node, start)` reads the children from `start` on; it sets `more` when a page was
    left to read (the meetings), which the view asks for as it is scrolled.
    """

    __slots__ = ("kind", "id", "title", "parent", "children", "loader", "meeting", "talks_id", "section",
                 "more", "communique")

    def __init__(self, kind: str, id: str, title: str, parent: Node | None, talks_id: str | None,
                 loader: Callable[[Node, int], list[Node]] | None = None,
                 meeting: MeetingLine | None = None, section: str | None = None):
        self.kind = kind
        self.id = id
        self.title = title
        self.parent = parent
        self.children: list[Node] | None = None if loader else []
        self.loader = loader
        self.meeting = meeting
        self.talks_id = talks_id
        self.section = section
        self.more = False
        self.communique: queries.CommuniqueLine | None = None

    def row(self, siblings: list[Node]) -> int:
        return siblings.index(self)


class NavigatorModel(QAbstractItemModel):
    TITLE, DATE, PLACE, STATUS = range(4)
    IdRole = Qt.ItemDataRole.UserRole
    KindRole = Qt.ItemDataRole.UserRole + 1
    TalksRole = Qt.ItemDataRole.UserRole + 2
    SectionRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, record: Record, parent: QObject | None = None, today: dt.date | None = None):
        super().__init__(parent)
        self._record = record
        self.today = today or dt.date.today()
        self._roots: list[Node] = []
        self.reload()

    # -- loading ---------------------------------------------------------------------

    def reload(self) -> None:
        self.beginResetModel()
        self._roots = [Node("talks", t.id, t.title, None, t.id, loader=self._sections)
                       for t in queries.talks(self._record)]
        self.endResetModel()

    def _sections(self, talks: Node, _start: int) -> list[Node]:
        loaders = {"delegations": self._parties, "bodies": self._bodies, "topics": self._topics,
                   "meetings": self._meetings, "communiques": self._communiques}
        return [Node("section", f"{talks.id}/{key}", key, talks, talks.id, loader=loaders.get(key), section=key)
                for key in SECTIONS]

    def _parties(self, section: Node, _start: int) -> list[Node]:
        return [Node("party", c.id, c.name, section, section.talks_id, loader=self._people)
                for c in queries.named(self._record, "parties", section.talks_id)]

    def _people(self, party: Node, _start: int) -> list[Node]:
        return [Node("person", c.id, c.name, party, party.talks_id)
                for c in queries.named(self._record, "people", party.talks_id) if c.group == party.id]

    def _bodies(self, section: Node, _start: int) -> list[Node]:
        return [Node("body", c.id, c.name, section, section.talks_id)
                for c in queries.named(self._record, "bodies", section.talks_id)]

    def _topics(self, section: Node, _start: int) -> list[Node]:
        return [Node("topic", c.id, c.name, section, section.talks_id)
                for c in queries.named(self._record, "topics", section.talks_id)]

    def _communiques(self, section: Node, _start: int) -> list[Node]:
        nodes = []
        for line in queries.communiques(self._record, section.talks_id):
            node = Node("communique", line.id, line.title, section, section.talks_id)
            node.communique = line
            nodes.append(node)
        return nodes

    def _meetings(self, section: Node, start: int) -> list[Node]:
        page = queries.meetings_page(self._record, section.talks_id, start, MEETINGS_PAGE + 1)
        section.more = len(page) > MEETINGS_PAGE
        return [Node("meeting", m.id, m.title, section, section.talks_id, meeting=m)
                for m in page[:MEETINGS_PAGE]]

    def refresh_section(self, talks_id: str, section: str) -> None:
        """Read one section again (after an edit), if it has been read."""
        for talks in self._roots:
            if talks.id != talks_id or talks.children is None:
                continue
            for node in talks.children:
                if node.section == section and node.children is not None:
                    parent = self.createIndex(talks.children.index(node), 0, node)
                    if node.children:
                        self.beginRemoveRows(parent, 0, len(node.children) - 1)
                        node.children = []
                        self.endRemoveRows()
                    fresh = node.loader(node, 0)
                    if fresh:
                        self.beginInsertRows(parent, 0, len(fresh) - 1)
                        node.children = fresh
                        self.endInsertRows()

    # -- structure ---------------------------------------------------------------------

    def _node(self, index: Index) -> Node | None:
        return index.internalPointer() if index.isValid() else None

    def _children(self, node: Node | None) -> list[Node]:
        if node is None:
            return self._roots
        return node.children or []

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._children(self._node(parent))[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        node = self._node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        up = node.parent
        siblings = self._children(up.parent)
        return self.createIndex(siblings.index(up), 0, up)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(self._node(parent)))

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 4

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:
        node = self._node(parent)
        if node is None:
            return bool(self._roots)
        if parent.column() != 0:
            return False
        return node.children is None or bool(node.children)

    def canFetchMore(self, parent: Index) -> bool:
        node = self._node(parent)
        return node is not None and (node.children is None or node.more)

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent):
            return
        node = self._node(parent)
        start = len(node.children or [])
        children = node.loader(node, start)
        if children:
            self.beginInsertRows(parent, start, start + len(children) - 1)
            node.children = (node.children or []) + children
            self.endInsertRows()
        elif node.children is None:
            node.children = []

    def find(self, talks_id: str, section: str, ident: str, party: str | None = None) -> QModelIndex:
        """The index of a record, reading the branches on the way."""
        for row, talks in enumerate(self._roots):
            if talks.id != talks_id:
                continue
            parent = self.index(row, 0)
            self.fetchMore(parent)
            for srow, node in enumerate(talks.children or []):
                if node.section != section:
                    continue
                branch = self.index(srow, 0, parent)
                self.fetchMore(branch)
                while node.more and all(child.id != ident for child in node.children):
                    self.fetchMore(branch)
                for crow, child in enumerate(node.children or []):
                    if party is not None and child.id == party:
                        party_index = self.index(crow, 0, branch)
                        self.fetchMore(party_index)
                        for prow, person in enumerate(child.children or []):
                            if person.id == ident:
                                return self.index(prow, 0, party_index)
                    if child.id == ident:
                        return self.index(crow, 0, branch)
        return QModelIndex()

    def section_index(self, talks_id: str, section: str) -> QModelIndex:
        for row, talks in enumerate(self._roots):
            if talks.id == talks_id:
                parent = self.index(row, 0)
                self.fetchMore(parent)
                for srow, node in enumerate(talks.children or []):
                    if node.section == section:
                        return self.index(srow, 0, parent)
        return QModelIndex()

    def meeting_index(self, talks_id: str, meeting_id: str) -> QModelIndex:
        return self.find(talks_id, "meetings", meeting_id)

    # -- content -------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        node = self._node(index)
        if node is None:
            return None
        column = index.column()
        if role == self.IdRole:
            return node.id
        if role == self.KindRole:
            return node.kind
        if role == self.TalksRole:
            return node.talks_id
        if role == self.SectionRole:
            return node.section
        meeting = node.meeting
        if role == Qt.ItemDataRole.FontRole and meeting is not None and self._upcoming(meeting):
            font = QFont()
            font.setBold(True)
            return font
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == self.TITLE:
            if node.kind == "section":
                return QCoreApplication.translate("NavigatorModel", SECTIONS[node.section])
            return node.title
        if node.communique is not None:
            return {self.DATE: format_moment(node.communique.issued), self.PLACE: "",
                    self.STATUS: name_of(node.communique.status)}.get(column)
        if meeting is None:
            return None
        if column == self.DATE:
            return format_moment(meeting.start)
        if column == self.PLACE:
            return meeting.place or ""
        if column == self.STATUS:
            if self._upcoming(meeting):
                return self.tr("upcoming")
            return name_of(meeting.status)
        return None

    def _upcoming(self, meeting: MeetingLine) -> bool:
        return meeting.status == "planned" and moment_date(meeting.start) >= self.today

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Talks"), self.tr("Date"), self.tr("Place"), self.tr("Status"))[section]
        return None
