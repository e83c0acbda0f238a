"""The printed record of a meeting: the 4 April 2001 meeting of the sample talks, approval marks,
corrigenda, text as data, and the command line."""

import io
import sqlite3

import pytest
from pypdf import PdfReader

from app.cli import main
from app.documents.minutes import minutes_pdf
from app.store.edits import AddCorrigendum, Insert, SetFields, SetMinutesStatus
from app.store.exchange import import_bundle
from app.store.meeting_record import read_meeting_record
from tests.documents.test_communique_pdf import bold_runs, words

MEETING = "m-2001-04-04"


@pytest.fixture
def sample(record, sample_bundle):
    import_bundle(record, sample_bundle)
    return record


def printed(record, meeting=MEETING, **options) -> bytes:
    return minutes_pdf(read_meeting_record(record.conn, meeting), **options)


def approve(record):
    SetMinutesStatus(MEETING, "circulated", "2001-04-06").apply(record)
    SetMinutesStatus(MEETING, "approved", "2001-04-10").apply(record)


def footers(pdf: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def test_the_4_april_meeting_prints_as_a_record(sample):
    """Title, body, date, place and venue; the delegations; the agenda; both positions under their
    parties; Castañeda's statement under his name; the decision set apart; the commitment; and a
    signature block for each head of delegation."""
    pdf = printed(sample)
    text = words(pdf)
    assert "Record of the meeting High Level Working Group on Migration, initial meeting" in text
    for shown in ("April 4, 2001", "Washington, DC", "Department of State", "Date / Fecha"):
        assert shown in text
    assert "United States Name Title Role Colin L. Powell Secretary of State head of delegation" in text
    assert "Jorge Castañeda Secretary of Foreign Relations head of delegation Santiago Creel" in text
    assert "1. Border safety 2. H-2 temporary worker visa program" in text
    assert ("1. Border safety United States The United States wants Mexico to focus on curbing illegal crossings."
            " Mexico Mexico is pushing for improved conditions") in text
    assert ("Jorge Castañeda, Secretary of Foreign Relations (Mexico) We found an extraordinarily receptive"
            " attitude on the part of Secretary Powell") in text
    assert "Decision Lower-ranking officials will continue the negotiations." in text
    assert "Not agreed No breakthroughs." in text
    assert "Produce ideas that the two Presidents can discuss" in text and "all parties jointly" in text
    assert "before April 20, 2001 (by April 19, 2001)" in text
    signatures = text[text.index("Signatures Firmas"):]
    assert "Colin L. Powell Secretary of State United States" in signatures
    assert "Jorge Castañeda Secretary of Foreign Relations Mexico" in signatures
    bold = bold_runs(pdf)
    assert "Decision" in bold and "Jorge Castañeda, Secretary of Foreign Relations (Mexico)" in bold
    # the fixed headings in both of the talks' languages, side by side
    for pair in ("Delegations Delegaciones", "Agenda Orden del día", "Proceedings Desarrollo de la reunión",
                 "Commitments made at the meeting Compromisos asumidos en la reunión"):
        assert pair in text
    assert "Page 1 of 2" in text


def test_a_draft_carries_the_watermark_and_an_approved_record_its_date_and_checksum(sample):
    draft = printed(sample)
    assert "DRAFT" in words(draft) and "Draft minutes" in footers(draft)[0]
    SetMinutesStatus(MEETING, "circulated", "2001-04-06").apply(sample)
    assert "Draft minutes, circulated on April 6, 2001" in footers(printed(sample))[0]
    SetMinutesStatus(MEETING, "approved", "2001-04-10").apply(sample)
    checksum = sample.conn.execute("SELECT checksum FROM meetings WHERE id = ?", (MEETING,)).fetchone()[0]
    approved = printed(sample)
    assert "DRAFT" not in words(approved)
    for page in footers(approved):
        assert f"Approved on April 10, 2001 · SHA-256 {checksum}" in page


def test_a_record_changed_outside_accord_says_so_in_its_footer(sample, record_path):
    approve(sample)
    with sample.transaction() as conn:
        conn.execute("DROP TRIGGER minutes_approved_update")
        conn.execute("UPDATE minutes SET text = 'Nothing was decided.' WHERE id = 'n-0404-6'")
    assert "CHANGED SINCE APPROVAL" in words(printed(sample))


def test_a_corrigendum_appears_in_the_printed_record(sample):
    approve(sample)
    AddCorrigendum(MEETING, "2001-04-20", "The Mexican delegation asked for its position in full.",
                   "Mexico is pushing for improved conditions, and for safety at the border.", "n-0404-2").apply(sample)
    AddCorrigendum(MEETING, "2001-04-21", "A name was missing.", "Mr. Boucher spoke for the Department.").apply(sample)
    text = words(printed(sample))
    # the approved entry is printed as approved, with a pointer to its corrigendum
    assert ("Mexico is pushing for improved conditions for those who reach the United States without proper"
            " documentation. See corrigendum 1 of April 20, 2001.") in text
    assert ("Corrigendum 1 – April 20, 2001 Amends: the entry under “Border safety”: “Mexico is pushing") in text
    assert "Reason: The Mexican delegation asked for its position in full." in text
    assert "Corrected text: Mexico is pushing for improved conditions, and for safety at the border." in text
    assert "Corrigendum 2 – April 21, 2001 Amends: the record as a whole Reason: A name was missing." in text
    assert text.index("Corrigenda Correcciones") < text.index("Signatures Firmas")


def test_user_text_is_printed_as_written(sample):
    """Markup characters, a very long entry and another script print literally and whole."""
    long_text = "Ñandú " * 4000 + "THE END"
    Insert("minutes", {"meeting_id": MEETING, "kind": "statement", "party_id": "party-mx",
                       "speaker_id": "p-creel", "text": long_text}).apply(sample)
    Insert("minutes", {"meeting_id": MEETING, "kind": "agreement", "text": "<b>not bold</b> & [[kept]]"}).apply(sample)
    SetFields("meetings", {"id": MEETING}, {"venue": "Salle <i>des</i> Fêtes & Co"}).apply(sample)
    text = words(printed(sample))
    assert "<b>not bold</b> & [[kept]]" in text
    assert "Salle <i>des</i> Fêtes & Co" in text
    assert text.count("Ñandú") == 4000 and "THE END" in text


def test_the_command_line_prints_the_record_and_a_failed_write_keeps_the_old_file(sample, record_path, tmp_path,
                                                                                   capsys, monkeypatch):
    sample.close()
    out = tmp_path / "record.pdf"
    assert main(["--db", str(record_path), "minutes", MEETING, "--out", str(out), "--invariant"]) == 0
    assert "printed the record of High Level Working Group on Migration, initial meeting (draft, 6 entries)" in \
        capsys.readouterr().out
    first = out.read_bytes()
    assert main(["--db", str(record_path), "minutes", MEETING, "--out", str(out), "--invariant"]) == 0
    assert out.read_bytes() == first  # reproducible
    assert main(["--db", str(record_path), "minutes", "no-such-meeting", "--out", str(out)]) == 1
    assert 'no meeting with id "no-such-meeting"' in capsys.readouterr().err
    out.write_bytes(b"the old file")

    def disk_full(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("app.atomic.os.fsync", disk_full)
    assert main(["--db", str(record_path), "minutes", MEETING, "--out", str(out)]) == 1
    assert "No space left on device" in capsys.readouterr().err
    assert out.read_bytes() == b"the old file"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".pdf" or "record.pdf" in p.name] == ["record.pdf"]


def test_the_command_line_warns_of_approved_minutes_changed_outside_accord(sample, record_path, tmp_path, capsys):
    approve(sample)
    sample.close()
    conn = sqlite3.connect(record_path)
    conn.execute("DROP TRIGGER meetings_approved_update")
    conn.execute("UPDATE meetings SET venue = 'Somewhere else' WHERE id = ?", (MEETING,))
    conn.commit()
    conn.close()
    assert main(["--db", str(record_path), "minutes", MEETING, "--out", str(tmp_path / "r.pdf")]) == 0
    err = capsys.readouterr().err
    assert f'warning: The approved minutes of "High Level Working Group on Migration, initial meeting" ({MEETING}' in err
