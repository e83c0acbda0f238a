"""Opening a record for a window, with the question a record in use calls for."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from ..store.errors import RecordInUse
from ..store.record import Record


def open_record(path: Path, *, create: bool, parent=None) -> Record | None:
    """Open the record for the window, asking the user what to do when it is in use."""
    try:
        return Record.open(path, create=create)
    except RecordInUse as error:
        answer = QMessageBox.question(
            parent, "Accord",
            QCoreApplication.translate("Opening", "%1.\n\nOpen it read-only? You will see the record but cannot "
                                       "change it.").replace("%1", str(error)),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Open:
            return None
        return Record.open(path, read_only=True)
