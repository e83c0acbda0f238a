"""Joint communiqués as text: bracketed language, the road to agreement, datelines, comparison, and a
first draft written from the record.

Language between `[[` and `]]` is not yet agreed. A communiqué moves draft →
ad referendum → agreed → issued, and cannot be agreed or issued while any
bracket remains. Nothing here knows SQL or Qt.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .dates import moment_date, parse_moment

# --- brackets --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Bracket:
    """One bracketed passage: [start, end) in the text, brackets included; `closed` False for a `[[`
    never closed (it runs to the end of the text) or a `]]` never opened."""

    start: int
    end: int
    closed: bool


def brackets(text: str) -> list[Bracket]:
    """The bracketed passages of `text`, in order."""
    found = []
    at = 0
    while True:
        opening = text.find("[[", at)
        closing = text.find("]]", at)
        if closing != -1 and (opening == -1 or closing < opening):
            found.append(Bracket(closing, closing + 2, False))  # a `]]` with no `[[` before it
            at = closing + 2
            continue
        if opening == -1:
            return found
        end = text.find("]]", opening + 2)
        if end == -1:
            found.append(Bracket(opening, len(text), False))
            return found
        found.append(Bracket(opening, end + 2, True))
        at = end + 2


def has_brackets(text: str) -> bool:
    return "[[" in text or "]]" in text


def count_brackets(texts: Iterable[str]) -> int:
    """How many passages are still in brackets across `texts`."""
    return sum(len(brackets(text)) for text in texts)


# --- status ----------------------------------------------------------------------------

STATUS_ORDER = ("draft", "ad_referendum", "agreed", "issued")
NEXT_STATUS = {"draft": "ad_referendum", "ad_referendum": "agreed", "agreed": "issued"}
SETTLED = ("agreed", "issued")  # no brackets, no DRAFT mark, no more editing without a new draft


class StatusRefused(ValueError):
    """A communiqué cannot move to the status asked for; the message says why."""


def check_status_change(current: str, target: str, open_brackets: int) -> None:
    """Raise StatusRefused unless `target` is the next step after `current` and the text allows it."""
    if target not in STATUS_ORDER:
        raise StatusRefused(f"{target!r} is not a status of a communiqué")
    if NEXT_STATUS.get(current) != target:
        raise StatusRefused(f"a communiqué that is {current.replace('_', ' ')} cannot become "
                            f"{target.replace('_', ' ')}; start a new draft to change agreed text")
    if target in SETTLED and open_brackets:
        passages = "passage is" if open_brackets == 1 else "passages are"
        raise StatusRefused(f"{open_brackets} bracketed {passages} not yet agreed; "
                            f"remove the brackets before the text is {target}")


# --- datelines -------------------------------------------------------------------------

MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"),
}


def long_date(day: dt.date, language: str) -> str:
    """'June 21, 2001' in English, '21 de junio de 2001' in Spanish, ISO otherwise."""
    base = language.split("-")[0]
    if base == "en":
        return f"{MONTHS['en'][day.month - 1]} {day.day}, {day.year}"
    if base == "es":
        return f"{day.day} de {MONTHS['es'][day.month - 1]} de {day.year}"
    return day.isoformat()


_BOUNDS = {"en": ("by {date}", "from {date}"), "es": ("a más tardar el {date}", "desde el {date}")}


def window_in_words(earliest: dt.date | None, latest: dt.date | None, language: str) -> str:
    """A due window as the printed documents write it: 'June 21 – August 2, 2001', 'by September 30,
    2001', 'from October 1, 2001', one date when both bounds are the same day; '' without bounds."""
    base = "es" if language.startswith("es") else "en"
    by, since = _BOUNDS[base]
    if earliest and latest:
        if earliest == latest:
            return long_date(latest, language)
        if earliest.year != latest.year:
            first = long_date(earliest, language)
        else:  # the first date without the year the last one repeats: '21 de junio – 2 de agosto de 2001'
            month = MONTHS[base][earliest.month - 1]
            first = f"{earliest.day} de {month}" if base == "es" else f"{month} {earliest.day}"
        return f"{first} – {long_date(latest, language)}"
    if latest:
        return by.format(date=long_date(latest, language))
    if earliest:
        return since.format(date=long_date(earliest, language))
    return ""


