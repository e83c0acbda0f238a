"""Following up commitments in the window: filters, as-of, progress, timeline, compliance, reviews, report."""

import csv
import datetime as dt

import pytest
from icalendar import Calendar
from PySide6.QtWidgets import QDialogButtonBox

from app.store import followup
from app.ui.commitments_view import CommitmentsModel

T = "talks-us-mx-migration"
D = dt.date


@pytest.fixture
def panel(sample_window):
    sample_window.show_commitments(T)
    panel = sample_window.followup_panel
    panel.set_as_of(D(2001, 9, 10))
    return panel


def shown(panel) -> list[str]:
    return [row.id for row in panel.model.rows]


def test_the_view_follows_its_filters_and_its_date(qtbot, panel):
    assert len(shown(panel)) == 6 and panel.count_label.text().startswith("6 commitments shown, 3 overdue")
    panel.overdue.setChecked(True)
    assert shown(panel) == ["c-safety-now", "c-border-meetings", "c-package"]
    panel.set_as_of(D(2001, 7, 1))
    assert "c-border-meetings" not in shown(panel)
    panel.overdue.setChecked(False)
    panel.due_soon.setChecked(True)
    panel.days.setValue(40)
    assert shown(panel) == ["c-border-meetings"]
    panel.clear_filters()
    panel.set_as_of(D(2001, 9, 10))
    panel.topic.setCurrentIndex(panel.topic.findData("t-safety"))
    assert set(shown(panel)) == {"c-safety-now", "c-review-policies", "c-border-meetings"}
    panel.status.setCurrentIndex(panel.status.findData("not_started"))
    assert shown(panel) == ["c-border-meetings"]
    panel.clear_filters()
    panel.party.setCurrentIndex(panel.party.findData("party-mx"))
    panel.meeting.setCurrentIndex(panel.meeting.findData("m-2001-04-04"))
    assert shown(panel) == ["c-quebec-ideas"]
    panel.clear_filters()
    panel.body.setCurrentIndex(panel.body.findData("b-border"))
    assert shown(panel) == []
    panel.clear_filters()
    qtbot.keyClicks(panel.words, "Laredo")
    qtbot.waitUntil(lambda: shown(panel) == ["c-border-meetings"])


def test_the_history_is_a_dated_timeline(panel):
    assert panel.select("c-safety-now")
    rows = [[panel.history.item(r, c).text() for c in range(4)] for r in range(panel.history.rowCount())]
    assert [r[0] for r in rows] == ["8 Jun 2001", "8 Jun 2001", "14 Jun 2001"]
    assert rows[0][3].startswith("Made at High Level Working Group on Migration, second meeting")
    assert rows[1][3] == "The window closes (immediately) — overdue 94 days"
    assert rows[2][1:] == ["in progress", "US +1, MX +1", "Mexican and U.S. officials met in Tucson, Arizona, to "
                           "coordinate special bilateral efforts to protect lives during the summer season."]


def ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_progress_is_recorded_with_scores_and_undone(qtbot, sample_window, panel, record):
    panel.select("c-border-meetings")
    dialog = panel.record_progress()
    assert dialog.wording.text().startswith("Hold additional meetings")
    assert not ok(dialog).isEnabled() and "status, a note or a score" in dialog.problem.text()
    dialog.status.setCurrentIndex(dialog.status.findData("in_progress"))
    qtbot.keyClicks(dialog.note, "San Diego meeting held on 15 August.")
    dialog.scores["party-us"].setCurrentIndex(dialog.scores["party-us"].findData(1))
    dialog.scores["party-mx"].setCurrentIndex(dialog.scores["party-mx"].findData(0))
    dialog.date.setDate(dialog.date.date().addDays(-25))  # 16 August
    assert ok(dialog).isEnabled()
    dialog.accept()
    found = followup.commitment(record, "c-border-meetings")
    assert found.status == "in_progress"
    last = followup.history(record, "c-border-meetings")[-1]
    assert (last.date, last.note, last.scores) == (D(2001, 8, 16), "San Diego meeting held on 15 August.",
                                                   (("US", 1), ("MX", 0)))
    assert panel.model.data(panel.model.index(panel.model.row_of("c-border-meetings"), CommitmentsModel.LAST)) \
        == "16 Aug 2001"
    panel.tabs.setCurrentIndex(1)  # compliance is read in a worker when its tab is shown
    qtbot.waitUntil(lambda: panel.compliance.item(0, 2) is not None and panel.compliance.item(0, 2).text() == "2")
    us = [panel.compliance.item(0, c).text() for c in range(5)]
    assert us == ["United States (US)", "6", "2", "+1.00", "100 %"]
    mx = [panel.compliance.item(1, c).text() for c in range(5)]
    assert mx == ["Mexico (MX)", "6", "2", "+0.50", "75 %"]
    sample_window.undo_action.trigger()
    assert followup.commitment(record, "c-border-meetings").status == "not_started"
    qtbot.waitUntil(lambda: [panel.compliance.item(1, c).text() for c in range(5)][2:] == ["1", "+1.00", "100 %"])


