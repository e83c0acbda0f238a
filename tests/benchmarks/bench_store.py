"""Benchmarks of the record store on the large generated record.

Run: `python -m tests.benchmarks.bench_store [--meetings 3000]`

Each figure is printed with a ratio against a floor measured in the same run
on the same machine, so the numbers mean the same on a fast or slow laptop:

- import: `accord import` of the bundle (reading, checking, writing, the
  audit log and the search index), against plain sqlite3 `executemany` of the
  same rows into the same schema (its triggers included) — target <= 3x;
- peak memory of that import — target under 1.5 GB;
- full-text search through `app.store.search`, against the raw FTS5 queries
  under it (the same matches, newest first, with their indexed text) — target <= 1.5x and under 20 ms median;
- opening the record — target under 100 ms median.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from app.store import schema
from app.store.record import Record
from app.store.search import fts_query, match_parameters, raw_matches_sql, search
from tests.builders import large_bundle

ROOT = Path(__file__).resolve().parents[2]
QUERIES = ("smuggling desert", "acordo", '"seasonal workers"', "trafic*", "customs OR ports")

_IMPORT = """
import sys, time
from app.store.record import Record
from app.store.exchange import import_bundle
start = time.perf_counter()
with Record.open(sys.argv[1], create=True) as record:
    import_bundle(record, sys.argv[2])
elapsed = time.perf_counter() - start
from tests.benchmarks.memory import peak_mb
print(elapsed, peak_mb())
"""


def measure_import(db: Path, bundle: Path) -> tuple[float, float]:
    """Seconds and peak resident megabytes of a real import, in a process of its own."""
    out = subprocess.run([sys.executable, "-c", _IMPORT, str(db), str(bundle)], cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout.split()
    return float(out[0]), float(out[1])


def floor_import(db: Path, data: dict) -> float:
    """Plain sqlite3: the same rows, prepared in advance, written with executemany into the same schema."""
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("BEGIN")
    for statement in schema.schema_statements():
        conn.execute(statement)
    conn.execute("COMMIT")
    rows = _rows(data)
    start = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    for table, columns, values in rows:
        marks = ", ".join("?" for _ in columns)
        conn.executemany(f'INSERT INTO {table} ({", ".join(columns)}) VALUES ({marks})', values)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def _rows(data: dict) -> list[tuple[str, tuple[str, ...], list[tuple]]]:
    t = data["talks"][0]
    tid = t["id"]
    j = json.dumps
    meetings = t["meetings"]
    commitments = t["commitments"]
    updates = [(c["id"], u["date"], u.get("status"), u["note"], i)
               for c in commitments for i, u in enumerate(c["updates"])]
    scores = [(n + 1, p, s) for n, (c, u) in enumerate((c, u) for c in commitments for u in c["updates"])
              for p, s in u["scores"].items()]
    return [
        ("talks", ("id", "title", "languages", "position"), [(tid, t["title"], j(t["languages"]), 0)]),
        ("parties", ("id", "talks_id", "name", "short", "language", "names", "position"),
         [(p["id"], tid, p["name"], p["short"], p["language"], "{}", i) for i, p in enumerate(t["parties"])]),
        ("people", ("id", "talks_id", "party_id", "name", "names", "role", "position"),
         [(p["id"], tid, p["party"], p["name"], "{}", p.get("role"), i) for i, p in enumerate(t["people"])]),
        ("bodies", ("id", "talks_id", "name", "level", "parent_id", "position"),
         [(b["id"], tid, b["name"], b.get("level"), b.get("parent"), i) for i, b in enumerate(t["bodies"])]),
        ("topics", ("id", "talks_id", "title", "titles", "position"),
         [(x["id"], tid, x["title"], "{}", i) for i, x in enumerate(t["topics"])]),
        ("meetings", ("id", "talks_id", "title", "body_id", "status", "start", "place", "position"),
         [(m["id"], tid, m["title"], m.get("body"), m["status"], m["start"], m.get("place"), i)
          for i, m in enumerate(meetings)]),
        ("attendance", ("meeting_id", "person_id", "role", "position"),
         [(m["id"], a["person"], a.get("role"), i) for m in meetings for i, a in enumerate(m["attendees"])]),
        ("agenda_items", ("id", "meeting_id", "topic_id", "title", "position"),
         [(a["id"], m["id"], a.get("topic"), a["title"], i) for m in meetings for i, a in enumerate(m["agenda"])]),
        ("minutes", ("id", "meeting_id", "item_id", "kind", "party_id", "text", "position"),
         [(e["id"], m["id"], e.get("item"), e["kind"], e.get("party"), e["text"], i)
          for m in meetings for i, e in enumerate(m["minutes"])]),
        ("commitments", ("id", "talks_id", "text", "meeting_id", "topic_id", "due_text", "status", "public",
                         "position"),
         [(c["id"], tid, c["text"], c.get("meeting"), c.get("topic"), c["due"]["text"], c["status"],
           int(c["public"]), i) for i, c in enumerate(commitments)]),
        ("commitment_owners", ("commitment_id", "party_id", "position"),
         [(c["id"], p, i) for c in commitments for i, p in enumerate(c["owners"])]),
        ("progress_updates", ("commitment_id", "date", "status", "note", "position"), updates),
        ("update_scores", ("update_id", "party_id", "score"), scores),
    ]


def median_ms(action, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def run(meetings: int, repeat: int = 50) -> dict[str, float]:
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        data = large_bundle(meetings=meetings)
        bundle = folder / "large.json"
        bundle.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        t = data["talks"][0]
        print(f"record: {len(t['meetings']):,} meetings, {sum(len(m['agenda']) for m in t['meetings']):,} agenda items, "
              f"{sum(len(m['minutes']) for m in t['meetings']):,} minute entries, {len(t['commitments']):,} commitments, "
              f"{sum(len(c['updates']) for c in t['commitments']):,} updates; bundle {bundle.stat().st_size / 1e6:.0f} MB")

        floor = floor_import(folder / "floor.sqlite", data)
        del data
        db = folder / "record.sqlite"
        seconds, peak_mb = measure_import(db, bundle)
        figures.update(import_s=seconds, import_floor_s=floor, import_ratio=seconds / floor, import_peak_mb=peak_mb)
        print(f"import           {seconds:8.2f} s   floor {floor:6.2f} s   ratio {seconds / floor:5.2f}x  (target <= 3x)")
        print(f"import peak      {peak_mb:8.0f} MB                        (target < 1536 MB)")

        raw_sql = raw_matches_sql()
        with Record.open(db) as record:
            ratios, medians = [], []
            for text in QUERIES:
                query = fts_query(text)
                params = match_parameters(query, 100)
                search(record, text)  # warm the page cache for both
                raw = median_ms(lambda: record.conn.execute(raw_sql, params).fetchall(), repeat)
                ours = median_ms(lambda: search(record, text), repeat)
                ratios.append(ours / raw)
                medians.append(ours)
                print(f"search {text!r:22} {ours:7.2f} ms   floor {raw:6.2f} ms   ratio {ours / raw:5.2f}x")
        figures.update(search_ms=max(medians), search_ratio=max(ratios))
        print(f"search (worst)   {max(medians):8.2f} ms                  ratio {max(ratios):5.2f}x  "
              "(target <= 1.5x, < 20 ms)")

        opening = median_ms(lambda: Record.open(db).close(), repeat)
        figures.update(open_ms=opening)
        print(f"open record      {opening:8.2f} ms                        (target < 100 ms)")
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=3000, help="size of the record (3000 = full size)")
    args = parser.parse_args()
    run(args.meetings)


if __name__ == "__main__":
    main()
