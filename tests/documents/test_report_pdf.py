"""The progress report, read back with pypdf: the sample talks as of 10 September 2001, and text as data."""

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader

from app.cli import main
from app.documents.fonts import UnprintableText
from app.documents.layout import break_lines
from app.documents.report import report_pdf
from app.domain.followup import CommitmentLine, ProgressReport, UpdateLine
from app.store.edits import SetCadence, SetFields
from app.store.exchange import import_bundle
from app.store.followup import progress_report

from .test_communique_pdf import words

T = "talks-us-mx-migration"
D = dt.date


@pytest.fixture
def sample(record, sample_bundle):
    import_bundle(record, sample_bundle)
    return record


def pages(pdf: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def section(text: str, start: str, end: str) -> str:
    return text[text.index(start):text.index(end, text.index(start))]


def test_the_border_meetings_stand_in_the_overdue_list_on_10_september(sample):
    text = words(report_pdf(progress_report(sample, T, D(2001, 9, 10))))
    overdue = section(text, "Overdue commitments", "Falling due in the next 30 days")
    assert "Hold additional meetings in high-risk areas of California (San Diego and Calexico) and Texas " \
           "(El Paso and Laredo)." in overdue
    assert re.search(r"August 2, 2001 39", overdue)
    assert "overdue by 39 days" in text


def test_on_1_july_the_border_meetings_are_not_overdue(sample):
    text = words(report_pdf(progress_report(sample, T, D(2001, 7, 1))))
    overdue = section(text, "Overdue commitments", "Falling due in the next 30 days")
    assert "San Diego" not in overdue and "Status: not started" in text
    assert "San Diego" not in section(text, "Falling due in the next 30 days", "Compliance by party")  # 32 days on
    ten_days_later = words(report_pdf(progress_report(sample, T, D(2001, 7, 10))))
    soon = section(ten_days_later, "Falling due in the next 30 days", "Compliance by party")
    assert "San Diego" in soon and re.search(r"August 2, 2001 23", soon)


def test_the_compliance_table_shows_the_tucson_scores(sample):
    text = words(report_pdf(progress_report(sample, T, D(2001, 9, 10))))
    table = section(text, "Compliance by party", "Scores:")
    assert "United States (US) 6 1 +1.00 100 %" in table
    assert re.search(r"\(MX\) 6 1 \+1\.00 100 %", table)
    assert "June 14, 2001 — in progress — US +1, MX +1: Mexican and U.S. officials met in Tucson" in text


def test_the_report_has_its_parts_in_order_and_numbers_its_pages(sample):
    SetFields("talks", {"id": T}, {"marking": "SENSITIVE BUT UNCLASSIFIED"}).apply(sample)
    SetCadence(T, "every three months", "2001-06-21").apply(sample)
    pdf = report_pdf(progress_report(sample, T, D(2001, 9, 10)))
    texts = pages(pdf)
    assert "Progress report on commitments U.S.–Mexico Migration Talks As of September 10, 2001" in texts[0]
    for number, page in enumerate(texts, start=1):
        assert page.count("SENSITIVE BUT UNCLASSIFIED") == 2 and f"Page {number} of {len(texts)}" in page
    text = " ".join(texts)
    order = ["Summary", "Overdue commitments", "Compliance by party", "Commitments by topic"]
    assert [text.index(part) for part in order] == sorted(text.index(part) for part in order)
    soon = text.index("Falling due in the next 30 days", text.index("Overdue commitments"))
    assert text.index("Overdue commitments") < soon < text.index("Compliance by party")
    assert "Next reviews: September 21, 2001, December 21, 2001" in text
    summary = section(text, "Summary", "Overdue commitments")
    assert "not started 2 in progress 3 completed 1 dropped 0 superseded 0 Total 6 Overdue 3" in summary


def test_a_spanish_talks_prints_its_report_in_spanish(sample):
    SetFields("talks", {"id": T}, {"languages": ["es", "en"]}).apply(sample)
    text = words(report_pdf(progress_report(sample, T, D(2001, 9, 10))))
    assert "Informe de avance de los compromisos" in text and "Al 10 de septiembre de 2001" in text
    assert "Compromisos vencidos" in text and "vencido hace 39 días" in text


def line(text: str, note: str = "") -> CommitmentLine:
    updates = (UpdateLine(D(2001, 7, 1), "in_progress", note, (("A", 1),)),) if note else ()
    return CommitmentLine("c", text, "A", "<office>", "by <September>", None, D(2001, 8, 1), "in_progress",
                          D(2001, 6, 1), "Meeting & <b>", "Topic <i>", None, updates)


def test_user_text_prints_as_written(sample):
    hostile = "<b>bold?</b> & <font size=40>big</font> [[brackets]] \\ %s {0}"
    report = ProgressReport("Talks <para>", D(2001, 9, 10), None, ("A & B",), (line(hostile, "<br/>note & more"),), ())
    text = words(report_pdf(report))
    assert hostile in text and "<br/>note & more" in text and "Talks <para>" in text and "Topic <i>" in text


def test_long_text_is_kept_whole_across_pages():
    long = " ".join(f"word{i}" for i in range(9000))
    unbroken = "x" * 3000
    report = ProgressReport("Talks", D(2001, 9, 10), None, ("A",), (line(long), line(unbroken)), ())
    pdf = report_pdf(report)
    text = words(pdf)
    assert "word0 word1" in text and "word8999" in text and len(pages(pdf)) > 8
    assert text.replace(" ", "").count("x" * 3000) >= 1 or "".join(re.findall(r"x+", text)).count("x") >= 3000


def test_a_character_the_fonts_lack_stops_the_print():
    report = ProgressReport("Talks", D(2001, 9, 10), None, ("A",), (line("Agreed in 北京"),), ())
    with pytest.raises(UnprintableText, match="北"):
        report_pdf(report)


def test_lines_break_at_spaces_and_inside_words_only_when_needed():
    lines = break_lines("alpha beta gamma\ndelta " + "z" * 200, "Helvetica", 10, 60)
    assert lines[:3] == ["alpha beta", "gamma", "delta"] and "".join(lines[3:]) == "z" * 200
    assert all(len(piece) < 200 for piece in lines[3:])


def test_the_command_line_prints_the_report_atomically(tmp_path, sample_bundle, capsys):
    db, out = tmp_path / "r.sqlite", tmp_path / "report.pdf"
    assert main(["--db", str(db), "import", str(sample_bundle)]) == 0
    assert main(["--db", str(db), "report", T, "--out", str(out), "--as-of", "2001-09-10", "--invariant"]) == 0
    assert "3 overdue" in capsys.readouterr().out
    first = out.read_bytes()
    assert "overdue by 39 days" in words(first)
    assert main(["--db", str(db), "report", T, "--out", str(out), "--as-of", "2001-09-10", "--invariant"]) == 0
    assert out.read_bytes() == first  # reproducible
    assert main(["--db", str(db), "report", "no-such-talks", "--out", str(out)]) == 1
    assert out.read_bytes() == first  # a failed print leaves the old file as it was
    assert 'no talks "no-such-talks"' in capsys.readouterr().err


def test_a_table_row_longer_than_a_page_is_cut_between_lines_and_kept_whole():
    long = " ".join(f"word{i}" for i in range(6000))
    report = ProgressReport("Talks", D(2001, 9, 10), None, ("A",), (line(long),), ())  # overdue since 1 August
    texts = pages(report_pdf(report))
    text = " ".join(texts)
    overdue = section(text, "Overdue commitments", "Falling due in the next 30 days")
    assert re.findall(r"word\d+", overdue) == long.split()  # every word, once, in order
    with_row = [page for page in texts if "word3000" in page or "word0 " in page or "word5999" in page]
    assert len({texts.index(page) for page in with_row}) >= 2  # the row runs over more than one page
    assert sum("No. Commitment Owners Due Window closed Days late" in page for page in texts) >= 2
