"""The communiqué editor in the window: draft from the record, negotiate, agree, print."""

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate

from app.store.communiques import document, versions
from app.ui.communique_editor import ParagraphsModel
from app.ui.navigator import NavigatorModel

from ..documents.test_communique_pdf import words


@pytest.fixture
def window(sample_window):
    return sample_window


def draft(qtbot, window, up_to="2001-06-21"):
    """Draft a communiqué through the Records menu's dialog; the editor it opens on."""
    dialog = window.draft_communique()
    dialog.up_to.setDate(QDate.fromString(up_to, "yyyy-MM-dd"))
    dialog.languages.setCurrentIndex(0)  # English alone
    dialog.accept()
    editor = window.communique_editor
    assert window.editors.currentWidget() is editor
    qtbot.waitUntil(lambda: editor.pdf is not None, timeout=10_000)
    return editor


def test_draft_negotiate_agree_and_print(qtbot, window, tmp_path, monkeypatch):
    """The scenario of a secretary: draft from the sample record, edit a paragraph, add a bracket, try to
    agree (refused), remove the bracket, agree, print."""
    from PySide6.QtWidgets import QMessageBox

    refusals = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: refusals.append(text))
    editor = draft(qtbot, window)
    record = window.record
    doc = document(record, editor.ident)
    assert doc.status == "draft" and doc.version == 1
    assert doc.paragraphs[0]["text"]["en"].startswith("The Meeting of the Presidents met in San Cristóbal, Guanajuato")
    assert any("High Level Working Group on Migration met in Washington, DC on April 4, 2001" in p["text"]["en"]
               for p in doc.paragraphs)
    assert [p["id"] for p in doc.plan] == ["c-safety-now", "c-review-policies", "c-border-meetings", "c-package",
                                          "c-review-plan"]
    current = window.navigator.currentIndex()
    assert current.data(NavigatorModel.KindRole) == "communique" and current.data(NavigatorModel.IdRole) == editor.ident

    editor.paragraphs.setCurrentIndex(editor.paragraphs_model.index(1, 0))  # edit one paragraph
    box = editor.text_boxes[0]
    box.setPlainText(box.toPlainText() + " Both sides will report to their Presidents.")
    assert document(record, editor.ident).paragraphs[1]["text"]["en"].endswith("report to their Presidents.")
    box.setPlainText(box.toPlainText().replace("report to their Presidents", "report to [[their Presidents]]"))
    assert "1 open bracket" in editor.status_label.text()

    assert editor.next_status()  # ad referendum, brackets and all
    assert not editor.next_status()  # agreement is refused while the bracket stands
    assert "1 bracketed passage is not yet agreed" in refusals[-1]
    assert document(record, editor.ident).status == "ad_referendum"

    editor.paragraphs.setCurrentIndex(editor.paragraphs_model.index(1, 0))
    box.setPlainText(box.toPlainText().replace("[[their Presidents]]", "their Presidents"))
    assert "0 open brackets" in editor.status_label.text()
    assert editor.next_status()
    assert document(record, editor.ident).status == "agreed"
    assert box.isReadOnly() and not editor.paragraph_buttons["add"].isEnabled()  # agreed text is frozen
    assert [(v.version, v.status) for v in versions(record, editor.ident)] == [(1, "ad_referendum"), (1, "agreed")]

    out = tmp_path / "agreed.pdf"
    assert editor.save_pdf(out)
    text = words(out.read_bytes())
    assert "report to their Presidents." in text and "DRAFT" not in text and "Plan of action" in text

    window.undo_action.trigger()  # undo the agreement: a draft again, its frozen copy gone
    assert document(record, editor.ident).status == "ad_referendum"
    assert len(versions(record, editor.ident)) == 1


def test_paragraphs_are_added_reordered_made_headings_and_deleted(qtbot, window):
    editor = draft(qtbot, window)
    record = window.record
    first = [p["id"] for p in document(record, editor.ident).paragraphs]
    editor.paragraphs.setCurrentIndex(editor.paragraphs_model.index(0, 0))
    editor.add_paragraph()
    added = editor.current_paragraph()
    editor.text_boxes[0].setPlainText("Border safety")
    editor.toggle_heading()
    doc = document(record, editor.ident)
    assert [p["id"] for p in doc.paragraphs] == [first[0], added, *first[1:]]
    assert doc.paragraphs[1] == {"id": added, "text": {"en": "Border safety"}, "heading": True, "numbered": False}
    editor.move_paragraph(-1)
    assert [p["id"] for p in document(record, editor.ident).paragraphs][:2] == [added, first[0]]
    assert editor.paragraphs_model.data(editor.paragraphs_model.index(0, 0)) == "§"
    editor.delete_paragraph()
    assert [p["id"] for p in document(record, editor.ident).paragraphs] == first


def test_plan_of_action_is_picked_and_ordered_from_public_commitments(qtbot, window):
    editor = draft(qtbot, window)
    record = window.record
    editor.plan.setCurrentRow(0)
    editor.remove_plan_item()
    assert "c-safety-now" not in [p["id"] for p in document(record, editor.ident).plan]
    assert [c.id for c in editor.plan_choices()] == ["c-safety-now"]  # c-quebec-ideas is not public
    assert editor.add_plan_item("c-safety-now")
    editor.plan.setCurrentRow(editor.plan.count() - 1)
    editor.move_plan_item(-1)
    assert [p["id"] for p in document(record, editor.ident).plan][-2:] == ["c-safety-now", "c-review-plan"]


def test_versions_can_be_compared_in_the_preview(qtbot, window):
    editor = draft(qtbot, window)
    assert editor.new_draft()
    editor.paragraphs.setCurrentIndex(editor.paragraphs_model.index(0, 0))
    editor.text_boxes[0].setPlainText("A new opening.")
    editor.versions.clearSelection()
    editor.versions.item(0).setSelected(True)
    editor.versions.item(editor.versions.count() - 1).setSelected(True)
    editor.pdf = None
    assert editor.compare_selected()
    qtbot.waitUntil(lambda: editor.pdf is not None, timeout=10_000)
    text = words(editor.pdf)
    assert "Comparison of draft 1 with draft 2" in text and "A new opening." in text, text[:600]


def test_the_preview_follows_the_text_and_printing_draws_every_page(qtbot, window, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    editor = draft(qtbot, window)
    assert editor.pdf_document.pageCount() >= 1
    assert "DRAFT" in words(editor.pdf)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = editor.print_to(printer)
    assert pages == len(PdfReader(io.BytesIO(editor.pdf)).pages)
    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == pages


def test_paragraphs_model_passes_the_model_tester(qtbot, window, qtmodeltester):
    editor = draft(qtbot, window)
    assert isinstance(editor.paragraphs_model, ParagraphsModel)
    qtmodeltester.check(editor.paragraphs_model)
