import pytest
from PySide6.QtCore import Qt

from app.store.exchange import import_bundle
from app.store.queries import carry_over
from app.ui.navigator import NavigatorModel


@pytest.fixture
def window(sample_window):
    return sample_window


def value(record, table, ident, field):
    return record.conn.execute(f'SELECT "{field}" FROM {table} WHERE id = ?', (ident,)).fetchone()[0]


def select(window, section, ident, party=None):
    window._select("talks-us-mx-migration", section, ident, party)
    assert window.navigator.currentIndex().data(NavigatorModel.IdRole) == ident


def test_typing_in_a_form_saves_each_change_and_undoes_as_one(qtbot, window, record):
    """A person's title is saved as it is typed; one Undo puts the old title back."""
    select(window, "delegations", "p-castaneda", party="party-mx")
    form = window.forms["people"]
    assert window.editors.currentWidget() is form
    field = form.widgets["title"]
    field.selectAll()
    qtbot.keyClicks(field, "Foreign Secretary")
    assert value(record, "people", "p-castaneda", "title") == "Foreign Secretary"
    window.undo_action.trigger()
    assert value(record, "people", "p-castaneda", "title") == "Secretary of Foreign Relations"
    assert form.widgets["title"].text() == "Secretary of Foreign Relations"


def test_choice_fields_save_on_choosing(window, record):
    """Choosing a body's level saves it."""
    select(window, "bodies", "b-border")
    box = window.forms["bodies"].widgets["level"]
    box.setCurrentIndex(box.findData("technical"))
    box.activated.emit(box.currentIndex())
    assert value(record, "bodies", "b-border", "level") == "technical"


def test_bad_value_is_refused_with_a_sentence_and_nothing_saved(qtbot, window, record):
    """A meeting start that is not a date is refused when the field is left; the record keeps the old one."""
    window.show_meeting("m-2001-04-04")
    form = window.forms["meetings"]
    field = form.widgets["start"]
    field.setText("the fourth of April")
    field.editingFinished.emit()
    assert "not a date" in form.message.text() or "neither a date" in form.message.text()
    assert value(record, "meetings", "m-2001-04-04", "start") == "2001-04-04"


def test_new_records_appear_in_the_navigator_and_undo(window, record):
    """New party, delegate, body and topic are created, selected for editing, and undone."""
    select(window, "delegations", "party-mx")
    person = window.new_record("people")
    assert value(record, "people", person, "party_id") == "party-mx"
    assert window.navigator.currentIndex().data(NavigatorModel.IdRole) == person
    topic = window.new_record("topics")
    assert window.editors.currentWidget() is window.forms["topics"]
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert record.conn.execute("SELECT count(*) FROM people WHERE id IN (?, ?)", (person, topic)).fetchone() == (0,)


def test_new_talks_has_two_parties(window, record):
    """New talks start with two parties to rename."""
    talks = window.new_talks()
    assert record.conn.execute("SELECT count(*) FROM parties WHERE talks_id = ?", (talks,)).fetchone() == (2,)
    assert window.editors.currentWidget() is window.forms["talks"]


def test_new_meeting_carries_over_open_items_and_a_review(qtbot, window, record):
    """A new meeting of a body is offered its last meeting's undecided items and a review of commitments."""
    offer = carry_over(record, "b-hlwg", "2001-07-01")
    assert offer.previous_meeting == "m-2001-06-08"
    assert offer.items == []  # both items of 8 June reached an agreement or a decision
    assert offer.open_commitments == 5
    select(window, "bodies", "b-hlwg")
    dialog = window.new_meeting()
    dialog.title.setText("High Level Working Group on Migration, third meeting")
    dialog.date.setDate(dialog.date.date().fromString("2001-05-01", "yyyy-MM-dd"))
    texts = [box.text() for box, _title, _topic in dialog.carry_items]
    assert texts == ["Border safety", "H-2 temporary worker visa program",
                     "Regularization of undocumented Mexicans in the United States",
                     "Alternatives for possible new temporary worker programs", "Regional economic development",
                     "Review of commitments"]
    dialog.carry_items[4][0].setChecked(False)
    dialog.accept()
    meeting = window.meeting_view.meeting
    assert meeting.title == "High Level Working Group on Migration, third meeting"
    items = [row[0] for row in record.conn.execute(
        "SELECT title FROM agenda_items WHERE meeting_id = ? ORDER BY position", (meeting.id,))]
    assert items == texts[:4] + ["Review of commitments"]
    window.undo_action.trigger()
    assert record.conn.execute("SELECT count(*) FROM meetings WHERE id = ?", (meeting.id,)).fetchone() == (0,)


def test_delete_record_and_undo(window, record):
    """Deleting a meeting from the navigator can be undone, with its minutes."""
    select(window, "meetings", "m-2001-02-16")
    window.delete_action.trigger()
    assert record.conn.execute("SELECT count(*) FROM meetings WHERE id = 'm-2001-02-16'").fetchone() == (0,)
    window.undo_action.trigger()
    assert record.conn.execute("SELECT count(*) FROM minutes WHERE meeting_id = 'm-2001-02-16'").fetchone() == (1,)


def test_upcoming_meetings_are_marked(record, sample_bundle):
    """Planned meetings on or after today are marked upcoming."""
    import datetime as dt

    import_bundle(record, sample_bundle)
    model = NavigatorModel(record, today=dt.date(2001, 9, 1))
    found = model.meeting_index("talks-us-mx-migration", "m-2001-09")
    assert model.data(found.siblingAtColumn(NavigatorModel.STATUS)) == "upcoming"
    assert model.data(found, Qt.ItemDataRole.FontRole).bold()


def test_attendees_are_chosen_per_party_with_their_role(window, record):
    """Pick a party, then one of its delegates and a role; remove and undo work too."""
    window.show_meeting("m-2001-06-08")
    editor = window.attendees
    editor.party.setCurrentIndex(editor.party.findData("party-mx"))
    assert [editor.person.itemText(i) for i in range(editor.person.count())] == [
        "Vicente Fox", "Jorge Castañeda", "Santiago Creel"]
    editor.person.setCurrentIndex(1)
    editor.role.setCurrentIndex(editor.role.findData("head"))
    assert editor.add()
    assert [tuple(r) for r in record.conn.execute(
        "SELECT person_id, role FROM attendance WHERE meeting_id = 'm-2001-06-08'")] == [("p-castaneda", "head")]
    assert editor.model.rowCount() == 1
    editor.view.selectRow(0)
    editor.remove_selected()
    assert editor.model.rowCount() == 0
    window.undo_action.trigger()
    assert editor.model.rowCount() == 1
