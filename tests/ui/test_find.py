import pytest
from PySide6.QtCore import Qt

from app.ui.find_panel import HitsModel


@pytest.fixture
def window(sample_window):
    return sample_window


def test_ctrl_f_opens_find_and_enter_jumps_to_the_entry(qtbot, window):
    """Ctrl+F focuses Find; typing lists hits with meeting and date; Enter opens the entry in its meeting."""
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    panel = window.find_panel
    assert window.find_dock.isVisible()
    qtbot.keyClicks(panel.query, "receptive")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    model = panel.model
    assert [model.data(model.index(0, c)) for c in (HitsModel.KIND, HitsModel.MEETING, HitsModel.DATE)] == [
        "minutes", "High Level Working Group on Migration, initial meeting", "4 Apr 2001"]
    qtbot.keyClick(panel.query, Qt.Key.Key_Return)
    view = window.meeting_view
    assert view.meeting.id == "m-2001-04-04"
    selected = view.minutes_view.selectionModel().selectedRows()
    assert [index.data(view.minutes_model.IdRole) for index in selected] == ["n-0404-3"]


def test_enter_in_the_results_opens_the_chosen_hit(qtbot, window):
    """Down moves into the results; Enter on an agenda item selects it in its meeting."""
    panel = window.find_panel
    window.show_find()
    panel.query.setText("H-2")
    panel.run_search()
    qtbot.keyClick(panel.query, Qt.Key.Key_Down)
    row = next(i for i, hit in enumerate(panel.model.hits) if hit.kind == "agenda item")
    panel.results.selectRow(row)
    qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    assert window.meeting_view.current_item_id() == "a-0404-2"


def test_any_typed_text_is_searched_without_error(qtbot, window):
    """Brackets, quotes and operators alone find nothing and break nothing."""
    panel = window.find_panel
    for text in ['(', '"', 'AND', 'NOT', '*', 'x:y(', '""']:
        panel.query.setText(text)
        panel.run_search()
    assert panel.model.rowCount() == 0


def test_hits_model_passes_the_model_tester(qtmodeltester, window):
    """The results model keeps Qt's model rules."""
    window.find_panel.query.setText("border")
    window.find_panel.run_search()
    qtmodeltester.check(window.find_panel.model)
