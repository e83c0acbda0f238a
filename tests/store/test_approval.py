"""Approved minutes: the steps to approval, the frozen record, corrigenda, the audit trail, the checksum."""

import json
import sqlite3

import pytest

from app.store import audit
from app.store.approval import ApprovedMinutes, altered_meetings, matches_checksum
from app.store.edits import (AddCorrigendum, Delete, EditError, Insert, Move, SetFields, SetMinutesStatus)
from app.store.errors import RecordError
from app.store.exchange import import_bundle
from app.store.record import Record

MEETING = "m-2001-04-04"


@pytest.fixture
def sample(record, sample_bundle):
    import_bundle(record, sample_bundle)
    return record


def approve(record, meeting=MEETING, circulated="2001-04-06", approved="2001-04-10"):
    SetMinutesStatus(meeting, "circulated", circulated).apply(record)
    SetMinutesStatus(meeting, "approved", approved).apply(record)


def first_entry(record, meeting=MEETING):
    return record.conn.execute("SELECT id, item_id FROM minutes WHERE meeting_id = ? ORDER BY position",
                               (meeting,)).fetchone()


def test_minutes_go_from_draft_to_circulated_to_approved(sample):
    """Approval takes a circulated draft, stores its date and the checksum of the content."""
    with pytest.raises(EditError, match="circulate the draft minutes"):
        SetMinutesStatus(MEETING, "approved", "2001-04-10").apply(sample)
    with pytest.raises(EditError, match="cannot be circulated before"):
        SetMinutesStatus(MEETING, "circulated", "2001-04-01").apply(sample)
    back = SetMinutesStatus(MEETING, "circulated", "2001-04-06")
    back.apply(sample)
    back.revert(sample)
    assert sample.conn.execute("SELECT minutes_status, circulated_on FROM meetings WHERE id = ?",
                               (MEETING,)).fetchone() == ("draft", None)
    approve(sample)
    status, approved_on, checksum = sample.conn.execute(
        "SELECT minutes_status, approved_on, checksum FROM meetings WHERE id = ?", (MEETING,)).fetchone()
    assert (status, approved_on) == ("approved", "2001-04-10")
    assert len(checksum) == 64 and matches_checksum(sample.conn, MEETING)
    with pytest.raises(EditError, match="stay approved"):
        SetMinutesStatus(MEETING, "draft").apply(sample)


def test_approved_minutes_refuse_every_edit_of_the_store(sample):
    """Every kind of edit to the meeting, its attendance, agenda or minutes is refused, naming it."""
    approve(sample)
    entry, item = first_entry(sample)
    person = sample.conn.execute("SELECT person_id FROM attendance WHERE meeting_id = ?", (MEETING,)).fetchone()[0]
    before = sample.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    refused = [
        SetFields("meetings", {"id": MEETING}, {"venue": "Blair House"}),
        SetFields("minutes", {"id": entry}, {"text": "Something else"}),
        SetFields("attendance", {"meeting_id": MEETING, "person_id": person}, {"role": "observer"}),
        SetFields("agenda_items", {"id": item}, {"title": "Another item"}),
        Insert("minutes", {"meeting_id": MEETING, "kind": "note", "text": "Late note"}),
        Insert("agenda_items", {"meeting_id": MEETING, "title": "Any other business"}),
        Delete("minutes", {"id": entry}),
        Delete("attendance", {"meeting_id": MEETING, "person_id": person}),
        Delete("meetings", {"id": MEETING}),
        Move("minutes", {"id": entry}, 3),
    ]
    for edit in refused:
        with pytest.raises(ApprovedMinutes, match='the minutes of "High Level Working Group on Migration'):
            edit.apply(sample)
    assert sample.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == before


def test_the_file_itself_refuses_changes_to_approved_minutes(sample):
    """Triggers in the record refuse a change made around the store's checks, by any SQL."""
    approve(sample)
    entry, _ = first_entry(sample)
    for statement in ("UPDATE minutes SET text = 'x' WHERE id = :e",
                      "DELETE FROM minutes WHERE id = :e",
                      "UPDATE meetings SET minutes_status = 'draft' WHERE id = :m",
                      "DELETE FROM attendance WHERE meeting_id = :m",
                      "INSERT INTO minutes (id, meeting_id, kind, text, position) VALUES ('n', :m, 'note', 'x', 99)"):
        with pytest.raises(sqlite3.IntegrityError, match="approved minutes cannot be changed"):
            with sample.transaction() as conn:
                conn.execute(statement, {"e": entry, "m": MEETING})
    assert matches_checksum(sample.conn, MEETING)


