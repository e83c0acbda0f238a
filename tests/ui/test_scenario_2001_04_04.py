"""As a secretary: record the meeting of 4 April 2001 from the news report of that day.

"Secretary of State Colin L. Powell and Atty. Gen. John Ashcroft met at the
State Department with Mexican Foreign Secretary Jorge Castaneda and Interior
Secretary Santiago Creel to begin drafting a migration policy ..."
(shared/seeds/news-talks-2001-04-04.txt)

Everything is done through the window, as a secretary would; the record is
then checked whole, the last three edits are undone, and it is checked again.
"""

from PySide6.QtCore import QDate, Qt

from app.store import talks as store
from app.ui.main_window import MainWindow
from app.ui.navigator import NavigatorModel

TOPICS = ["Border safety", "H-2 temporary worker visa program",
          "Regularization of undocumented Mexicans in the United States",
          "Alternatives for possible new temporary worker programs", "Regional economic development"]


def type_into(qtbot, widget, text):
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def set_text(widget, text):
    """For text QTest cannot type (accented letters): set it and leave the field, as a paste would."""
    widget.setText(text)
    widget.textEdited.emit(text)


def fill(qtbot, form, **values):
    for field, value in values.items():
        widget = form.widgets[field]
        if hasattr(widget, "findData") and widget.findData(value) >= 0:
            widget.setCurrentIndex(widget.findData(value))
            widget.activated.emit(widget.currentIndex())
        elif value.isascii():
            type_into(qtbot, widget, value)
            widget.editingFinished.emit()
        else:
            set_text(widget, value)
            widget.editingFinished.emit()


def current_id(window):
    return window.navigator.currentIndex().data(NavigatorModel.IdRole)


