import datetime as dt

import pytest

from app.store.exchange import import_bundle
from app.ui.commitments_view import CommitmentsModel


@pytest.fixture
def window(sample_window):
    return sample_window


def commitment_rows(record):
    return [tuple(row) for row in record.conn.execute(
        "SELECT text, assignee, meeting_id, due_text, due_earliest, due_latest, status, public FROM commitments"
        " ORDER BY position")]


def test_entry_becomes_a_commitment_with_a_live_window(qtbot, window, record):
    """The due text shows its window as it is typed; OK saves the commitment with its owners, undoably."""
    window.show_meeting("m-2001-06-14")  # Tucson, 14 June 2001
    view = window.meeting_view
    view.entry_box.setPlainText("Hold additional meetings in San Diego, Calexico, El Paso and Laredo.")
    view.add_entry(view.entry_box.toPlainText())
    view.minutes_view.selectRow(0)
    dialog = view.make_commitment()
    assert dialog.text.toPlainText().startswith("Hold additional meetings")
    qtbot.keyClicks(dialog.due, "in the next several weeks")
    assert dialog.window_label.text() == "→ 14 Jun – 26 Jul 2001"
    dialog.owner_boxes["party-us"].setChecked(True)
    dialog.owner_boxes["party-mx"].setChecked(True)
    assert not dialog.jointly.isChecked()
    qtbot.keyClicks(dialog.assignee, "Border authorities")
    dialog.public.setChecked(True)
    before = len(commitment_rows(record))
    dialog.accept()
    rows = commitment_rows(record)
    assert rows[-1] == ("Hold additional meetings in San Diego, Calexico, El Paso and Laredo.", "Border authorities",
                        "m-2001-06-14", "in the next several weeks", "2001-06-14", "2001-07-26", "not_started", 1)
    ident = record.conn.execute("SELECT id FROM commitments ORDER BY position DESC LIMIT 1").fetchone()[0]
    owners = [row[0] for row in record.conn.execute(
        "SELECT party_id FROM commitment_owners WHERE commitment_id = ? ORDER BY position", (ident,))]
    assert owners == ["party-us", "party-mx"]
    window.undo_action.trigger()
    assert len(commitment_rows(record)) == before


def test_unreadable_due_text_is_flagged(qtbot, window):
    """Text Accord cannot read gets a warning, and the commitment keeps it without a window."""
    window.show_meeting("m-2001-04-04")
    dialog = window.meeting_view.make_commitment()
    qtbot.keyClicks(dialog.due, "when the moon is blue")
    assert "cannot read" in dialog.window_label.text()
    edit = dialog.edit()
    values = edit.edits[0].values
    assert (values["due_text"], values["due_earliest"], values["due_latest"]) == ("when the moon is blue", None, None)
    dialog.reject()


def test_commitments_list_shows_window_status_and_overdue(window):
    """The list shows each commitment's owners, window and status, and marks the overdue as of its date."""
    model = window.commitments_model
    model.set_talks("talks-us-mx-migration")
    model.as_of = dt.date(2001, 9, 10)
    row = next(i for i, r in enumerate(model.rows) if r.id == "c-border-meetings")
    cells = [model.data(model.index(row, c)) for c in range(model.columnCount())]
    assert cells == ["Hold additional meetings in high-risk areas of California (San Diego and Calexico) and Texas "
                     "(El Paso and Laredo).", "all jointly", "Border authorities", "in the next several weeks",
                     "21 Jun – 2 Aug 2001", "not started", "", "overdue 39 days"]
    model.as_of = dt.date(2001, 7, 1)
    row = model.row_of("c-border-meetings")
    assert model.data(model.index(row, CommitmentsModel.OVERDUE)) == ""


def test_commitments_model_passes_the_model_tester(qtmodeltester, window):
    """The commitments model keeps Qt's model rules."""
    window.commitments_model.set_talks("talks-us-mx-migration")
    qtmodeltester.check(window.commitments_model)


def test_long_list_is_read_page_by_page_and_sorted_by_the_database(qtbot, tmp_path):
    """Thousands of commitments: the list reads them a page at a time, in the order chosen."""
    from app.store.record import Record
    from app.ui.session import Session
    from PySide6.QtCore import QModelIndex, Qt

    from ..builders import write_large_bundle

    bundle = write_large_bundle(tmp_path / "big.json", meetings=300)
    with Record.open(tmp_path / "big.sqlite", create=True) as record:
        import_bundle(record, bundle)
        model = CommitmentsModel(Session(record))
        model.set_talks("talks-large")
        assert model.rowCount() == model.PAGE
        model.fetchMore(QModelIndex())
        assert model.rowCount() == 2 * model.PAGE
        model.sort(CommitmentsModel.WINDOW, Qt.SortOrder.DescendingOrder)
        latest = [row.latest for row in model.rows if row.latest]
        assert latest == sorted(latest, reverse=True) and model.rowCount() == model.PAGE
        while model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
        assert model.rowCount() == record.conn.execute("SELECT count(*) FROM commitments").fetchone()[0]
