"""The CSV and iCalendar files, read back with their own parsers."""

import csv
import datetime as dt

import pytest
from icalendar import Calendar

from app.cli import main
from app.store.edits import Insert, SetCadence, SetFields
from app.store.exchange import import_bundle
from app.store.exports import CSV_COLUMNS, write_calendar, write_commitments_csv
from app.store.followup import CommitmentFilter

T = "talks-us-mx-migration"


@pytest.fixture
def sample(record, sample_bundle):
    import_bundle(record, sample_bundle)
    return record


def read_csv(path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_the_filtered_commitments_read_back_as_csv(sample, tmp_path):
    out = tmp_path / "overdue.csv"
    assert write_commitments_csv(sample, T, CommitmentFilter(dt.date(2001, 9, 10), overdue=True), out) == 3
    rows = read_csv(out)
    assert list(rows[0]) == list(CSV_COLUMNS)
    border = next(r for r in rows if r["id"] == "c-border-meetings")
    assert border["commitment"] == ("Hold additional meetings in high-risk areas of California (San Diego and "
                                    "Calexico) and Texas (El Paso and Laredo).")
    assert (border["due"], border["earliest"], border["latest"], border["overdue"], border["days_late"]) == (
        "in the next several weeks", "2001-06-21", "2001-08-02", "yes", "39")
    safety = next(r for r in rows if r["id"] == "c-safety-now")
    assert safety["last_update"] == "2001-06-14" and safety["last_note"].startswith("Mexican and U.S. officials")


def test_text_with_commas_quotes_and_line_breaks_survives_the_csv(sample, tmp_path):
    awkward = 'Say "yes", then\nsign; =SUM(A1) & <b>ñ</b>'
    Insert("commitments", {"id": "c-awkward", "talks_id": T, "text": awkward, "status": "not_started",
                           "public": False}).apply(sample)
    out = tmp_path / "all.csv"
    write_commitments_csv(sample, T, CommitmentFilter(dt.date(2001, 9, 10)), out)
    assert next(r for r in read_csv(out) if r["id"] == "c-awkward")["commitment"] == awkward


def test_a_failed_csv_leaves_the_old_file(sample, tmp_path):
    out = tmp_path / "c.csv"
    out.write_text("old")
    with pytest.raises(OSError):
        write_commitments_csv(sample, T, CommitmentFilter(dt.date(2001, 9, 10)), tmp_path / "missing" / "c.csv")
    assert out.read_text() == "old"


def events(path) -> list:
    return [c for c in Calendar.from_ical(path.read_bytes()).walk("VEVENT")]


def test_the_calendar_holds_meetings_due_dates_and_the_review(sample, tmp_path):
    SetCadence(T, "every three months", "2001-06-21").apply(sample)
    SetFields("meetings", {"id": "m-2001-06-08"}, {"start": "2001-06-08T10:00:00-04:00"}).apply(sample)
    out = tmp_path / "talks.ics"
    write_calendar(sample, T, out)
    found = {str(e["UID"]): e for e in events(out)}
    meeting = found["m-2001-06-08@accord"]
    assert str(meeting["SUMMARY"]) == "High Level Working Group on Migration, second meeting"
    assert meeting.decoded("DTSTART") == dt.datetime(2001, 6, 8, 14, 0, tzinfo=dt.timezone.utc)
    summit = found["m-2001-04-20@accord"]  # 20 to 22 April: the last day is included
    assert (summit.decoded("DTSTART"), summit.decoded("DTEND")) == (dt.date(2001, 4, 20), dt.date(2001, 4, 23))
    assert str(found["m-2001-09@accord"]["STATUS"]) == "TENTATIVE"
    due = found["c-border-meetings-due@accord"]
    assert due.decoded("DTSTART") == dt.date(2001, 8, 2) and str(due["SUMMARY"]).startswith("Due: Hold additional")
    assert "c-quebec-ideas-due@accord" not in found  # completed: nothing is due
    review = found[f"{T}-review@accord"]
    assert review.decoded("DTSTART") == dt.date(2001, 6, 21)
    assert review["RRULE"].to_ical() == b"FREQ=MONTHLY;INTERVAL=3"


def test_the_command_line_writes_the_calendar(tmp_path, sample_bundle, capsys):
    db, out = tmp_path / "r.sqlite", tmp_path / "t.ics"
    assert main(["--db", str(db), "import", str(sample_bundle)]) == 0
    assert main(["--db", str(db), "calendar", T, "--out", str(out)]) == 0
    assert len(events(out)) >= 7
    assert main(["--db", str(db), "calendar", "nope", "--out", str(out)]) == 1
    assert 'no talks "nope"' in capsys.readouterr().err