def dateline(issued: str, language: str) -> str:
    """The dateline in the style of the 2001 communiqué: 'June 21, 2001 – 13:00 hrs.'; a date alone
    when the record gives no hour."""
    moment = parse_moment(issued)
    if isinstance(moment, dt.datetime):
        return f"{long_date(moment.date(), language)} – {moment:%H:%M} hrs."
    return long_date(moment, language)


# --- comparison ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of text in a comparison: `same`, `insert` (only in the newer text) or `delete`."""

    kind: str
    text: str


@dataclass(slots=True)
class ParagraphChange:
    """One paragraph of a comparison: `added`, `removed`, `changed` or `same`, with its pieces by language."""

    id: str
    change: str
    heading: bool
    pieces: dict[str, list[Piece]] = field(default_factory=dict)


_TOKENS = re.compile(r"\S+\s*|\s+")  # a word with the space after it: spaces alone never pair two edits


def compare_text(old: str, new: str) -> list[Piece]:
    """Word by word: what stayed, what was inserted, what was deleted."""
    a, b = _TOKENS.findall(old), _TOKENS.findall(new)
    pieces: list[Piece] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            pieces.append(Piece("same", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            pieces.append(Piece("delete", "".join(a[i1:i2])))
        if j2 > j1:
            pieces.append(Piece("insert", "".join(b[j1:j2])))
    return pieces


def compare_paragraphs(old: Sequence[dict], new: Sequence[dict], languages: Sequence[str]) -> list[ParagraphChange]:
    """Paragraphs ({id, text: {language: text}, heading}) of two versions, paired by id: the newer
    order, with each removed paragraph kept where it stood in the older one."""
    old_by_id = {p["id"]: p for p in old}
    new_ids = {p["id"] for p in new}
    out: list[ParagraphChange] = []
    removed_before: dict[str | None, list[dict]] = {}
    previous = None
    for paragraph in old:  # a removed paragraph goes after the last older paragraph still there
        if paragraph["id"] in new_ids:
            previous = paragraph["id"]
        else:
            removed_before.setdefault(previous, []).append(paragraph)

    def removed(paragraphs: list[dict]) -> None:
        for p in paragraphs:
            out.append(ParagraphChange(p["id"], "removed", bool(p.get("heading")),
                                       {lang: [Piece("delete", p["text"].get(lang, ""))] for lang in languages}))

    removed(removed_before.get(None, []))
    for paragraph in new:
        before = old_by_id.get(paragraph["id"])
        if before is None:
            out.append(ParagraphChange(paragraph["id"], "added", bool(paragraph.get("heading")),
                                       {lang: [Piece("insert", paragraph["text"].get(lang, ""))]
                                        for lang in languages}))
        else:
            pieces = {lang: compare_text(before["text"].get(lang, ""), paragraph["text"].get(lang, ""))
                      for lang in languages}
            same = all(piece.kind == "same" for runs in pieces.values() for piece in runs) and \
                bool(before.get("heading")) == bool(paragraph.get("heading"))
            out.append(ParagraphChange(paragraph["id"], "same" if same else "changed",
                                       bool(paragraph.get("heading")), pieces))
        removed(removed_before.get(paragraph["id"], []))
    return out


# --- a first draft from the record ----------------------------------------------------


@dataclass(frozen=True, slots=True)
class MeetingHeld:
    start: str
    body: str | None
    place: str | None


@dataclass(frozen=True, slots=True)
class Outcome:
    """An agreement or decision minuted at a meeting."""

    kind: str            # agreement or decision
    text: str
    start: str           # its meeting's start
    place: str | None


@dataclass(slots=True)
class DraftMaterial:
    """What the record holds up to the draft's date."""

    talks_title: str
    parties: int
    meetings: list[MeetingHeld]
    topics: dict[str, list[str]]      # language → the agenda's topics, in the order first discussed
    outcomes: list[Outcome]
    commitments: list[str]            # ids of the open public commitments, in order


_PHRASES = {
    "en": {
        "title": "Joint Communiqué on {talks}",
        "sides": ("the two sides", "the delegations"),
        "met": "{body} met {where}.",
        "met_no_body": "The delegations met {where}.",
        "at": "in {place} on {date}",
        "on": "on {date}",
        "and": " and ",
        "agenda": "The agenda of the talks has included {topics}.",
        "agreed": "agreed",
        "decided": "decided",
        "outcome": "At the meeting held {where}, {sides} {verb}: {text}",
        "plan": "These efforts will be guided by a plan of action whose progress and implementation will be "
                "subject to regular review and evaluation. {Sides} have committed to the following actions:",
    },
    "es": {
        "title": "Comunicado conjunto sobre {talks}",
        "sides": ("ambas partes", "las delegaciones"),
        "met": "{body} se reunió {where}.",
        "met_no_body": "Las delegaciones se reunieron {where}.",
        "at": "en {place} el {date}",
        "on": "el {date}",
        "and": " y ",
        "agenda": "La agenda de las conversaciones ha incluido {topics}.",
        "agreed": "acordaron",
        "decided": "decidieron",
        "outcome": "En la reunión celebrada {where}, {sides} {verb}: {text}",
        "plan": "Estos esfuerzos se guiarán por un plan de acción cuyo avance y ejecución serán objeto de "
                "revisión y evaluación periódicas. {Sides} se han comprometido con las siguientes acciones:",
    },
}


def draft_languages(languages: Sequence[str]) -> list[str]:
    """The languages a draft can be written in: those Accord has phrases for, English otherwise."""
    known = [lang for lang in languages if lang.split("-")[0] in _PHRASES]
    return known or ["en"]


def _series(items: Sequence[str], conjunction: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + conjunction + items[-1]


def _body_subject(body: str, language: str) -> str:
    """A body as the subject of a sentence: 'The High Level Working Group', 'El Grupo ...' as named."""
    if language.split("-")[0] == "en" and not body.lower().startswith("the "):
        return f"The {body}"
    return body[:1].upper() + body[1:]


def _in_sentence(title: str) -> str:
    """A title within a sentence: 'Border safety' → 'border safety'; 'H-2 visas' and 'NAFTA' stay."""
    if len(title) > 1 and title[0].isupper() and title[1].islower():
        return title[0].lower() + title[1:]
    return title


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?", ":", ";", "…")) else text + "."


def draft_paragraphs(material: DraftMaterial, languages: Sequence[str]) -> tuple[dict[str, str], list[dict[str, str]]]:
    """The title by language and the paragraphs ({language: text}) of a first draft, as prose a
    secretary would keep: the meetings held, the topics on the agenda, what was agreed and decided,
    and the opening of the plan of action when there is one."""
    titles = {}
    paragraphs: list[dict[str, str]] = []
    for language in languages:
        words = _PHRASES[language.split("-")[0]]
        titles[language] = words["title"].format(talks=material.talks_title)

    def when(language: str, start: str, place: str | None) -> str:
        words = _PHRASES[language.split("-")[0]]
        date = long_date(moment_date(start), language)
        return words["at"].format(place=place, date=date) if place else words["on"].format(date=date)

    bodies: dict[str | None, list[MeetingHeld]] = {}
    for meeting in material.meetings:
        bodies.setdefault(meeting.body, []).append(meeting)
    for body, held in bodies.items():
        paragraph = {}
        for language in languages:
            words = _PHRASES[language.split("-")[0]]
            where = _series([when(language, m.start, m.place) for m in held], words["and"])
            paragraph[language] = (words["met"].format(body=_body_subject(body, language), where=where)
                                   if body else words["met_no_body"].format(where=where))
        paragraphs.append(paragraph)
    if any(material.topics.values()):
        paragraphs.append({language: _PHRASES[language.split("-")[0]]["agenda"].format(
            topics=_series([_in_sentence(t) for t in material.topics.get(language) or material.topics[languages[0]]],
                           _PHRASES[language.split("-")[0]]["and"]))
            for language in languages})
    for outcome in material.outcomes:
        paragraph = {}
        for language in languages:
            words = _PHRASES[language.split("-")[0]]
            sides = words["sides"][0 if material.parties == 2 else 1]
            paragraph[language] = words["outcome"].format(
                where=when(language, outcome.start, outcome.place), sides=sides,
                verb=words["agreed" if outcome.kind == "agreement" else "decided"], text=_sentence(outcome.text))
        paragraphs.append(paragraph)
    if material.commitments:
        paragraph = {}
        for language in languages:
            words = _PHRASES[language.split("-")[0]]
            sides = words["sides"][0 if material.parties == 2 else 1]
            paragraph[language] = words["plan"].format(Sides=sides[:1].upper() + sides[1:])
        paragraphs.append(paragraph)
    return titles, paragraphs
