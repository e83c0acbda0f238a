"""Preferences: the interface language, applied at once, and the name the record of changes gives
the user (by default, their login name)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from . import language


def login_name() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


def editor_name() -> str | None:
    """Who the audit log names for the changes made in this window."""
    chosen = QSettings().value("editor")
    return (chosen or "").strip() or login_name() or None


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.language = QComboBox()
        self.language.setObjectName("preferencesLanguage")
        self.language.addItem("", None)  # the system's language
        for code, name in language.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(QSettings().value("language")), 0))
        self.label = QLabel()
        self.label.setBuddy(self.language)
        self.editor = QLineEdit(QSettings().value("editor") or "")
        self.editor.setObjectName("preferencesEditor")
        self.editor.setPlaceholderText(login_name())
        self.editor_label = QLabel()
        self.editor_label.setBuddy(self.editor)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.label, self.language)
        form.addRow(self.editor_label, self.editor)
        form.addRow(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self.label.setText(self.tr("&Language"))
        self.language.setItemText(0, self.tr("The system's language (%1)").replace(
            "%1", language.LANGUAGES[language.system_language()]))
        self.language.setAccessibleName(self.tr("Language"))
        self.editor_label.setText(self.tr("Your &name in the history of changes"))
        self.editor.setAccessibleName(self.tr("Your name in the history of changes"))
        self.editor.setToolTip(self.tr("Empty: your login name"))

    def chosen(self) -> str | None:
        """The language code chosen, or None to follow the system."""
        return self.language.currentData()

    def editor_name(self) -> str:
        return self.editor.text().strip()
