"""Following up the talks' commitments: the filtered list as of a date, a commitment's history as a
dated timeline, compliance by party, the review cadence, and the doors to recording progress, the
progress report and the exports."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.vocabulary import COMMITMENT_STATUSES
from ..store import followup, queries
from ..store.errors import RecordError
from ..store.followup import CommitmentFilter
from .commitments_view import CommitmentsModel, overdue_text
from .dates import date_edit, format_date, from_qdate, to_qdate
from .names import name_of
from .session import Session, failure
from .workers import RecordJob


def _signed(score: int) -> str:
    return f"{score:+d}" if score else "0"


class FollowUpPanel(QWidget):
    """The commitments of one talks, as of a date."""

    review_meeting_wanted = Signal(str, object)  # talks id, the review's date

    def __init__(self, session: Session, pool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("followUpPanel")
        self.session = session
        self.pool = pool
        self.model = CommitmentsModel(session, self)
        self.model.active = False  # until the panel is shown
        self._choices_stale = False
        self._compliance_generation = 0
        self._compliance_stale = True
        self._jobs: set[RecordJob] = set()
        self._build()
        session.changed.connect(self._record_changed)
        self.retranslate()

    # -- building ---------------------------------------------------------------------------

    def _combo(self, name: str) -> QComboBox:
        box = QComboBox()
        box.setObjectName(name)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(12)
        box.currentIndexChanged.connect(self._filters_changed)
        return box

    def _build(self) -> None:
        self.words = QLineEdit()
        self.words.setObjectName("commitmentsFilterText")
        self.words.setClearButtonEnabled(True)
        self.words_timer = QTimer(self, singleShot=True, interval=200)
        self.words_timer.timeout.connect(self._filters_changed)
        self.words.textChanged.connect(lambda _text: self.words_timer.start())
        self.party = self._combo("commitmentsFilterParty")
        self.status = self._combo("commitmentsFilterStatus")
        self.topic = self._combo("commitmentsFilterTopic")
        self.body = self._combo("commitmentsFilterBody")
        self.meeting = self._combo("commitmentsFilterMeeting")
        self.overdue = QCheckBox()
        self.overdue.setObjectName("commitmentsFilterOverdue")
        self.overdue.toggled.connect(self._filters_changed)
        self.due_soon = QCheckBox()
        self.due_soon.setObjectName("commitmentsFilterDueWithin")
        self.due_soon.toggled.connect(self._filters_changed)
        self.days = QSpinBox()
        self.days.setObjectName("commitmentsFilterDays")
        self.days.setRange(1, 3650)
        self.days.setValue(30)
        self.days.valueChanged.connect(self._filters_changed)
        self.as_of = date_edit("commitmentsAsOf")
        self.as_of.dateChanged.connect(self._filters_changed)
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("commitmentsClearFilters")
        self.clear_button.clicked.connect(self.clear_filters)

        filters = QGridLayout()
        self.filter_labels = [QLabel() for _ in range(7)]
        for label, widget in zip(self.filter_labels, (self.words, self.party, self.status, self.topic, self.body,
                                                      self.meeting, self.as_of)):
            label.setBuddy(widget)
        row1 = [(self.filter_labels[0], self.words), (self.filter_labels[1], self.party),
                (self.filter_labels[2], self.status), (self.filter_labels[3], self.topic)]
        row2 = [(self.filter_labels[4], self.body), (self.filter_labels[5], self.meeting),
                (self.filter_labels[6], self.as_of)]
        for column, (label, widget) in enumerate(row1):
            filters.addWidget(label, 0, 2 * column)
            filters.addWidget(widget, 0, 2 * column + 1)
        for column, (label, widget) in enumerate(row2):
            filters.addWidget(label, 1, 2 * column)
            filters.addWidget(widget, 1, 2 * column + 1)
        checks = QHBoxLayout()
        for widget in (self.overdue, self.due_soon, self.days):
            checks.addWidget(widget)
        checks.addStretch(1)
        checks.addWidget(self.clear_button)
        filters.addLayout(checks, 1, 6, 1, 2)
        for column in (1, 3, 5, 7):
            filters.setColumnStretch(column, 1)

        self.count_label = QLabel()
        self.count_label.setObjectName("commitmentsCount")
        self.progress_button = QPushButton()
        self.progress_button.setObjectName("recordProgressButton")
        self.progress_button.clicked.connect(self.record_progress)
        self.csv_button = QPushButton()
        self.csv_button.setObjectName("exportCsvButton")
        self.csv_button.clicked.connect(self.choose_csv_file)
        self.calendar_button = QPushButton()
        self.calendar_button.setObjectName("exportCalendarButton")
        self.calendar_button.clicked.connect(self.choose_calendar_file)
        self.report_button = QPushButton()
        self.report_button.setObjectName("progressReportButton")
        self.report_button.clicked.connect(self.show_report)
        actions = QHBoxLayout()
        actions.addWidget(self.count_label, 1)
        for button in (self.progress_button, self.csv_button, self.calendar_button, self.report_button):
            actions.addWidget(button)

        self.view = QTableView()
        self.view.setObjectName("commitmentsView")
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(CommitmentsModel.TEXT, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 8):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(CommitmentsModel.WINDOW, Qt.SortOrder.AscendingOrder)
        self.view.doubleClicked.connect(lambda _index: self.record_progress())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.show_history())
        self.model.modelReset.connect(self._model_reset)
        self.progress_shortcut = QShortcut(QKeySequence("Ctrl+Shift+U"), self.view, self.record_progress)

        self.history_title = QLabel()
        self.history_title.setObjectName("historyTitle")
        self.history_title.setTextFormat(Qt.TextFormat.PlainText)
        self.history_title.setWordWrap(True)
        self.history = QTableWidget(0, 4)
        self.history.setObjectName("commitmentHistory")
        self.history.setWordWrap(True)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.verticalHeader().setVisible(False)
        self.history.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.history.horizontalHeader().sectionResized.connect(lambda *_: self.history.resizeRowsToContents())
        history_page = QWidget()
        history_layout = QVBoxLayout(history_page)
        history_layout.addWidget(self.history_title)
        history_layout.addWidget(self.history, 1)

        self.compliance = QTableWidget(0, 5)
        self.compliance.setObjectName("complianceTable")
        self.compliance.verticalHeader().setVisible(False)
        self.compliance.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compliance.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.compliance_note = QLabel()
        self.compliance_note.setWordWrap(True)
        compliance_page = QWidget()
        compliance_layout = QVBoxLayout(compliance_page)
        compliance_layout.addWidget(self.compliance, 1)
        compliance_layout.addWidget(self.compliance_note)

        self.reviews_label = QLabel()
        self.reviews_label.setObjectName("nextReviews")
        self.reviews_label.setTextFormat(Qt.TextFormat.PlainText)
        self.reviews_label.setWordWrap(True)
        self.cadence_button = QPushButton()
        self.cadence_button.setObjectName("setCadenceButton")
        self.cadence_button.clicked.connect(self.set_cadence)
        self.review_meeting_button = QPushButton()
        self.review_meeting_button.setObjectName("newReviewMeetingButton")
        self.review_meeting_button.clicked.connect(self._new_review_meeting)
        reviews_page = QWidget()
        reviews_layout = QVBoxLayout(reviews_page)
        reviews_layout.addWidget(self.reviews_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cadence_button)
        buttons.addWidget(self.review_meeting_button)
        buttons.addStretch(1)
        reviews_layout.addLayout(buttons)
        reviews_layout.addStretch(1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("followUpTabs")
        self.tabs.addTab(history_page, "")
        self.tabs.addTab(compliance_page, "")
        self.tabs.addTab(reviews_page, "")
        self.tabs.currentChanged.connect(lambda index: self._fill_compliance()
                                         if index == 1 and self._compliance_stale else None)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("followUpSplitter")
        splitter.addWidget(self.view)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)

    def retranslate(self) -> None:
        labels = (self.tr("&Words"), self.tr("&Party"), self.tr("&Status"), self.tr("&Topic"), self.tr("&Body"),
                  self.tr("&Meeting"), self.tr("&As of"))
        for label, text in zip(self.filter_labels, labels):
            label.setText(text)
            label.buddy().setAccessibleName(text.replace("&", ""))
        self.words.setPlaceholderText(self.tr("Filter by words"))
        self.overdue.setText(self.tr("&Overdue"))
        self.due_soon.setText(self.tr("Due &within"))
        self.days.setSuffix(self.tr(" days"))
        self.days.setAccessibleName(self.tr("Days"))
        self.clear_button.setText(self.tr("&Clear filters"))
        self.progress_button.setText(self.tr("&Record progress…"))
        self.progress_button.setToolTip(self.tr("Record progress on the chosen commitment (Ctrl+Shift+U)"))
        self.csv_button.setText(self.tr("Export C&SV…"))
        self.calendar_button.setText(self.tr("Export ca&lendar…"))
        self.report_button.setText(self.tr("Progress &report…"))
        self.view.setAccessibleName(self.tr("Commitments"))
        self.history.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Status"), self.tr("Scores"), self.tr("Note")])
        self.history.setAccessibleName(self.tr("History"))
        self.compliance.setHorizontalHeaderLabels([self.tr("Party"), self.tr("Owned"), self.tr("Scored"),
                                                   self.tr("Average"), self.tr("Compliance")])
        self.compliance.setAccessibleName(self.tr("Compliance by party"))
        self.compliance_note.setText(self.tr("Each owner's latest score on each commitment, as of the date: "
                                             "-1 no compliance, 0 partial, +1 full. Compliance = (average + 1) / 2."))
        self.cadence_button.setText(self.tr("Set review &cadence…"))
        self.review_meeting_button.setText(self.tr("New review &meeting…"))
        self.tabs.setTabText(0, self.tr("History"))
        self.tabs.setTabText(1, self.tr("Compliance by party"))
        self.tabs.setTabText(2, self.tr("Reviews"))
        if self.model.talks_id is not None:
            self._fill_choices()
            self._refresh()

    # -- the talks and the filters ---------------------------------------------------------

    @property
    def talks_id(self) -> str | None:
        return self.model.talks_id

    def set_talks(self, talks_id: str) -> None:
        self.model.talks_id = talks_id
        self._fill_choices()
        self.model.shown = self.current_filter()
        self.model.reload()
        self._refresh()

    def _fill_choices(self) -> None:
        record, talks = self.session.record, self.model.talks_id
        boxes = {
            self.party: [(c.name, c.id) for c in queries.named(record, "parties", talks)],
            self.status: [(name_of(s), s) for s in COMMITMENT_STATUSES],
            self.topic: [(c.name, c.id) for c in queries.named(record, "topics", talks)],
            self.body: [(c.name, c.id) for c in queries.named(record, "bodies", talks)],
            self.meeting: [(f"{line.start[:10]}  {line.title}", line.id)
                           for line in queries.meetings_page(record, talks)],
        }
        for box, choices in boxes.items():
            chosen = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(self.tr("all"), None)
            for text, value in choices:
                box.addItem(text, value)
            box.setCurrentIndex(max(box.findData(chosen), 0) if chosen is not None else 0)
            box.blockSignals(False)

    def current_filter(self) -> CommitmentFilter:
        return CommitmentFilter(
            as_of=from_qdate(self.as_of.date()), party=self.party.currentData(), status=self.status.currentData(),
            topic=self.topic.currentData(), body=self.body.currentData(), meeting=self.meeting.currentData(),
            overdue=self.overdue.isChecked(), due_within=self.days.value() if self.due_soon.isChecked() else None,
            text=self.words.text())

    def set_as_of(self, day: dt.date) -> None:
        self.as_of.setDate(to_qdate(day))

    def clear_filters(self) -> None:
        for widget in (self.words, self.party, self.status, self.topic, self.body, self.meeting, self.overdue,
                       self.due_soon):
            widget.blockSignals(True)
        self.words.clear()
        for box in (self.party, self.status, self.topic, self.body, self.meeting):
            box.setCurrentIndex(0)
        self.overdue.setChecked(False)
        self.due_soon.setChecked(False)
        for widget in (self.words, self.party, self.status, self.topic, self.body, self.meeting, self.overdue,
                       self.due_soon):
            widget.blockSignals(False)
        self._filters_changed()

    def _filters_changed(self, *_args) -> None:
        self.words_timer.stop()
        if self.model.talks_id is None:
            return
        day = self.model.as_of
        self.model.set_filter(self.current_filter())
        if self.model.as_of != day:  # compliance and reviews follow the date, not the other filters
            self._refresh()

    def _model_reset(self) -> None:
        total, late = self.model.counts()
        self.count_label.setText(self.tr("%1 commitments shown, %2 overdue as of %3")
                                 .replace("%1", str(total)).replace("%2", str(late))
                                 .replace("%3", format_date(self.model.as_of)))
        self.show_history()

    def _record_changed(self, table: str) -> None:
        if self.model.talks_id is None:
            return
        if table in ("parties", "topics", "bodies", "meetings"):
            if self.isVisible():
                self._fill_choices()
            else:
                self._choices_stale = True  # a hidden panel reads its choices again when next shown
        if table in ("progress_updates", "update_scores", "commitments", "commitment_owners", "parties", "talks"):
            self._refresh()

    def showEvent(self, event) -> None:
        self.model.active = True
        if self._choices_stale and self.model.talks_id is not None:
            self._choices_stale = False
            self._fill_choices()
        self.model.reload_if_stale()
        super().showEvent(event)

    def hideEvent(self, event) -> None:
        self.model.active = False
        super().hideEvent(event)

    def _refresh(self) -> None:
        self._fill_compliance()
        self._fill_reviews()

    # -- the chosen commitment ---------------------------------------------------------------

    def current_commitment(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(CommitmentsModel.IdRole) if index.isValid() else None

    def select(self, ident: str) -> bool:
        while (row := self.model.row_of(ident)) is None and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
        if row is None:
            return False
        self.view.setCurrentIndex(self.model.index(row, 0))
        self.view.scrollTo(self.model.index(row, 0))
        return True

    def show_history(self) -> None:
        """The chosen commitment's life as a dated timeline: made, each update, the window's end."""
        self.history.setRowCount(0)
        ident = self.current_commitment()
        found = followup.commitment(self.session.record, ident) if ident else None
        if found is None:
            self.history_title.setText(self.tr("Choose a commitment to see its history."))
            return
        title = found.text
        if found.successor_text:
            title += "\n" + self.tr("Superseded by: %1").replace("%1", found.successor_text)
        self.history_title.setText(title)
        events: list[tuple[dt.date, int, list[str], QColor | None]] = []
        if found.made:
            made = dt.date.fromisoformat(found.made[:10])
            events.append((made, 0, [format_date(made), "", "",
                                     self.tr("Made at %1").replace("%1", found.meeting or "")], None))
        for update in followup.history(self.session.record, found.id):
            scores = ", ".join(f"{short} {_signed(score)}" for short, score in update.scores)
            events.append((update.date, 1, [format_date(update.date), name_of(update.status), scores, update.note],
                           None))
        if found.latest:
            latest = dt.date.fromisoformat(found.latest)
            row = self.model.row_of(found.id)
            late = row is not None and bool(self.model.rows[row].overdue)  # as the list has it, as of its date
            note = self.tr("The window closes (%1)").replace("%1", found.due_text or "")
            if late:
                note += " — " + overdue_text((self.model.as_of - latest).days)
            events.append((latest, 2, [format_date(latest), "", "", note], QColor("#a33") if late else None))
        events.sort(key=lambda e: (e[0], e[1]))
        self.history.setRowCount(len(events))
        for row, (_when, _order, cells, color) in enumerate(events):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if color is not None:
                    item.setForeground(color)
                self.history.setItem(row, column, item)
        for column in range(3):
            self.history.resizeColumnToContents(column)
        self.history.resizeRowsToContents()

    def _fill_compliance(self) -> None:
        """Compliance is read in a worker (a pass over every score of the talks) when its tab is shown."""
        if self.tabs.currentIndex() != 1:
            self._compliance_stale = True
            return
        self._compliance_stale = False
        self._compliance_generation += 1
        generation = self._compliance_generation
        talks_id, as_of = self.model.talks_id, self.model.as_of
        job = RecordJob(self.session.record, lambda record: followup.compliance(record, talks_id, as_of))
        job.signals.finished.connect(lambda table: self._show_compliance(generation, table))
        job.signals.failed.connect(lambda text: self.compliance_note.setText(text))
        job.signals.failed.connect(lambda _text: self._jobs.discard(job))
        self._jobs.add(job)
        job.signals.finished.connect(lambda _result: self._jobs.discard(job))
        self.pool.start(job)

    def _show_compliance(self, generation: int, table) -> None:
        if generation != self._compliance_generation:
            return  # a later date or change is being read
        self.compliance.setRowCount(len(table))
        for row, party in enumerate(table):
            cells = [f"{party.party} ({party.short})", str(party.owned), str(party.scored),
                     "–" if party.average is None else f"{party.average:+.2f}",
                     "–" if party.percent is None else f"{party.percent:.0f} %"]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.compliance.setItem(row, column, item)

    def _fill_reviews(self) -> None:
        found = followup.cadence(self.session.record, self.model.talks_id)
        if found is None:
            self.reviews_label.setText(self.tr("These talks have no review cadence yet."))
            self.review_meeting_button.setEnabled(False)
            return
        dates = found.next_reviews(self.model.as_of, 5)
        self.next_review = dates[0] if dates else None
        self.reviews_label.setText(
            self.tr("Reviews: %1 (from %2).").replace("%1", found.text).replace("%2", format_date(found.start))
            + "\n" + self.tr("Next reviews: %1").replace("%1", ", ".join(format_date(d) for d in dates)))
        self.review_meeting_button.setEnabled(bool(dates) and not self.session.record.read_only)

    # -- actions -----------------------------------------------------------------------------

    def record_progress(self):
        """Open the progress dialog for the chosen commitment; the dialog, or None."""
        ident = self.current_commitment()
        if ident is None or self.session.record.read_only:
            return None
        from .progress_dialog import ProgressDialog

        dialog = ProgressDialog(self.session.record, ident, self.model.as_of, self)
        dialog.accepted.connect(lambda: self.session.perform(dialog.edit()))
        dialog.open()
        return dialog

    def set_cadence(self):
        from .cadence_dialog import CadenceDialog

        dialog = CadenceDialog(followup.cadence(self.session.record, self.model.talks_id), self.model.as_of, self)
        dialog.accepted.connect(lambda: self.session.perform(dialog.edit(self.model.talks_id)))
        dialog.open()
        return dialog

    def _new_review_meeting(self) -> None:
        if getattr(self, "next_review", None) is not None:
            self.review_meeting_wanted.emit(self.model.talks_id, self.next_review)

    def export_csv(self, path) -> int | None:
        from ..store.exports import write_commitments_csv

        try:
            return write_commitments_csv(self.session.record, self.model.talks_id, self.model.shown, path)
        except OSError as error:
            self.session.failed.emit(failure(error, path))
            return None

    def choose_csv_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export commitments as CSV"), "commitments.csv",
                                              self.tr("CSV (*.csv)"))
        if name:
            self.export_csv(name)

    def export_calendar(self, path) -> bool:
        from ..store.exports import write_calendar

        try:
            write_calendar(self.session.record, self.model.talks_id, path)
        except (RecordError, OSError) as error:
            self.session.failed.emit(failure(error, path))
            return False
        return True

    def choose_calendar_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export calendar"), "talks.ics",
                                              self.tr("iCalendar (*.ics)"))
        if name:
            self.export_calendar(name)

    def show_report(self):
        from .report_dialog import ReportDialog

        dialog = ReportDialog(self.session, self.model.talks_id, self.model.as_of, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # its PDF goes with it
        dialog.open()
        dialog.render()
        return dialog
