import datetime as dt

import pytest

from app.domain.followup import (CommitmentLine, PartyCompliance, ProgressReport, UpdateRefused, check_update,
                                 compliance_percent)

D = dt.date


@pytest.mark.parametrize("final", ["completed", "dropped", "superseded"])
def test_leaving_a_final_status_takes_a_reason(final):
    with pytest.raises(UpdateRefused, match="reason for reopening"):
        check_update(final, "in_progress", "  ")
    check_update(final, "in_progress", "The border meetings were not in fact held.")
    check_update(final, None, "")          # a note on a closed commitment reopens nothing
    check_update(final, final, "", superseded_by="c-2" if final == "superseded" else None)


def test_moving_between_final_statuses_is_a_reopening_too():
    with pytest.raises(UpdateRefused):
        check_update("completed", "dropped", "")


def test_open_statuses_move_freely():
    check_update("not_started", "in_progress", "")
    check_update("in_progress", "completed", "")
    check_update("in_progress", "not_started", "")


def test_superseded_names_its_replacement_and_only_it_does():
    with pytest.raises(UpdateRefused, match="supersedes"):
        check_update("in_progress", "superseded", "replaced")
    check_update("in_progress", "superseded", "", superseded_by="c-2")
    with pytest.raises(UpdateRefused, match="only a superseded"):
        check_update("in_progress", "completed", "", superseded_by="c-2")


def test_scores_are_the_g7_scale():
    check_update("in_progress", None, "", scores={"us": -1, "mx": 0, "ca": 1})
    with pytest.raises(UpdateRefused, match="-1, 0 or \\+1"):
        check_update("in_progress", None, "", scores={"us": 2})
    with pytest.raises(UpdateRefused):
        check_update("in_progress", "finished", "")


def test_compliance_reads_as_a_percentage():
    assert compliance_percent(1) == 100 and compliance_percent(-1) == 0 and compliance_percent(0) == 50
    assert PartyCompliance("United States", "US", 3, 2, 0.5).percent == 75
    assert PartyCompliance("Mexico", "MX", 3, 0, None).percent is None


def line(ident: str, status: str, latest: dt.date | None, topic: str | None = "Safety") -> CommitmentLine:
    return CommitmentLine(ident, ident, "", None, None, None, latest, status, D(2001, 6, 8), None, topic)


def test_the_report_derives_overdue_and_due_soon_from_its_date():
    report = ProgressReport("Talks", D(2001, 9, 10), None, ("US", "MX"), (
        line("late", "not_started", D(2001, 8, 2)), line("later", "in_progress", D(2001, 6, 8)),
        line("done", "completed", D(2001, 6, 8)), line("soon", "in_progress", D(2001, 10, 10), None),
        line("far", "in_progress", D(2001, 10, 11)), line("open", "in_progress", None)), ())
    assert [c.id for c in report.overdue()] == ["later", "late"]
    assert report.overdue()[0].days_late(report.as_of) == 94
    assert [c.id for c in report.due_soon()] == ["soon"]
    assert report.count("in_progress") == 4 and report.count("dropped") == 0
    assert [topic for topic, _ in report.by_topic()] == ["Safety", None]
