import json

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from app.store import queries
from app.store.exchange import import_bundle
from app.store.record import Record
from app.ui import app as ui_app
from app.ui import opening
from app.ui.main_window import MainWindow
from app.ui.navigator import NavigatorModel

from ..conftest import SAMPLE


@pytest.fixture
def window(qtbot, record):
    w = MainWindow(record)
    qtbot.addWidget(w)
    w.show()
    return w


def test_title_names_accord_and_the_record(window, record):
    """The window title names Accord and the open record."""
    assert window.windowTitle() == f"Accord — {record.path.name}"


def test_ctrl_q_quits(window):
    """Quit is on Ctrl+Q."""
    assert QKeySequence("Ctrl+Q") in window.quit_action.shortcuts()


def test_empty_record_offers_the_sample_talks(qtbot, window):
    """An empty record shows the welcome view; the sample button imports the 2001 talks in a worker."""
    assert window.stack.currentWidget() is window.welcome
    qtbot.mouseClick(window.welcome.sample_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.splitter, timeout=10000)
    model = window.navigator_model
    talks = model.index(0, 0)
    assert model.data(talks) == "U.S.–Mexico Migration Talks"
    assert [model.data(model.index(row, 0, talks)) for row in range(model.rowCount(talks))] == [
        "Delegations", "Bodies", "Topics", "Meetings", "Commitments", "Communiqués"]
    meetings = model.index(3, 0, talks)
    qtbot.waitUntil(lambda: model.rowCount(meetings) == 7)
    titles = [model.data(model.index(row, NavigatorModel.TITLE, meetings)) for row in range(7)]
    dates = [model.data(model.index(row, NavigatorModel.DATE, meetings)) for row in range(7)]
    assert titles[1] == "High Level Working Group on Migration, initial meeting"
    assert dates == ["16 Feb 2001", "4 Apr 2001", "20 Apr 2001", "6 Jun 2001", "8 Jun 2001", "14 Jun 2001",
                     "5 Sep 2001"]


def test_navigator_model_passes_the_model_tester(qtmodeltester, record, sample_bundle):
    """The navigator model keeps Qt's model rules, before and after its meetings are fetched."""
    import_bundle(record, sample_bundle)
    model = NavigatorModel(record)
    qtmodeltester.check(model)
    talks = model.index(0, 0)
    model.fetchMore(talks)
    for row in range(model.rowCount(talks)):
        model.fetchMore(model.index(row, 0, talks))
    model.fetchMore(model.index(0, 0, model.index(0, 0, talks)))  # the first party's delegates
    qtmodeltester.check(model)


def test_meetings_are_read_only_when_their_talks_is_expanded(record, sample_bundle, monkeypatch):
    """The navigator does not read a talks' meetings until they are asked for."""
    import_bundle(record, sample_bundle)
    calls = []
    real = queries.meetings_page
    monkeypatch.setattr(queries, "meetings_page", lambda rec, tid, *page: calls.append(tid) or real(rec, tid, *page))
    model = NavigatorModel(record)
    assert model.rowCount() == 1 and calls == []
    talks = model.index(0, 0)
    model.fetchMore(talks)
    assert calls == []
    model.fetchMore(model.index(3, 0, talks))
    assert calls == ["talks-us-mx-migration"]


def test_meetings_are_read_a_page_at_a_time(record, sample_bundle, qtmodeltester):
    """A talks with more meetings than a page lists the first page, then the next as the view asks."""
    from app.ui import navigator

    import_bundle(record, sample_bundle)
    talks_id = "talks-us-mx-migration"
    extra = navigator.MEETINGS_PAGE + 30
    with record.transaction() as conn:
        conn.executemany("INSERT INTO meetings (id, talks_id, title, status, start, position)"
                         " VALUES (?, ?, ?, 'held', ?, ?)",
                         [(f"m-extra-{i:04}", talks_id, f"Session {i}",
                           f"2002-{1 + i // 28 % 12:02}-{1 + i % 28:02}", 100 + i) for i in range(extra)])
    total = record.conn.execute("SELECT count(*) FROM meetings").fetchone()[0]
    model = NavigatorModel(record)
    talks = model.index(0, 0)
    model.fetchMore(talks)
    meetings = next(model.index(row, 0, talks) for row in range(model.rowCount(talks))
                    if model.index(row, 0, talks).data(NavigatorModel.SectionRole) == "meetings")
    model.fetchMore(meetings)
    assert model.rowCount(meetings) == navigator.MEETINGS_PAGE and model.canFetchMore(meetings)
    model.fetchMore(meetings)
    assert model.rowCount(meetings) == total and not model.canFetchMore(meetings)
    dates = [model.index(row, 0, meetings).data(NavigatorModel.IdRole) for row in range(total)]
    assert len(set(dates)) == total
    starts = [record.conn.execute("SELECT substr(start, 1, 10) FROM meetings WHERE id = ?", (i,)).fetchone()[0]
              for i in dates]
    assert starts == sorted(starts)
    fresh = NavigatorModel(record)
    last = fresh.meeting_index(talks_id, dates[-1])  # finding a meeting reads the pages up to it
    assert last.isValid() and last.row() == total - 1
    qtmodeltester.check(model)


def test_user_text_shows_as_typed(record, tmp_path):
    """A title with markup is data: the model hands it back exactly as typed."""
    data = json.loads(SAMPLE.read_text("utf-8"))
    data["talks"][0]["title"] = "<b>Castañeda & Co.</b>"
    path = tmp_path / "b.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    import_bundle(record, path)
    model = NavigatorModel(record)
    assert model.data(model.index(0, 0)) == "<b>Castañeda & Co.</b>"