def test_reopening_asks_for_a_reason_and_superseding_for_a_successor(qtbot, panel):
    panel.select("c-quebec-ideas")  # completed
    dialog = panel.record_progress()
    dialog.status.setCurrentIndex(dialog.status.findData("in_progress"))
    assert not ok(dialog).isEnabled() and "reason for reopening" in dialog.problem.text()
    qtbot.keyClicks(dialog.note, "The Quebec ideas were not discussed after all.")
    assert ok(dialog).isEnabled()
    dialog.status.setCurrentIndex(dialog.status.findData("superseded"))
    assert dialog.successor.isEnabled() and not ok(dialog).isEnabled()
    dialog.successor.setCurrentIndex(dialog.successor.findData("c-package"))
    assert ok(dialog).isEnabled() and dialog.successor.findData("c-quebec-ideas") == -1
    dialog.accept()
    found = followup.commitment(panel.session.record, "c-quebec-ideas")
    assert (found.status, found.superseded_by) == ("superseded", "c-package")
    panel.select("c-quebec-ideas")
    assert "Superseded by: Prepare a comprehensive package" in panel.history_title.text()


def test_the_review_cadence_gives_the_next_reviews_and_a_review_meeting(qtbot, sample_window, panel, record):
    assert "no review cadence" in panel.reviews_label.text()
    dialog = panel.set_cadence()
    qtbot.keyClicks(dialog.text, "whenever")
    assert not ok(dialog).isEnabled() and "cannot read" in dialog.preview.text()
    dialog.text.setText("the last Thursday of each quarter")
    dialog.start.setDate(dialog.start.date().addDays(-81))  # 21 June 2001
    assert dialog.preview.text().startswith("Next reviews: 27 Sep 2001, 27 Dec 2001")
    dialog.accept()
    assert "Next reviews: 27 Sep 2001, 27 Dec 2001, 28 Mar 2002" in panel.reviews_label.text()
    from app.ui.new_meeting import NewMeetingDialog

    panel.review_meeting_button.click()
    dialog = next(d for d in sample_window.findChildren(NewMeetingDialog) if d.isVisible())
    assert dialog.day() == D(2001, 9, 27) and dialog.review.isChecked()
    assert dialog.title.text() == "Review of commitments"
    dialog.accept()
    meeting_id = record.conn.execute("SELECT id FROM meetings WHERE start = '2001-09-27'").fetchone()[0]
    agenda = [row[0] for row in record.conn.execute(
        "SELECT title FROM agenda_items WHERE meeting_id = ? ORDER BY position", (meeting_id,))]
    open_now = [c.text for c in followup.open_commitments(record, T, D(2001, 9, 27))]
    assert agenda == open_now and len(agenda) == 5 and agenda[0].startswith("Increase immediately")


def test_a_meeting_on_another_day_is_offered_the_review_unticked(sample_window, record):
    from app.ui.new_meeting import NewMeetingDialog

    dialog = NewMeetingDialog(record, T, None, sample_window)
    assert dialog.review.isEnabled() and not dialog.review.isChecked()
    dialog.deleteLater()


def test_the_filtered_list_exports_as_csv_and_the_talks_as_a_calendar(panel, tmp_path):
    panel.overdue.setChecked(True)
    assert panel.export_csv(tmp_path / "overdue.csv") == 3
    with open(tmp_path / "overdue.csv", encoding="utf-8-sig", newline="") as handle:
        assert [r["id"] for r in csv.DictReader(handle)] == ["c-safety-now", "c-border-meetings", "c-package"]
    assert panel.export_calendar(tmp_path / "talks.ics")
    calendar = Calendar.from_ical((tmp_path / "talks.ics").read_bytes())
    assert "m-2001-04-04@accord" in [str(e["UID"]) for e in calendar.walk("VEVENT")]


