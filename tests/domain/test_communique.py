import pytest

from app.domain.communique import (
    Bracket,
    DraftMaterial,
    MeetingHeld,
    Outcome,
    StatusRefused,
    brackets,
    check_status_change,
    compare_paragraphs,
    compare_text,
    count_brackets,
    dateline,
    draft_paragraphs,
)


def test_brackets_are_found_closed_and_open():
    """Closed passages, a `[[` never closed and a stray `]]` are each one open bracket."""
    text = "a [[b]] c [[d]] e"
    assert brackets(text) == [Bracket(2, 7, True), Bracket(10, 15, True)]
    assert brackets("x [[never closed") == [Bracket(2, 16, False)]
    assert brackets("stray ]] here") == [Bracket(6, 8, False)]
    assert brackets("no brackets [ here ]") == []
    assert count_brackets(["[[a]] [[b]]", "c ]]", "[[d"]) == 4


@pytest.mark.parametrize("current, target", [("draft", "ad_referendum"), ("ad_referendum", "agreed"),
                                             ("agreed", "issued")])
def test_status_moves_one_step_at_a_time(current, target):
    check_status_change(current, target, 0)


@pytest.mark.parametrize("current, target", [("draft", "agreed"), ("draft", "issued"), ("issued", "draft"),
                                             ("agreed", "ad_referendum"), ("draft", "signed")])
def test_status_cannot_skip_or_go_back(current, target):
    with pytest.raises(StatusRefused):
        check_status_change(current, target, 0)


def test_brackets_stop_agreement_and_issue_but_not_ad_referendum():
    check_status_change("draft", "ad_referendum", 3)
    with pytest.raises(StatusRefused, match="2 bracketed passages are not yet agreed"):
        check_status_change("ad_referendum", "agreed", 2)
    with pytest.raises(StatusRefused, match="1 bracketed passage is"):
        check_status_change("agreed", "issued", 1)


def test_dateline_in_the_style_of_the_2001_communique():
    assert dateline("2001-06-21T13:00:00-04:00", "en") == "June 21, 2001 – 13:00 hrs."
    assert dateline("2001-06-21T13:00:00-04:00", "es") == "21 de junio de 2001 – 13:00 hrs."
    assert dateline("2001-09-06", "en") == "September 6, 2001"
    assert dateline("2001-09-06", "fr") == "2001-09-06"


def test_text_comparison_marks_insertions_and_deletions():
    pieces = compare_text("increase efforts on the border", "increase immediately efforts on the border")
    assert [(p.kind, p.text) for p in pieces if p.kind != "same"] == [("insert", "immediately ")]
    assert "".join(p.text for p in pieces if p.kind != "insert") == "increase efforts on the border"


def test_paragraph_comparison_pairs_by_id_and_keeps_removed_ones_in_place():
    old = [{"id": "a", "text": {"en": "One."}}, {"id": "b", "text": {"en": "Two."}}, {"id": "c", "text": {"en": "Three."}}]
    new = [{"id": "a", "text": {"en": "One."}}, {"id": "c", "text": {"en": "Three, changed."}},
           {"id": "d", "text": {"en": "Four."}}]
    changes = compare_paragraphs(old, new, ["en"])
    assert [(c.id, c.change) for c in changes] == [("a", "same"), ("b", "removed"), ("c", "changed"), ("d", "added")]


def test_a_first_draft_reads_as_prose():
    """Meetings by body with place and date, the agenda's topics, outcomes, and the plan's opening."""
    material = DraftMaterial(
        talks_title="U.S.–Mexico Migration Talks", parties=2,
        meetings=[MeetingHeld("2001-04-04T10:00:00-04:00", "High Level Working Group on Migration", "Washington, DC"),
                  MeetingHeld("2001-06-06", "High Level Working Group on Migration", "San Antonio, Texas")],
        topics={"en": ["Border safety", "Regional economic development"],
                "es": ["Seguridad fronteriza", "Desarrollo económico regional"]},
        outcomes=[Outcome("decision", "Lower-ranking officials will continue the discussions",
                          "2001-04-04T10:00:00-04:00", "Washington, DC")],
        commitments=["c-1"])
    titles, paragraphs = draft_paragraphs(material, ["en", "es"])
    assert titles == {"en": "Joint Communiqué on U.S.–Mexico Migration Talks",
                      "es": "Comunicado conjunto sobre U.S.–Mexico Migration Talks"}
    assert paragraphs[0]["en"] == ("The High Level Working Group on Migration met in Washington, DC on April 4, 2001"
                                   " and in San Antonio, Texas on June 6, 2001.")
    assert paragraphs[0]["es"].startswith("High Level Working Group on Migration se reunió en Washington, DC el "
                                          "4 de abril de 2001")
    assert paragraphs[1]["en"] == "The agenda of the talks has included border safety and regional economic development."
    assert paragraphs[1]["es"].endswith("seguridad fronteriza y desarrollo económico regional.")
    assert paragraphs[2]["en"] == ("At the meeting held in Washington, DC on April 4, 2001, the two sides decided: "
                                   "Lower-ranking officials will continue the discussions.")
    assert "plan of action" in paragraphs[3]["en"] and "plan de acción" in paragraphs[3]["es"]


def test_due_windows_in_words_for_the_printed_documents():
    import datetime as dt

    from app.domain.communique import window_in_words

    d = dt.date
    assert window_in_words(d(2001, 6, 21), d(2001, 8, 2), "en") == "June 21 – August 2, 2001"
    assert window_in_words(d(2001, 6, 21), d(2001, 8, 2), "es") == "21 de junio – 2 de agosto de 2001"
    assert window_in_words(d(2001, 12, 1), d(2002, 1, 31), "en") == "December 1, 2001 – January 31, 2002"
    assert window_in_words(d(2001, 9, 5), d(2001, 9, 5), "en") == "September 5, 2001"
    assert window_in_words(None, d(2001, 9, 30), "es") == "a más tardar el 30 de septiembre de 2001"
    assert window_in_words(d(2001, 10, 1), None, "en") == "from October 1, 2001"
    assert window_in_words(None, None, "en") == ""
