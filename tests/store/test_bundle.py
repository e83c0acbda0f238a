import copy
import json
from pathlib import Path

import pytest

from app.store import bundle as fmt
from app.store.errors import BundleError
from app.store.exchange import export_bundle, import_bundle, import_talks
from app.store.talks import load_talks

from ..conftest import SAMPLE

SHARED_SAMPLE = Path(__file__).resolve().parents[3] / "shared" / "samples" / "us-mexico-2001.json"


def sample() -> dict:
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


def exported(record, tmp_path, talks=None) -> dict:
    out = tmp_path / "out.json"
    export_bundle(record, out, talks, exported_at="2026-11-23T12:00:00+00:00")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data.pop("exported_at") == "2026-11-23T12:00:00+00:00"
    return data


def dump_counts(record) -> dict:
    tables = ["talks", "parties", "people", "bodies", "topics", "meetings", "attendance", "agenda_items", "minutes",
              "commitments", "commitment_owners", "progress_updates", "update_scores", "communiques", "paragraphs",
              "paragraph_texts", "plan_of_action", "signatories"]
    return {t: record.db[t].count for t in tables}


def test_shipped_sample_is_the_shared_sample():
    """The sample talks in resources/ are the shared sample, unchanged."""
    if not SHARED_SAMPLE.exists():
        pytest.skip("the shared folder is not beside this checkout")
    assert json.loads(SHARED_SAMPLE.read_text("utf-8")) == sample()


def test_sample_round_trip_gives_the_same_bundle(record, sample_bundle, tmp_path):
    """Importing the sample and exporting it again gives back the same bundle."""
    import_bundle(record, sample_bundle)
    assert exported(record, tmp_path) == sample()


def test_second_import_changes_nothing(record, sample_bundle, tmp_path):
    """Importing the same bundle twice updates in place: same rows, same export, no new audit entries."""
    import_bundle(record, sample_bundle)
    counts, audit = dump_counts(record), record.db["audit_log"].count
    import_bundle(record, sample_bundle)
    assert dump_counts(record) == counts
    assert record.db["audit_log"].count == audit
    assert exported(record, tmp_path) == sample()


def test_reimport_updates_changed_fields_and_logs_them(record, sample_bundle, tmp_path):
    """A changed value in a re-imported bundle updates the record, and the audit log names the field."""
    import_bundle(record, sample_bundle)
    data = sample()
    data["talks"][0]["meetings"][1]["venue"] = "Blair House"
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(data), encoding="utf-8")
    import_bundle(record, changed)
    rows = list(record.db.query(
        "SELECT table_name, record_id, action, field, old, new FROM audit_log WHERE action = 'update'"))
    assert rows == [{"table_name": "meetings", "record_id": "m-2001-04-04", "action": "update", "field": "venue",
                     "old": "Department of State", "new": "Blair House"}]


def test_export_of_one_talks(record, sample_bundle, tmp_path):
    """--talks exports only that talks; an unknown id is an error."""
    import_bundle(record, sample_bundle)
    assert [t["id"] for t in exported(record, tmp_path, "talks-us-mx-migration")["talks"]] == ["talks-us-mx-migration"]
    with pytest.raises(Exception, match='no talks with id "nope"'):
        export_bundle(record, tmp_path / "x.json", "nope")


def test_due_window_is_derived_on_import_when_absent(record, tmp_path):
    """A due with neither bound gets the window derived from its text and its meeting's date."""
    data = sample()
    commitment = data["talks"][0]["commitments"][3]
    commitment["due"] = {"text": "in the next several weeks"}
    commitment["meeting"] = "m-2001-06-14"
    path = tmp_path / "b.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    import_bundle(record, path)
    due = load_talks(record, "talks-us-mx-migration").commitments[3].due
    assert (due.earliest, due.latest) == ("2001-06-14", "2001-07-26")


def test_given_bounds_are_kept_as_given(record, sample_bundle):
    """Bounds in the bundle are kept even when the text would say otherwise."""
    import_bundle(record, sample_bundle)
    due = load_talks(record, "talks-us-mx-migration").commitments[4].due
    assert (due.text, due.earliest, due.latest) == ("by September 2001", None, "2001-09-05")


def test_user_text_is_cleaned_at_the_door(record, tmp_path):
    """Text is stored NFC with control characters removed, markup kept as typed."""
    data = sample()
    data["talks"][0]["meetings"][1]["minutes"][0]["text"] = "<b>Castan\u0303eda & Co.</b>\x00\x07 said\r\n[[this]]"
    path = tmp_path / "b.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    import_bundle(record, path)
    text = load_talks(record, "talks-us-mx-migration").meetings[1].minutes[0].text
    assert text == "<b>Castañeda & Co.</b> said\n[[this]]"


def test_long_text_is_kept_whole(record, tmp_path):
    """A minute entry of half a million characters comes back whole."""
    data = sample()
    long_text = "Ñ" + "x" * 500_000 + "end"
    data["talks"][0]["meetings"][1]["minutes"][0]["text"] = long_text
    path = tmp_path / "b.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    import_bundle(record, path)
    assert load_talks(record, "talks-us-mx-migration").meetings[1].minutes[0].text == long_text


def mutate(edit):
    data = sample()
    edit(data["talks"][0], data)
    return data


