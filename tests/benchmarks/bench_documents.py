"""Benchmarks of the printed communiqué.

Run: `python -m tests.benchmarks.bench_documents [--pages 40]`.

- the sample communiqué (q-2001-06-21) printed in-process: median of runs — target < 0.3 s;
- a bilingual communiqué of about 40 pages, against a plain ReportLab build of the same paragraphs
  one after the other in one column, with the same font, measured in the same run — target <= 2x.
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "samples" / "us-mexico-2001.json"

_EN = ("border safety seasonal workers regularization orderly migration humane treatment legal rights visa program "
       "regional development cooperation officials meeting agreement review plan action commitment progress").split()
_ES = ("seguridad fronteriza trabajadores temporales regularización migración ordenada trato humano derechos "
       "programa de visas desarrollo regional cooperación funcionarios reunión acuerdo revisión plan acción "
       "compromiso avance").split()


def median_seconds(work, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def sample_document():
    from app.store.communiques import document
    from app.store.exchange import import_bundle
    from app.store.record import Record

    with tempfile.TemporaryDirectory() as folder, Record.open(Path(folder) / "sample.sqlite", create=True) as record:
        import_bundle(record, SAMPLE)
        return document(record, "q-2001-06-21")


def bilingual_document(paragraphs: int):
    from app.store.communiques import Document

    rng = random.Random(2001)

    def text(words: list[str]) -> str:
        sentences = [" ".join(rng.choice(words) for _ in range(rng.randint(8, 20))).capitalize() + "."
                     for _ in range(rng.randint(3, 7))]
        return " ".join(sentences)

    items = []
    for n in range(paragraphs):
        heading = n % 12 == 0
        items.append({"id": f"p{n}", "heading": heading, "numbered": not heading,
                      "text": {"en": text(_EN)[:60] if heading else text(_EN),
                               "es": text(_ES)[:60] if heading else text(_ES)}})
    return Document(id="q-bench", talks_id="t", talks_title="Benchmark talks", title="Joint Communiqué",
                    titles={"es": "Comunicado conjunto"}, issued="2001-06-21T13:00:00-04:00", place="Washington",
                    languages=["en", "es"], status="draft", version=3, marking="CONFIDENTIAL", paragraphs=items)


def plain_build(doc) -> bytes:
    """The floor: the same paragraphs, one language after the other, in one column, plain ReportLab."""
    from reportlab.platypus import Paragraph, SimpleDocTemplate
    from xml.sax.saxutils import escape

    from app.documents.pages import styles

    s = styles()
    story = [Paragraph(escape(item["text"][lang]), s.heading if item["heading"] else s.body)
             for item in doc.paragraphs for lang in doc.languages]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build(story)
    return buffer.getvalue()


def run(pages: int = 40, runs: int = 5) -> dict[str, float]:
    from pypdf import PdfReader

    from app.documents.communique import communique_pdf
    from app.documents.fonts import register

    register()
    sample = sample_document()
    communique_pdf(sample)  # fonts loaded and subset once, as in a session of the window
    sample_s = median_seconds(lambda: communique_pdf(sample), runs)
    print(f"sample communiqué   {sample_s * 1000:8.1f} ms   (target < 300 ms, median of {runs})")

    paragraphs = max(4, round(pages * 2.25))
    doc = bilingual_document(paragraphs)
    printed = communique_pdf(doc)
    page_count = len(PdfReader(io.BytesIO(printed)).pages)
    accord_s = median_seconds(lambda: communique_pdf(doc), max(1, runs // 2))
    floor_s = median_seconds(lambda: plain_build(doc), max(1, runs // 2))
    print(f"bilingual, {page_count} pages {accord_s * 1000:8.0f} ms   plain one column {floor_s * 1000:6.0f} ms   "
          f"ratio {accord_s / floor_s:5.2f}x  (target <= 2x)")
    return {"sample_s": sample_s, "bilingual_s": accord_s, "floor_s": floor_s, "ratio": accord_s / floor_s,
            "pages": page_count}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=40, help="about how many pages the bilingual text runs to")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    run(args.pages, args.runs)


if __name__ == "__main__":
    main()
