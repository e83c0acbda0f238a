"""Benchmark of the printed record of a meeting.

Run: `python -m tests.benchmarks.bench_minutes [--entries 2000]`.

A meeting of the sample talks with 2,000 minute entries over twelve agenda items (discussion,
positions of both parties, statements with speakers, agreements and decisions, notes) is read
from the record and printed, approved, with corrigenda — target < 3 s. The floor, measured in the
same run, is a plain ReportLab build of the same entry texts as one Paragraph each in one column.
"""

from __future__ import annotations

import argparse
import io
import random
import tempfile
from pathlib import Path

from tests.benchmarks.bench_documents import _EN, median_seconds

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "samples" / "us-mexico-2001.json"
MEETING = "m-bench"


def build(record, entries: int) -> None:
    """The sample talks and one long meeting, approved, with two corrigenda."""
    from app.store.edits import AddCorrigendum, SetMinutesStatus
    from app.store.exchange import import_bundle

    import_bundle(record, SAMPLE)
    rng = random.Random(2001)
    kinds = ["discussion", "position", "position", "statement", "agreement", "decision", "disagreement", "note"]
    speakers = {"party-us": ["p-powell", "p-ashcroft", "p-boucher"], "party-mx": ["p-castaneda", "p-creel"]}
    with record.transaction() as conn:
        conn.execute("INSERT INTO meetings (id, talks_id, title, body_id, status, start, place, venue, position)"
                     " VALUES (?, 'talks-us-mx-migration', 'Long negotiating session', 'b-hlwg', 'held',"
                     " '2001-07-16T09:30:00-05:00', 'San Antonio', 'Convention Center', 99)", (MEETING,))
        for i, (person, role) in enumerate([("p-powell", "head"), ("p-ashcroft", "member"),
                                            ("p-castaneda", "head"), ("p-creel", "member")]):
            conn.execute("INSERT INTO attendance (meeting_id, person_id, role, position) VALUES (?, ?, ?, ?)",
                         (MEETING, person, role, i))
        items = [f"a-bench-{n}" for n in range(12)]
        for n, item in enumerate(items):
            conn.execute("INSERT INTO agenda_items (id, meeting_id, title, position) VALUES (?, ?, ?, ?)",
                         (item, MEETING, f"Item {n + 1}: " + " ".join(rng.choice(_EN) for _ in range(5)), n))
        rows = []
        for n in range(entries):
            kind = rng.choice(kinds)
            party = rng.choice(list(speakers))
            speaker = rng.choice(speakers[party]) if kind == "statement" else None
            text = " ".join(rng.choice(_EN) for _ in range(rng.randint(12, 60))).capitalize() + "."
            rows.append((f"n-bench-{n}", MEETING, items[n * len(items) // entries], kind,
                         party if kind in ("position", "statement") else None, speaker, text, n))
        conn.executemany("INSERT INTO minutes (id, meeting_id, item_id, kind, party_id, speaker_id, text, position)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    SetMinutesStatus(MEETING, "circulated", "2001-07-18").apply(record)
    SetMinutesStatus(MEETING, "approved", "2001-07-20").apply(record)
    AddCorrigendum(MEETING, "2001-07-25", "Wording", "Corrected wording.", "n-bench-10").apply(record)
    AddCorrigendum(MEETING, "2001-07-26", "Attendance", "Mr. Boucher also attended.").apply(record)


def print_record(record) -> bytes:
    from app.documents.minutes import minutes_pdf
    from app.store.meeting_record import read_meeting_record

    return minutes_pdf(read_meeting_record(record.conn, MEETING))


def plain_build(record) -> bytes:
    """The floor: the entries' texts, one plain ReportLab Paragraph each, in one column."""
    from xml.sax.saxutils import escape

    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from app.documents.pages import styles

    s = styles(10.5)
    story = [Paragraph(escape(text), s.body) for (text,) in record.conn.execute(
        "SELECT text FROM minutes WHERE meeting_id = ? ORDER BY position", (MEETING,))]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build(story)
    return buffer.getvalue()


def run(entries: int = 2000, runs: int = 3) -> dict[str, float]:
    from pypdf import PdfReader

    from app.documents.fonts import register
    from app.store.record import Record

    register()
    with tempfile.TemporaryDirectory() as folder, Record.open(Path(folder) / "bench.sqlite", create=True) as record:
        build(record, entries)
        printed = print_record(record)  # fonts loaded and subset once, as in a session of the window
        pages = len(PdfReader(io.BytesIO(printed)).pages)
        accord_s = median_seconds(lambda: print_record(record), runs)
        floor_s = median_seconds(lambda: plain_build(record), runs)
    print(f"record of a meeting, {entries} entries, {pages} pages: {accord_s:6.2f} s   (target < 3 s, median of {runs})"
          f"   plain Paragraphs {floor_s:6.2f} s   ratio {accord_s / floor_s:5.2f}x")
    return {"entries": entries, "pages": pages, "minutes_s": accord_s, "floor_s": floor_s,
            "ratio": accord_s / floor_s}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    run(args.entries, args.runs)


if __name__ == "__main__":
    main()