def test_the_report_is_made_in_a_worker_with_progress_and_previewed(qtbot, panel, tmp_path):
    dialog = panel.show_report()
    job = dialog.job
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=20000)
    done, total = job.progress
    assert total > 20 and done == total  # the report's process told how far it was, flowable by flowable
    assert dialog.document.pageCount() >= 3 and dialog.save_button.isEnabled()
    assert dialog.save_pdf(tmp_path / "report.pdf")
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    dialog.as_of.setDate(dialog.as_of.date().addDays(-71))  # 1 July: the report is made again
    assert dialog.pdf is None and not dialog.save_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=20000)
    dialog.reject()


def test_a_report_called_off_ends_without_a_result(qtbot, panel):
    import os

    dialog = panel.show_report()
    job = dialog.job
    dialog.reject()  # closing the dialog calls the report off
    assert job.result == "called off" and not job.process.is_alive() and not os.path.exists(job.folder)
    assert dialog.pdf is None


def test_a_file_that_cannot_be_written_is_a_sentence_and_no_file(qtbot, panel, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)  # no modal box
    said = []
    panel.session.failed.connect(said.append)
    missing = tmp_path / "no such folder"
    assert panel.export_csv(missing / "c.csv") is None
    assert not panel.export_calendar(missing / "t.ics")
    assert len(said) == 2 and all("No such file or directory" in text and "no such folder" in text for text in said)
    assert not missing.exists()


def test_a_hidden_list_is_read_again_when_shown_not_on_every_change(sample_window, panel):
    from app.store.edits import SetFields

    assert len(shown(panel)) == 6
    sample_window.show_meeting("m-2001-06-08")
    assert not panel.isVisible()
    sample_window.session.perform(SetFields("meetings", {"id": "m-2001-06-08"}, {"start": "2001-09-20"}))
    assert panel.model.stale and len(shown(panel)) == 6  # not read while hidden
    sample_window.show_commitments(T)
    assert not panel.model.stale and shown(panel) == ["c-quebec-ideas"]  # made after 10 September: not yet there


def test_compliance_and_reviews_follow_the_date_not_the_other_filters(qtbot, panel):
    panel.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: panel.compliance.item(0, 2) is not None and panel.compliance.item(0, 2).text() == "1")
    generation = panel._compliance_generation
    panel.overdue.setChecked(True)
    assert panel._compliance_generation == generation  # a filter is not a new date: nothing is read again
    panel.set_as_of(D(2001, 6, 13))  # the day before Tucson
    qtbot.waitUntil(lambda: panel.compliance.item(0, 2).text() == "0")
    assert [panel.compliance.item(0, c).text() for c in (3, 4)] == ["–", "–"]


def test_a_new_date_calls_off_the_report_under_way_and_shows_only_its_own(qtbot, panel):
    dialog = panel.show_report()
    first = dialog.job
    dialog.as_of.setDate(dialog.as_of.date().addDays(-71))  # 1 July, before the first report is done
    second = dialog.job
    assert second is not first and first.result == "called off" and not first.process.is_alive()
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=20000)
    assert dialog.job is None and "San Diego" not in section_of(dialog.pdf)
    dialog.reject()


def section_of(pdf: bytes) -> str:
    """The overdue list of a printed report."""
    from tests.documents.test_communique_pdf import words

    text = words(pdf)
    return text[text.index("Overdue commitments"):text.index("Falling due in the next 30 days", text.index("Overdue commitments"))]


def test_a_long_report_is_previewed_by_its_first_pages_and_saved_whole(qtbot, panel, monkeypatch, tmp_path):
    import io

    from pypdf import PdfReader

    from app.ui import report_dialog

    monkeypatch.setattr(report_dialog, "PREVIEW_PAGES", 2)
    dialog = panel.show_report()
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=20000)
    whole = len(PdfReader(io.BytesIO(dialog.pdf)).pages)
    assert whole > 2 and dialog.document.pageCount() == 2
    assert dialog.state.text() == f"{whole} pages; the preview shows the first 2, Save PDF and Print take them all."
    assert dialog.save_pdf(tmp_path / "r.pdf")
    assert len(PdfReader(tmp_path / "r.pdf").pages) == whole
    dialog.reject()
