import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.store.exchange import import_bundle
from app.store.search import fts_query, search

from ..conftest import SAMPLE


def ids(record, text):
    return [(hit.kind, hit.id) for hit in search(record, text)]


def test_search_finds_minutes_agenda_commitments_meetings_and_paragraphs(record, sample_bundle):
    """One query reaches every kind of searchable record."""
    import_bundle(record, sample_bundle)
    kinds = {hit.kind for hit in search(record, "border")}
    assert kinds == {"meeting", "agenda item", "minute entry", "commitment", "paragraph"}


def test_hits_carry_their_meeting_and_date(record, sample_bundle):
    """A minute entry found comes with its meeting's title and date."""
    import_bundle(record, sample_bundle)
    hit = next(h for h in search(record, "receptive") if h.kind == "minute entry")
    assert (hit.id, hit.meeting_id, hit.date, hit.talks_id) == (
        "n-0404-3", "m-2001-04-04", "2001-04-04", "talks-us-mx-migration")
    assert hit.meeting_title == "High Level Working Group on Migration, initial meeting"


def test_matching_ignores_case_and_accents(record, tmp_path):
    """'acordo' finds 'acordó', and 'CRISTOBAL' finds 'San Cristóbal'."""
    data = json.loads(SAMPLE.read_text("utf-8"))
    data["talks"][0]["meetings"][1]["minutes"][0]["text"] = "Se acordó continuar."
    path = tmp_path / "b.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    import_bundle(record, path)
    assert ids(record, "acordo") == [("minute entry", "n-0404-1")]
    assert ("meeting", "m-2001-02-16") in ids(record, "CRISTOBAL")


def test_index_follows_changes(record, sample_bundle, tmp_path):
    """After an entry's text changes, the old words no longer find it and the new ones do."""
    import_bundle(record, sample_bundle)
    with record.transaction() as db:
        db.execute("UPDATE minutes SET text = 'Quetzalcoatl' WHERE id = 'n-0404-3'")
    assert ids(record, "receptive") == []
    assert ids(record, "quetzalcoatl") == [("minute entry", "n-0404-3")]
    with record.transaction() as db:
        db.execute("DELETE FROM minutes WHERE id = 'n-0404-3'")
    assert ids(record, "quetzalcoatl") == []


def test_phrases_prefixes_and_operators(record, sample_bundle):
    """Quoted words must stand together; a trailing * matches a word's start; OR and NOT work."""
    import_bundle(record, sample_bundle)
    assert ids(record, '"shared responsibility"') == [("paragraph", "q-0621-2"), ("minute entry", "n-0404-4")]
    assert ("commitment", "c-quebec-ideas") in ids(record, "Queb*")
    assert set(ids(record, "Tucson OR Calexico")) >= {("paragraph", "q-0621-7"), ("commitment", "c-border-meetings")}
    assert ("paragraph", "q-0621-7") not in ids(record, "border NOT Tucson")


def test_punctuation_is_only_text(record, sample_bundle):
    """Hyphens, colons and brackets do not break a query: 'H-2' finds the H-2 program."""
    import_bundle(record, sample_bundle)
    assert ("agenda item", "a-0404-2") in ids(record, "H-2")
    assert ids(record, "(") == []
    assert ("agenda item", "a-0404-2") in ids(record, "visa:program)")


def test_query_translation():
    """User text becomes quoted FTS5 terms; stray operators are dropped."""
    assert fts_query('border "shared opportunity" safe* OR NOT x') == '"border" "shared opportunity" "safe"* NOT "x"'
    assert fts_query('AND ( ) " : -') is None
    assert fts_query('say "hello') == '"say" "hello"'
    assert fts_query('a""b') == '"a""""b"'


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(st.text())
def test_any_text_is_a_valid_query(record, text):
    """Whatever is typed, search answers without an error."""
    search(record, text)


def test_newest_first(record, sample_bundle):
    """Hits are listed newest first, by their meeting's or communiqué's date."""
    import_bundle(record, sample_bundle)
    dates = [hit.date for hit in search(record, "border")]
    assert dates == sorted(dates, reverse=True)
    assert dates[0] == "2001-06-21T13:00:00-04:00"
