"""Approving minutes in the window: the steps, the frozen meeting, corrigenda, the history of changes,
the printed record, and the warning for a record changed outside Accord."""

import sqlite3

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from app.store.edits import SetMinutesStatus
from app.ui.main_window import MainWindow
from app.ui.minutes_model import MinutesModel
from tests.documents.test_communique_pdf import words

MEETING = "m-2001-04-04"


@pytest.fixture
def window(sample_window, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: warnings.append(text))
    sample_window.warnings = warnings
    sample_window._select("talks-us-mx-migration", "meetings", MEETING)
    assert sample_window.meeting_view.meeting.id == MEETING
    return sample_window


def approve_in_window(window, qtbot):
    view = window.meeting_view
    dialog = view.change_minutes_status("circulated")
    dialog.date.setDate(QDate(2001, 4, 6))
    dialog.accept()
    assert view.minutes_status.text().startswith("Draft minutes, circulated on")
    dialog = view.change_minutes_status("approved")
    dialog.date.setDate(QDate(2001, 4, 10))
    dialog.accept()


def test_approval_freezes_the_meeting_in_the_window(window, qtbot):
    view = window.meeting_view
    assert view.minutes_status.text() == "Draft minutes" and view.circulate_button.isVisibleTo(view)
    assert view.approve_button.isHidden() and view.corrigendum_button.isHidden()
    view.kind_box.setCurrentIndex(0)
    assert view.add_entry("A note before approval.")
    assert window.session.undo_stack.count() == 1
    approve_in_window(window, qtbot)
    assert view.minutes_status.text().startswith("Minutes approved on")
    assert window.session.undo_stack.count() == 0  # approval is final: nothing before it can be undone
    # the entry box, agenda editing and the minutes' cells are closed
    for widget in (view.entry_box, view.new_item, view.remove_item_button, view.kind_box):
        assert not widget.isEnabled()
    assert view.corrigendum_button.isVisibleTo(view) and view.circulate_button.isHidden()
    index = view.minutes_model.index(0, MinutesModel.TEXT)
    assert not view.minutes_model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not view.minutes_model.setData(index, "Rewritten")
    assert not view.agenda_model.flags(view.agenda_model.index(0)) & Qt.ItemFlag.ItemIsDragEnabled
    # the details tab: the meeting's form and its attendees
    window.meeting_tabs.setCurrentWidget(window.meeting_details)
    form = window.forms["meetings"]
    assert form.widgets["title"].isReadOnly() and not window.attendees.add_button.isEnabled()
    # an edit that reaches the store anyway is refused with a sentence that names the meeting
    before = view.minutes_model.entry(0).text
    view.delete_selected_entries()
    view.minutes_view.selectRow(0)
    view.delete_selected_entries()
    assert window.warnings and "High Level Working Group on Migration, initial meeting" in window.warnings[-1]
    assert view.minutes_model.entry(0).text == before


def test_back_to_draft_from_circulated_and_undo(window, qtbot):
    view = window.meeting_view
    dialog = view.change_minutes_status("circulated")
    dialog.date.setDate(QDate(2001, 4, 6))
    dialog.accept()
    view.draft_button.click()
    assert view.minutes_status.text() == "Draft minutes"
    window.session.undo_stack.undo()
    assert view.minutes_status.text().startswith("Draft minutes, circulated on")


def test_an_approval_dated_before_the_meeting_is_refused_in_the_dialog(window):
    view = window.meeting_view
    dialog = view.change_minutes_status("circulated")
    dialog.date.setDate(QDate(2001, 3, 1))
    dialog.accept()
    assert dialog.isVisible() and "held on 2001-04-04" in dialog.message.text()
    assert window.warnings == []  # said in the dialog, not in a second box
    dialog.date.setDate(QDate(2001, 4, 6))
    dialog.accept()
    assert not dialog.isVisible() and view.minutes_status.text().startswith("Draft minutes, circulated on")


