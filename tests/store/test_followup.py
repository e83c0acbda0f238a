"""Following up the sample talks' commitments through the store: filters, as-of, updates, compliance."""

import datetime as dt

import pytest

from app.store import followup
from app.store.edits import EditError, Insert, RecordProgress, SetCadence, SetFields
from app.store.exchange import export_bundle, import_bundle
from app.store.followup import CommitmentFilter

D = dt.date
T = "talks-us-mx-migration"


@pytest.fixture
def sample(record, sample_bundle):
    import_bundle(record, sample_bundle)
    return record


def ids(record, **filters) -> list[str]:
    as_of = filters.pop("as_of", D(2001, 9, 10))
    return [row.id for row in followup.rows(record, T, CommitmentFilter(as_of, **filters))]


def test_the_border_meetings_are_overdue_on_10_september_and_not_on_1_july(sample):
    assert "c-border-meetings" in ids(sample, overdue=True)
    assert "c-border-meetings" not in ids(sample, overdue=True, as_of=D(2001, 7, 1))
    row = next(r for r in followup.rows(sample, T, CommitmentFilter(D(2001, 9, 10))) if r.id == "c-border-meetings")
    assert (row.latest, row.status, row.overdue) == ("2001-08-02", "not_started", 1)


def test_each_filter_narrows_the_view(sample):
    everything = ids(sample)
    assert len(everything) == 6
    assert ids(sample, party="party-us") == everything  # jointly owned commitments are each party's too
    assert set(ids(sample, status="completed")) == {"c-quebec-ideas"}
    assert set(ids(sample, topic="t-safety")) == {"c-safety-now", "c-review-policies", "c-border-meetings"}
    assert len(ids(sample, body="b-hlwg")) == 6 and ids(sample, body="b-border") == []
    assert set(ids(sample, meeting="m-2001-04-04")) == {"c-quebec-ideas"}
    assert set(ids(sample, text="calexico")) == {"c-border-meetings"}
    assert set(ids(sample, text="Calex")) == {"c-border-meetings"}  # the start of a word, as typed
    assert ids(sample, text='Laredo") AND (* [[') == ["c-border-meetings"]  # what is typed is only words
    assert ids(sample, text="zqxw") == []
    assert set(ids(sample, overdue=True)) == {"c-safety-now", "c-border-meetings", "c-package"}
    assert set(ids(sample, due_within=30, as_of=D(2001, 8, 10))) == {"c-package"}
    assert set(ids(sample, due_within=30, as_of=D(2001, 7, 10))) == {"c-border-meetings"}
    assert followup.count(sample, T, CommitmentFilter(D(2001, 9, 10))) == (6, 3)


def test_commitments_made_after_the_date_are_not_yet_there(sample):
    assert ids(sample, as_of=D(2001, 4, 10)) == ["c-quebec-ideas"]


def test_the_view_sorts_by_due_window_in_sql(sample):
    shown = CommitmentFilter(D(2001, 9, 10))
    latest = [r.latest for r in followup.rows(sample, T, shown, "window")]
    assert latest == ["2001-04-19", "2001-06-08", "2001-08-02", "2001-09-05", None, None]
    assert [r.latest for r in followup.rows(sample, T, shown, "window", descending=True)][:2] == [None, None]


def progress(sample, **values):
    values.setdefault("date", "2001-07-01")
    values.setdefault("note", "")
    edit = RecordProgress("c-border-meetings", **values)
    edit.apply(sample)
    return edit


def test_recording_progress_changes_the_status_and_undo_restores_it(sample):
    edit = progress(sample, status="in_progress", note="San Diego meeting held.", scores={"party-us": 1, "party-mx": 0})
    assert followup.commitment(sample, "c-border-meetings").status == "in_progress"
    last = followup.history(sample, "c-border-meetings")[-1]
    assert (last.date, last.status, last.note, last.scores) == (D(2001, 7, 1), "in_progress", "San Diego meeting held.",
                                                                (("US", 1), ("MX", 0)))
    edit.revert(sample)
    assert followup.commitment(sample, "c-border-meetings").status == "not_started"
    assert followup.history(sample, "c-border-meetings") == []


def test_the_status_as_of_a_date_is_what_the_updates_had_made_it(sample):
    progress(sample, status="completed", date="2001-09-01", note="All four meetings held.")
    assert ids(sample, status="completed", as_of=D(2001, 9, 10)).count("c-border-meetings") == 1
    assert "c-border-meetings" in ids(sample, status="not_started", as_of=D(2001, 8, 10))
    assert "c-border-meetings" in ids(sample, overdue=True, as_of=D(2001, 8, 10))
    assert "c-border-meetings" not in ids(sample, overdue=True, as_of=D(2001, 9, 10))


def test_status_rules_hold_in_the_store(sample):
    progress(sample, status="completed", note="Held.")
    with pytest.raises(EditError, match="reason for reopening"):
        progress(sample, status="in_progress")
    progress(sample, status="in_progress", date="2001-07-02", note="Laredo meeting postponed.")
    with pytest.raises(EditError, match="supersedes"):
        progress(sample, status="superseded")
    with pytest.raises(EditError, match="itself"):
        progress(sample, status="superseded", superseded_by="c-border-meetings")
    with pytest.raises(EditError, match="same talks"):
        progress(sample, status="superseded", superseded_by="c-nowhere")
    with pytest.raises(EditError, match="before it"):
        progress(sample, date="2001-06-01", note="Too early.")
    with pytest.raises(EditError, match="own"):
        RecordProgress("c-review-policies", "2001-07-01", "", scores={"party-nobody": 1}).apply(sample)
    with pytest.raises(EditError, match="recording its progress"):
        SetFields("commitments", {"id": "c-border-meetings"}, {"status": "completed"})


