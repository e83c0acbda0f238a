"""Preferences: the interface language, applied at once."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from . import language


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
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.label, self.language)
        form.addRow(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self.label.setText(self.tr("&Language"))
        self.language.setItemText(0, self.tr("The system's language (%1)").replace(
            "%1", language.LANGUAGES[language.system_language()]))
        self.language.setAccessibleName(self.tr("Language"))

    def chosen(self) -> str | None:
        """The language code chosen, or None to follow the system."""
        return self.language.currentData()
