import pytest

from app.store import talks as store
from app.store.edits import Delete, EditError, Insert, Move, SetFields, Together
from app.store.exchange import import_bundle


@pytest.fixture
def sample(record, sample_bundle):
    import_bundle(record, sample_bundle)
    return record


def minutes_of(record, meeting):
    return [tuple(row) for row in record.conn.execute(
        "SELECT id, position FROM minutes WHERE meeting_id = ? ORDER BY position", (meeting,))]


def snapshot(record):
    """The whole talks as the bundle would carry it."""
    return store.load_talks(record, "talks-us-mx-migration")


def test_set_fields_undo_and_redo(sample):
    """A changed field can be undone and redone, and the audit log records each change."""
    edit = SetFields("meetings", {"id": "m-2001-04-04"}, {"venue": "Blair House"})
    edit.apply(sample)
    assert sample.db["meetings"].get(2)["venue"] == "Blair House"
    edit.revert(sample)
    assert sample.conn.execute("SELECT venue FROM meetings WHERE id = 'm-2001-04-04'").fetchone() == (
        "Department of State",)
    edit.apply(sample)
    log = [tuple(row) for row in sample.conn.execute(
        "SELECT field, old, new FROM audit_log WHERE action = 'update' ORDER BY id")]
    assert log == [("venue", "Department of State", "Blair House"), ("venue", "Blair House", "Department of State"),
                   ("venue", "Department of State", "Blair House")]


def test_typing_merges_into_one_edit(sample):
    """Successive changes of the same field merge, keeping the first old value for undo."""
    first = SetFields("minutes", {"id": "n-0404-1"}, {"text": "The United"})
    first.apply(sample)
    second = SetFields("minutes", {"id": "n-0404-1"}, {"text": "The United States"})
    second.apply(sample)
    assert first.merge(second)
    first.revert(sample)
    assert sample.conn.execute("SELECT text FROM minutes WHERE id = 'n-0404-1'").fetchone()[0].startswith(
        "The United States wants Mexico")
    assert not first.merge(SetFields("minutes", {"id": "n-0404-2"}, {"text": "x"}))


def test_text_is_cleaned_and_checked_at_the_door(sample):
    """Edited text is cleaned like imported text; bad values are refused with a sentence."""
    SetFields("minutes", {"id": "n-0404-1"}, {"text": "Castan\u0303eda\x00 <b>said</b>"}).apply(sample)
    assert sample.conn.execute("SELECT text FROM minutes WHERE id = 'n-0404-1'").fetchone() == (
        "Castañeda <b>said</b>",)
    with pytest.raises(EditError, match='kind: "shout" is not one of'):
        SetFields("minutes", {"id": "n-0404-1"}, {"kind": "shout"})
    with pytest.raises(EditError, match="text: this field cannot be empty"):
        SetFields("minutes", {"id": "n-0404-1"}, {"text": "   "})
    with pytest.raises(EditError, match="start"):
        SetFields("meetings", {"id": "m-2001-04-04"}, {"start": "4 April"})
    with pytest.raises(EditError, match='"seq" of minutes cannot be edited'):
        SetFields("minutes", {"id": "n-0404-1"}, {"seq": 3})


def test_insert_at_a_place_and_undo(sample):
    """An entry inserted in the middle shifts those after it; undo closes the gap."""
    before = minutes_of(sample, "m-2001-04-04")
    edit = Insert("minutes", {"meeting_id": "m-2001-04-04", "item_id": "a-0404-1", "kind": "note",
                              "text": "Coffee break."}, index=2)
    edit.apply(sample)
    after = minutes_of(sample, "m-2001-04-04")
    assert after[2] == (edit.key["id"], 2)
    assert [row[0] for row in after[:2] + after[3:]] == [row[0] for row in before]
    assert [row[1] for row in after] == list(range(len(after)))
    edit.revert(sample)
    assert minutes_of(sample, "m-2001-04-04") == before
    edit.apply(sample)  # redo keeps the same id
    assert minutes_of(sample, "m-2001-04-04")[2] == (edit.key["id"], 2)


def test_delete_meeting_and_undo_restores_everything(sample):
    """Deleting a meeting takes its agenda, minutes and attendance; undo restores all of it, searchable."""
    whole = snapshot(sample)
    edit = Delete("meetings", {"id": "m-2001-02-16"})
    edit.apply(sample)
    assert sample.conn.execute("SELECT count(*) FROM minutes WHERE meeting_id = 'm-2001-02-16'").fetchone() == (0,)
    edit.revert(sample)
    assert snapshot(sample) == whole
    from app.store.search import search

    assert any(hit.id == "n-0216-1" for hit in search(sample, "Guanajuato Proposal"))


def test_delete_agenda_item_unlinks_entries_and_undo_relinks(sample):
    """Entries of a deleted agenda item stay, unlinked; undo links them again."""
    whole = snapshot(sample)
    edit = Delete("agenda_items", {"id": "a-0404-1"})
    edit.apply(sample)
    assert sample.conn.execute("SELECT item_id FROM minutes WHERE id = 'n-0404-1'").fetchone() == (None,)
    edit.revert(sample)
    assert snapshot(sample) == whole


def test_delete_of_a_record_still_referred_to_is_refused(sample):
    """A meeting that commitments were made at cannot be deleted; nothing changes."""
    whole = snapshot(sample)
    with pytest.raises(EditError, match="refer"):
        Delete("meetings", {"id": "m-2001-06-08"}).apply(sample)
    assert snapshot(sample) == whole


def test_move_reorders_and_undo_restores(sample):
    """Moving an agenda item renumbers its list; undo puts it back."""
    ids = lambda: [row[0] for row in sample.conn.execute(  # noqa: E731
        "SELECT id FROM agenda_items WHERE meeting_id = 'm-2001-04-04' ORDER BY position")]
    before = ids()
    edit = Move("agenda_items", {"id": "a-0404-5"}, 0)
    edit.apply(sample)
    assert ids() == ["a-0404-5", *before[:4]]
    edit.revert(sample)
    assert ids() == before


def test_together_is_one_transaction(sample):
    """A compound edit that fails part-way leaves nothing behind."""
    whole = snapshot(sample)
    good = Insert("commitments", {"talks_id": "talks-us-mx-migration", "text": "Meet again.",
                                  "status": "not_started", "public": True})
    bad = Insert("commitment_owners", {"commitment_id": good.key["id"], "party_id": "party-nowhere"})
    with pytest.raises(EditError):
        Together([good, bad]).apply(sample)
    assert snapshot(sample) == whole


def test_edits_are_refused_on_a_read_only_record(record_path, sample_bundle):
    """A read-only record refuses every edit."""
    from app.store.errors import ReadOnlyRecord
    from app.store.record import Record

    with Record.open(record_path, create=True) as record:
        import_bundle(record, sample_bundle)
    with Record.open(record_path, read_only=True) as reader:
        with pytest.raises(ReadOnlyRecord):
            SetFields("minutes", {"id": "n-0404-1"}, {"text": "x"}).apply(reader)
