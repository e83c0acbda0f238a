"""One seeded builder of realistic talks, shared by the tests and the benchmarks.

`large_bundle` makes a record the size of 25 years of talks among 8 parties
(3,000 meetings, 30,000 agenda items, 300,000 minute entries, 20,000
commitments, 60,000 progress updates at full scale); `meetings=` scales it
down for tests. The same seed always gives the same bundle.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

WORDS = (
    "border safety migration labor visa program workers regularization development regional cooperation "
    "agreement delegation ministers review commitment implementation humane orderly legal entry consular "
    "protection rights conditions agricultural seasonal temporary permanent binational agenda proposal "
    "communiqué frontera seguridad migración trabajadores acuerdo cooperación desarrollo protección derechos "
    "condiciones programa delegación revisión compromiso implementación acordó propuesta temporales legal "
    "remittances investment infrastructure ports customs inspection smuggling trafficking deaths desert rescue "
    "training exchange data statistics census quota fee permit employer housing health education pensions"
).split()
KINDS = ("discussion", "position", "position", "statement", "decision", "agreement", "disagreement", "note")
STATUSES = ("not_started", "in_progress", "completed", "dropped", "superseded", "in_progress")
DUE_TEXTS = ("immediately", "in the next several weeks", "by September", "within two weeks", "by the end of the year",
             "as soon as possible", "next Tuesday", "a más tardar en septiembre", "within 30 days", "regularly")


def _sentence(rng: random.Random, low: int = 8, high: int = 30) -> str:
    words = rng.choices(WORDS, k=rng.randint(low, high))
    return " ".join(words).capitalize() + "."


def large_bundle(*, meetings: int = 3000, seed: int = 2001) -> dict:
    """A bundle of one talks with `meetings` meetings and everything in proportion."""
    rng = random.Random(seed)
    scale = meetings / 3000
    parties = [{"id": f"party-{i}", "name": f"Party {i}", "short": f"P{i}", "language": "en" if i % 2 else "es"}
               for i in range(8)]
    people = [{"id": f"person-{i}", "party": f"party-{i % 8}", "name": f"Delegate {i}", "role": "member"}
              for i in range(80)]
    bodies = [{"id": "body-plenary", "name": "Plenary", "level": "ministerial"}] + [
        {"id": f"body-{i}", "name": f"Working group {i}", "level": "working", "parent": "body-plenary"}
        for i in range(6)]
    topics = [{"id": f"topic-{i}", "title": _sentence(rng, 2, 5)} for i in range(40)]
    start = dt.date(1990, 1, 1)
    out_meetings = []
    for m in range(meetings):
        day = start + dt.timedelta(days=int(m * 9131 / max(meetings, 1)))
        agenda = [{"id": f"a-{m}-{i}", "topic": f"topic-{rng.randrange(40)}", "title": _sentence(rng, 3, 8)}
                  for i in range(10)]
        minutes = []
        for i in range(100):
            entry = {"id": f"n-{m}-{i}", "item": f"a-{m}-{i // 10}", "kind": rng.choice(KINDS),
                     "text": _sentence(rng)}
            if entry["kind"] in ("position", "statement"):
                entry["party"] = f"party-{rng.randrange(8)}"
            minutes.append(entry)
        out_meetings.append({
            "id": f"m-{m}", "title": f"Meeting {m} of {_sentence(rng, 2, 4)}", "body": rng.choice(bodies)["id"],
            "status": "held", "start": f"{day.isoformat()}T10:00:00-05:00", "place": "Washington, DC",
            "attendees": [{"person": f"person-{p}", "role": "member"} for p in rng.sample(range(80), 6)],
            "agenda": agenda, "minutes": minutes,
        })
    commitments = []
    for c in range(int(20000 * scale)):
        meeting = rng.randrange(meetings)
        made = dt.date.fromisoformat(out_meetings[meeting]["start"][:10])
        owners = rng.sample([p["id"] for p in parties], rng.randint(0, 2))
        scored = owners or ["party-0", "party-1"]
        updates = []
        for u in range(3):
            updates.append({"date": (made + dt.timedelta(days=30 * (u + 1))).isoformat(),
                            "status": "in_progress", "note": _sentence(rng, 5, 15),
                            "scores": {p: rng.choice((-1, 0, 1)) for p in scored}})
        commitments.append({
            "id": f"c-{c}", "text": _sentence(rng, 10, 25), "owners": owners, "meeting": f"m-{meeting}",
            "topic": f"topic-{rng.randrange(40)}", "due": {"text": rng.choice(DUE_TEXTS)},
            "status": rng.choice(STATUSES), "public": rng.random() < 0.7, "updates": updates,
        })
    talks = {"id": "talks-large", "title": "Twenty-five years of talks", "languages": ["en", "es"],
             "parties": parties, "people": people, "bodies": bodies, "topics": topics, "meetings": out_meetings,
             "commitments": commitments, "communiques": []}
    return {"format": "accord-bundle", "version": 1, "talks": [talks]}


def write_large_bundle(path: Path, **options) -> Path:
    Path(path).write_text(json.dumps(large_bundle(**options), ensure_ascii=False), encoding="utf-8")
    return Path(path)
