import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt

from app.store.exchange import import_bundle
from app.store.record import Record
from app.ui.main_window import MainWindow
from app.ui.minutes_model import MinutesModel

from ..builders import write_large_bundle


@pytest.fixture
def window(sample_window):
    sample_window.show_meeting("m-2001-04-04")
    return sample_window


def minutes(record, meeting="m-2001-04-04"):
    return [tuple(row) for row in record.conn.execute(
        "SELECT kind, party_id, item_id, text FROM minutes WHERE meeting_id = ? ORDER BY position", (meeting,))]


def type_entry(qtbot, view, text):
    view.entry_box.setFocus()
    qtbot.keyClicks(view.entry_box, text)
    qtbot.keyClick(view.entry_box, Qt.Key.Key_Return)


def test_enter_adds_the_entry_to_the_current_agenda_item(qtbot, window, record):
    """Typing and Enter adds an entry of the chosen kind and party to the selected item; the box clears."""
    view = window.meeting_view
    view.agenda_view.setCurrentIndex(view.agenda_model.index(1))
    qtbot.keyClick(view, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # statement
    view.party_box.setCurrentIndex(2)  # Mexico
    type_entry(qtbot, view, "More H-2 visas for agriculture.")
    assert minutes(record)[-1] == ("statement", "party-mx", "a-0404-2", "More H-2 visas for agriculture.")
    assert view.entry_box.toPlainText() == ""
    assert view.minutes_model.rowCount() == 7


def test_shift_enter_starts_a_new_line(qtbot, window, record):
    """Shift+Enter keeps typing in the same entry."""
    view = window.meeting_view
    view.entry_box.setFocus()
    qtbot.keyClicks(view.entry_box, "First line")
    qtbot.keyClick(view.entry_box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(view.entry_box, "second line")
    qtbot.keyClick(view.entry_box, Qt.Key.Key_Return)
    assert minutes(record)[-1][3] == "First line\nsecond line"


def test_undo_and_redo_entries_from_the_edit_menu(qtbot, window, record):
    """Undo removes the last entry and Redo brings it back, with the same id."""
    view = window.meeting_view
    before = minutes(record)
    type_entry(qtbot, view, "One.")
    type_entry(qtbot, view, "Two.")
    added = minutes(record)
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert minutes(record) == before
    assert view.minutes_model.rowCount() == len(before)
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert minutes(record) == added


def test_editing_an_entry_is_undoable(window, record):
    """An entry's text edited in the table is saved at once and can be undone."""
    model = window.meeting_view.minutes_model
    assert model.setData(model.index(0, MinutesModel.TEXT), "The U.S. wants fewer crossings.")
    assert minutes(record)[0][3] == "The U.S. wants fewer crossings."
    window.undo_action.trigger()
    assert minutes(record)[0][3] == "The United States wants Mexico to focus on curbing illegal crossings."


def test_delete_entries_and_undo(qtbot, window, record):
    """Delete removes the selected entries; undo restores them."""
    view = window.meeting_view
    before = minutes(record)
    view.minutes_view.selectRow(0)
    view.delete_selected_entries()
    assert minutes(record) == before[1:]
    window.undo_action.trigger()
    assert minutes(record) == before


def test_agenda_add_move_remove_with_undo(qtbot, window, record):
    """Agenda items are added with Enter, moved with Alt+Up, removed; each step undoes."""
    view = window.meeting_view

    def titles():
        return [row[0] for row in record.conn.execute(
            "SELECT title FROM agenda_items WHERE meeting_id = 'm-2001-04-04' ORDER BY position")]

    original = titles()
    view.new_item.setFocus()
    qtbot.keyClicks(view.new_item, "Review of commitments")
    qtbot.keyClick(view.new_item, Qt.Key.Key_Return)
    assert titles() == [*original, "Review of commitments"]
    view.agenda_view.setFocus()
    qtbot.keyClick(view.agenda_view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert titles()[-2:] == ["Review of commitments", original[-1]]
    view.remove_agenda_item()
    assert titles() == original
    for _ in range(3):
        window.undo_action.trigger()
    assert titles() == original


def test_models_pass_the_model_tester(qtmodeltester, window):
    """The agenda and minutes models keep Qt's model rules."""
    qtmodeltester.check(window.meeting_view.agenda_model)
    qtmodeltester.check(window.meeting_view.minutes_model)


def test_user_text_shows_as_typed(qtbot, window):
    """An entry with markup is shown as typed, not as rich text."""
    view = window.meeting_view
    view.entry_box.setPlainText("<b>Castañeda & Co.</b>")  # QTest cannot type 'ñ'
    qtbot.keyClick(view.entry_box, Qt.Key.Key_Return)
    model = view.minutes_model
    assert model.data(model.index(model.rowCount() - 1, MinutesModel.TEXT)) == "<b>Castañeda & Co.</b>"


def test_in_session_follows_the_meetings_own_clock(window):
    """A meeting is in session on its day, by the clock of its place."""
    view = window.meeting_view
    noon = dt.datetime(2001, 4, 4, 12, 0, tzinfo=dt.timezone.utc)
    assert view._is_in_session(noon)
    assert not view._is_in_session(noon + dt.timedelta(days=1))


def test_in_session_entries_are_stamped(qtbot, window, record, monkeypatch):
    """While in session an entry carries the local time."""
    view = window.meeting_view
    view.in_session.setChecked(True)
    monkeypatch.setattr(view, "_local_time", lambda: "10:42")
    type_entry(qtbot, view, "Opening remarks.")
    assert record.conn.execute("SELECT at FROM minutes ORDER BY seq DESC LIMIT 1").fetchone() == ("10:42",)


@pytest.fixture
def reader(record_path, sample_bundle):
    """The sample record opened read-only (set up before qtbot, so it closes after the window)."""
    with Record.open(record_path, create=True) as writer:
        import_bundle(writer, sample_bundle)
    with Record.open(record_path, read_only=True) as opened:
        yield opened


def test_read_only_record_cannot_be_edited(reader, qtbot):
    """On a read-only record the entry box and agenda tools are disabled."""
    w = MainWindow(reader)
    qtbot.addWidget(w)
    w.show_meeting("m-2001-04-04")
    assert not w.meeting_view.entry_box.isEnabled()
    assert not w.meeting_view.new_item.isEnabled()
    model = w.meeting_view.minutes_model
    assert not model.flags(model.index(0, MinutesModel.TEXT)) & Qt.ItemFlag.ItemIsEditable


def test_minutes_of_a_long_meeting_are_read_page_by_page(qtbot, tmp_path):
    """Showing a meeting reads only the pages of minutes on screen, not the whole list."""
    bundle = write_large_bundle(tmp_path / "big.json", meetings=3)
    path = tmp_path / "big.sqlite"
    with Record.open(path, create=True) as record:
        import_bundle(record, bundle)
        record.conn.executemany(
            "INSERT INTO minutes (id, meeting_id, kind, text, position) VALUES (?, 'm-0', 'note', 'x', ?)",
            [(f"extra-{i}", 100 + i) for i in range(5000)])
    with Record.open(path) as record:
        w = MainWindow(record)
        qtbot.addWidget(w)
        w.show()
        w.show_meeting("m-0")
        qtbot.wait(50)
        model = w.meeting_view.minutes_model
        assert model.rowCount() == 5100
        assert model.pages_read <= 2
        w.meeting_view.minutes_view.scrollToBottom()
        qtbot.wait(50)
        assert model.pages_read <= 4
        w.close()


def test_entries_move_to_another_agenda_item_and_back(window, record):
    """Selected entries can be tied to another item; undo ties them back."""
    view = window.meeting_view
    view.minutes_view.selectRow(0)
    view.move_selected_entries("a-0404-3")
    assert minutes(record)[0][2] == "a-0404-3"
    window.undo_action.trigger()
    assert minutes(record)[0][2] == "a-0404-1"


def test_dragging_an_agenda_item_reorders_it(window, record):
    """Dropping an item elsewhere in the agenda moves it there, as one undoable edit."""
    model = window.meeting_view.agenda_model
    data = model.mimeData([model.index(4)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    order = [row[0] for row in record.conn.execute(
        "SELECT id FROM agenda_items WHERE meeting_id = 'm-2001-04-04' ORDER BY position")]
    assert order == ["a-0404-5", "a-0404-1", "a-0404-2", "a-0404-3", "a-0404-4"]
    assert [item.id for item in model.items] == order
    window.undo_action.trigger()
    assert [item.id for item in model.items] == ["a-0404-1", "a-0404-2", "a-0404-3", "a-0404-4", "a-0404-5"]
