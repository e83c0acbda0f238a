"""The communiqué editor: its dateline and title, paragraphs side by side in its languages, bracketed
text highlighted and counted, the plan of action, status steps and versions, and a live PDF preview."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtCore import QAbstractTableModel
from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.communique import NEXT_STATUS, SETTLED, brackets, count_brackets
from ..store import communiques as store
from ..store.edits import ChangeStatus, Delete, Insert, Move, NewDraft, SetFields, SetText
from ..store.record import Record
from .forms import RecordForm
from .names import name_of
from .session import Session
from .pdf_view import ask_for_printer, load_pdf, pdf_view, print_pdf, save_pdf
from .workers import RecordJob

Index = QModelIndex | QPersistentModelIndex


class BracketHighlighter(QSyntaxHighlighter):
    """Shows [[not yet agreed]] text on a yellow ground, brackets in bold."""

    def __init__(self, document):
        super().__init__(document)
        self.format = QTextCharFormat()
        self.format.setBackground(QColor("#ffe9a8"))
        self.format.setFontWeight(QFont.Weight.Bold)

    def highlightBlock(self, text: str) -> None:
        # A bracket may span lines: read the whole text up to this block to know where one is open.
        block = self.currentBlock()
        start = block.position()
        whole = self.document().toPlainText()
        for bracket in brackets(whole):
            if bracket.end <= start or bracket.start >= start + len(text):
                continue
            left = max(bracket.start, start) - start
            right = min(bracket.end, start + len(text)) - start
            self.setFormat(left, right - left, self.format)


class ParagraphsModel(QAbstractTableModel):
    """The paragraphs of a communiqué: number (or heading), then the text in each language."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.doc: store.Document | None = None
        self.numbers: list[str] = []

    def set_document(self, doc: store.Document | None) -> None:
        self.beginResetModel()
        self.doc = doc
        self.numbers = []
        number = 0
        for item in doc.paragraphs if doc else []:
            if item["heading"]:
                self.numbers.append("§")
            elif item["numbered"]:
                number += 1
                self.numbers.append(str(number))
            else:
                self.numbers.append("")
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.doc is None else len(self.doc.paragraphs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.doc is None else 1 + len(self.doc.languages)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.doc is None:
            return None
        item = self.doc.paragraphs[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return item["id"]
        if role == Qt.ItemDataRole.FontRole and item["heading"]:
            font = QFont()
            font.setBold(True)
            return font
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if index.column() == 0:
            return self.numbers[index.row()]
        text = item["text"].get(self.doc.languages[index.column() - 1], "")
        return text if role == Qt.ItemDataRole.ToolTipRole else " ".join(text.split())[:300]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole or self.doc is None:
            return None
        return self.tr("No.") if section == 0 else self.doc.languages[section - 1]


def render_job(ident: str, version_id: int | None = None, compare: tuple[int, int] | None = None):
    """What the preview worker runs, on its own connection: the PDF bytes of the communiqué."""
    def job(record: Record) -> bytes:
        from ..documents.communique import communique_pdf, comparison_pdf

        if compare is not None:
            return comparison_pdf(store.frozen(record, compare[0]) if compare[0] >= 0 else
                                  store.document(record, ident),
                                  store.frozen(record, compare[1]) if compare[1] >= 0 else
                                  store.document(record, ident))
        doc = store.frozen(record, version_id) if version_id is not None else store.document(record, ident)
        return communique_pdf(doc)
    return job


class CommuniqueEditor(QWidget):
    """One communiqué, edited as it is typed, beside the PDF it prints as."""

    def __init__(self, session: Session, pool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("communiqueEditor")
        self.session = session
        self.pool = pool
        self.ident: str | None = None
        self.doc: store.Document | None = None
        self.pdf: bytes | None = None          # the latest preview, and whether it shows the current text
        self._pdf_current = False
        self._jobs: set[RecordJob] = set()
        self._generation = 0
        self._build()
        session.changed.connect(self._record_changed)
        self.retranslate()

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.form = RecordForm(self.session, "communiques")
        self.second_title = QLineEdit()
        self.second_title.setObjectName("communiqueSecondTitle")
        self.second_title.textEdited.connect(self._second_title_edited)
        self.second_title_label = QLabel()
        self.second_title_label.setBuddy(self.second_title)

        self.status_label = QLabel()
        self.status_label.setObjectName("communiqueStatus")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.next_button = QPushButton()
        self.next_button.setObjectName("communiqueNextStatus")
        self.next_button.clicked.connect(self.next_status)
        self.new_draft_button = QPushButton()
        self.new_draft_button.setObjectName("communiqueNewDraft")
        self.new_draft_button.clicked.connect(self.new_draft)
        status_row = QHBoxLayout()
        status_row.addWidget(self.next_button)
        status_row.addWidget(self.new_draft_button)
        status_row.addStretch(1)

        self.paragraphs_model = ParagraphsModel(self)
        self.paragraphs = QTableView()
        self.paragraphs.setObjectName("communiqueParagraphs")
        self.paragraphs.setModel(self.paragraphs_model)
        self.paragraphs.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.paragraphs.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.paragraphs.verticalHeader().setVisible(False)
        self.paragraphs.setWordWrap(False)
        self.paragraphs.selectionModel().currentRowChanged.connect(lambda *_: self._show_paragraph())
        buttons = QHBoxLayout()
        self.paragraph_buttons = {}
        for name, slot in (("add", self.add_paragraph), ("delete", self.delete_paragraph),
                           ("up", lambda: self.move_paragraph(-1)), ("down", lambda: self.move_paragraph(1)),
                           ("heading", self.toggle_heading)):
            button = QPushButton()
            button.setObjectName(f"paragraph{name.title()}Button")
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.paragraph_buttons[name] = button
        buttons.addStretch(1)

        self.texts_row = QHBoxLayout()
        self.text_boxes: list[QPlainTextEdit] = []
        self.highlighters = []
        for side in range(2):
            box = QPlainTextEdit()
            box.setObjectName(f"paragraphText{side + 1}")
            box.setTabChangesFocus(True)
            box.textChanged.connect(lambda side=side: self._text_edited(side))
            self.highlighters.append(BracketHighlighter(box.document()))
            self.text_boxes.append(box)
            self.texts_row.addWidget(box)

        self.plan = QListWidget()
        self.plan.setObjectName("planOfAction")
        plan_buttons = QHBoxLayout()
        self.plan_buttons = {}
        for name, slot in (("add", self.choose_plan_item), ("remove", self.remove_plan_item),
                           ("up", lambda: self.move_plan_item(-1)), ("down", lambda: self.move_plan_item(1))):
            button = QPushButton()
            button.setObjectName(f"plan{name.title()}Button")
            button.clicked.connect(slot)
            plan_buttons.addWidget(button)
            self.plan_buttons[name] = button
        plan_buttons.addStretch(1)

        self.versions = QListWidget()
        self.versions.setObjectName("communiqueVersions")
        self.versions.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.versions.itemSelectionChanged.connect(self._versions_chosen)
        self.compare_button = QPushButton()
        self.compare_button.setObjectName("compareVersionsButton")
        self.compare_button.clicked.connect(self.compare_selected)

        self.headings = {key: QLabel() for key in ("paragraphs", "texts", "plan", "versions")}
        for label in self.headings.values():
            font = label.font()
            font.setBold(True)
            label.setFont(font)

        left = QWidget()
        layout = QVBoxLayout(left)
        layout.addWidget(self.form)
        second = QHBoxLayout()
        second.addWidget(self.second_title_label)
        second.addWidget(self.second_title, 1)
        layout.addLayout(second)
        layout.addWidget(self.status_label)
        layout.addLayout(status_row)
        layout.addWidget(self.headings["paragraphs"])
        layout.addWidget(self.paragraphs, 2)
        layout.addLayout(buttons)
        layout.addWidget(self.headings["texts"])
        layout.addLayout(self.texts_row, 2)
        layout.addWidget(self.headings["plan"])
        layout.addWidget(self.plan, 1)
        layout.addLayout(plan_buttons)
        layout.addWidget(self.headings["versions"])
        layout.addWidget(self.versions, 1)
        layout.addWidget(self.compare_button)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.plan.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.plan.setWordWrap(True)
        scroll.setWidget(left)

        self.preview, self.pdf_document = pdf_view("communiquePreview", self)
        self._pdf_buffer: QBuffer | None = None
        self.preview_label = QLabel()
        self.preview_label.setObjectName("previewState")
        self.preview_label.setTextFormat(Qt.TextFormat.PlainText)
        self.preview_label.setWordWrap(True)
        self.save_button = QPushButton()
        self.save_button.setObjectName("savePdfButton")
        self.save_button.clicked.connect(self.choose_pdf_file)
        self.print_button = QPushButton()
        self.print_button.setObjectName("printButton")
        self.print_button.clicked.connect(self.choose_printer)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        actions = QHBoxLayout()
        actions.addWidget(self.preview_label, 1)
        actions.addWidget(self.save_button)
        actions.addWidget(self.print_button)
        right_layout.addLayout(actions)
        right_layout.addWidget(self.preview, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("communiqueSplitter")
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(right)
        self.splitter.setSizes([560, 440])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.splitter)

        self.refresh_timer = QTimer(self)
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.setInterval(350)  # typing pauses before the preview is redrawn
        self.refresh_timer.timeout.connect(self.refresh_preview)

    def retranslate(self) -> None:
        self.form.retranslate()
        self.second_title_label.setText(self.tr("Title in the second language"))
        self.second_title.setAccessibleName(self.tr("Title in the second language"))
        self.new_draft_button.setText(self.tr("New draft"))
        self.new_draft_button.setToolTip(self.tr("Freeze this text as it stands and go on with the next draft"))
        texts = {"add": self.tr("Add"), "delete": self.tr("Delete"), "up": self.tr("Up"), "down": self.tr("Down"),
                 "heading": self.tr("Heading")}
        tips = {"add": self.tr("Add a paragraph after this one"), "delete": self.tr("Delete the paragraph"),
                "up": self.tr("Move the paragraph up"), "down": self.tr("Move the paragraph down"),
                "heading": self.tr("Make the paragraph a heading, or a heading a paragraph")}
        for name, button in self.paragraph_buttons.items():
            button.setText(texts[name])
            button.setToolTip(tips[name])
            button.setAccessibleName(tips[name])
        plan = {"add": self.tr("Add commitment…"), "remove": self.tr("Remove"), "up": self.tr("Up"),
                "down": self.tr("Down")}
        for name, button in self.plan_buttons.items():
            button.setText(plan[name])
            button.setAccessibleName(self.tr("Plan of action: %1").replace("%1", plan[name]))
        self.headings["paragraphs"].setText(self.tr("Paragraphs"))
        self.headings["texts"].setText(self.tr("Text of the paragraph ([[ ]] marks language not yet agreed)"))
        self.headings["plan"].setText(self.tr("Plan of action"))
        self.headings["versions"].setText(self.tr("Versions"))
        self.compare_button.setText(self.tr("Compare the two versions chosen"))
        self.save_button.setText(self.tr("Save PDF…"))
        self.print_button.setText(self.tr("Print…"))
        self.paragraphs.setAccessibleName(self.tr("Paragraphs"))
        self.plan.setAccessibleName(self.tr("Plan of action"))
        self.versions.setAccessibleName(self.tr("Versions"))
        self.preview.setAccessibleName(self.tr("Preview of the PDF"))
        self.status_label.setAccessibleName(self.tr("Status"))
        self.preview_label.setAccessibleName(self.tr("Preview"))
        self.next_button.setAccessibleName(self.tr("Next step"))
        for side, box in enumerate(self.text_boxes):
            box.setAccessibleName(self.tr("Paragraph text, language %1").replace("%1", str(side + 1)))
        if self.ident is not None:
            self.load(self.ident)

    # -- showing ---------------------------------------------------------------------------

    def load(self, ident: str) -> None:
        """Show communiqué `ident` (a second call refreshes it) and redraw its preview."""
        if ident != self.ident:
            self.paragraphs.clearSelection()
        self.ident = ident
        try:
            self.doc = store.read_document(self.session.record.conn, ident)
        except KeyError:
            self.doc = None
            return
        doc = self.doc
        self.form.load(ident)
        current = self.current_paragraph()
        self.paragraphs_model.set_document(doc)
        self.paragraphs.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in range(1, self.paragraphs_model.columnCount()):
            self.paragraphs.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        row = next((i for i, p in enumerate(doc.paragraphs) if p["id"] == current), 0 if doc.paragraphs else -1)
        if row >= 0:
            self.paragraphs.setCurrentIndex(self.paragraphs_model.index(row, 0))
        two = len(doc.languages) == 2
        self.second_title.setVisible(two)
        self.second_title_label.setVisible(two)
        if two and self.second_title.text() != doc.titles.get(doc.languages[1], ""):
            self.second_title.setText(doc.titles.get(doc.languages[1], ""))
        self._show_paragraph()
        self.plan.clear()
        for n, item in enumerate(doc.plan, start=1):
            entry = QListWidgetItem(f"{n}. {item['text']}")
            entry.setData(Qt.ItemDataRole.UserRole, item["id"])
            self.plan.addItem(entry)
        self._show_status()
        self._fill_versions()
        self._set_editable()
        self._pdf_current = False
        self.refresh_timer.start()

    def _show_status(self) -> None:
        doc = self.doc
        open_brackets = count_brackets(t for p in doc.paragraphs for t in p["text"].values())
        words = self.tr("Draft %2 · status: %1 · %3 open brackets") if open_brackets != 1 else \
            self.tr("Draft %2 · status: %1 · %3 open bracket")
        self.status_label.setText(words.replace("%1", name_of(doc.status)).replace("%2", str(doc.version))
                                  .replace("%3", str(open_brackets)))
        following = NEXT_STATUS.get(doc.status)
        self.next_button.setVisible(following is not None)
        if following:
            self.next_button.setText(self.tr("Make it %1").replace("%1", name_of(following)))
        self.open_brackets = open_brackets

    def _fill_versions(self) -> None:
        self.versions.blockSignals(True)
        self.versions.clear()
        for line in store.versions(self.session.record, self.ident):
            item = QListWidgetItem(self.tr("Draft %1 — %2 — frozen %3 (%4)").replace("%1", str(line.version))
                                   .replace("%2", name_of(line.status)).replace("%3", line.frozen_at.replace("T", " "))
                                   .replace("%4", self.tr("status change") if line.reason == "status"
                                            else self.tr("new draft")))
            item.setData(Qt.ItemDataRole.UserRole, line.id)
            self.versions.addItem(item)
        current = QListWidgetItem(self.tr("Draft %1 — %2 — the current text").replace("%1", str(self.doc.version))
                                  .replace("%2", name_of(self.doc.status)))
        current.setData(Qt.ItemDataRole.UserRole, -1)
        self.versions.addItem(current)
        self.versions.blockSignals(False)

    def _set_editable(self) -> None:
        editable = not self.session.record.read_only and self.doc.status not in SETTLED
        for button in (*self.paragraph_buttons.values(), *self.plan_buttons.values()):
            button.setEnabled(editable)
        for box in self.text_boxes:
            box.setReadOnly(not editable)
        self.second_title.setReadOnly(not editable)
        for widget in self.form.widgets.values():
            if isinstance(widget, QLineEdit):
                widget.setReadOnly(not editable)
        self.next_button.setEnabled(not self.session.record.read_only)
        self.new_draft_button.setEnabled(not self.session.record.read_only)

    def current_paragraph(self) -> str | None:
        index = self.paragraphs.currentIndex()
        return index.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole) if index.isValid() else None

    def _show_paragraph(self) -> None:
        doc = self.doc
        ident = self.current_paragraph()
        item = next((p for p in doc.paragraphs if p["id"] == ident), None) if doc else None
        for side, box in enumerate(self.text_boxes):
            language = doc.languages[side] if doc and side < len(doc.languages) else None
            box.setVisible(language is not None)
            box.setEnabled(item is not None)
            text = item["text"].get(language, "") if item and language else ""
            if box.toPlainText() != text:
                box.blockSignals(True)
                box.setPlainText(text)
                box.blockSignals(False)
                self.highlighters[side].rehighlight()
            box.setPlaceholderText(language or "")

    def _record_changed(self, _table: str) -> None:
        if self.ident is not None and self.isVisible():  # shown again, it is loaded afresh
            self.load(self.ident)

    # -- editing ---------------------------------------------------------------------------

    def _perform(self, edit) -> bool:
        return self.session.perform(edit)

    def _text_edited(self, side: int) -> None:
        ident = self.current_paragraph()
        if ident is None or self.doc is None or side >= len(self.doc.languages):
            return
        text = self.text_boxes[side].toPlainText()
        self._perform(SetText(ident, self.doc.languages[side], text, description=self.tr("Edit paragraph")))

    def _second_title_edited(self, text: str) -> None:
        if self.doc is None or len(self.doc.languages) < 2:
            return
        titles = dict(self.doc.titles)
        if text.strip():
            titles[self.doc.languages[1]] = text
        else:
            titles.pop(self.doc.languages[1], None)
        self._perform(SetFields("communiques", {"id": self.ident}, {"titles": titles},
                                description=self.tr("Edit title")))

    def add_paragraph(self) -> None:
        row = self.paragraphs.currentIndex().row()
        index = row + 1 if row >= 0 else None
        edit = Insert("paragraphs", {"communique_id": self.ident, "heading": False, "numbered": True},
                      index=index, description=self.tr("Add paragraph"))
        if self._perform(edit):
            self._select(edit.key["id"])
            self.text_boxes[0].setFocus()

    def delete_paragraph(self) -> None:
        ident = self.current_paragraph()
        if ident is not None:
            self._perform(Delete("paragraphs", {"id": ident}, description=self.tr("Delete paragraph")))

    def move_paragraph(self, step: int) -> None:
        ident, row = self.current_paragraph(), self.paragraphs.currentIndex().row()
        if ident is not None and 0 <= row + step < self.paragraphs_model.rowCount():
            if self._perform(Move("paragraphs", {"id": ident}, row + step, description=self.tr("Move paragraph"))):
                self._select(ident)

    def toggle_heading(self) -> None:
        ident = self.current_paragraph()
        item = next((p for p in self.doc.paragraphs if p["id"] == ident), None) if self.doc else None
        if item is not None:
            heading = not item["heading"]
            self._perform(SetFields("paragraphs", {"id": ident}, {"heading": heading, "numbered": not heading},
                                    description=self.tr("Heading / paragraph")))

    def _select(self, ident: str) -> None:
        for row in range(self.paragraphs_model.rowCount()):
            index = self.paragraphs_model.index(row, 0)
            if index.data(Qt.ItemDataRole.UserRole) == ident:
                self.paragraphs.setCurrentIndex(index)
                return

    def plan_choices(self) -> list[store.PlanChoice]:
        """The talks' public commitments not yet in the plan."""
        taken = {item["id"] for item in self.doc.plan}
        return [c for c in store.plan_choices(self.session.record, self.doc.talks_id) if c.id not in taken]

    def choose_plan_item(self) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("planChoices")
        for choice in self.plan_choices():
            action = menu.addAction(choice.text if len(choice.text) < 90 else choice.text[:88] + "…")
            action.triggered.connect(lambda _=False, ident=choice.id: self.add_plan_item(ident))
        if menu.isEmpty():
            menu.addAction(self.tr("Every public commitment is in the plan")).setEnabled(False)
        menu.popup(self.plan_buttons["add"].mapToGlobal(self.plan_buttons["add"].rect().bottomLeft()))
        return menu

    def add_plan_item(self, commitment_id: str) -> bool:
        return self._perform(Insert("plan_of_action", {"communique_id": self.ident, "commitment_id": commitment_id},
                                    description=self.tr("Add to the plan of action")))

    def _plan_current(self) -> str | None:
        item = self.plan.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def remove_plan_item(self) -> None:
        ident = self._plan_current()
        if ident is not None:
            self._perform(Delete("plan_of_action", {"communique_id": self.ident, "commitment_id": ident},
                                 description=self.tr("Remove from the plan of action")))

    def move_plan_item(self, step: int) -> None:
        ident, row = self._plan_current(), self.plan.currentRow()
        if ident is not None and 0 <= row + step < self.plan.count():
            if self._perform(Move("plan_of_action", {"communique_id": self.ident, "commitment_id": ident}, row + step,
                                  description=self.tr("Move in the plan of action"))):
                self.plan.setCurrentRow(row + step)

    def next_status(self) -> bool:
        following = NEXT_STATUS.get(self.doc.status) if self.doc else None
        if following is None:
            return False
        return self._perform(ChangeStatus(self.ident, following, description=self.tr("Make it %1").replace(
            "%1", name_of(following))))

    def new_draft(self) -> bool:
        return self._perform(NewDraft(self.ident, description=self.tr("New draft")))

    # -- preview, save, print --------------------------------------------------------------

    def refresh_preview(self, version_id: int | None = None, compare: tuple[int, int] | None = None) -> None:
        """Print the communiqué in a worker; the preview shows it when it is done."""
        if self.ident is None:
            return
        self._generation += 1
        generation = self._generation
        current = version_id is None and compare is None
        self.preview_label.setText(self.tr("Printing…"))
        job = RecordJob(self.session.record, render_job(self.ident, version_id, compare))
        self._jobs.add(job)
        job.signals.finished.connect(lambda pdf, job=job: self._rendered(job, generation, pdf, current))
        job.signals.failed.connect(lambda text, job=job: self._render_failed(job, generation, text))
        self.pool.start(job)

    def _rendered(self, job: RecordJob, generation: int, pdf: bytes, current: bool) -> None:
        self._jobs.discard(job)
        if generation != self._generation:
            return  # a later print is on its way
        self.pdf, self._pdf_current = pdf, current
        self._pdf_buffer = load_pdf(self.pdf_document, pdf, self)
        pages = self.pdf_document.pageCount()
        self.preview_label.setText(self.tr("%1 pages").replace("%1", str(pages)) if pages != 1
                                   else self.tr("1 page"))

    def _render_failed(self, job: RecordJob, generation: int, text: str) -> None:
        self._jobs.discard(job)
        if generation == self._generation:
            self.pdf, self._pdf_current = None, False
            self.preview_label.setText(text)

    def _versions_chosen(self) -> None:
        chosen = self.versions.selectedItems()
        if len(chosen) == 1:
            ident = chosen[0].data(Qt.ItemDataRole.UserRole)
            self.refresh_preview(None if ident == -1 else ident)

    def compare_selected(self) -> bool:
        chosen = sorted(self.versions.selectedItems(), key=self.versions.row)
        if len(chosen) != 2:
            self.preview_label.setText(self.tr("Choose two versions to compare (Ctrl+click)."))
            return False
        self.refresh_preview(compare=(chosen[0].data(Qt.ItemDataRole.UserRole),
                                      chosen[1].data(Qt.ItemDataRole.UserRole)))
        return True

    def current_pdf(self) -> bytes:
        """The PDF of the text as it stands: the preview's, or printed now if the preview is behind."""
        if self.pdf is not None and self._pdf_current and not self.refresh_timer.isActive():
            return self.pdf
        return render_job(self.ident)(self.session.record)

    def save_pdf(self, path) -> bool:
        return save_pdf(self.session, path, self.current_pdf)

    def choose_pdf_file(self) -> None:
        title = self.doc.title if self.doc else "communique"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save PDF"), f"{title}.pdf", self.tr("PDF (*.pdf)"))
        if name:
            self.save_pdf(name)

    def print_to(self, printer) -> int:
        """Draw every page of the current PDF on `printer`; the number of pages printed."""
        return print_pdf(self.current_pdf(), printer, self)

    def choose_printer(self) -> None:
        printer = ask_for_printer(self)
        if printer is not None:
            self.print_to(printer)
