"""Find (Ctrl+F): full-text search over the whole record, results with their meeting and date."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget

from ..store.search import Hit, search
from .names import name_of
from .dates import format_moment
from .session import Session

Index = QModelIndex | QPersistentModelIndex

class HitsModel(QAbstractTableModel):
    TEXT, KIND, MEETING, DATE = range(4)
    HitRole = Qt.ItemDataRole.UserRole

    def __init__(self, parent=None):
        super().__init__(parent)
        self.hits: list[Hit] = []

    def set_hits(self, hits: list[Hit]) -> None:
        self.beginResetModel()
        self.hits = hits
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        if role == self.HitRole:
            return hit
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == self.TEXT:
                return hit.text if role == Qt.ItemDataRole.ToolTipRole else " ".join(hit.text.split())[:300]
            if column == self.KIND:
                return name_of(hit.kind)
            if column == self.MEETING:
                return hit.meeting_title or ""
            if column == self.DATE:
                return format_moment(hit.date) if hit.date else ""
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Found"), self.tr("In"), self.tr("Meeting"), self.tr("Date"))[section]
        return None


class ResultsView(QTableView):
    """Enter on a result opens it."""

    activated_hit = Signal(object)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_hit.emit(self.currentIndex().data(HitsModel.HitRole))
            return
        super().keyPressEvent(event)


class QueryBox(QLineEdit):
    """Down moves into the results; Enter opens the first one."""

    down = Signal()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.down.emit()
            return
        super().keyPressEvent(event)


class FindPanel(QWidget):
    hit_chosen = Signal(object)  # a Hit

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("findPanel")
        self.session = session
        self.query = QueryBox()
        self.query.setObjectName("findQuery")
        self.query.setClearButtonEnabled(True)
        self.model = HitsModel(self)
        self.results = ResultsView()
        self.results.setObjectName("findResults")
        self.results.setModel(self.model)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.verticalHeader().setVisible(False)
        self.results.horizontalHeader().setSectionResizeMode(HitsModel.TEXT, QHeaderView.ResizeMode.Stretch)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(120)  # search once typing pauses
        self.timer.timeout.connect(self.run_search)
        self.query.textChanged.connect(self.timer.start)
        self.query.returnPressed.connect(self._open_first)
        self.query.down.connect(self._enter_results)
        self.results.activated_hit.connect(self.hit_chosen)
        self.results.doubleClicked.connect(lambda index: self.hit_chosen.emit(index.data(HitsModel.HitRole)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.query)
        layout.addWidget(self.results)
        self.retranslate()

    def retranslate(self) -> None:
        self.query.setPlaceholderText(self.tr('Find in the record: words, "a phrase", negot*, OR, NOT'))
        self.query.setAccessibleName(self.tr("Find"))
        self.results.setAccessibleName(self.tr("Results"))

    def run_search(self) -> None:
        self.timer.stop()
        self.model.set_hits(search(self.session.record, self.query.text()))
        if self.model.rowCount():
            self.results.selectRow(0)

    def _open_first(self) -> None:
        if self.timer.isActive():
            self.run_search()
        if self.model.rowCount():
            self.hit_chosen.emit(self.model.hits[0])

    def _enter_results(self) -> None:
        if self.model.rowCount():
            self.results.setFocus()
            self.results.selectRow(0)