def test_other_meetings_stay_editable(sample):
    approve(sample)
    other = sample.conn.execute("SELECT id FROM meetings WHERE id != ? LIMIT 1", (MEETING,)).fetchone()[0]
    SetFields("meetings", {"id": other}, {"venue": "Blair House"}).apply(sample)


def test_import_that_would_change_approved_minutes_is_refused(sample, sample_bundle, tmp_path):
    """The same bundle imports again; one that changes an approved meeting is refused, naming it, and
    nothing at all is imported."""
    approve(sample)
    import_bundle(sample, sample_bundle)
    data = json.loads(sample_bundle.read_text("utf-8"))
    talks = data["talks"][0]
    talks["title"] = "Renamed talks"
    meeting = next(m for m in talks["meetings"] if m["id"] == MEETING)
    meeting["minutes"][0]["text"] = "Rewritten after approval"
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(data), "utf-8")
    with pytest.raises(RecordError, match=f'meeting "{MEETING}".*approved on 2001-04-10'):
        import_bundle(sample, changed)
    assert sample.conn.execute("SELECT title FROM talks").fetchone()[0] != "Renamed talks"
    assert matches_checksum(sample.conn, MEETING)


def test_corrigendum_is_kept_beside_the_approved_text(sample):
    """A corrigendum is dated and reasoned, needs approved minutes, leaves the entry as approved, and is
    never changed; undo takes it back."""
    entry, _ = first_entry(sample)
    with pytest.raises(EditError, match="corrects approved minutes"):
        AddCorrigendum(MEETING, "2001-04-20", "Typo", "Fixed", entry).apply(sample)
    approve(sample)
    text = sample.conn.execute("SELECT text FROM minutes WHERE id = ?", (entry,)).fetchone()[0]
    with pytest.raises(EditError, match="reason"):
        AddCorrigendum(MEETING, "2001-04-20", "  ", "Fixed", entry)
    with pytest.raises(EditError, match="approved on 2001-04-10"):
        AddCorrigendum(MEETING, "2001-04-01", "Typo", "Fixed", entry).apply(sample)
    with pytest.raises(EditError, match="same meeting"):
        AddCorrigendum(MEETING, "2001-04-20", "Typo", "Fixed", "no-such-entry").apply(sample)
    corrigendum = AddCorrigendum(MEETING, "2001-04-20", "The Mexican side asked for its words", "Corrected text", entry)
    corrigendum.apply(sample)
    assert sample.conn.execute("SELECT entry_id, date, reason, text FROM corrigenda").fetchall() == [
        (entry, "2001-04-20", "The Mexican side asked for its words", "Corrected text")]
    assert sample.conn.execute("SELECT text FROM minutes WHERE id = ?", (entry,)).fetchone()[0] == text
    assert matches_checksum(sample.conn, MEETING)
    with pytest.raises(sqlite3.IntegrityError, match="never changed"):
        with sample.transaction() as conn:
            conn.execute("UPDATE corrigenda SET text = 'x'")
    corrigendum.revert(sample)
    assert sample.conn.execute("SELECT count(*) FROM corrigenda").fetchone()[0] == 0


def test_audit_trail_names_who_what_from_to_and_when(sample):
    """The meeting's history lists its own and its entries' changes with who made them; after approval
    it shows nothing but corrigenda."""
    sample.editor = "Secretary A"
    entry, _ = first_entry(sample)
    SetFields("minutes", {"id": entry}, {"text": "Reworded before approval"}).apply(sample)
    sample.editor = "Secretary B"
    approve(sample)
    AddCorrigendum(MEETING, "2001-04-20", "Wording", "Reworded once more", entry).apply(sample)
    changes = audit.history(sample.conn, MEETING)
    reworded = next(c for c in changes if c.table == "minutes" and c.field == "text")
    assert (reworded.who, reworded.record_id, reworded.new) == ("Secretary A", entry, "Reworded before approval")
    assert reworded.at.startswith("20") and reworded.at.endswith("Z")
    approval = audit.approval_change(sample.conn, MEETING)
    approved = next(c for c in changes if c.field == "minutes_status" and c.new == "approved")
    assert approved.id <= approval
    assert (approved.who, approved.old, approved.new) == ("Secretary B", "circulated", "approved")
    assert {c.table for c in changes if c.id > approval} == {"corrigenda"}
    assert audit.count_history(sample.conn, MEETING) == len(changes)
    # a page at a time
    assert audit.history(sample.conn, MEETING, limit=3) + audit.history(
        sample.conn, MEETING, after=changes[2].id, limit=len(changes)) == changes