BAD = [
    ("unknown top key", lambda t, d: d.update(extra=1), 'bundle: unknown key "extra"'),
    ("unknown format", lambda t, d: d.update(format="other"), 'field "format": format is "other"'),
    ("newer version", lambda t, d: d.update(version=2), "version 2 is newer than this Accord reads"),
    ("unknown key in meeting", lambda t, d: t["meetings"][0].update(colour="blue"),
     'meeting "m-2001-02-16": unknown key "colour"'),
    ("missing key", lambda t, d: t["people"][0].pop("name"), 'person "p-bush", field "name": is missing'),
    ("wrong type", lambda t, d: t["commitments"][0].update(public="yes"),
     'commitment "c-quebec-ideas", field "public": must be true or false, not a string'),
    ("bad date", lambda t, d: t["meetings"][1].update(start="2001-13-04"),
     'meeting "m-2001-04-04", field "start": \'2001-13-04\''),
    ("time without offset", lambda t, d: t["meetings"][1].update(start="2001-04-04T10:00:00"),
     'meeting "m-2001-04-04", field "start"'),
    ("dangling reference", lambda t, d: t["meetings"][1]["minutes"][0].update(party="party-ca"),
     'minute entry "n-0404-1", field "party": refers to "party-ca", which is not a party of these talks'),
    ("duplicate id", lambda t, d: t["topics"][1].update(id="t-safety"),
     'topic "t-safety", field "id": duplicate id: "t-safety" is already used by a topic'),
    ("duplicate id across kinds", lambda t, d: t["topics"][1].update(id="p-bush"),
     'duplicate id: "p-bush" is already used by a person'),
    ("bad choice", lambda t, d: t["meetings"][0].update(status="postponed"),
     'meeting "m-2001-02-16", field "status": "postponed" is not one of'),
    ("null optional", lambda t, d: t["meetings"][0].update(venue=None),
     'field "venue": is null; leave an optional key out instead'),
    ("one party", lambda t, d: t.update(parties=t["parties"][:1]), "talks need two or more parties"),
    ("bad score", lambda t, d: t["commitments"][1]["updates"][0]["scores"].update({"party-us": 2}),
     'the score of "party-us" must be -1, 0 or 1'),
    ("brackets in issued text", lambda t, d: t["communiques"][0]["paragraphs"][0]["text"].update(en="[[x]]"),
     'paragraph "q-0621-1", field "text": holds [[bracketed]] text'),
    ("private commitment in plan", lambda t, d: t["communiques"][0]["plan_of_action"].append("c-quebec-ideas"),
     '"c-quebec-ideas" is not a public commitment'),
    ("item of another meeting", lambda t, d: t["meetings"][1]["minutes"][0].update(item="a-0606-1"),
     'field "item": refers to "a-0606-1", which is not an agenda item of this meeting'),
    ("body cycle", lambda t, d: t["bodies"][0].update(parent="b-border"), "would form a circle"),
    ("bad local time", lambda t, d: t["meetings"][1]["minutes"][0].update(at="25:00"),
     '"25:00" is not a local time HH:MM'),
    ("end before start", lambda t, d: t["meetings"][2].update(end="2001-04-01"), "is before the start"),
]


@pytest.mark.parametrize(("name", "edit", "message"), BAD, ids=[b[0] for b in BAD])
def test_bad_bundle_is_refused_naming_record_and_field(record, tmp_path, name, edit, message):
    """Each bad input is refused with a message naming the record and field; nothing is written."""
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(mutate(edit)), encoding="utf-8")
    with pytest.raises(BundleError) as caught:
        import_bundle(record, path)
    assert message in str(caught.value)
    assert record.db["talks"].count == 0
    assert record.db["audit_log"].count == 0


@pytest.mark.parametrize(("content", "message"), [
    (b"{not json", "is not valid JSON"),
    (b"\xff\xfe\x00", "is not UTF-8"),
    (b"[]", "bundle: must be a JSON object"),
])
def test_unreadable_files_are_refused(record, tmp_path, content, message):
    """A file that is not a JSON bundle is refused with a clear message."""
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(BundleError, match=message):
        import_bundle(record, path)


def test_failed_import_leaves_the_record_exactly_as_it_was(record, sample_bundle, tmp_path):
    """An import that fails half-way through the database write changes nothing."""
    import_bundle(record, sample_bundle)
    before = exported(record, tmp_path)
    audit = record.db["audit_log"].count
    good = fmt.read_bundle(sample())[0]
    broken = copy.deepcopy(good)
    broken.id = "talks-other"
    broken.title = "Other talks"
    broken.parties[0].id = "party-ca"  # new ids ...
    for i, person in enumerate(broken.people):
        person.id = f"x-{i}"
    broken.parties[1].id = "party-us2"
    with pytest.raises(BundleError, match="other talks"):
        import_talks(record, [broken])  # ... but its meetings are held by the first talks
    assert exported(record, tmp_path) == before
    assert record.db["audit_log"].count == audit


def test_id_of_another_kind_in_the_record_is_refused(record, sample_bundle, tmp_path):
    """An id the record holds for another kind of record is an error."""
    import_bundle(record, sample_bundle)
    data = {"format": "accord-bundle", "version": 1, "talks": [{
        "id": "talks-2", "title": "T", "languages": ["en"],
        "parties": [{"id": "p-bush", "name": "A", "short": "A", "language": "en"},
                    {"id": "party-b", "name": "B", "short": "B", "language": "en"}],
        "people": [], "bodies": [], "topics": [], "meetings": [], "commitments": [], "communiques": []}]}
    path = tmp_path / "b.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(BundleError, match='party "p-bush": the record already holds a person with this id'):
        import_bundle(record, path)
    assert record.db["talks"].count == 1


def test_export_failure_leaves_the_old_file(record, sample_bundle, tmp_path, monkeypatch):
    """An export that fails while writing leaves the previous file as it was."""
    import_bundle(record, sample_bundle)
    out = tmp_path / "out.json"
    out.write_text("previous export", encoding="utf-8")

    def failing_dumps(bundle):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(fmt, "dumps", failing_dumps)
    with pytest.raises(OSError):
        export_bundle(record, out)
    assert out.read_text(encoding="utf-8") == "previous export"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
