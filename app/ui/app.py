"""Starting the desktop window on a record."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from ..store.errors import RecordError, RecordInUse
from ..store.record import Record
from .main_window import MainWindow


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName("Accord")
    app.setApplicationName("Accord")
    app.setApplicationDisplayName("Accord")
    return app


def open_record(path: Path, *, create: bool) -> Record | None:
    """Open the record for the window, asking the user what to do when it is in use."""
    try:
        return Record.open(path, create=create)
    except RecordInUse as error:
        answer = QMessageBox.question(
            None, "Accord",
            f"{error}.\n\nOpen it read-only? You will see the record but cannot change it.",
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Open:
            return None
        return Record.open(path, read_only=True)


def run(path: Path, *, default: bool) -> int:
    """Open the window on the record at `path` (the default record is created when missing)."""
    app = application()
    if default:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        record = open_record(path, create=default)
    except RecordError as error:
        QMessageBox.critical(None, "Accord", str(error))
        print(f"error: {error}", file=sys.stderr)
        return 1
    if record is None:
        return 1
    window = MainWindow(record)
    window.show()
    try:
        return app.exec()
    finally:
        record.close()
