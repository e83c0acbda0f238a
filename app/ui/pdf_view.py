"""Showing and printing a PDF made in memory: the previews of the communiqué and the progress report."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QSize
from PySide6.QtGui import QPainter

from ..store.errors import RecordError
from .session import Session, failure


def pdf_view(name: str, parent: QObject):
    """A QPdfView that shows pages one under the other at the width of the view, and its document."""
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    document = QPdfDocument(parent)
    view = QPdfView()
    view.setObjectName(name)
    view.setDocument(document)
    view.setPageMode(QPdfView.PageMode.MultiPage)
    view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
    return view, document


def load_pdf(document, pdf: bytes, parent: QObject) -> QBuffer:
    """Load `pdf` into the QPdfDocument; the buffer must live as long as the document shows it."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return buffer


def print_pdf(pdf: bytes, printer, parent: QObject) -> int:
    """Draw every page of `pdf` on `printer`; the number of pages printed."""
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument(parent)
    load_pdf(document, pdf, document)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            target = painter.viewport()
            size = document.pagePointSize(page)
            scale = min(target.width() / size.width(), target.height() / size.height())
            painter.drawImage(0, 0, document.render(page, QSize(int(size.width() * scale),
                                                                int(size.height() * scale))))
    finally:
        painter.end()
    return document.pageCount()


def save_pdf(session: Session, path, make_pdf: Callable[[], bytes]) -> bool:
    """Write the PDF in one step (a failure leaves any old file as it was); False, and a sentence for the
    user, if it could not be made or written."""
    from ..documents.pages import write

    try:
        write(path, make_pdf())
    except (RecordError, OSError) as error:  # a sentence, never a traceback
        session.failed.emit(failure(error, path))
        return False
    return True


def ask_for_printer(parent):
    """The printer the user chose in the print dialog, or None."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    return printer if QPrintDialog(printer, parent).exec() else None
