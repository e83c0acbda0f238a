import datetime as dt

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QWidget,
)

from app.ui.cadence_dialog import CadenceDialog
from app.ui.commitment_dialog import CommitmentDialog
from app.ui.new_meeting import NewMeetingDialog
from app.ui.preferences import PreferencesDialog
from app.ui.progress_dialog import ProgressDialog
from app.ui.report_dialog import ReportDialog
from app.store import queries

INPUTS = (QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QPlainTextEdit, QDateEdit, QTimeEdit)


def inputs(root):
    """The inputs and views of `root` that Accord made (not Qt's own parts of them)."""
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or isinstance(widget, QHeaderView) or \
                widget.objectName().startswith("qt_"):
            continue  # a view's own header and corner button
        if type(widget).__module__.startswith("PySide6") and widget.parent() is not None and \
                type(widget.parent()).__name__ in ("QComboBox", "QAbstractSpinBox", "QCalendarWidget", "QTabBar",
                                                   "QDockWidget", "QToolBar", "QScrollBar", "QHeaderView",
                                                   "QDialogButtonBox", "QMenuBar", "QTableCornerButton",
                                                   "QToolButton", "QDateEdit", "QTimeEdit", "QLineEdit"):
            continue  # Qt's own parts of a composite widget
        if not widget.isVisibleTo(root) and not widget.objectName():
            continue
        yield widget


def unnamed(root):
    """Inputs without an objectName or an accessible name (buttons may be named by their text)."""
    missing = []
    for widget in inputs(root):
        name = widget.accessibleName() or (isinstance(widget, QAbstractButton) and widget.text())
        if not widget.objectName() or not name:
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} {name!r}")
    return missing


def test_every_field_and_view_of_the_window_is_named(sample_window):
    """Every input and view of the main window has an objectName and an accessible name."""
    for table in ("talks", "parties", "people", "bodies", "topics", "meetings"):
        sample_window.forms[table]  # the views built when first needed  # noqa: B018
    sample_window.attendees, sample_window.find_panel, sample_window.commitments_model  # noqa: B018
    sample_window.show_commitments("talks-us-mx-migration")
    sample_window.show_meeting("m-2001-04-04")
    assert len(list(inputs(sample_window))) > 40
    assert unnamed(sample_window) == []


def test_every_action_is_named(sample_window):
    """Every action has an objectName and text."""
    for action in sample_window.findChildren(QAction):
        if action.isSeparator() or not action.parent() is sample_window:
            continue
        assert action.objectName() and action.text(), action


def test_dialogs_are_named(sample_window, record):
    """The dialogs' fields are named too."""
    dialogs = [NewMeetingDialog(record, "talks-us-mx-migration", parent=sample_window),
               CommitmentDialog(record, queries.entry_context(record, "n-0404-1"), sample_window),
               PreferencesDialog(sample_window),
               ProgressDialog(record, "c-border-meetings", dt.date(2001, 9, 10), sample_window),
               CadenceDialog(None, dt.date(2001, 9, 10), sample_window),
               ReportDialog(sample_window.session, "talks-us-mx-migration", dt.date(2001, 9, 10), sample_window)]
    for dialog in dialogs:
        assert unnamed(dialog) == [], type(dialog).__name__
        dialog.deleteLater()
