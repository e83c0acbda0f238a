"""Accord's main window: the record's talks and meetings."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, QThreadPool, QTimer, Qt
from PySide6.QtCore import QEvent, QModelIndex
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QSplitter,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QDockWidget,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QTreeView,
)

from .. import __version__
from ..store import queries
from ..store.edits import Delete, Insert, Together
from ..store.locations import sample_bundle_path
from ..store.errors import RecordError
from ..store.record import Record
from . import language
from .opening import open_record
from .preferences import editor_name
from .meeting_view import MeetingView
from .navigator import NavigatorModel
from .session import Session
from .welcome import WelcomeView
from .workers import RecordJob


class _Forms(dict):
    """The record forms by table, each built the first time it is asked for."""

    def __init__(self, build: Callable[[str], QWidget]):
        super().__init__()
        self._build = build

    def __missing__(self, table: str) -> QWidget:
        form = self[table] = self._build(table)
        return form


class MainWindow(QMainWindow):
    MAX_RECENT = 8

    def __init__(self, record: Record, pool: QThreadPool | None = None, *, owns_record: bool = False):
        super().__init__()
        self.owns_record = owns_record  # close the record with the window
        if owns_record:
            self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # nothing may reach a closed record
        self.setObjectName("mainWindow")
        self.record = record
        self.session = Session(record, self)
        record.editor = editor_name()
        self.session.failed.connect(lambda text: QMessageBox.warning(self, self.tr("Accord"), text))
        self.session.changed.connect(self._record_changed)
        self.pool = pool or QThreadPool.globalInstance()
        self._jobs: set[RecordJob] = set()
        self.navigator_model = NavigatorModel(record, self)
        self.create_views()
        self.create_actions()
        self.create_menus()
        self.create_toolbars()
        self.create_status_bar()
        self.retranslate()
        self.read_settings()
        self.show_current_view()
        QTimer.singleShot(0, self.check_approved_minutes)

    # -- building ------------------------------------------------------------------

    def create_views(self) -> None:
        self.navigator = QTreeView()
        self.navigator.setObjectName("navigator")
        self.navigator.setModel(self.navigator_model)
        self.navigator.setUniformRowHeights(True)
        self.navigator.setMinimumWidth(240)
        self.navigator.setAlternatingRowColors(True)
        self.navigator.header().setSectionResizeMode(NavigatorModel.TITLE, QHeaderView.ResizeMode.Stretch)
        # Fixed widths: fitting columns to their contents would measure every row of a long list.
        for column, width in ((NavigatorModel.DATE, 92), (NavigatorModel.PLACE, 80), (NavigatorModel.STATUS, 64)):
            self.navigator.header().setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.navigator.setColumnWidth(column, width)
        self.navigator.header().setStretchLastSection(False)
        self.navigator.selectionModel().currentChanged.connect(self._navigator_moved)
        self.meeting_view = MeetingView(self.session)
        self.meeting_tabs = QTabWidget()
        self.meeting_tabs.setObjectName("meetingTabs")
        self.meeting_tabs.addTab(self.meeting_view, "")
        self.meeting_details = QWidget()  # its form and attendees are built when the tab is first opened
        self.meeting_details.setObjectName("meetingDetails")
        QVBoxLayout(self.meeting_details)
        self.meeting_tabs.addTab(self.meeting_details, "")
        self.meeting_tabs.currentChanged.connect(self._meeting_tab_changed)
        self.editors = QStackedWidget()
        self.editors.setObjectName("editors")
        self.editors.addWidget(QWidget())
        self.editors.addWidget(self.meeting_tabs)
        self.forms = _Forms(self._build_form)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.editors)
        self.splitter.setStretchFactor(1, 2)
        self.welcome = WelcomeView()
        self.welcome.sample_requested.connect(self.open_sample)
        self.welcome.import_requested.connect(self.choose_bundle_to_import)
        self.welcome.new_talks_requested.connect(self.new_talks)
        self.stack = QStackedWidget()
        self.stack.setObjectName("views")
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.splitter)
        self.setCentralWidget(self.stack)

    # Views that the first frame does not show are built, and their modules imported, when first
    # needed: the window opens on a large record in the time a bare window takes, or close to it.

    def _built(self, name: str) -> bool:
        return name in self.__dict__

    def _build_form(self, table: str):
        from .forms import RecordForm

        form = RecordForm(self.session, table)
        if table == "meetings":
            self.meeting_details.layout().insertWidget(0, form)
            if self.meeting_view.meeting is not None:
                form.load(self.meeting_view.meeting.id)
        else:
            self.editors.addWidget(form)
        return form

    @cached_property
    def attendees(self):
        from .attendees import AttendeesEditor

        editor = AttendeesEditor(self.session)
        self.meeting_details.layout().addWidget(editor, 1)
        if (meeting := self.meeting_view.meeting) is not None:
            editor.show_meeting(meeting.id, meeting.talks_id)
        return editor

    def _meeting_tab_changed(self, index: int) -> None:
        if self.meeting_tabs.widget(index) is self.meeting_details:
            self._load_details()

    def _load_details(self) -> None:
        meeting = self.meeting_view.meeting
        if meeting is not None:
            self.forms["meetings"].load(meeting.id)
            self.attendees.show_meeting(meeting.id, meeting.talks_id)

    @cached_property
    def find_dock(self) -> QDockWidget:
        from .find_panel import FindPanel

        panel = FindPanel(self.session)
        panel.hit_chosen.connect(self.open_hit)
        dock = QDockWidget()
        dock.setObjectName("findDock")
        dock.setWidget(panel)
        dock.setWindowTitle(self.tr("Find"))
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        return dock

    @property
    def find_panel(self):
        return self.find_dock.widget()

    @cached_property
    def followup_panel(self):
        from .followup_panel import FollowUpPanel

        panel = FollowUpPanel(self.session, self.pool)
        panel.review_meeting_wanted.connect(self.new_review_meeting)
        self.editors.addWidget(panel)
        return panel

    @property
    def commitments_model(self):
        return self.followup_panel.model

    @property
    def commitments_view(self):
        return self.followup_panel.view

    @cached_property
    def communique_editor(self):
        from .communique_editor import CommuniqueEditor

        editor = CommuniqueEditor(self.session, self.pool)
        self.editors.addWidget(editor)
        return editor

    def show_communique(self, ident: str) -> None:
        editor = self.communique_editor
        self.editors.setCurrentWidget(editor)
        editor.load(ident)

    def create_actions(self) -> None:
        def action(name: str, slot: Callable, shortcut=None) -> QAction:
            a = QAction(self)
            a.setObjectName(name)
            if shortcut is not None:
                a.setShortcut(QKeySequence(shortcut))
            a.triggered.connect(slot)
            return a

        self.import_action = action("importAction", self.choose_bundle_to_import, "Ctrl+I")
        self.export_action = action("exportAction", self.choose_export_file, "Ctrl+E")
        self.backup_action = action("backupAction", self.choose_backup_file)
        self.new_record_action = action("newRecordAction", self.choose_new_record)
        self.open_record_action = action("openRecordAction", self.choose_record_to_open, QKeySequence.StandardKey.Open)
        self.quit_action = action("quitAction", self.close, QKeySequence.StandardKey.Quit)
        self.quit_action.setShortcuts([QKeySequence("Ctrl+Q")])
        self.about_action = action("aboutAction", self.show_about)
        self.find_action = action("findAction", self.show_find, QKeySequence.StandardKey.Find)
        self.preferences_action = action("preferencesAction", self.show_preferences)
        self.preferences_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
                                             or [QKeySequence("Ctrl+,")])
        self.new_talks_action = action("newTalksAction", self.new_talks, QKeySequence.StandardKey.New)
        self.new_party_action = action("newPartyAction", lambda: self.new_record("parties"))
        self.new_person_action = action("newPersonAction", lambda: self.new_record("people"))
        self.new_body_action = action("newBodyAction", lambda: self.new_record("bodies"))
        self.new_topic_action = action("newTopicAction", lambda: self.new_record("topics"))
        self.new_meeting_action = action("newMeetingAction", self.new_meeting, "Ctrl+Shift+N")
        self.draft_action = action("draftCommuniqueAction", self.draft_communique)
        self.delete_action = action("deleteRecordAction", self.delete_record, "Ctrl+Shift+Delete")
        self.history_action = action("historyAction", self.show_history, "Ctrl+Shift+H")
        self.insert_actions = [self.new_talks_action, self.new_party_action, self.new_person_action,
                               self.new_body_action, self.new_topic_action, self.new_meeting_action,
                               self.draft_action, self.delete_action]
        for a in self.insert_actions:
            a.setEnabled(not self.record.read_only)
        self.undo_action = self.session.undo_stack.createUndoAction(self)
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.session.undo_stack.createRedoAction(self)
        self.redo_action.setObjectName("redoAction")
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        for a in (self.import_action, self.backup_action):
            a.setEnabled(not self.record.read_only or a is self.backup_action)

    def create_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.setObjectName("fileMenu")
        self.file_menu.addActions([self.new_record_action, self.open_record_action])
        self.recent_menu = self.file_menu.addMenu("")
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.import_action, self.export_action, self.backup_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = self.menuBar().addMenu("")
        self.edit_menu.setObjectName("editMenu")
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.preferences_action)
        self.insert_menu = self.menuBar().addMenu("")
        self.insert_menu.setObjectName("insertMenu")
        self.insert_menu.addActions(self.insert_actions[:-1])
        self.insert_menu.addSeparator()
        self.insert_menu.addAction(self.delete_action)
        self.insert_menu.addSeparator()
        self.insert_menu.addAction(self.history_action)
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.setObjectName("helpMenu")
        self.help_menu.addAction(self.about_action)

    def create_toolbars(self) -> None:
        self.file_toolbar = self.addToolBar("")
        self.file_toolbar.setObjectName("fileToolbar")
        self.file_toolbar.addActions([self.import_action, self.export_action, self.backup_action])

    def create_status_bar(self) -> None:
        self.read_only_label = QLabel()
        self.read_only_label.setObjectName("readOnlyBanner")
        self.read_only_label.setTextFormat(Qt.TextFormat.PlainText)
        self.read_only_label.setVisible(self.record.read_only)
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.setVisible(False)
        self.statusBar().addWidget(self.read_only_label)
        self.statusBar().addPermanentWidget(self.progress)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Accord — %1").replace("%1", self.record.path.name))
        texts = {
            self.import_action: self.tr("&Import bundle…"),
            self.export_action: self.tr("&Export bundle…"),
            self.backup_action: self.tr("&Backup…"),
            self.new_record_action: self.tr("&New record…"),
            self.open_record_action: self.tr("&Open record…"),
            self.quit_action: self.tr("&Quit"),
            self.about_action: self.tr("&About Accord"),
            self.find_action: self.tr("&Find…"),
            self.preferences_action: self.tr("&Preferences…"),
            self.new_talks_action: self.tr("New &talks"),
            self.new_party_action: self.tr("New &party"),
            self.new_person_action: self.tr("New &delegate"),
            self.new_body_action: self.tr("New &body"),
            self.new_topic_action: self.tr("New t&opic"),
            self.new_meeting_action: self.tr("New &meeting…"),
            self.draft_action: self.tr("Draft a &communiqué from the record…"),
            self.delete_action: self.tr("De&lete record"),
            self.history_action: self.tr("&History of changes…"),
        }
        for a, text in texts.items():
            a.setText(text)
            a.setToolTip(text.replace("&", "").rstrip("…"))
        self.file_menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.insert_menu.setTitle(self.tr("&Records"))
        self.meeting_tabs.setTabText(0, self.tr("Agenda and minutes"))
        self.meeting_tabs.setTabText(1, self.tr("Details"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.undo_action.setText(self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo"))
        self.file_toolbar.setWindowTitle(self.tr("File"))
        self.navigator.setAccessibleName(self.tr("Talks and meetings"))
        if self._built("find_dock"):
            self.find_dock.setWindowTitle(self.tr("Find"))
        if self._built("followup_panel"):
            self.followup_panel.retranslate()
        self.stack.setAccessibleName(self.tr("Record"))
        if self.record.read_only:
            self.read_only_label.setText(
                self.tr("Read-only: %1. Nothing can be changed.").replace("%1", self.record.read_only_reason or ""))

    # -- settings ---------------------------------------------------------------------

    def read_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("mainWindow/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        state = settings.value("mainWindow/state")
        if state is not None:
            self.restoreState(state)
        for splitter, key in ((self.splitter, "mainWindow/splitter"),
                              (self.meeting_view.splitter, "mainWindow/meetingSplitter")):
            saved = settings.value(key)
            if saved is not None:
                splitter.restoreState(saved)
            else:
                splitter.setSizes([420, 860] if splitter is self.splitter else [220, 640])

    def write_settings(self) -> None:
        settings = QSettings()
        settings.setValue("mainWindow/geometry", self.saveGeometry())
        settings.setValue("mainWindow/state", self.saveState())
        settings.setValue("mainWindow/splitter", self.splitter.saveState())
        settings.setValue("mainWindow/meetingSplitter", self.meeting_view.splitter.saveState())
        settings.setValue("lastRecord", str(self.record.path))
        self._remember(self.record.path)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.write_settings()
        self.pool.waitForDone()
        event.accept()
        if self.owns_record:
            self.record.close()

    # -- records -------------------------------------------------------------------------

    @staticmethod
    def recent_records() -> list[str]:
        value = QSettings().value("recentRecords") or []
        return [value] if isinstance(value, str) else list(value)

    def _remember(self, path: Path) -> None:
        recent = [str(path)] + [p for p in self.recent_records() if p != str(path)]
        QSettings().setValue("recentRecords", recent[: self.MAX_RECENT])

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for name in self.recent_records():
            if Path(name) == self.record.path:
                continue
            act = self.recent_menu.addAction(name)
            act.triggered.connect(lambda _checked=False, name=name: self.switch_record(Path(name)))
        self.recent_menu.setEnabled(not self.recent_menu.isEmpty())

    def choose_new_record(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("New record"), "talks.sqlite",
                                              self.tr("Accord records (*.sqlite)"))
        if name:
            path = Path(name)
            if path.exists():
                QMessageBox.warning(self, self.tr("Accord"),
                                    self.tr("%1 exists already; open it instead.").replace("%1", str(path)))
                return
            self.switch_record(path, create=True)

    def choose_record_to_open(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open record"), str(self.record.path.parent),
                                              self.tr("Accord records (*.sqlite);;All files (*)"))
        if name:
            self.switch_record(Path(name))

    def switch_record(self, path: Path, *, create: bool = False) -> MainWindow | None:
        """Open another record in a new window and close this one; on failure this one stays."""
        try:
            record = open_record(path, create=create, parent=self)
        except RecordError as error:
            QMessageBox.warning(self, self.tr("Accord"), str(error))
            return None
        if record is None:
            return None
        window = MainWindow(record, self.pool, owns_record=True)
        window.show()
        self.close()
        return window

    # -- views -------------------------------------------------------------------------

    def show_current_view(self) -> None:
        empty = self.navigator_model.rowCount() == 0
        self.stack.setCurrentWidget(self.welcome if empty else self.splitter)
        self.welcome.sample_button.setEnabled(not self.record.read_only)
        self.welcome.import_button.setEnabled(not self.record.read_only)
        self.welcome.new_talks_button.setEnabled(not self.record.read_only)
        current = self.navigator.currentIndex()
        if not empty and (not current.isValid() or current.data(NavigatorModel.KindRole) == "talks"):
            talks = self.navigator_model.index(0, 0)
            self.navigator.expand(talks)
            self.navigator_model.fetchMore(talks)
            meetings = next((self.navigator_model.index(row, 0, talks)
                             for row in range(self.navigator_model.rowCount(talks))
                             if self.navigator_model.index(row, 0, talks).data(NavigatorModel.SectionRole)
                             == "meetings"), None)
            if meetings is not None:
                self.navigator.expand(meetings)
                self.navigator_model.fetchMore(meetings)
                if self.navigator_model.rowCount(meetings):
                    self.navigator.setCurrentIndex(self.navigator_model.index(0, 0, meetings))
                    return
            self.navigator.setCurrentIndex(talks)

    _FORM_OF = {"talks": "talks", "party": "parties", "person": "people", "body": "bodies", "topic": "topics"}

    def _navigator_moved(self, current, _previous) -> None:
        if not current.isValid():
            return
        talks_id = current.data(NavigatorModel.TalksRole)
        kind, ident = current.data(NavigatorModel.KindRole), current.data(NavigatorModel.IdRole)
        if kind == "section" and current.data(NavigatorModel.SectionRole) == "commitments":
            self.show_commitments(talks_id)
        elif kind == "meeting":
            self.show_meeting(ident)
        elif kind == "communique":
            self.show_communique(ident)
        elif kind in self._FORM_OF:
            form = self.forms[self._FORM_OF[kind]]
            form.load(ident)
            self.editors.setCurrentWidget(form)
        else:
            self.editors.setCurrentIndex(0)

    def show_commitments(self, talks_id: str) -> None:
        """The talks' commitments in the editor area; they are read when first shown."""
        panel = self.followup_panel
        if talks_id != panel.talks_id:
            panel.set_talks(talks_id)
        self.editors.setCurrentWidget(panel)

    def current_talks(self) -> str | None:
        index = self.navigator.currentIndex()
        if index.isValid():
            return index.data(NavigatorModel.TalksRole)
        first = self.navigator_model.index(0, 0)
        return first.data(NavigatorModel.IdRole) if first.isValid() else None

    def _select(self, talks_id: str, section: str, ident: str, party: str | None = None) -> None:
        index = self.navigator_model.find(talks_id, section, ident, party)
        if index.isValid():
            self.navigator.setCurrentIndex(index)
            self.navigator.scrollTo(index)

    def new_talks(self) -> str | None:
        """New talks between two parties, ready to be named."""
        talks = Insert("talks", {"title": self.tr("New talks"), "languages": ["en"]})
        first = Insert("parties", {"talks_id": talks.key["id"], "name": self.tr("First party"), "short": "A",
                                   "language": "en"})
        second = Insert("parties", {"talks_id": talks.key["id"], "name": self.tr("Second party"), "short": "B",
                                    "language": "en"})
        if not self.session.perform(Together([talks, first, second], description=self.tr("New talks"))):
            return None
        for row in range(self.navigator_model.rowCount()):
            index = self.navigator_model.index(row, 0)
            if index.data(NavigatorModel.IdRole) == talks.key["id"]:
                self.navigator.setCurrentIndex(index)
        return talks.key["id"]

    _NEW = {
        "parties": ("delegations", {"name": QT_TRANSLATE_NOOP("MainWindow", "New party"), "short": "?",
                                    "language": "en"}),
        "people": ("delegations", {"name": QT_TRANSLATE_NOOP("MainWindow", "New delegate")}),
        "bodies": ("bodies", {"name": QT_TRANSLATE_NOOP("MainWindow", "New body")}),
        "topics": ("topics", {"title": QT_TRANSLATE_NOOP("MainWindow", "New topic")}),
    }

    def new_record(self, table: str) -> str | None:
        talks_id = self.current_talks()
        if talks_id is None:
            return None
        section, values = self._NEW[table]
        values = {key: self.tr(value) if key in ("name", "title") else value for key, value in values.items()}
        values["talks_id"] = talks_id
        party = None
        if table == "people":
            index = self.navigator.currentIndex()
            kind = index.data(NavigatorModel.KindRole)
            party = index.data(NavigatorModel.IdRole) if kind == "party" else (
                index.parent().data(NavigatorModel.IdRole) if kind == "person" else None)
            if party is None:
                choices = queries.named(self.record, "parties", talks_id)
                if not choices:
                    return None
                party = choices[0].id
            values["party_id"] = party
        edit = Insert(table, values, description=self.tr("New record"))
        if not self.session.perform(edit):
            return None  # on success the navigator has read the section again (_record_changed)
        self._select(talks_id, section, edit.key["id"], party)
        return edit.key["id"]

    def new_meeting(self):
        talks_id = self.current_talks()
        if talks_id is None or self.record.read_only:
            return None
        index = self.navigator.currentIndex()
        body = None
        if index.data(NavigatorModel.KindRole) == "body":
            body = index.data(NavigatorModel.IdRole)
        elif self.meeting_view.meeting is not None and self.meeting_view.meeting.talks_id == talks_id:
            body_row = queries.form_row(self.record, "meetings", self.meeting_view.meeting.id)
            body = body_row["body_id"] if body_row else None
        return self._open_new_meeting(talks_id, body)

    def new_review_meeting(self, talks_id: str, day):
        """A new meeting on a review date, with the open commitments as its agenda."""
        if self.record.read_only:
            return None
        return self._open_new_meeting(talks_id, None, day)

    def _open_new_meeting(self, talks_id: str, body: str | None, review_day=None):
        from .new_meeting import NewMeetingDialog

        dialog = NewMeetingDialog(self.record, talks_id, body, self, review_day=review_day)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def create() -> None:
            edit = dialog.edit()
            if self.session.perform(edit):
                meeting_id = edit.edits[0].key["id"]
                self._select(talks_id, "meetings", meeting_id)

        dialog.accepted.connect(create)
        dialog.open()
        return dialog

    def draft_communique(self):
        """Ask up to which date and in which languages, then write a first draft from the record."""
        talks_id = self.current_talks()
        if talks_id is None or self.record.read_only:
            return None
        from .draft_dialog import DraftDialog

        dialog = DraftDialog(self.record, talks_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def create() -> None:
            edit = dialog.edit()
            if self.session.perform(edit):
                self._select(talks_id, "communiques", edit.edits[0].key["id"])

        dialog.accepted.connect(create)
        dialog.open()
        return dialog

    def delete_record(self) -> None:
        index = self.navigator.currentIndex()
        kind = index.data(NavigatorModel.KindRole)
        tables = {"talks": "talks", "party": "parties", "person": "people", "body": "bodies", "topic": "topics",
                  "meeting": "meetings", "communique": "communiques"}
        if kind not in tables:
            return
        ident = index.data(NavigatorModel.IdRole)
        if self.session.perform(Delete(tables[kind], {"id": ident}, description=self.tr("Delete record"))):
            self.editors.setCurrentIndex(0)
            self.refresh()

    def show_history(self):
        """The history of changes of the record in view: the commitment chosen in the commitments list, or
        the record chosen in the navigator (a meeting's includes its attendance, agenda and minutes)."""
        from .minutes_dialogs import HistoryDialog

        ident = title = None
        if self._built("followup_panel") and self.editors.currentWidget() is self.followup_panel:
            ident = self.followup_panel.current_commitment()
            if ident is not None:
                row = self.record.conn.execute("SELECT text FROM commitments WHERE id = ?", (ident,)).fetchone()
                title = row[0] if row else ident
        if ident is None:
            index = self.navigator.currentIndex()
            if index.data(NavigatorModel.KindRole) in ("talks", "party", "person", "body", "topic", "meeting",
                                                       "communique"):
                ident = index.data(NavigatorModel.IdRole)
                title = index.siblingAtColumn(NavigatorModel.TITLE).data() or ident
        if ident is None:
            self.statusBar().showMessage(self.tr("Choose a record to see its history of changes"), 5000)
            return None
        dialog = HistoryDialog(self.session, ident, title, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def check_approved_minutes(self) -> list:
        """Warn, naming each meeting, when approved minutes no longer match the checksum taken at their
        approval: the file was changed outside Accord."""
        from ..store.approval import altered_meetings

        if self.record.closed:  # the window was closed before it got round to this
            return []
        altered = altered_meetings(self.record.conn)
        if altered:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Accord"), self.tr(
                "Approved minutes were changed outside Accord since their approval:"), QMessageBox.StandardButton.Ok,
                self)
            box.setObjectName("alteredMinutesWarning")
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setInformativeText("\n\n".join(a.sentence() for a in altered))
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            self.statusBar().showMessage(self.tr("Approved minutes changed outside Accord: %1").replace(
                "%1", "; ".join(a.title for a in altered)))
        return altered

    def show_meeting(self, meeting_id: str) -> None:
        self.meeting_view.show_meeting(meeting_id)
        if self.meeting_tabs.currentWidget() is self.meeting_details or self._built("attendees"):
            self._load_details()
        self.editors.setCurrentWidget(self.meeting_tabs)

    def show_preferences(self):
        from .preferences import PreferencesDialog

        dialog = PreferencesDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def apply() -> None:
            code = dialog.chosen()
            if code is None:
                QSettings().remove("language")
            else:
                QSettings().setValue("language", code)
            language.install(language.chosen_language())
            QSettings().setValue("editor", dialog.editor_name())
            self.record.editor = editor_name()

        dialog.accepted.connect(apply)
        dialog.open()
        return dialog

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_all()
        super().changeEvent(event)

    def retranslate_all(self) -> None:
        """Every text of the window in the language just installed."""
        self.retranslate()
        self.welcome.retranslate()
        self.meeting_view.retranslate()
        models = [self.navigator_model, self.meeting_view.minutes_model]
        if self._built("find_dock"):
            self.find_panel.retranslate()
            models.append(self.find_panel.model)
        if self._built("attendees"):
            self.attendees.retranslate()
            models.append(self.attendees.model)
        if self._built("followup_panel"):
            models.append(self.commitments_model)
        if self._built("communique_editor"):
            self.communique_editor.retranslate()
            models.append(self.communique_editor.paragraphs_model)
        for form in self.forms.values():
            form.retranslate()
        self.meeting_view.agenda_model.layoutChanged.emit()
        for model in models:
            model.layoutChanged.emit()
            columns = model.columnCount(QModelIndex())
            if columns:
                model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
        if self.meeting_view.meeting is not None:
            self.meeting_view.show_meeting(self.meeting_view.meeting.id)

    def show_find(self) -> None:
        self.find_dock.show()
        self.find_dock.raise_()
        self.find_panel.query.setFocus()
        self.find_panel.query.selectAll()

    def open_hit(self, hit) -> None:
        """Go to what Find found: a commitment in the commitments view; otherwise its meeting, and the
        entry or agenda item itself."""
        if hit.kind == "commitment":
            self.navigator.setCurrentIndex(self.navigator_model.section_index(hit.talks_id, "commitments"))
            self.followup_panel.clear_filters()
            self.followup_panel.select(hit.id)
            return
        if hit.meeting_id is None:
            self.navigator.setCurrentIndex(self.navigator_model.section_index(hit.talks_id, "commitments"))
            self.statusBar().showMessage(self.tr("Found in a record that belongs to no meeting"), 5000)
            return
        index = self.navigator_model.meeting_index(hit.talks_id, hit.meeting_id)
        if index.isValid():
            self.navigator.setCurrentIndex(index)  # shows the meeting
            self.navigator.scrollTo(index)
        else:
            self.show_meeting(hit.meeting_id)
        if hit.kind == "minute entry":
            self.meeting_view.select_entry(hit.id)
        elif hit.kind == "agenda item":
            self.meeting_view.select_agenda_item(hit.id)

    def _record_changed(self, table: str) -> None:
        """Keep the navigator's titles in step with edits and undo."""
        sections = {"parties": "delegations", "people": "delegations", "bodies": "bodies", "topics": "topics",
                    "meetings": "meetings", "communiques": "communiques"}
        if table == "talks":
            self.refresh()
        elif table in sections:
            current = self.navigator.currentIndex()
            keep = (current.data(NavigatorModel.TalksRole), current.data(NavigatorModel.SectionRole),
                    current.data(NavigatorModel.IdRole), current.data(NavigatorModel.KindRole),
                    current.parent().data(NavigatorModel.IdRole))
            talks_id = keep[0] or self.current_talks()
            if talks_id:
                self.navigator_model.refresh_section(talks_id, sections[table])
            if keep[3] in ("party", "body", "topic", "meeting", "communique"):
                section = {"party": "delegations", "body": "bodies", "topic": "topics", "meeting": "meetings",
                           "communique": "communiques"}[keep[3]]
                self._select(keep[0], section, keep[2])
            elif keep[3] == "person":
                self._select(keep[0], "delegations", keep[2], party=keep[4])

    def refresh(self) -> None:
        self.navigator_model.reload()
        self.show_current_view()

    # -- work in the background ---------------------------------------------------------

    def run_job(self, job: Callable[[Record], object], done: Callable[[object], None], message: str) -> RecordJob:
        worker = RecordJob(self.record, job)
        self._jobs.add(worker)
        worker.setAutoDelete(False)

        def finish(result: object) -> None:
            self._end_job(worker)
            done(result)

        def fail(text: str) -> None:
            self._end_job(worker)
            QMessageBox.warning(self, self.tr("Accord"), text)

        worker.signals.finished.connect(finish)
        worker.signals.failed.connect(fail)
        self.progress.setVisible(True)
        self.statusBar().showMessage(message)
        self.pool.start(worker)
        return worker

    def _end_job(self, worker: RecordJob) -> None:
        self._jobs.discard(worker)
        if not self._jobs:
            self.progress.setVisible(False)
            self.statusBar().clearMessage()

    def import_bundle(self, path: Path) -> RecordJob:
        from ..store import exchange  # loaded when first used, not at start-up

        def imported(talks) -> None:
            self.refresh()
            self.statusBar().showMessage(
                self.tr("Imported: %1").replace("%1", "; ".join(t.title for t in talks)), 5000)

        return self.run_job(lambda record: exchange.import_bundle(record, path), imported,
                            self.tr("Importing %1…").replace("%1", path.name))

    def open_sample(self) -> RecordJob:
        return self.import_bundle(sample_bundle_path())

    def choose_bundle_to_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import a talks bundle"), "",
                                              self.tr("Talks bundles (*.json)"))
        if name:
            self.import_bundle(Path(name))

    def choose_export_file(self) -> None:
        from ..store import exchange  # loaded when first used, not at start-up

        self._write_file_in_background(
            self.tr("Export the record as a bundle"), "talks.json", self.tr("Talks bundles (*.json)"),
            exchange.export_bundle, self.tr("Exporting…"), self.tr("Exported to %1"))

    def choose_backup_file(self) -> None:
        from ..store import exchange

        self._write_file_in_background(
            self.tr("Back up the record"), "accord-backup.sqlite", self.tr("Accord records (*.sqlite)"),
            exchange.backup, self.tr("Backing up…"), self.tr("Backed up to %1"))

    def _write_file_in_background(self, title: str, suggested: str, filters: str,
                                  write: Callable[[Record, Path], object], busy: str, done: str) -> None:
        name, _ = QFileDialog.getSaveFileName(self, title, suggested, filters)
        if not name:
            return
        path = Path(name)
        self.run_job(lambda record: write(record, path),
                     lambda _: self.statusBar().showMessage(done.replace("%1", path.name), 5000), busy)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Accord"),
                          self.tr("Accord %1 — the record of the talks, for a delegation's secretary.")
                          .replace("%1", __version__))