def test_corrigendum_from_the_window_is_listed_marked_and_printed(window, qtbot):
    approve_in_window(window, qtbot)
    view = window.meeting_view
    view.minutes_view.selectRow(1)
    dialog = view.add_corrigendum()
    assert dialog.text.toPlainText().startswith("Mexico is pushing for improved conditions")
    dialog.accept()
    assert dialog.isVisible() and "reason" in dialog.message.text()
    dialog.reason.setPlainText("The Mexican delegation asked for its position in full.")
    dialog.text.setPlainText("Mexico is pushing for improved conditions, and for safety at the border.")
    dialog.accept()
    assert view.corrigenda_list.count() == 1 and view.corrigenda_list.isVisibleTo(view)
    assert "safety at the border" in view.corrigenda_list.item(0).text()
    assert view.minutes_model.data(view.minutes_model.index(1, MinutesModel.TEXT)).startswith("[Corrigendum 1] ")
    printing = view.print_record()
    text = words(printing.pdf)
    assert "Corrigendum 1" in text and "Corrected text: Mexico is pushing for improved conditions, and for" in text
    assert "Approved on April 10, 2001 · SHA-256" in text
    printing.reject()


def test_the_printed_record_saves_from_the_window(window, tmp_path):
    dialog = window.meeting_view.print_record()
    assert dialog.document.pageCount() == 2
    out = tmp_path / "record.pdf"
    assert dialog.save_pdf(out)
    assert "Castañeda" in words(out.read_bytes()) and "DRAFT" in words(out.read_bytes())
    dialog.reject()


def test_history_of_a_meeting_names_who_changed_what(window, qtbot):
    QSettings().setValue("editor", "Delegation secretary")
    window.record.editor = "Delegation secretary"
    view = window.meeting_view
    view.add_entry("A note for the history.")
    approve_in_window(window, qtbot)
    dialog = view.show_history()
    model = dialog.model
    rows = [[model.data(model.index(r, c)) for c in range(6)] for r in range(model.rowCount())]
    added = [r for r in rows if r[2].startswith("Minute entry") and r[2].endswith("added")][-1]
    assert added[2] == "Minute entry “A note for the history.” — added"
    assert added[1] == "Delegation secretary"
    approval = next(r for r in rows if r[3] == "minutes status" and r[5] == "approved")
    assert approval[4] == "circulated" and approval[1] == "Delegation secretary"
    assert "can only be corrigenda" in dialog.summary.text()
    dialog.reject()
    # any record chosen in the navigator: here, the talks
    window.navigator.setCurrentIndex(window.navigator_model.index(0, 0))
    history = window.show_history()
    assert history.model.rowCount() >= 1 and history.model.changes[0].record_id == "talks-us-mx-migration"
    history.reject()


def test_window_warns_of_approved_minutes_changed_outside_accord(qtbot, record, sample_bundle, record_path):
    from app.store.exchange import import_bundle
    from app.store.record import Record

    import_bundle(record, sample_bundle)
    SetMinutesStatus(MEETING, "circulated", "2001-04-06").apply(record)
    SetMinutesStatus(MEETING, "approved", "2001-04-10").apply(record)
    record.close()
    conn = sqlite3.connect(record_path)
    conn.execute("DROP TRIGGER minutes_approved_update")
    conn.execute("UPDATE minutes SET text = 'Nothing was decided.' WHERE id = 'n-0404-6'")
    conn.commit()
    conn.close()
    with Record.open(record_path) as reopened:
        window = MainWindow(reopened)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.findChild(QMessageBox, "alteredMinutesWarning") is not None)
        box = window.findChild(QMessageBox, "alteredMinutesWarning")
        assert "High Level Working Group on Migration, initial meeting" in box.informativeText()
        assert "changed outside Accord" in box.informativeText()
        box.close()
        window.close()



def test_the_meeting_view_follows_a_change_of_its_meeting(window, qtbot):
    """A new title shows in the header; the minutes are read again only when their state changes."""
    from app.store.edits import SetFields

    view = window.meeting_view
    window.session.changed.disconnect(window._record_changed)  # the view alone, without the navigator's refresh
    with qtbot.assertNotEmitted(view.minutes_model.modelReset):
        window.session.perform(SetFields("meetings", {"id": MEETING}, {"title": "HLWG, first meeting"}))
    assert view.header.text().startswith("HLWG, first meeting · ")
    with qtbot.waitSignal(view.minutes_model.modelReset, timeout=1000):
        approve_in_window(window, qtbot)
