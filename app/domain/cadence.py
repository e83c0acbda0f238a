"""The talks' review cadence: "every three months", "the last Thursday of each quarter".

The communiqué of 2001 puts its plan of action under "regular review and
evaluation". A secretary writes the cadence as it was agreed, in English or
Spanish, with the date of the first review; `read_cadence` turns the phrase
into an iCalendar recurrence rule (RFC 5545), and `next_reviews` lists the
dates it gives with dateutil's rrule. The rule, not the phrase, is what is
kept, so a review date never moves when Accord learns new words.

No date is invented past a month's end: a review "every month" from the 31st
falls on the last day of shorter months (30 April, 28 or 29 February), and
one "every year" from 29 February falls on 28 February in common years.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from dateutil.rrule import rrulestr

from .due import _NUMBERS, _ORDINALS, _WEEKDAYS
from .text import fold

_DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


class CadenceNotUnderstood(ValueError):
    """The phrase is not a cadence Accord can read; the message gives examples that it can."""


@dataclass(frozen=True, slots=True)
class Cadence:
    """A recurring review: the phrase as agreed, the first date it may fall on, and its rule."""

    text: str
    start: dt.date
    rule: str                    # an RRULE value, without DTSTART: "FREQ=MONTHLY;INTERVAL=3"

    def next_reviews(self, as_of: dt.date, count: int = 5) -> list[dt.date]:
        return next_reviews(self.rule, self.start, as_of, count)


def next_reviews(rule: str, start: dt.date, as_of: dt.date, count: int = 5) -> list[dt.date]:
    """The first `count` review dates on or after `as_of`."""
    recurrence = rrulestr(rule, dtstart=dt.datetime.combine(start, dt.time()))
    moment = dt.datetime.combine(max(as_of, start), dt.time())
    return [day.date() for day in recurrence.xafter(moment, count=count, inc=True)]


def is_review_day(rule: str, start: dt.date, day: dt.date) -> bool:
    return next_reviews(rule, start, day, 1) == [day]


# -- reading the phrase ------------------------------------------------------------------

_SIMPLE = {
    # phrase → (FREQ, INTERVAL)
    "weekly": ("WEEKLY", 1), "every week": ("WEEKLY", 1), "each week": ("WEEKLY", 1),
    "semanal": ("WEEKLY", 1), "semanalmente": ("WEEKLY", 1), "cada semana": ("WEEKLY", 1),
    "fortnightly": ("WEEKLY", 2), "every other week": ("WEEKLY", 2), "biweekly": ("WEEKLY", 2),
    "quincenal": ("WEEKLY", 2), "cada quince dias": ("WEEKLY", 2), "cada quincena": ("WEEKLY", 2),
    "monthly": ("MONTHLY", 1), "every month": ("MONTHLY", 1), "each month": ("MONTHLY", 1),
    "mensual": ("MONTHLY", 1), "mensualmente": ("MONTHLY", 1), "cada mes": ("MONTHLY", 1),
    "every other month": ("MONTHLY", 2), "bimonthly": ("MONTHLY", 2), "bimestral": ("MONTHLY", 2),
    "cada bimestre": ("MONTHLY", 2),
    "quarterly": ("MONTHLY", 3), "every quarter": ("MONTHLY", 3), "each quarter": ("MONTHLY", 3),
    "trimestral": ("MONTHLY", 3), "trimestralmente": ("MONTHLY", 3), "cada trimestre": ("MONTHLY", 3),
    "twice a year": ("MONTHLY", 6), "every half year": ("MONTHLY", 6), "semiannually": ("MONTHLY", 6),
    "semestral": ("MONTHLY", 6), "cada semestre": ("MONTHLY", 6), "dos veces al ano": ("MONTHLY", 6),
    "yearly": ("YEARLY", 1), "annually": ("YEARLY", 1), "every year": ("YEARLY", 1), "once a year": ("YEARLY", 1),
    "each year": ("YEARLY", 1), "anual": ("YEARLY", 1), "anualmente": ("YEARLY", 1), "cada ano": ("YEARLY", 1),
    "una vez al ano": ("YEARLY", 1),
}
_UNIT_FREQ = {
    "day": ("DAILY", 1), "days": ("DAILY", 1), "dia": ("DAILY", 1), "dias": ("DAILY", 1),
    "week": ("WEEKLY", 1), "weeks": ("WEEKLY", 1), "semana": ("WEEKLY", 1), "semanas": ("WEEKLY", 1),
    "month": ("MONTHLY", 1), "months": ("MONTHLY", 1), "mes": ("MONTHLY", 1), "meses": ("MONTHLY", 1),
    "quarter": ("MONTHLY", 3), "quarters": ("MONTHLY", 3), "trimestre": ("MONTHLY", 3),
    "trimestres": ("MONTHLY", 3),
    "year": ("YEARLY", 1), "years": ("YEARLY", 1), "ano": ("YEARLY", 1), "anos": ("YEARLY", 1),
}
_PERIODS = {"month": "month", "mes": "month", "quarter": "quarter", "trimestre": "quarter",
            "year": "year", "ano": "year"}


def _words(names) -> str:
    return "|".join(sorted((re.escape(name) for name in names), key=len, reverse=True))


_EVERY_N = re.compile(rf"(?:every|cada)\s+(?P<n>{_words(_NUMBERS)}|\d+)\s+(?P<unit>{_words(_UNIT_FREQ)})")
_NTH_DAY = re.compile(
    rf"(?P<nth>{_words(_ORDINALS)})\s+(?P<day>{_words(_WEEKDAYS)}|day|dia)\s+(?:of|de)\s+"
    rf"(?:each|every|the|cada|todo|toda)?\s*(?:el\s+|la\s+)?(?P<period>{_words(_PERIODS)})")
_LEAD = re.compile(r"^(?:the|el|la|on|en)\s+")
_EXAMPLES = ('"every three months", "monthly", "quarterly", "the last Thursday of each quarter", '
             '"the first Monday of every month", "cada tres meses", "el último jueves de cada trimestre"')


def read_cadence(text: str, start: dt.date) -> Cadence:
    """The cadence a phrase describes, from `start` (the first day a review may fall on)."""
    phrase = " ".join(fold(text).replace(",", " ").replace(".", " ").split())
    while (stripped := _LEAD.sub("", phrase)) != phrase:
        phrase = stripped
    rule = _nth_day_rule(phrase) or _repeat_rule(phrase, start)
    if rule is None:
        raise CadenceNotUnderstood(f'Accord cannot read "{text}" as a cadence; write it as, for example, {_EXAMPLES}.')
    return Cadence(text.strip(), start, rule)


def _repeat_rule(phrase: str, start: dt.date) -> str | None:
    if phrase in _SIMPLE:
        freq, interval = _SIMPLE[phrase]
    elif match := _EVERY_N.fullmatch(phrase):
        count = match["n"]
        n = int(count) if count.isdigit() else _NUMBERS[count]
        freq, step = _UNIT_FREQ[match["unit"]]
        interval = n * step
        if interval < 1:
            return None
    else:
        return None
    rule = f"FREQ={freq}" + (f";INTERVAL={interval}" if interval > 1 else "")
    if freq == "MONTHLY" and start.day > 28:
        # "the 31st, or the last day of a shorter month": the latest of the days 28..31 the month has
        rule += ";BYMONTHDAY=" + ",".join(str(d) for d in range(28, start.day + 1)) + ";BYSETPOS=-1"
    elif freq == "YEARLY" and start.month == 2 and start.day == 29:
        rule += ";BYMONTH=2;BYMONTHDAY=28,29;BYSETPOS=-1"
    return rule


def _nth_day_rule(phrase: str) -> str | None:
    match = _NTH_DAY.fullmatch(phrase)
    if match is None:
        return None
    nth = _ORDINALS[match["nth"]]
    period = _PERIODS[match["period"]]
    if match["day"] in ("day", "dia"):
        by = f"BYMONTHDAY={nth}"
    else:
        by = f"BYDAY={nth:+d}{_DAY_CODES[_WEEKDAYS[match['day']]]}"
    if period == "month":
        return f"FREQ=MONTHLY;{by}"
    if period == "quarter":  # the first month of each quarter, or the last for "last ... of each quarter"
        months = "3,6,9,12" if nth < 0 else "1,4,7,10"
        return f"FREQ=YEARLY;BYMONTH={months};{by}"
    return f"FREQ=YEARLY;BYMONTH={12 if nth < 0 else 1};{by}"
