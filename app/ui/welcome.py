"""The first view of an empty record: start from the sample talks, or import a bundle."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


_TEXT_WIDTH = 520


class WelcomeView(QWidget):
    sample_requested = Signal()
    import_requested = Signal()
    new_talks_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("welcomeView")
        self.heading = QLabel()
        self.heading.setObjectName("welcomeHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.body = QLabel()
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.body.setFixedWidth(_TEXT_WIDTH)
        self.sample_button = QPushButton()
        self.sample_button.setObjectName("openSampleButton")
        self.sample_button.clicked.connect(self.sample_requested)
        self.new_talks_button = QPushButton()
        self.new_talks_button.setObjectName("newTalksButton")
        self.new_talks_button.clicked.connect(self.new_talks_requested)
        self.import_button = QPushButton()
        self.import_button.setObjectName("importBundleButton")
        self.import_button.clicked.connect(self.import_requested)

        column = QWidget()
        column.setFixedWidth(540)
        inner = QVBoxLayout(column)
        inner.setSpacing(12)
        inner.addWidget(self.heading, 0, Qt.AlignmentFlag.AlignHCenter)
        inner.addWidget(self.body)
        inner.addWidget(self.sample_button, 0, Qt.AlignmentFlag.AlignHCenter)
        inner.addWidget(self.new_talks_button, 0, Qt.AlignmentFlag.AlignHCenter)
        inner.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("This record is empty"))
        self.body.setText(self.tr(
            "Accord keeps the record of the talks: delegations, meetings, minutes, commitments and "
            "communiqués. Start from the sample — the 2001 U.S.–Mexico migration talks —, start new talks, "
            "or import a talks bundle."))
        # A wrapped label inside a centred column does not get its height from the layout.
        self.body.setMinimumHeight(self.body.heightForWidth(_TEXT_WIDTH))
        self.sample_button.setText(self.tr("Open the sample talks"))
        self.sample_button.setAccessibleName(self.tr("Open the sample talks"))
        self.new_talks_button.setText(self.tr("Start new talks"))
        self.new_talks_button.setAccessibleName(self.tr("Start new talks"))
        self.import_button.setText(self.tr("Import a bundle…"))
        self.import_button.setAccessibleName(self.tr("Import a bundle"))
