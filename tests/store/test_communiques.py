import datetime as dt
import json

import pytest

from app.store.communiques import NoSuchVersion, document, draft_material, versions
from app.store.edits import ChangeStatus, Delete, EditError, Insert, Move, NewDraft, SetFields, SetText
from app.store.exchange import import_bundle

Q = "q-2001-06-21"


@pytest.fixture
def sample(record, sample_bundle):
    import_bundle(record, sample_bundle)
    return record


@pytest.fixture
def draft(sample):
    """A new bilingual draft of two paragraphs, one with a bracket."""
    edits = [Insert("communiques", {"id": "q-new", "talks_id": "talks-us-mx-migration", "title": "Joint statement",
                                    "titles": {"es": "Declaración conjunta"}, "issued": "2001-09-06",
                                    "languages": ["en", "es"], "status": "draft", "version": 1}),
             Insert("paragraphs", {"id": "p-1", "communique_id": "q-new", "heading": False, "numbered": True}),
             Insert("paragraphs", {"id": "p-2", "communique_id": "q-new", "heading": False, "numbered": True})]
    for edit in edits:
        edit.apply(sample)
    SetText("p-1", "en", "Both sides discussed [[regularization]].").apply(sample)
    SetText("p-1", "es", "Ambas partes trataron la [[regularización]].").apply(sample)
    SetText("p-2", "en", "They will meet again.").apply(sample)
    return sample


def test_the_sample_communique_reads_whole(sample):
    doc = document(sample, Q)
    assert (doc.title, doc.status, doc.version, doc.languages) == (
        "Joint Communiqué on U.S.-Mexico Migration Talks", "issued", 3, ["en"])
    assert len(doc.paragraphs) == 8 and doc.paragraphs[0]["text"]["en"].startswith("Presidents Vicente Fox")
    assert [p["id"] for p in doc.plan] == ["c-safety-now", "c-review-policies", "c-border-meetings", "c-package",
                                          "c-review-plan"]


def test_text_of_a_paragraph_is_set_per_language_and_undone(draft):
    edit = SetText("p-2", "es", "Se reunirán de nuevo.")
    edit.apply(draft)
    assert document(draft, "q-new").paragraphs[1]["text"] == {"en": "They will meet again.", "es": "Se reunirán de nuevo."}
    edit.revert(draft)
    assert document(draft, "q-new").paragraphs[1]["text"] == {"en": "They will meet again."}


def test_brackets_keep_a_communique_from_agreement_until_removed(draft):
    ChangeStatus("q-new", "ad_referendum").apply(draft)  # brackets may go ad referendum
    with pytest.raises(EditError, match="2 bracketed passages are not yet agreed"):
        ChangeStatus("q-new", "agreed").apply(draft)
    assert document(draft, "q-new").status == "ad_referendum"
    SetText("p-1", "en", "Both sides discussed regularization.").apply(draft)
    SetText("p-1", "es", "Ambas partes trataron la regularización.").apply(draft)
    ChangeStatus("q-new", "agreed").apply(draft)
    assert document(draft, "q-new").status == "agreed"


def test_every_status_change_and_new_draft_freezes_a_copy(draft):
    ChangeStatus("q-new", "ad_referendum").apply(draft)
    frozen_text = document(draft, "q-new").paragraphs[0]["text"]["en"]
    NewDraft("q-new").apply(draft)
    SetText("p-1", "en", "Both sides agreed on regularization.").apply(draft)
    lines = versions(draft, "q-new")
    assert [(v.version, v.status, v.reason) for v in lines] == [(1, "ad_referendum", "status"),
                                                                (1, "ad_referendum", "new draft")]
    assert dt.datetime.fromisoformat(lines[0].frozen_at).tzinfo is not None
    assert document(draft, "q-new").version == 2 and document(draft, "q-new").status == "draft"
    old = document(draft, "q-new", 1)
    assert (old.version, old.paragraphs[0]["text"]["en"]) == (1, frozen_text)
    assert document(draft, "q-new", 2).paragraphs[0]["text"]["en"] == "Both sides agreed on regularization."
    with pytest.raises(NoSuchVersion, match="has no version 7; it has 1, 2"):
        document(draft, "q-new", 7)


def test_undoing_a_status_change_removes_its_copy(draft):
    edit = ChangeStatus("q-new", "ad_referendum")
    edit.apply(draft)
    edit.revert(draft)
    assert versions(draft, "q-new") == [] and document(draft, "q-new").status == "draft"


def test_agreed_text_refuses_every_edit_until_a_new_draft(sample):
    """The issued sample communiqué cannot be changed in any way; a new draft can."""
    attempts = [SetText("q-0621-1", "en", "Changed."), SetFields("communiques", {"id": Q}, {"title": "Other"}),
                Delete("paragraphs", {"id": "q-0621-2"}), Move("paragraphs", {"id": "q-0621-2"}, 0),
                Insert("paragraphs", {"communique_id": Q, "heading": True, "numbered": False}),
                Delete("plan_of_action", {"communique_id": Q, "commitment_id": "c-package"})]
    before = json.dumps(document(sample, Q).as_content())
    for edit in attempts:
        with pytest.raises(EditError, match="start a new draft"):
            edit.apply(sample)
    assert json.dumps(document(sample, Q).as_content()) == before
    with pytest.raises(EditError, match="status actions"):
        SetFields("communiques", {"id": "q-2001-06-21"}, {"status": "draft"})
    NewDraft(Q).apply(sample)
    SetText("q-0621-1", "en", "Changed.").apply(sample)
    assert document(sample, Q).version == 4 and document(sample, Q, 3).paragraphs[0]["text"]["en"] != "Changed."


def test_draft_material_is_what_the_record_holds_up_to_a_date(sample):
    material = draft_material(sample, "talks-us-mx-migration", dt.date(2001, 6, 21))
    assert material.parties == 2
    assert [m.start[:10] for m in material.meetings] == sorted(m.start[:10] for m in material.meetings)
    assert all(m.start[:10] <= "2001-06-21" for m in material.meetings)
    assert material.commitments == ["c-safety-now", "c-review-policies", "c-border-meetings", "c-package",
                                    "c-review-plan"]
    assert any("lower-ranking" in o.text.lower() for o in material.outcomes)
    early = draft_material(sample, "talks-us-mx-migration", dt.date(2001, 4, 4))
    assert [m.place for m in early.meetings] == ["San Cristóbal, Guanajuato", "Washington, DC"]


def test_deleting_a_communique_takes_its_text_and_versions_and_undo_puts_them_back(draft):
    ChangeStatus("q-new", "ad_referendum").apply(draft)
    before = (document(draft, "q-new").as_content(), versions(draft, "q-new"))
    edit = Delete("communiques", {"id": "q-new"})
    edit.apply(draft)
    assert draft.conn.execute("SELECT count(*) FROM paragraphs WHERE communique_id = 'q-new'").fetchone() == (0,)
    assert versions(draft, "q-new") == []
    edit.revert(draft)
    assert (document(draft, "q-new").as_content(), versions(draft, "q-new")) == before