def test_record_in_use_can_be_opened_read_only(qtbot, record, monkeypatch):
    """When another Accord holds the record, the user may open it read-only; editing is disabled."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Open)
    second = opening.open_record(record.path, create=False)
    try:
        assert second.read_only
        w = MainWindow(second)
        qtbot.addWidget(w)
        assert not w.read_only_label.isHidden()
        assert "Read-only" in w.read_only_label.text()
        assert not w.welcome.sample_button.isEnabled()
        assert not w.import_action.isEnabled()
    finally:
        second.close()


def test_record_in_use_refused_when_the_user_cancels(record, monkeypatch):
    """Cancelling the question opens nothing."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert opening.open_record(record.path, create=False) is None


def test_failed_import_shows_a_sentence_and_changes_nothing(qtbot, window, tmp_path, monkeypatch):
    """A bad bundle is reported in a dialog, and the record stays empty."""
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "other"}', encoding="utf-8")
    window.import_bundle(bad)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert shown == ['bundle, field "format": format is "other", not "accord-bundle"']
    assert window.stack.currentWidget() is window.welcome


def test_window_geometry_and_last_record_are_remembered(qtbot, record):
    """Closing the window stores its geometry and the record; the next window restores them."""
    first = MainWindow(record)
    qtbot.addWidget(first)
    first.show()
    target = first.minimumSizeHint() + QSize(37, 23)  # a size no default would give
    first.resize(target)
    size = first.size()
    first.close()
    second = MainWindow(record)
    qtbot.addWidget(second)
    assert second.height() == size.height()  # the width is bound by the offscreen screen
    from PySide6.QtCore import QSettings
    assert QSettings().value("lastRecord") == str(record.path)


def test_run_refuses_a_file_that_is_not_a_record(qtbot, tmp_path, monkeypatch):
    """Opening the window on a garbage file shows the sentence and changes nothing."""
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    path = tmp_path / "garbage.sqlite"
    path.write_bytes(b"not a record at all" * 20)
    assert ui_app.run(path, default=False) == 1
    assert "not an Accord record" in shown[0]
    assert path.read_bytes() == b"not a record at all" * 20


def test_lists_are_kept_for_the_record_the_window_opened(record, sample_bundle):
    """Re-opening the same record shows what the first window imported."""
    import_bundle(record, sample_bundle)
    record.close()
    with Record.open(record.path) as again:
        assert [t.title for t in queries.talks(again)] == ["U.S.–Mexico Migration Talks"]


def test_export_and_backup_from_the_window_run_in_a_worker(qtbot, window, record, sample_bundle, tmp_path, monkeypatch):
    """File ▸ Export and File ▸ Backup write their files in the background."""
    import_bundle(record, sample_bundle)
    window.refresh()
    from PySide6.QtWidgets import QFileDialog

    for action, name in ((window.export_action, "out.json"), (window.backup_action, "copy.sqlite")):
        target = tmp_path / name
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, target=target: (str(target), ""))
        action.trigger()
        qtbot.waitUntil(lambda target=target: target.exists() and not window.progress.isVisible(), timeout=10000)
    assert json.loads((tmp_path / "out.json").read_text("utf-8"))["talks"][0]["id"] == "talks-us-mx-migration"
    with Record.open(tmp_path / "copy.sqlite") as copy:
        assert [t.id for t in queries.talks(copy)] == ["talks-us-mx-migration"]


def test_new_record_opens_in_a_new_window_and_is_remembered(qtbot, record, tmp_path):
    """New record creates the file, opens it in a window of its own, and lists the old one as recent."""
    first = MainWindow(record)
    qtbot.addWidget(first)
    first.show()
    target = tmp_path / "second.sqlite"
    second = first.switch_record(target, create=True)  # deletes itself when closed, below
    try:
        assert target.exists() and second.record.path == target
        assert not first.isVisible()
        assert second.windowTitle() == "Accord — second.sqlite"
        assert str(record.path) in MainWindow.recent_records()
        second._fill_recent_menu()
        assert [a.text() for a in second.recent_menu.actions()] == [str(record.path)]
    finally:
        second.close()
    assert second.record.conn is not None
    with pytest.raises(Exception):
        second.record.conn.execute("SELECT 1")  # the window closed the record it owned


def test_opening_a_file_that_is_not_a_record_keeps_the_window(qtbot, window, tmp_path, monkeypatch):
    """A bad file is refused with a sentence; the current record stays open."""
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"garbage" * 100)
    assert window.switch_record(bad) is None
    assert "not an Accord record" in shown[0]
    assert window.record.conn.execute("SELECT 1").fetchone() == (1,)


def test_last_record_is_opened_again_at_start(tmp_path, record):
    """Without --db, Accord opens the record used last, if it is still there."""
    from PySide6.QtCore import QSettings

    QSettings().setValue("lastRecord", str(record.path))
    assert ui_app.startup_record(tmp_path / "default.sqlite", True) == (record.path, False)
    QSettings().setValue("lastRecord", str(tmp_path / "gone.sqlite"))
    assert ui_app.startup_record(tmp_path / "default.sqlite", True) == (tmp_path / "default.sqlite", True)
    assert ui_app.startup_record(tmp_path / "given.sqlite", False) == (tmp_path / "given.sqlite", False)
