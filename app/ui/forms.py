"""Editors for the records of the talks: one form per kind, every field saved as it is changed.

A form reads its record through the store and writes each change as an
undoable edit; typing into one field merges into one undo step.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from ..domain.vocabulary import BODY_LEVELS, MEETING_STATUSES, PERSON_ROLES
from ..store import queries
from ..store.edits import EditError, SetFields
from .names import name_of
from .session import Session


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    kind: str = "line"            # line, text, choice, ref, languages
    choices: tuple[str, ...] = ()  # for choice
    ref: str | None = None         # for ref: the table named
    optional: bool = True
    on_finish: bool = False        # save when the field is left (values that are wrong half-typed)


FORMS: dict[str, list[Field]] = {
    "talks": [Field("title", QT_TRANSLATE_NOOP("Forms", "Title"), optional=False),
              Field("languages", QT_TRANSLATE_NOOP("Forms", "Working languages"), kind="languages"),
              Field("marking", QT_TRANSLATE_NOOP("Forms", "Handling marking")),
              Field("description", QT_TRANSLATE_NOOP("Forms", "Description"), kind="text")],
    "parties": [Field("name", QT_TRANSLATE_NOOP("Forms", "Name"), optional=False), Field("short", QT_TRANSLATE_NOOP("Forms", "Short name"),
                optional=False), Field("language", QT_TRANSLATE_NOOP("Forms", "Language"), optional=False)],
    "people": [Field("name", QT_TRANSLATE_NOOP("Forms", "Name"), optional=False), Field("party_id", QT_TRANSLATE_NOOP("Forms", "Party"), kind="ref",
               ref="parties", optional=False), Field("title", QT_TRANSLATE_NOOP("Forms", "Title")),
               Field("organisation", QT_TRANSLATE_NOOP("Forms", "Organisation")),
               Field("role", QT_TRANSLATE_NOOP("Forms", "Role in the delegation"), kind="choice", choices=PERSON_ROLES)],
    "bodies": [Field("name", QT_TRANSLATE_NOOP("Forms", "Name"), optional=False),
               Field("level", QT_TRANSLATE_NOOP("Forms", "Level"), kind="choice", choices=BODY_LEVELS),
               Field("parent_id", QT_TRANSLATE_NOOP("Forms", "Part of"), kind="ref", ref="bodies")],
    "topics": [Field("title", QT_TRANSLATE_NOOP("Forms", "Title"), optional=False)],
    "meetings": [Field("title", QT_TRANSLATE_NOOP("Forms", "Title"), optional=False),
                 Field("body_id", QT_TRANSLATE_NOOP("Forms", "Body"), kind="ref", ref="bodies"),
                 Field("status", QT_TRANSLATE_NOOP("Forms", "Status"), kind="choice", choices=MEETING_STATUSES, optional=False),
                 Field("start", QT_TRANSLATE_NOOP("Forms", "Starts (local date and time with UTC offset)"), optional=False,
                       on_finish=True),
                 Field("end", QT_TRANSLATE_NOOP("Forms", "Ends"), on_finish=True), Field("place", QT_TRANSLATE_NOOP("Forms", "Place")),
                 Field("venue", QT_TRANSLATE_NOOP("Forms", "Venue")), Field("marking", QT_TRANSLATE_NOOP("Forms", "Handling marking"))],
    "communiques": [Field("title", QT_TRANSLATE_NOOP("Forms", "Title"), optional=False),
                    Field("issued", QT_TRANSLATE_NOOP("Forms", "Dateline: date and local time with UTC offset"),
                          optional=False, on_finish=True),
                    Field("place", QT_TRANSLATE_NOOP("Forms", "Dateline: place")),
                    Field("languages", QT_TRANSLATE_NOOP("Forms", "Languages (two for a parallel text)"),
                          kind="languages"),
                    Field("marking", QT_TRANSLATE_NOOP("Forms", "Handling marking"))],
}


class RecordForm(QWidget):
    """The fields of one record of `table`, saved as they are edited."""

    def __init__(self, session: Session, table: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"{table}Form")
        self.session = session
        self.table = table
        self.ident: str | None = None
        self.values: dict | None = None
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.layout_ = QFormLayout()
        self.widgets: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        for spec in FORMS[table]:
            widget = self._widget(spec)
            widget.setObjectName(f"{table}.{spec.name}")
            label = QLabel()
            label.setBuddy(widget)
            self.widgets[spec.name] = widget
            self.labels[spec.name] = label
            self.layout_.addRow(label, widget)
        self.message = QLabel()
        self.message.setObjectName(f"{table}FormMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet("color: #a33;")
        outer = QVBoxLayout(self)
        outer.addWidget(self.heading)
        outer.addLayout(self.layout_)
        outer.addWidget(self.message)
        outer.addStretch(1)
        self.retranslate()
        session.failed.connect(self.message.setText)
        session.changed.connect(self._record_changed)

    def _record_changed(self, table: str) -> None:
        if self.ident is not None and table in (self.table, "parties", "bodies"):
            self.load(self.ident)

    def _widget(self, spec: Field) -> QWidget:
        if spec.kind == "text":
            box = QPlainTextEdit()
            box.setTabChangesFocus(True)
            box.textChanged.connect(lambda spec=spec, box=box: self._changed(spec, box.toPlainText()))
            return box
        if spec.kind in ("choice", "ref"):
            box = QComboBox()
            box.activated.connect(lambda _row, spec=spec, box=box: self._changed(spec, box.currentData()))
            return box
        box = QLineEdit()
        if spec.on_finish or spec.kind == "languages":
            box.editingFinished.connect(lambda spec=spec, box=box: self._finished(spec, box))
        else:
            box.textEdited.connect(lambda text, spec=spec: self._changed(spec, text))
        return box

    def _finished(self, spec: Field, box: QLineEdit) -> None:
        current = self.values.get(spec.name) if self.values else None
        shown = ", ".join(json.loads(current)) if spec.kind == "languages" and current else (current or "")
        if box.text() != shown:
            self._changed(spec, box.text())

    def retranslate(self) -> None:
        for spec in FORMS[self.table]:
            text = QCoreApplication.translate("Forms", spec.label)
            self.labels[spec.name].setText(text)
            self.widgets[spec.name].setAccessibleName(text)
        if self.ident is not None:
            self.load(self.ident)

    def load(self, ident: str) -> None:
        """Show the record `ident` (a second call refreshes it)."""
        self.ident = ident
        self.values = queries.form_row(self.session.record, self.table, ident)
        if self.values is None:
            return
        self.message.clear()
        first = FORMS[self.table][0].name
        self.heading.setText(self.values[first] or "")
        editable = self.session.can_edit_meeting(ident) if self.table == "meetings" else \
            not self.session.record.read_only
        for spec in FORMS[self.table]:
            widget = self.widgets[spec.name]
            value = self.values[spec.name]
            widget.blockSignals(True)
            if spec.kind == "text":
                if widget.toPlainText() != (value or ""):
                    widget.setPlainText(value or "")
                widget.setReadOnly(not editable)
            elif spec.kind in ("choice", "ref"):
                self._fill(widget, spec, value)
                widget.setEnabled(editable)
            elif spec.kind == "languages":
                shown = ", ".join(json.loads(value)) if value else ""
                if widget.text() != shown:
                    widget.setText(shown)
                widget.setReadOnly(not editable)
            else:
                if widget.text() != (value or ""):
                    widget.setText(value or "")
                widget.setReadOnly(not editable)
            widget.blockSignals(False)

    def _fill(self, box: QComboBox, spec: Field, value) -> None:
        box.clear()
        if spec.optional:
            box.addItem("—", None)
        if spec.kind == "choice":
            for choice in spec.choices:
                box.addItem(name_of(choice), choice)
        else:
            for choice in queries.named(self.session.record, spec.ref, self.values["talks_id"]):
                if not (spec.ref == self.table and choice.id == self.ident):  # a body is not its own parent
                    box.addItem(choice.name, choice.id)
        box.setCurrentIndex(max(box.findData(value), 0))

    def _changed(self, spec: Field, value) -> None:
        if self.ident is None or self.values is None:
            return
        if spec.kind == "languages":
            value = [part.strip() for part in value.split(",") if part.strip()]
        elif spec.kind in ("line", "text") and spec.optional and not value.strip():
            value = None
        try:
            edit = SetFields(self.table, {"id": self.ident}, {spec.name: value},
                             description=self.tr("Edit %1").replace("%1", self.labels[spec.name].text()))
        except EditError as error:  # a value the record cannot take: say so, keep the field as typed
            self.message.setText(str(error))
            return
        if self.session.perform(edit):
            self.message.clear()
