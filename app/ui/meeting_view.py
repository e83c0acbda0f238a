"""One meeting: its agenda, its minutes, and the entry box the secretary types into."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractListModel, QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.dates import moment_date, parse_date, parse_moment
from ..domain.vocabulary import ENTRY_KINDS
from ..store import queries
from ..store.edits import Delete, Insert, Move, SetFields, Together
from .minutes_model import MinutesModel, kind_name
from .dates import format_date, format_moment
from .session import Session

Index = QModelIndex | QPersistentModelIndex


_PARTY_ROLE = Qt.ItemDataRole.UserRole + 1  # a speaker's party, kept beside the speaker's name


class AgendaModel(QAbstractListModel):
    """The agenda items of one meeting, in order (a short list: read whole)."""

    IdRole = Qt.ItemDataRole.UserRole

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.meeting_id: str | None = None
        self.items: list[queries.AgendaRow] = []
        self.editable = False

    def set_meeting(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.items = queries.agenda(self.session.record, self.meeting_id) if self.meeting_id else []
        self.editable = self.session.can_edit_meeting(self.meeting_id)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    # Dragging an item to another place is a Move edit, undone like any other.
    MIME = "application/x-accord-agenda-item"

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not self.editable:
            return flags
        return flags | (Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else Qt.ItemFlag.ItemIsDropEnabled)

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [self.MIME]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        if indexes:
            data.setData(self.MIME, QByteArray(self.items[indexes[0].row()].id.encode("utf-8")))
        return data

    def dropMimeData(self, data: QMimeData, action, row: int, column: int, parent: Index) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(self.MIME):
            return False
        ident = bytes(data.data(self.MIME)).decode("utf-8")
        source = next((i for i, item in enumerate(self.items) if item.id == ident), None)
        if source is None:
            return False
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self.items))
        if target > source:
            target -= 1  # the row is counted before the item leaves its place
        if target == source:
            return False
        self.session.perform(Move("agenda_items", {"id": ident}, target, description=self.tr("Move agenda item")))
        return False  # the view must not remove the dragged row itself: the reload shows the new order

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row() + 1}. {item.title}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.title
        if role == self.IdRole:
            return item.id
        return None


class EntryBox(QPlainTextEdit):
    """Enter adds the entry; Shift+Enter starts a new line within it."""

    submitted = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            text = self.toPlainText()
            if text.strip():
                self.submitted.emit(text)
            event.accept()
            return
        super().keyPressEvent(event)


class MeetingView(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("meetingView")
        self.session = session
        self.meeting: queries.MeetingHeader | None = None
        self.agenda_model = AgendaModel(session, self)
        self.minutes_model = MinutesModel(session, parent=self)
        self._build()
        self._shortcuts()
        self.retranslate()
        session.changed.connect(self._record_changed)

    # -- building ---------------------------------------------------------------------

    def _build(self) -> None:
        self.header = QLabel()
        self.header.setObjectName("meetingHeader")
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setWordWrap(True)
        font = self.header.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.header.setFont(font)

        self.agenda_view = QListView()
        self.agenda_view.setObjectName("agendaView")
        self.agenda_view.setModel(self.agenda_model)
        self.agenda_view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.agenda_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.new_item = QLineEdit()
        self.new_item.setObjectName("newAgendaItem")
        self.new_item.returnPressed.connect(self.add_agenda_item)
        self.new_item_topic = QComboBox()
        self.new_item_topic.setObjectName("newAgendaItemTopic")
        self.new_item_topic.activated.connect(self._topic_chosen)
        self.agenda_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.agenda_view.customContextMenuRequested.connect(self._agenda_menu)
        self.remove_item_button = QPushButton()
        self.remove_item_button.setObjectName("removeAgendaItem")
        self.remove_item_button.clicked.connect(self.remove_agenda_item)
        self.item_up_button = QPushButton()
        self.item_up_button.setObjectName("agendaItemUp")
        self.item_up_button.clicked.connect(lambda: self.move_agenda_item(-1))
        self.item_down_button = QPushButton()
        self.item_down_button.setObjectName("agendaItemDown")
        self.item_down_button.clicked.connect(lambda: self.move_agenda_item(1))
        self.commit_button = QPushButton()
        self.commit_button.setObjectName("makeCommitment")
        self.commit_button.clicked.connect(self.make_commitment)
        agenda_buttons = QHBoxLayout()
        for button in (self.item_up_button, self.item_down_button, self.remove_item_button):
            agenda_buttons.addWidget(button)
        agenda_panel = QWidget()
        agenda_layout = QVBoxLayout(agenda_panel)
        agenda_layout.setContentsMargins(0, 0, 0, 0)
        self.agenda_label = QLabel()
        agenda_layout.addWidget(self.agenda_label)
        agenda_layout.addWidget(self.agenda_view)
        agenda_layout.addWidget(self.new_item_topic)
        agenda_layout.addWidget(self.new_item)
        agenda_layout.addLayout(agenda_buttons)

        self.minutes_view = QTableView()
        self.minutes_view.setObjectName("minutesView")
        self.minutes_view.setModel(self.minutes_model)
        self.minutes_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.minutes_view.setWordWrap(True)
        self.minutes_view.verticalHeader().setVisible(False)
        self.minutes_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.minutes_view.customContextMenuRequested.connect(self._entry_menu)
        header = self.minutes_view.horizontalHeader()
        header.setSectionResizeMode(MinutesModel.TEXT, QHeaderView.ResizeMode.Stretch)
        for column in (MinutesModel.TIME, MinutesModel.KIND, MinutesModel.WHO):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.minutes_view.setColumnWidth(MinutesModel.TIME, 56)
        self.minutes_view.setColumnWidth(MinutesModel.KIND, 100)
        self.minutes_view.setColumnWidth(MinutesModel.WHO, 120)
        # Two lines of text a row: measuring every row would read every page of a long meeting.
        rows = self.minutes_view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.minutes_view.fontMetrics().lineSpacing() * 2 + 10)

        self.kind_box = QComboBox()
        self.kind_box.setObjectName("entryKind")
        self.party_box = QComboBox()
        self.party_box.setObjectName("entryParty")
        self.speaker_box = QComboBox()
        self.speaker_box.setObjectName("entrySpeaker")
        self.speaker_box.currentIndexChanged.connect(self._speaker_chosen)
        for box in (self.kind_box, self.party_box, self.speaker_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(7)
        self.in_session = QCheckBox()
        self.in_session.setObjectName("inSession")
        self.entry_box = EntryBox()
        self.entry_box.setObjectName("entryBox")
        self.entry_box.setTabChangesFocus(True)
        self.entry_box.setFixedHeight(self.entry_box.fontMetrics().lineSpacing() * 3 + 12)
        self.entry_box.submitted.connect(self.add_entry)
        controls = QHBoxLayout()
        for widget in (self.kind_box, self.party_box, self.speaker_box, self.in_session):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.commit_button)

        minutes_panel = QWidget()
        minutes_layout = QVBoxLayout(minutes_panel)
        minutes_layout.setContentsMargins(0, 0, 0, 0)
        minutes_layout.addWidget(self.minutes_view, 1)
        minutes_layout.addLayout(controls)
        minutes_layout.addWidget(self.entry_box)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("meetingSplitter")
        self.splitter.addWidget(agenda_panel)
        self.splitter.addWidget(minutes_panel)
        self.splitter.setStretchFactor(1, 3)
        # The minutes' state and what can be done with them: circulate, approve, correct, print, history.
        self.minutes_status = QLabel()
        self.minutes_status.setObjectName("minutesStatus")
        self.minutes_status.setTextFormat(Qt.TextFormat.PlainText)
        self.circulate_button = QPushButton()
        self.circulate_button.setObjectName("circulateMinutes")
        self.circulate_button.clicked.connect(lambda: self.change_minutes_status("circulated"))
        self.draft_button = QPushButton()
        self.draft_button.setObjectName("minutesBackToDraft")
        self.draft_button.clicked.connect(lambda: self.change_minutes_status("draft"))
        self.approve_button = QPushButton()
        self.approve_button.setObjectName("approveMinutes")
        self.approve_button.clicked.connect(lambda: self.change_minutes_status("approved"))
        self.corrigendum_button = QPushButton()
        self.corrigendum_button.setObjectName("addCorrigendum")
        self.corrigendum_button.clicked.connect(self.add_corrigendum)
        self.print_button = QPushButton()
        self.print_button.setObjectName("printRecord")
        self.print_button.clicked.connect(self.print_record)
        self.history_button = QPushButton()
        self.history_button.setObjectName("meetingHistory")
        self.history_button.clicked.connect(self.show_history)
        status_bar = QHBoxLayout()
        status_bar.addWidget(self.minutes_status, 1)
        for button in (self.circulate_button, self.draft_button, self.approve_button, self.corrigendum_button,
                       self.print_button, self.history_button):
            status_bar.addWidget(button)
        self.corrigenda_label = QLabel()
        self.corrigenda_list = QListWidget()
        self.corrigenda_list.setObjectName("corrigendaList")
        self.corrigenda_list.setWordWrap(True)
        self.corrigenda_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        self.corrigenda_list.itemActivated.connect(self._corrigendum_chosen)
        minutes_layout.addWidget(self.corrigenda_label)
        minutes_layout.addWidget(self.corrigenda_list)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(status_bar)
        layout.addWidget(self.splitter, 1)

    def _shortcuts(self) -> None:
        for number, kind in enumerate(ENTRY_KINDS, start=1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda kind=kind: self.kind_box.setCurrentIndex(ENTRY_KINDS.index(kind)))
        for number in range(10):
            shortcut = QShortcut(QKeySequence(f"Ctrl+Shift+{number}"), self)
            shortcut.activated.connect(lambda number=number: self._pick_party(number))
        self.commit_shortcut = QShortcut(QKeySequence("Ctrl+Shift+M"), self)
        self.commit_shortcut.activated.connect(self.make_commitment)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.minutes_view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected_entries)
        for key, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            move = QShortcut(QKeySequence(key), self.agenda_view)
            move.setContext(Qt.ShortcutContext.WidgetShortcut)
            move.activated.connect(lambda step=step: self.move_agenda_item(step))

    def _speaker_chosen(self, row: int) -> None:
        """A speaker speaks for their party."""
        party = self.speaker_box.itemData(row, _PARTY_ROLE)
        if party is not None:
            self.party_box.setCurrentIndex(max(self.party_box.findData(party), 0))

    def _pick_party(self, number: int) -> None:
        if number < self.party_box.count():
            self.party_box.setCurrentIndex(number)

    def retranslate(self) -> None:
        current = self.kind_box.currentIndex()
        self.kind_box.clear()
        for number, kind in enumerate(ENTRY_KINDS, start=1):
            self.kind_box.addItem(kind_name(kind), kind)
            self.kind_box.setItemData(number - 1, f"Ctrl+{number}", Qt.ItemDataRole.ToolTipRole)
        self.kind_box.setCurrentIndex(max(current, 0))
        self.agenda_label.setText(self.tr("Agenda"))
        self.new_item.setPlaceholderText(self.tr("New agenda item — press Enter"))
        self.remove_item_button.setText(self.tr("Remove"))
        self.commit_button.setText(self.tr("Commitment…"))
        self.commit_button.setToolTip(self.tr("Turn the selected entry into a commitment (Ctrl+Shift+M)"))
        self.commit_button.setAccessibleName(self.tr("Make commitment"))
        self.item_up_button.setText("↑")
        self.item_down_button.setText("↓")
        self.item_up_button.setToolTip(self.tr("Move the item up (Alt+Up)"))
        self.item_down_button.setToolTip(self.tr("Move the item down (Alt+Down)"))
        self.circulate_button.setText(self.tr("Circulate…"))
        self.circulate_button.setToolTip(self.tr("Send the draft minutes to the delegations for their comments"))
        self.draft_button.setText(self.tr("Back to draft"))
        self.draft_button.setToolTip(self.tr("Take the circulated minutes back as a draft"))
        self.approve_button.setText(self.tr("Approve…"))
        self.approve_button.setToolTip(self.tr("Record that the delegations approved the minutes: they are then frozen"))
        self.corrigendum_button.setText(self.tr("Corrigendum…"))
        self.corrigendum_button.setToolTip(self.tr(
            "Correct the approved minutes: of the selected entry, or of the record as a whole"))
        self.print_button.setText(self.tr("Print record…"))
        self.print_button.setToolTip(self.tr("The record of the meeting as both delegations sign it"))
        self.history_button.setText(self.tr("History…"))
        self.history_button.setToolTip(self.tr("Who changed what in this meeting, and when"))
        self.corrigenda_label.setText(self.tr("Corrigenda"))
        self.corrigenda_list.setAccessibleName(self.tr("Corrigenda"))
        self.in_session.setText(self.tr("In session"))
        self.in_session.setToolTip(self.tr("While the meeting is in session, each entry is stamped with the local time"))
        self.kind_box.setToolTip(self.tr("Kind of entry: Ctrl+1 to Ctrl+7"))
        self.party_box.setToolTip(self.tr("Whose position: Ctrl+Shift+1 to Ctrl+Shift+9, Ctrl+Shift+0 for none"))
        self.entry_box.setPlaceholderText(self.tr(
            "Type what was said, then Enter (Shift+Enter for a new line). Ctrl+1…7 pick the kind, "
            "Ctrl+Shift+0…9 the party."))
        for widget, name in ((self.agenda_view, self.tr("Agenda")), (self.minutes_view, self.tr("Minutes")),
                             (self.entry_box, self.tr("New minute entry")), (self.kind_box, self.tr("Kind of entry")),
                             (self.party_box, self.tr("Party")), (self.speaker_box, self.tr("Speaker")),
                             (self.new_item, self.tr("New agenda item")),
                             (self.new_item_topic, self.tr("Topic of the new agenda item")),
                             (self.remove_item_button, self.tr("Remove agenda item")),
                             (self.item_up_button, self.tr("Move agenda item up")),
                             (self.item_down_button, self.tr("Move agenda item down")),
                             (self.in_session, self.tr("In session"))):
            widget.setAccessibleName(name)

    # -- showing a meeting -----------------------------------------------------------------

    def show_meeting(self, meeting_id: str) -> None:
        self.meeting = queries.meeting_header(self.session.record, meeting_id)
        if self.meeting is None:
            return
        self._show_header()
        self.agenda_model.set_meeting(meeting_id)
        self.minutes_model.set_meeting(meeting_id)
        self._fill_people()
        self._fill_topics()
        self.in_session.setChecked(self._is_in_session(dt.datetime.now().astimezone()))
        self._show_minutes_state()
        if self.agenda_model.rowCount() and not self.agenda_view.currentIndex().isValid():
            self.agenda_view.setCurrentIndex(self.agenda_model.index(0))

    def _show_header(self) -> None:
        parts = [self.meeting.title, format_moment(self.meeting.start)]
        parts += [p for p in (self.meeting.venue, self.meeting.place) if p]
        self.header.setText(" · ".join(parts))

    def _show_minutes_state(self) -> None:
        """The minutes' status, the steps open from it, and whether anything of the meeting may change."""
        meeting = self.meeting
        writable = not self.session.record.read_only
        editable = writable and meeting.minutes_status != "approved"
        for widget in (self.entry_box, self.new_item, self.new_item_topic, self.remove_item_button,
                       self.item_up_button, self.item_down_button, self.kind_box, self.party_box,
                       self.speaker_box, self.in_session):
            widget.setEnabled(editable)
        self.commit_button.setEnabled(writable)
        self.minutes_status.setText(self.status_sentence())
        self.circulate_button.setVisible(meeting.minutes_status == "draft")
        self.draft_button.setVisible(meeting.minutes_status == "circulated")
        self.approve_button.setVisible(meeting.minutes_status == "circulated")
        self.corrigendum_button.setVisible(meeting.minutes_status == "approved")
        for button in (self.circulate_button, self.draft_button, self.approve_button, self.corrigendum_button):
            button.setEnabled(writable)
        self.corrigenda_list.clear()
        rows = queries.corrigenda(self.session.record, meeting.id)
        for row in rows:
            item = QListWidgetItem(self.tr("%1. %2 — %3 (reason: %4)").replace("%1", str(row.number)).replace(
                "%2", format_date(parse_date(row.date))).replace("%3", row.text).replace("%4", row.reason))
            item.setData(Qt.ItemDataRole.UserRole, row.entry_id)
            self.corrigenda_list.addItem(item)
        self.corrigenda_list.setVisible(bool(rows))
        self.corrigenda_label.setVisible(bool(rows))

    def status_sentence(self) -> str:
        """What the window says of the minutes: 'Draft minutes', '… circulated on 6 Apr 2001', 'approved …'."""
        meeting = self.meeting
        if meeting.minutes_status == "approved":
            return self.tr("Minutes approved on %1 — read-only; corrections by corrigendum").replace(
                "%1", format_date(parse_date(meeting.approved_on)))
        if meeting.minutes_status == "circulated":
            return self.tr("Draft minutes, circulated on %1").replace(
                "%1", format_date(parse_date(meeting.circulated_on)))
        return self.tr("Draft minutes")

    def _corrigendum_chosen(self, item: QListWidgetItem) -> None:
        entry = item.data(Qt.ItemDataRole.UserRole)
        if entry:
            self.select_entry(entry)

    def change_minutes_status(self, step: str):
        """Circulate or approve the minutes through a dialog that asks the date; back to draft at once."""
        from ..store.edits import SetMinutesStatus
        from .minutes_dialogs import MinutesStepDialog

        if self.meeting is None:
            return None
        if step == "draft":
            self.session.perform(SetMinutesStatus(self.meeting.id, "draft",
                                                  description=self.tr("Minutes back to draft")))
            return None
        dialog = MinutesStepDialog(self.session, self.meeting.id, self.meeting.title, moment_date(self.meeting.start),
                                   step, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def add_corrigendum(self):
        """A corrigendum of the selected entry (or of the record as a whole)."""
        from .minutes_dialogs import CorrigendumDialog

        if self.meeting is None or self.meeting.minutes_status != "approved":
            return None
        selected = self.minutes_view.selectionModel().selectedRows()
        entry = None
        if selected:
            row = self.minutes_model.entry(selected[0].row())
            entry = (row.id, row.text)
        dialog = CorrigendumDialog(self.session, self.meeting.id, self.meeting.approved_on, entry, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def print_record(self):
        from .minutes_dialogs import MinutesPrintDialog

        if self.meeting is None:
            return None
        dialog = MinutesPrintDialog(self.session, self.meeting.id, self.meeting.title, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_history(self):
        from .minutes_dialogs import HistoryDialog

        if self.meeting is None:
            return None
        dialog = HistoryDialog(self.session, self.meeting.id, self.meeting.title, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _fill_topics(self) -> None:
        self.new_item_topic.clear()
        self.new_item_topic.addItem(self.tr("No topic"), None)
        for topic in queries.named(self.session.record, "topics", self.meeting.talks_id):
            self.new_item_topic.addItem(topic.name, topic.id)

    def _topic_chosen(self) -> None:
        """Choosing a topic with no title typed yet offers the topic's title for the item."""
        if self.new_item_topic.currentData() is not None and not self.new_item.text().strip():
            self.new_item.setText(self.new_item_topic.currentText())
        self.new_item.setFocus()

    def _agenda_menu(self, point) -> None:
        index = self.agenda_view.indexAt(point)
        if not self.session.can_edit_meeting(self.meeting and self.meeting.id) or not index.isValid():
            return
        item = self.agenda_model.items[index.row()]
        menu = QMenu(self)
        link = menu.addMenu(self.tr("Link to topic"))
        for row in range(self.new_item_topic.count()):
            act = link.addAction(self.new_item_topic.itemText(row))
            act.setCheckable(True)
            act.setChecked(self.new_item_topic.itemData(row) == item.topic_id)
            act.triggered.connect(lambda _checked=False, topic=self.new_item_topic.itemData(row):
                                  self.link_topic(item.id, topic))
        menu.addAction(self.tr("Remove agenda item")).triggered.connect(self.remove_agenda_item)
        menu.popup(self.agenda_view.viewport().mapToGlobal(point))

    def link_topic(self, item_id: str, topic_id: str | None) -> bool:
        return self.session.perform(SetFields("agenda_items", {"id": item_id}, {"topic_id": topic_id},
                                              description=self.tr("Link agenda item to topic")))

    def _fill_people(self) -> None:
        record, talks = self.session.record, self.meeting.talks_id
        self.party_box.clear()
        self.party_box.addItem(self.tr("No party"), None)
        for party in queries.parties(record, talks):
            self.party_box.addItem(party.name, party.id)
        self.speaker_box.clear()
        self.speaker_box.addItem(self.tr("No speaker"), None)
        for person in queries.people(record, talks):
            self.speaker_box.addItem(person.name, person.id)
            self.speaker_box.setItemData(self.speaker_box.count() - 1, person.group, _PARTY_ROLE)

    def _is_in_session(self, now: dt.datetime) -> bool:
        """A meeting is in session on its own day, by the clock of the place where it is held."""
        if self.meeting is None or self.meeting.status == "cancelled":
            return False
        start = parse_moment(self.meeting.start)
        if isinstance(start, dt.datetime):
            now = now.astimezone(start.tzinfo)
            first = start.date()
        else:
            first = start
        last = parse_moment(self.meeting.end) if self.meeting.end else first
        last = last.date() if isinstance(last, dt.datetime) else last
        return first <= now.date() <= last

    def _local_time(self) -> str:
        now = dt.datetime.now().astimezone()
        start = parse_moment(self.meeting.start)
        if isinstance(start, dt.datetime):
            now = now.astimezone(start.tzinfo)
        return now.strftime("%H:%M")

    def select_entry(self, entry_id: str) -> None:
        row = queries.entry_position(self.session.record, entry_id)
        if row is not None and row < self.minutes_model.rowCount():
            self.minutes_view.selectRow(row)
            self.minutes_view.scrollTo(self.minutes_model.index(row, MinutesModel.TEXT))
            self.minutes_view.setFocus()

    def select_agenda_item(self, item_id: str) -> None:
        for row, item in enumerate(self.agenda_model.items):
            if item.id == item_id:
                self.agenda_view.setCurrentIndex(self.agenda_model.index(row))
                self.agenda_view.setFocus()

    def current_item_id(self) -> str | None:
        index = self.agenda_view.currentIndex()
        return index.data(AgendaModel.IdRole) if index.isValid() else None

    # -- edits -----------------------------------------------------------------------------

    def add_entry(self, text: str) -> bool:
        if self.meeting is None:
            return False
        values = {"meeting_id": self.meeting.id, "item_id": self.current_item_id(),
                  "kind": self.kind_box.currentData(), "party_id": self.party_box.currentData(),
                  "speaker_id": self.speaker_box.currentData(), "text": text}
        if self.in_session.isChecked():
            values["at"] = self._local_time()
        if self.session.perform(Insert("minutes", values, description=self.tr("Add entry"))):
            self.entry_box.clear()
            self.minutes_view.scrollToBottom()
            return True
        return False

    def make_commitment(self):
        """Open the commitment dialog on the selected entry (or the last one); accepting it saves the commitment."""
        if self.meeting is None or self.session.record.read_only or self.minutes_model.rowCount() == 0:
            return None
        selected = self.minutes_view.selectionModel().selectedRows()
        row = selected[0].row() if selected else self.minutes_model.rowCount() - 1
        entry = queries.entry_context(self.session.record, self.minutes_model.entry(row).id)
        from .commitment_dialog import CommitmentDialog

        dialog = CommitmentDialog(self.session.record, entry, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.session.perform(dialog.edit()))
        dialog.open()
        return dialog

    def _entry_menu(self, point) -> None:
        if self.session.record.read_only or not self.minutes_view.selectionModel().selectedRows():
            return
        menu = QMenu(self)
        if self.minutes_model.frozen:
            menu.addAction(self.tr("Corrigendum…")).triggered.connect(self.add_corrigendum)
            menu.addAction(self.tr("Commitment…")).triggered.connect(self.make_commitment)
            menu.popup(self.minutes_view.viewport().mapToGlobal(point))
            return
        move = menu.addMenu(self.tr("Move to agenda item"))
        for number, item in enumerate(self.agenda_model.items, start=1):
            act = move.addAction(f"{number}. {item.title}")
            act.triggered.connect(lambda _checked=False, item=item.id: self.move_selected_entries(item))
        move.addAction(self.tr("No agenda item")).triggered.connect(lambda: self.move_selected_entries(None))
        menu.addAction(self.tr("Commitment…")).triggered.connect(self.make_commitment)
        menu.addAction(self.tr("Delete entry")).triggered.connect(self.delete_selected_entries)
        menu.popup(self.minutes_view.viewport().mapToGlobal(point))

    def move_selected_entries(self, item_id: str | None) -> None:
        """Tie the selected entries to another agenda item (or to none)."""
        rows = sorted(index.row() for index in self.minutes_view.selectionModel().selectedRows())
        edits = [SetFields("minutes", {"id": self.minutes_model.entry(row).id}, {"item_id": item_id}) for row in rows]
        if edits:
            self.session.perform(Together(edits, description=self.tr("Move entries")))

    def delete_selected_entries(self) -> None:
        rows = sorted({index.row() for index in self.minutes_view.selectionModel().selectedRows()}, reverse=True)
        ids = [self.minutes_model.entry(row).id for row in rows]
        for ident in ids:
            self.session.perform(Delete("minutes", {"id": ident}, description=self.tr("Delete entry")))

    def add_agenda_item(self) -> None:
        title = self.new_item.text()
        if self.meeting is None or not title.strip():
            return
        values = {"meeting_id": self.meeting.id, "title": title, "topic_id": self.new_item_topic.currentData()}
        if self.session.perform(Insert("agenda_items", values, description=self.tr("Add agenda item"))):
            self.new_item.clear()
            self.new_item_topic.setCurrentIndex(0)
            self.agenda_view.setCurrentIndex(self.agenda_model.index(self.agenda_model.rowCount() - 1))

    def remove_agenda_item(self) -> None:
        ident = self.current_item_id()
        if ident is not None:
            self.session.perform(Delete("agenda_items", {"id": ident}, description=self.tr("Remove agenda item")))

    def move_agenda_item(self, step: int) -> None:
        index = self.agenda_view.currentIndex()
        if not index.isValid():
            return
        target = index.row() + step
        if 0 <= target < self.agenda_model.rowCount():
            ident = index.data(AgendaModel.IdRole)
            if self.session.perform(Move("agenda_items", {"id": ident}, target,
                                         description=self.tr("Move agenda item"))):
                self.agenda_view.setCurrentIndex(self.agenda_model.index(target))

    def _record_changed(self, table: str) -> None:
        if self.meeting is None:
            return
        if table in ("meetings", "corrigenda"):
            before = self.meeting.minutes_status
            self.meeting = queries.meeting_header(self.session.record, self.meeting.id)
            if self.meeting is None:
                return
            self._show_header()
            self._show_minutes_state()
            # The lists are read again only when what may be done with them, or their marks, changed:
            # not for every letter typed into the meeting's title.
            if table == "corrigenda" or self.meeting.minutes_status != before:
                self.agenda_model.reload()
                self.minutes_model.reload()
            return
        if table in ("agenda_items", "minutes"):
            current = self.current_item_id()
            self.agenda_model.reload()
            rows = [i for i, item in enumerate(self.agenda_model.items) if item.id == current]
            if rows:
                self.agenda_view.setCurrentIndex(self.agenda_model.index(rows[0]))
        if table in ("minutes", "agenda_items", "parties", "people"):
            self.minutes_model.reload()
        if table in ("parties", "people"):
            self._fill_people()
        if table == "topics":
            self._fill_topics()
