"""Starting the desktop window on a record."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from ..store.errors import RecordError
from . import language
from .main_window import MainWindow
from .opening import open_record


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName("Accord")
    app.setApplicationName("Accord")
    app.setApplicationDisplayName("Accord")
    return app


def startup_record(path: Path, default: bool) -> tuple[Path, bool]:
    """The record to open at start-up: the one used last, when no --db is given and it is still there."""
    if default:
        last = QSettings().value("lastRecord")
        if isinstance(last, str) and Path(last).is_file():
            return Path(last), False
    return path, default


def run(path: Path, *, default: bool) -> int:
    """Open the window on the record at `path`.

    Without --db (`default`), the record used last is opened again if it is
    still there; otherwise the default record, created when missing.
    """
    app = application()
    language.install(language.chosen_language())
    path, default = startup_record(path, default)
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
    window = MainWindow(record, owns_record=True)
    window.show()
    try:
        return app.exec()
    finally:
        record.close()  # closed already with its window, unless the window never closed