def test_superseded_names_its_successor_and_a_cycle_is_refused(sample):
    progress(sample, status="superseded", superseded_by="c-package", note="Folded into the package.")
    found = followup.commitment(sample, "c-border-meetings")
    assert (found.status, found.superseded_by) == ("superseded", "c-package")
    assert found.successor_text.startswith("Prepare a comprehensive package")
    assert "c-border-meetings" not in [i for i, _ in followup.successors(sample, "c-package")]
    with pytest.raises(EditError, match="down the line"):
        RecordProgress("c-package", "2001-08-01", "", status="superseded", superseded_by="c-border-meetings"
                       ).apply(sample)
    report = followup.progress_report(sample, T, D(2001, 9, 10))
    line = next(c for c in report.commitments if c.id == "c-border-meetings")
    assert line.superseded_by.startswith("Prepare a comprehensive package") and not line.overdue(report.as_of)


def test_an_import_keeps_the_successor_while_the_commitment_stays_superseded(sample, sample_bundle, tmp_path):
    progress(sample, status="superseded", superseded_by="c-package", note="Folded into the package.")
    out = tmp_path / "out.json"
    export_bundle(sample, out)
    import_bundle(sample, out)
    assert followup.commitment(sample, "c-border-meetings").superseded_by == "c-package"
    import_bundle(sample, sample_bundle)  # the bundle of before: not superseded any more
    assert followup.commitment(sample, "c-border-meetings").superseded_by is None


def test_compliance_shows_the_tucson_scores(sample):
    table = followup.compliance(sample, T, D(2001, 9, 10))
    assert [(c.short, c.owned, c.scored, c.average, c.percent) for c in table] == [
        ("US", 6, 1, 1.0, 100.0), ("MX", 6, 1, 1.0, 100.0)]
    before_tucson = followup.compliance(sample, T, D(2001, 6, 13))
    assert [(c.scored, c.average) for c in before_tucson] == [(0, None), (0, None)]


def test_compliance_takes_each_partys_latest_score(sample):
    RecordProgress("c-safety-now", "2001-07-15", "Fewer patrols in July.", scores={"party-us": -1}).apply(sample)
    RecordProgress("c-border-meetings", "2001-07-20", "", scores={"party-us": 0, "party-mx": 1}).apply(sample)
    us, mx = followup.compliance(sample, T, D(2001, 9, 10))
    assert (us.scored, us.average, us.percent) == (2, -0.5, 25.0)
    assert (mx.scored, mx.average, mx.percent) == (2, 1.0, 100.0)
    us_before, _ = followup.compliance(sample, T, D(2001, 7, 16))
    assert (us_before.scored, us_before.average) == (1, -1.0)


def test_the_review_cadence_is_kept_with_its_rule_and_gives_the_next_reviews(sample):
    edit = SetCadence(T, "the last Thursday of each quarter", "2001-06-21")
    edit.apply(sample)
    assert followup.cadence(sample, T).next_reviews(D(2001, 9, 10), 3) == [D(2001, 9, 27), D(2001, 12, 27), D(2002, 3, 28)]
    assert followup.cadence(sample, T).rule == "FREQ=YEARLY;BYMONTH=3,6,9,12;BYDAY=-1TH"
    edit.revert(sample)
    assert followup.cadence(sample, T) is None
    with pytest.raises(EditError, match="cannot read"):
        SetCadence(T, "now and then", "2001-06-21")
    audit = sample.conn.execute("SELECT field, new FROM audit_log WHERE table_name = 'talks' AND field = 'review_rule'"
                                ).fetchall()
    assert ("review_rule", "FREQ=YEARLY;BYMONTH=3,6,9,12;BYDAY=-1TH") in audit


def test_open_commitments_are_a_review_meetings_agenda(sample):
    found = followup.open_commitments(sample, T, D(2001, 9, 10))
    assert [c.id for c in found][:3] == ["c-safety-now", "c-border-meetings", "c-package"]
    assert "c-quebec-ideas" not in [c.id for c in found]


def test_the_report_gathers_the_talks_as_of_its_date(sample):
    report = followup.progress_report(sample, T, D(2001, 9, 10))
    assert report.talks.startswith("U.S.") or report.talks
    assert [c.id for c in report.overdue()] == ["c-safety-now", "c-border-meetings", "c-package"]
    assert report.overdue()[1].days_late(report.as_of) == 39
    safety = next(c for c in report.commitments if c.id == "c-safety-now")
    assert safety.last_update.note.startswith("Mexican and U.S. officials met in Tucson")
    assert safety.last_update.scores == (("US", 1), ("MX", 1))
    assert [topic for topic, _ in report.by_topic()][-1] is None  # the commitments without a topic come last
    assert followup.progress_report(sample, T, D(2001, 6, 10)).commitments[0].updates == ()


def test_a_new_commitment_without_a_meeting_is_always_shown(sample):
    Insert("commitments", {"id": "c-new", "talks_id": T, "text": "Exchange statistics.", "status": "not_started",
                           "public": False}).apply(sample)
    assert "c-new" in ids(sample, as_of=D(1990, 1, 1))