def test_history_of_a_commitment_includes_its_updates(sample):
    from app.store.edits import RecordProgress

    commitment = sample.conn.execute("SELECT id FROM commitments WHERE meeting_id = ?", (MEETING,)).fetchone()[0]
    RecordProgress(commitment, "2001-06-01", "Under way", "in_progress").apply(sample)
    tables = {c.table for c in audit.history(sample.conn, commitment)}
    assert {"commitments", "progress_updates"} <= tables


def test_a_record_changed_behind_accords_back_is_detected(sample, record_path):
    """Approved content edited in the file (its triggers dropped) no longer matches its checksum; the
    meeting is named when the record is opened again."""
    approve(sample)
    assert altered_meetings(sample.conn) == []
    sample.close()
    conn = sqlite3.connect(record_path)
    conn.execute("DROP TRIGGER minutes_approved_update")
    conn.execute("UPDATE minutes SET text = 'Nothing was agreed' WHERE meeting_id = ? AND kind = 'decision'",
                 (MEETING,))
    conn.commit()
    conn.close()
    with Record.open(record_path) as reopened:
        altered = altered_meetings(reopened.conn)
        assert [a.meeting_id for a in altered] == [MEETING]
        assert "High Level Working Group on Migration" in altered[0].sentence()
        assert "changed outside Accord" in altered[0].sentence()


def test_a_record_of_version_5_is_upgraded_with_its_audit_rows_shown_under_their_records(record_path):
    """Migration 6 backfills where the older audit rows are shown (a deleted entry's too), and from then
    on every row names who made the change."""
    from sqlite_utils import Database

    from app.store import identity, schema

    db = Database(record_path)
    db.conn.isolation_level = None
    db.execute("BEGIN")
    schema.migrations.apply(db, stop_before="m006_approved_minutes")
    db.execute(f"PRAGMA application_id = {identity.APPLICATION_ID}")
    db.execute("COMMIT")
    db.execute("PRAGMA user_version = 5")
    for statement in (
            "INSERT INTO talks (id, title, languages, position) VALUES ('t', 'Talks', '[\"en\"]', 0)",
            "INSERT INTO meetings (id, talks_id, title, status, start, position) VALUES ('m', 't', 'M', 'held',"
            " '2001-04-04', 0)",
            "INSERT INTO agenda_items (id, meeting_id, title, position) VALUES ('a', 'm', 'Item', 0)",
            "INSERT INTO minutes (id, meeting_id, kind, text, position) VALUES ('n1', 'm', 'note', 'One', 0)",
            "INSERT INTO minutes (id, meeting_id, kind, text, position) VALUES ('n2', 'm', 'note', 'Two', 1)",
            "UPDATE minutes SET text = 'Uno' WHERE id = 'n1'",
            "DELETE FROM minutes WHERE id = 'n2'"):
        db.execute(statement)
    db.conn.close()
    with Record.open(record_path) as record:
        record.editor = "Upgrader"
        shown = {(c.table, c.record_id, c.action) for c in audit.history(record.conn, "m")}
        assert {("meetings", "m", "insert"), ("agenda_items", "a", "insert"), ("minutes", "n1", "update"),
                ("minutes", "n2", "insert"), ("minutes", "n2", "delete")} <= shown
        SetMinutesStatus("m", "circulated", "2001-04-05").apply(record)
        SetMinutesStatus("m", "approved", "2001-04-06").apply(record)
        assert audit.history(record.conn, "m")[-1].who == "Upgrader"
        with pytest.raises(ApprovedMinutes):
            SetFields("minutes", {"id": "n1"}, {"text": "Changed"}).apply(record)