def test_record_the_meeting_of_4_april_2001(qtbot, record):
    window = MainWindow(record)
    qtbot.addWidget(window)
    window.show()

    # The talks and both delegations.
    qtbot.mouseClick(window.welcome.new_talks_button, Qt.MouseButton.LeftButton)
    talks_id = current_id(window)
    fill(qtbot, window.forms["talks"], title="U.S.-Mexico Migration Talks", languages="en, es")
    window._select(talks_id, "delegations", store.load_talks(record, talks_id).parties[0].id)
    us = current_id(window)
    fill(qtbot, window.forms["parties"], name="United States", short="US", language="en")
    window._select(talks_id, "delegations", store.load_talks(record, talks_id).parties[1].id)
    mx = current_id(window)
    fill(qtbot, window.forms["parties"], name="Mexico", short="MX", language="es")

    # The four principals, and the spokesman who spoke after the meeting.
    people = {}
    for party, name, title, organisation, role in (
            (us, "Colin L. Powell", "Secretary of State", "Department of State", "head"),
            (us, "John Ashcroft", "Attorney General", "Department of Justice", "member"),
            (us, "Richard Boucher", "State Department Spokesman", "Department of State", "spokesperson"),
            (mx, "Jorge Castañeda", "Foreign Secretary", "Secretaría de Relaciones Exteriores", "head"),
            (mx, "Santiago Creel", "Interior Secretary", "Secretaría de Gobernación", "member")):
        window._select(talks_id, "delegations", party)
        person = window.new_record("people")
        fill(qtbot, window.forms["people"], name=name, title=title, organisation=organisation, role=role)
        people[name] = person

    # The forum and the standing binational agenda.
    window.new_record("bodies")
    fill(qtbot, window.forms["bodies"], name="High Level Working Group on Migration", level="ministerial")
    body = current_id(window)
    topics = []
    for title in TOPICS:
        topics.append(window.new_record("topics"))
        fill(qtbot, window.forms["topics"], title=title)

    # The meeting at the Department of State, with its attendees.
    window._select(talks_id, "bodies", body)
    dialog = window.new_meeting()
    type_into(qtbot, dialog.title, "High Level Working Group on Migration, initial meeting")
    dialog.date.setDate(QDate(2001, 4, 4))
    type_into(qtbot, dialog.place, "Washington, DC")
    type_into(qtbot, dialog.venue, "Department of State")
    assert dialog.carry_items == []  # the body's first meeting: nothing to carry over
    dialog.accept()
    meeting = window.meeting_view.meeting.id
    window.meeting_tabs.setCurrentIndex(1)
    editor = window.attendees
    for party, name, role in ((us, "Colin L. Powell", "head"), (us, "John Ashcroft", "member"),
                              (mx, "Jorge Castañeda", "head"), (mx, "Santiago Creel", "member")):
        editor.party.setCurrentIndex(editor.party.findData(party))
        editor.person.setCurrentIndex(editor.person.findData(people[name]))
        editor.role.setCurrentIndex(editor.role.findData(role))
        qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    window.meeting_tabs.setCurrentIndex(0)

    # The agenda of the five binational topics.
    view = window.meeting_view
    for topic in topics:
        view.new_item_topic.setCurrentIndex(view.new_item_topic.findData(topic))
        view.new_item_topic.activated.emit(view.new_item_topic.currentIndex())
        qtbot.keyClick(view.new_item, Qt.Key.Key_Return)

    # The minutes, under border safety: each side's position.
    window.activateWindow()  # the keyboard shortcuts act in the active window
    qtbot.waitUntil(window.isActiveWindow)
    view.agenda_view.setCurrentIndex(view.agenda_model.index(0))
    qtbot.keyClick(view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # position
    qtbot.keyClick(view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    type_into(qtbot, view.entry_box, "The United States wants Mexico to focus on curbing illegal crossings.")
    qtbot.keyClick(view.entry_box, Qt.Key.Key_Return)
    qtbot.keyClick(view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    type_into(qtbot, view.entry_box, "Mexico is pushing for improved conditions for those who reach the United "
                                     "States without proper documentation.")
    qtbot.keyClick(view.entry_box, Qt.Key.Key_Return)

    # Castañeda's statement, the decision, and what was promised.
    view.agenda_view.setCurrentIndex(view.agenda_model.index(4))
    qtbot.keyClick(view, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # statement
    view.speaker_box.setCurrentIndex(view.speaker_box.findData(people["Jorge Castañeda"]))
    assert view.party_box.currentData() == mx  # a speaker speaks for their party
    type_into(qtbot, view.entry_box, "We found an extraordinarily receptive attitude on the part of Secretary "
                                     "Powell and Attorney General Ashcroft, and we look forward to working closely "
                                     "with them.")
    qtbot.keyClick(view.entry_box, Qt.Key.Key_Return)
    qtbot.keyClick(view, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # decision
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    view.speaker_box.setCurrentIndex(0)
    type_into(qtbot, view.entry_box, "Lower-ranking officials will continue the negotiations.")
    qtbot.keyClick(view.entry_box, Qt.Key.Key_Return)
    qtbot.keyClick(view, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)  # note
    type_into(qtbot, view.entry_box, "Both governments hope to produce ideas that President Bush and President "
                                     "Fox can discuss when they meet at the Summit of the Americas in Quebec City.")
    qtbot.keyClick(view.entry_box, Qt.Key.Key_Return)
    view.minutes_view.selectRow(view.minutes_model.rowCount() - 1)
    commitment = view.make_commitment()
    commitment.text.setPlainText("Produce ideas that the two Presidents can discuss when they meet at the "
                                 "Summit of the Americas in Quebec City.")
    type_into(qtbot, commitment.assignee, "High Level Working Group on Migration")
    type_into(qtbot, commitment.due, "before April 20, 2001")
    assert commitment.window_label.text() == "→ by 19 Apr 2001"
    commitment.accept()

    # The record, as a bundle would carry it.
    talks = store.load_talks(record, talks_id)
    assert (talks.title, talks.languages) == ("U.S.-Mexico Migration Talks", ["en", "es"])
    assert [(p.name, p.short, p.language) for p in talks.parties] == [("United States", "US", "en"),
                                                                     ("Mexico", "MX", "es")]
    assert [(p.name, p.title, p.role) for p in talks.people] == [
        ("Colin L. Powell", "Secretary of State", "head"), ("John Ashcroft", "Attorney General", "member"),
        ("Richard Boucher", "State Department Spokesman", "spokesperson"),
        ("Jorge Castañeda", "Foreign Secretary", "head"), ("Santiago Creel", "Interior Secretary", "member")]
    assert [t.title for t in talks.topics] == TOPICS
    [held] = talks.meetings
    assert (held.title, held.body, held.start, held.place, held.venue, held.status) == (
        "High Level Working Group on Migration, initial meeting", body, "2001-04-04", "Washington, DC",
        "Department of State", "planned")
    assert [(a.person, a.role) for a in held.attendees] == [
        (people["Colin L. Powell"], "head"), (people["John Ashcroft"], "member"),
        (people["Jorge Castañeda"], "head"), (people["Santiago Creel"], "member")]
    assert [(i.title, i.topic) for i in held.agenda] == list(zip(TOPICS, topics))
    items = [i.id for i in held.agenda]
    assert [(e.kind, e.party, e.speaker, e.item) for e in held.minutes] == [
        ("position", us, None, items[0]), ("position", mx, None, items[0]),
        ("statement", mx, people["Jorge Castañeda"], items[4]), ("decision", None, None, items[4]),
        ("note", None, None, items[4])]
    assert held.minutes[2].text.startswith("We found an extraordinarily receptive attitude")
    [promised] = talks.commitments
    assert (promised.owners, promised.assignee, promised.meeting, promised.due.text, promised.due.latest,
            promised.status) == ([], "High Level Working Group on Migration", meeting, "before April 20, 2001",
                                 "2001-04-19", "not_started")

    # Undo the last three edits: the commitment, the note, the decision.
    for _ in range(3):
        window.undo_action.trigger()
    talks = store.load_talks(record, talks_id)
    assert talks.commitments == []
    assert [e.kind for e in talks.meetings[0].minutes] == ["position", "position", "statement"]
    assert view.minutes_model.rowCount() == 3
    assert [t.title for t in talks.topics] == TOPICS  # everything before stays
