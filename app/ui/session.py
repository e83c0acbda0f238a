"""The open record as the window sees it: edits go through here onto one undo stack."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..store.edits import Edit
from ..store.errors import RecordError
from ..store.record import Record

_MERGEABLE = 1


class EditCommand(QUndoCommand):
    """A store edit on the undo stack. It holds record ids, never row numbers."""

    def __init__(self, session: Session, edit: Edit):
        super().__init__(edit.description)
        self.session = session
        self.edit = edit
        self._applied = True  # pushed after it was applied, so the first redo does nothing

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self.session.run(self.edit.apply, self.edit)

    def undo(self) -> None:
        self.session.run(self.edit.revert, self.edit)

    def id(self) -> int:
        return _MERGEABLE if self.edit.mergeable else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        return isinstance(other, EditCommand) and self.edit.merge(other.edit)


class Session(QObject):
    """Applies edits to the record, keeps them undoable, and tells the views what changed."""

    changed = Signal(str)  # the table an edit changed
    failed = Signal(str)   # a sentence for the user

    def __init__(self, record: Record, parent: QObject | None = None):
        super().__init__(parent)
        self.record = record
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setObjectName("undoStack")

    def perform(self, edit: Edit, *, final: bool = False, refusal: list[str] | None = None) -> bool:
        """Apply `edit` now and put it on the undo stack; False (and a message) if the record refused it.

        A `final` edit cannot be undone (approving minutes): the steps before it are dropped from the undo
        stack too, as undoing them could no longer reach what it froze. With `refusal`, a refusal's
        sentence is added to that list (for a dialog to show) instead of being reported."""
        if not self.run(edit.apply, edit, refusal):
            return False
        if final:
            self.undo_stack.clear()
        else:
            self.undo_stack.push(EditCommand(self, edit))
        return True

    def can_edit_meeting(self, meeting_id: str | None) -> bool:
        """Whether the meeting, its attendance, agenda and minutes may be changed: not once approved."""
        if self.record.read_only:
            return False
        if meeting_id is None:
            return True
        row = self.record.conn.execute("SELECT minutes_status FROM meetings WHERE id = ?", (meeting_id,)).fetchone()
        return row is None or row[0] != "approved"

    def run(self, action, edit: Edit, refusal: list[str] | None = None) -> bool:
        try:
            action(self.record)
        except RecordError as error:
            if refusal is None:
                self.failed.emit(str(error))
            else:
                refusal.append(str(error))
            return False
        self.changed.emit(_table_of(edit))
        return True


def failure(error: Exception, path=None) -> str:
    """A sentence for a file that could not be read or written, or for a refusal of the record."""
    if isinstance(error, OSError):
        return f"{error.strerror or error}: {error.filename or path}"
    return str(error)


def _table_of(edit: Edit) -> str:
    table = getattr(edit, "table", None)
    if table is None:
        edits = getattr(edit, "edits", [])
        return _table_of(edits[0]) if edits else ""
    return table
