"""Due windows: what "in the next several weeks" means on the calendar.

A secretary writes a commitment's due date as it was said: "immediately",
"by September", "a más tardar en septiembre", "before April 20, 2001",
"03/04/2001". `derive_window` turns such text, and the date the commitment
was made, into the inclusive window [earliest, latest] it allows, in English
and Spanish. The rules:

- Nothing depends on today's date: relative phrases count from the date the
  commitment was made, and a phrase that needs that date and has none gets no
  window.
- No day is invented: "March 2002" is the whole month; "by March 2002" ends
  on its last day; "before March 2002" on the last day of February.
- Text that cannot be read keeps no window and is flagged (`understood` is
  False), so the user can see it and set the window by hand.
- A numeric date that reads two ways ("03/04/2001") follows the convention of
  the talks' language, and the reading is reported so it can be shown.
- Overdue is derived from the window and an as-of date, never stored.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

from .vocabulary import FINAL_STATUSES
from .text import fold


@dataclass(frozen=True, slots=True)
class DueWindow:
    """The window derived from a due text. Both bounds are inclusive."""

    earliest: dt.date | None = None
    latest: dt.date | None = None
    understood: bool = True
    needs_date: bool = False
    reading: str | None = None

    @property
    def open_ended(self) -> bool:
        return self.earliest is None and self.latest is None


UNREADABLE = DueWindow(understood=False)
NEEDS_DATE = DueWindow(needs_date=True)


def is_overdue(status: str, latest: dt.date | None, as_of: dt.date) -> bool:
    """A commitment is overdue when it is still open and its window closed before `as_of`."""
    return status not in FINAL_STATUSES and latest is not None and latest < as_of


def day_first_for(language: str | None) -> bool:
    """Whether numeric dates read day/month in this language (BCP 47 code).

    American English reads month/day; every other working language Accord
    knows (British English, Spanish, French, ...) reads day/month.
    """
    if not language:
        return False
    code = language.replace("_", "-").lower()
    return not (code == "en" or code.startswith("en-us"))


# --- vocabulary (folded: lower case, no accents) -------------------------

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        ("january", "jan", "enero", "ene"),
        ("february", "feb", "febrero"),
        ("march", "mar", "marzo"),
        ("april", "apr", "abril", "abr"),
        ("may", "mayo"),
        ("june", "jun", "junio"),
        ("july", "jul", "julio"),
        ("august", "aug", "agosto", "ago"),
        ("september", "sep", "sept", "septiembre", "setiembre"),
        ("october", "oct", "octubre"),
        ("november", "nov", "noviembre"),
        ("december", "dec", "diciembre", "dic"),
    ],
    start=1,
):
    for _name in _names:
        _MONTHS[_name] = _number

_WEEKDAYS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        ("monday", "mon", "lunes"),
        ("tuesday", "tue", "tues", "martes"),
        ("wednesday", "wed", "miercoles"),
        ("thursday", "thu", "thurs", "jueves"),
        ("friday", "fri", "viernes"),
        ("saturday", "sat", "sabado"),
        ("sunday", "sun", "domingo"),
    ]
):
    for _name in _names:
        _WEEKDAYS[_name] = _number

_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "un": 1, "una": 1, "uno": 1,
    "two": 2, "dos": 2, "couple of": 2, "a couple of": 2, "un par de": 2, "par de": 2,
    "three": 3, "tres": 3, "few": 3, "a few": 3, "unos pocos": 3, "unas pocas": 3, "pocos": 3, "pocas": 3,
    "four": 4, "cuatro": 4, "five": 5, "cinco": 5, "six": 6, "seis": 6,
    "seven": 7, "siete": 7, "eight": 8, "ocho": 8, "nine": 9, "nueve": 9,
    "ten": 10, "diez": 10, "eleven": 11, "once": 11, "twelve": 12, "doce": 12,
    "fifteen": 15, "quince": 15, "thirty": 30, "treinta": 30,
    "several": 6, "varios": 6, "varias": 6, "algunos": 6, "algunas": 6,
}

_UNITS = {
    "day": "days", "days": "days", "dia": "days", "dias": "days",
    "week": "weeks", "weeks": "weeks", "semana": "weeks", "semanas": "weeks",
    "fortnight": "fortnights", "fortnights": "fortnights", "quincena": "fortnights", "quincenas": "fortnights",
    "month": "months", "months": "months", "mes": "months", "meses": "months",
    "year": "years", "years": "years", "ano": "years", "anos": "years",
}

_OPEN_ENDED = {
    "as soon as possible", "asap", "as soon as practicable", "regularly", "periodically",
    "ongoing", "continuously", "continuing", "on a regular basis", "on an ongoing basis",
    "from time to time", "as needed", "when needed", "as appropriate",
    "lo antes posible", "lo mas pronto posible", "a la brevedad", "a la brevedad posible",
    "cuanto antes", "regularmente", "periodicamente", "de manera periodica",
    "de forma periodica", "permanentemente", "de forma continua", "de manera continua",
    "continuamente", "en forma permanente",
}

_IMMEDIATE = {
    "immediately", "at once", "forthwith", "without delay", "now", "right away",
    "straight away", "de inmediato", "inmediatamente", "sin demora", "ya",
    "de manera inmediata", "en forma inmediata", "de forma inmediata",
}

_ORDINALS = {
    "first": 1, "1st": 1, "primer": 1, "primero": 1, "primera": 1,
    "second": 2, "2nd": 2, "segundo": 2, "segunda": 2,
    "third": 3, "3rd": 3, "tercer": 3, "tercero": 3, "tercera": 3,
    "fourth": 4, "4th": 4, "cuarto": 4, "cuarta": 4,
    "last": -1, "ultimo": -1, "ultima": -1,
}

_MONTH_NAMES_EN = [
    "", "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
]


def _alternatives(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_MONTH_RE = _alternatives(_MONTHS)
_WEEKDAY_RE = _alternatives(_WEEKDAYS)
_NUMBER_RE = _alternatives(_NUMBERS) + r"|\d+"
_UNIT_RE = _alternatives(_UNITS)
_ORDINAL_RE = _alternatives(_ORDINALS)


def _relative_names() -> dict[str, tuple[str, int]]:
    """'next week', 'este año', 'el mes que viene', ... → (unit, 0 for this or 1 for next)."""
    names: dict[str, tuple[str, int]] = {}
    for unit, spanish, feminine in (
        ("week", "semana", True),
        ("month", "mes", False),
        ("quarter", "trimestre", False),
        ("year", "ano", False),
    ):
        the, this, nxt = ("la", "esta", "proxima") if feminine else ("el", "este", "proximo")
        for name in (unit, f"the {unit}", f"this {unit}", f"the current {unit}",
                     spanish, f"{the} {spanish}", f"{this} {spanish}", f"{the} {spanish} en curso",
                     f"{the} {spanish} actual"):
            names[name] = (unit, 0)
        for name in (f"next {unit}", f"the coming {unit}", f"the following {unit}",
                     f"{the} {nxt} {spanish}", f"{the} {spanish} {nxt}", f"{the} {spanish} que viene",
                     f"{the} {spanish} siguiente", f"{nxt} {spanish}"):
            names[name] = (unit, 1)
    return names


_RELATIVE = _relative_names()


@dataclass(frozen=True, slots=True)
class _Period:
    start: dt.date
    end: dt.date
    reading: str | None = None


class _NeedsDate(Exception):
    """The phrase is relative and the date the commitment was made is missing."""


def _need(made: dt.date | None) -> dt.date:
    if made is None:
        raise _NeedsDate
    return made


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _month(year: int, month: int) -> _Period:
    return _Period(dt.date(year, month, 1), _month_end(year, month))


def _year(year: int) -> _Period:
    return _Period(dt.date(year, 1, 1), dt.date(year, 12, 31))


def _quarter(year: int, quarter: int) -> _Period:
    first = 3 * (quarter - 1) + 1
    return _Period(dt.date(year, first, 1), _month_end(year, first + 2))


def _half(year: int, half: int) -> _Period:
    return _Period(dt.date(year, 1 if half == 1 else 7, 1), _month_end(year, 6 if half == 1 else 12))


def _year_number(text: str) -> int:
    year = int(text)
    return year + 2000 if len(text) == 2 else year


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _next_month_day(month: int, day: int, made: dt.date) -> dt.date | None:
    """The first `day` of `month` on or after `made` (a date given without its year)."""
    for year in (made.year, made.year + 1, made.year + 2, made.year + 3, made.year + 4):
        candidate = _day(year, month, day)
        if candidate is not None and candidate >= made:
            return candidate
    return None


def _describe(day: dt.date) -> str:
    return f"{day.day} {_MONTH_NAMES_EN[day.month]} {day.year}"


# --- periods: what a phrase like "5 September" or "Q3 2001" names ------------

_ISO_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_ISO_MONTH = re.compile(r"(\d{4})-(\d{1,2})")
_NUMERIC = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})")
_YEAR = re.compile(r"(?:the year )?((?:19|20)\d{2})")
_MONTH_DAY_YEAR = re.compile(
    rf"(?:the )?({_MONTH_RE})\.? (\d{{1,2}})(?:st|nd|rd|th)?(?: ((?:19|20)\d{{2}}))?"
)
_DAY_MONTH_YEAR = re.compile(
    rf"(?:the )?(\d{{1,2}})(?:st|nd|rd|th|o)?(?: of| de)? ({_MONTH_RE})\.?(?: (?:de |del )?((?:19|20)\d{{2}}))?"
)
_MONTH_YEAR = re.compile(rf"(?:the month of |el mes de )?({_MONTH_RE})\.?(?: (?:de |del )?((?:19|20)\d{{2}}))?")
_WEEKDAY = re.compile(
    rf"(?:(next|this|coming|el proximo|el|este|proximo) )?({_WEEKDAY_RE})(?: (proximo|que viene))?"
)
_QUARTER = re.compile(
    rf"(?:q([1-4])|(?:the )?({_ORDINAL_RE}) quarter|(?:el )?({_ORDINAL_RE}) trimestre)"
    rf"(?:(?: of| de| del)? ((?:19|20)\d{{2}}))?"
)
_HALF = re.compile(
    rf"(?:h([12])|(?:the )?({_ORDINAL_RE}) half|(?:el )?({_ORDINAL_RE}) semestre)"
    rf"(?:(?: of| de| del)? ((?:19|20)\d{{2}}))?"
)
_PART = re.compile(
    r"(?:the )?(end of|the end of|late|beginning of|the beginning of|start of|the start of|early|"
    r"mid|middle of|the middle of|fin de|fines de|finales de|final de|principios de|comienzos de|"
    r"inicios de|inicio de|comienzo de|mediados de) ?(.+)"
)


def _period(text: str, made: dt.date | None, day_first: bool) -> _Period | None:
    """The span of days `text` names, or None if it names none Accord can read."""
    text = text.strip()
    if text in ("today", "hoy"):
        day = _need(made)
        return _Period(day, day)
    if text in ("tomorrow", "manana"):
        day = _need(made) + dt.timedelta(days=1)
        return _Period(day, day)
    if m := _ISO_DAY.fullmatch(text):
        day = _day(int(m[1]), int(m[2]), int(m[3]))
        return None if day is None else _Period(day, day)
    if m := _ISO_MONTH.fullmatch(text):
        month = int(m[2])
        return _month(int(m[1]), month) if 1 <= month <= 12 else None
    if m := _NUMERIC.fullmatch(text):
        return _numeric(int(m[1]), int(m[2]), _year_number(m[3]), day_first)
    if m := _YEAR.fullmatch(text):
        return _year(int(m[1]))
    if m := _MONTH_DAY_YEAR.fullmatch(text):
        return _dated(_MONTHS[m[1]], int(m[2]), m[3], made)
    if m := _DAY_MONTH_YEAR.fullmatch(text):
        return _dated(_MONTHS[m[2]], int(m[1]), m[3], made)
    if m := _MONTH_YEAR.fullmatch(text):
        month = _MONTHS[m[1]]
        if m[2]:
            return _month(int(m[2]), month)
        base = _need(made)
        year = base.year if month >= base.month else base.year + 1
        return _month(year, month)
    if m := _WEEKDAY.fullmatch(text):
        base = _need(made)
        ahead = (_WEEKDAYS[m[2]] - base.weekday() - 1) % 7 + 1
        day = base + dt.timedelta(days=ahead)
        return _Period(day, day)
    if m := _QUARTER.fullmatch(text):
        number = int(m[1]) if m[1] else _ORDINALS[m[2] or m[3]]
        year = int(m[4]) if m[4] else _need(made).year
        return _quarter(year, 4 if number == -1 else number)
    if m := _HALF.fullmatch(text):
        number = int(m[1]) if m[1] else _ORDINALS[m[2] or m[3]]
        year = int(m[4]) if m[4] else _need(made).year
        return _half(year, 2 if number == -1 else min(number, 2))
    if text in _RELATIVE:
        unit, step = _RELATIVE[text]
        return _relative(unit, step, _need(made))
    if m := _PART.fullmatch(text):
        whole = _period(m[2], made, day_first)
        return None if whole is None else _part(m[1], whole)
    return None


def _numeric(first: int, second: int, year: int, day_first: bool) -> _Period | None:
    as_day_month = _day(year, second, first)
    as_month_day = _day(year, first, second)
    if as_day_month and as_month_day and as_day_month != as_month_day:
        if day_first:
            return _Period(as_day_month, as_day_month, f"{_describe(as_day_month)} (day/month/year)")
        return _Period(as_month_day, as_month_day, f"{_describe(as_month_day)} (month/day/year)")
    day = as_day_month or as_month_day
    return None if day is None else _Period(day, day)


def _dated(month: int, day: int, year: str | None, made: dt.date | None) -> _Period | None:
    if year:
        found = _day(int(year), month, day)
    else:
        found = _next_month_day(month, day, _need(made))
    return None if found is None else _Period(found, found)


def _relative(unit: str, step: int, base: dt.date) -> _Period:
    if unit == "week":
        monday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(weeks=step)
        return _Period(monday, monday + dt.timedelta(days=6))
    if unit == "month":
        first = dt.date(base.year, base.month, 1) + relativedelta(months=step)
        return _month(first.year, first.month)
    if unit == "quarter":
        index = (base.month - 1) // 3 + step
        return _quarter(base.year + index // 4, index % 4 + 1)
    return _year(base.year + step)


def _part(which: str, whole: _Period) -> _Period:
    """The early, middle or late third of a period ("early September", "finales de año")."""
    days = (whole.end - whole.start).days + 1
    if which in ("end of", "the end of", "fin de", "final de"):
        return _Period(whole.end, whole.end)
    third = days // 3
    if which in ("beginning of", "the beginning of", "start of", "the start of", "early",
                 "principios de", "comienzos de", "inicios de", "inicio de", "comienzo de"):
        return _Period(whole.start, whole.start + dt.timedelta(days=third - 1))
    if which in ("mid", "middle of", "the middle of", "mediados de"):
        return _Period(whole.start + dt.timedelta(days=third), whole.start + dt.timedelta(days=2 * third - 1))
    return _Period(whole.start + dt.timedelta(days=2 * third), whole.end)


# --- the phrase as a whole -------------------------------------------------

_SPAN = re.compile(
    rf"(within|in|in the next|over the next|during the next|within the next|in the coming|over the coming|"
    rf"the next|next|dentro de|en|en un plazo de|en el plazo de|en los proximos|en las proximas|"
    rf"durante los proximos|durante las proximas|a lo largo de los proximos|a lo largo de las proximas|"
    rf"en el transcurso de los proximos|en el transcurso de las proximas)"
    rf"(?: ({_NUMBER_RE}))? ({_UNIT_RE})"
)
_SINGULAR = {"day", "week", "month", "year", "fortnight", "dia", "semana", "mes", "ano", "quincena"}
_SPAN_STARTS_NOW = {
    "in the next", "over the next", "during the next", "within the next", "in the coming",
    "over the coming", "the next", "next", "en los proximos", "en las proximas",
    "durante los proximos", "durante las proximas", "a lo largo de los proximos",
    "a lo largo de las proximas", "en el transcurso de los proximos", "en el transcurso de las proximas",
}
_BETWEEN = re.compile(r"(?:between|entre) (.+?) (?:and|y) (.+)|(?:from|del|de|desde) (.+?) (?:to|until|al|a|hasta) (.+)")
_BY = re.compile(
    r"(?:before the end of|antes de fin de|antes del fin de|antes del final de|antes de que termine|by|no later than|not later than|at the latest by|at the latest on|until|till|through|"
    r"on or before|by no later than|a mas tardar|a mas tardar el|a mas tardar en|a mas tardar para|"
    r"a mas tardar a|para|para el|para la|hasta|hasta el|hasta la|antes de que termine|antes de que acabe|"
    r"no mas tarde de|no mas tarde del) (.+)"
)
_BEFORE = re.compile(r"(?:before|prior to|ahead of|antes de|antes del|antes de la|antes de el) (.+)")
_AFTER = re.compile(r"(?:after|despues de|despues del|con posterioridad a|posterior a) (.+)")
_FROM = re.compile(
    r"(?:from|starting|starting on|starting in|beginning|beginning on|beginning in|as of|as from|"
    r"not before|no earlier than|on or after|a partir de|a partir del|desde|desde el|no antes de|no antes del) (.+)"
)
_DURING = re.compile(r"(?:in|during|on|within|over|en|durante|el|la|en el|en la|el dia|a lo largo de) (.+)")
_AT_THE_LATEST = re.compile(r"(.+?) (?:at the latest|a mas tardar|como maximo|como muy tarde)")
_LEADING = re.compile(r"(?:due|to be completed|deadline|plazo|fecha limite|vence|vencimiento)[: ]+(.+)")


def _normalise(text: str) -> str:
    text = fold(text)
    text = re.sub(r"[,;!?()\"“”«»']", " ", text)
    text = re.sub(r"(?<!\d)\.|\.(?!\d)", " ", text)  # full stops, but not inside 03.04.2001
    text = text.replace("–", "-").replace("—", "-")
    text = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", text)  # "mid-July" → "mid July"
    return re.sub(r"\s+", " ", text).strip()


def derive_window(text: str, made: dt.date | None, *, day_first: bool = False) -> DueWindow:
    """Derive the inclusive window a due text allows.

    `made` is the date the commitment was made (its meeting's date); relative
    phrases count from it. `day_first` gives the reading of ambiguous numeric
    dates, from the talks' language (see `day_first_for`).
    """
    phrase = _normalise(text)
    try:
        return _window(phrase, made, day_first)
    except _NeedsDate:
        return NEEDS_DATE


def _window(phrase: str, made: dt.date | None, day_first: bool) -> DueWindow:
    if not phrase:
        return UNREADABLE
    if m := _LEADING.fullmatch(phrase):
        phrase = m[1]
    if phrase in _OPEN_ENDED:
        return DueWindow()
    if phrase in _IMMEDIATE:
        return DueWindow(latest=_need(made))
    if (m := _SPAN.fullmatch(phrase)) and not (m[1] in ("next", "the next") and m[2] is None and m[3] in _SINGULAR):
        # "next week" is the calendar week after; "the next two weeks" counts from the day.
        return _span(m[1], m[2], m[3], made)
    if m := _AT_THE_LATEST.fullmatch(phrase):
        return _bounded(m[1], made, day_first, latest=True)
    if m := _BETWEEN.fullmatch(phrase):
        first_text, last_text = (m[1], m[2]) if m[1] else (m[3], m[4])
        window = _between(_strip_article(first_text), _strip_article(last_text), made, day_first)
        if window is not None:
            return window
    if m := _BY.fullmatch(phrase):
        return _bounded(m[1], made, day_first, latest=True)
    if m := _BEFORE.fullmatch(phrase):
        period = _period(_strip_article(m[1]), made, day_first)
        if period:
            return DueWindow(latest=period.start - dt.timedelta(days=1), reading=period.reading)
        return UNREADABLE
    if m := _AFTER.fullmatch(phrase):
        period = _period(_strip_article(m[1]), made, day_first)
        if period:
            return DueWindow(earliest=period.end + dt.timedelta(days=1), reading=period.reading)
        return UNREADABLE
    if m := _FROM.fullmatch(phrase):
        period = _period(_strip_article(m[1]), made, day_first)
        if period:
            return DueWindow(earliest=period.start, reading=period.reading)
        return UNREADABLE
    period = _period(phrase, made, day_first)
    if period is None and (m := _DURING.fullmatch(phrase)):
        period = _period(m[1], made, day_first)
    if period:
        return DueWindow(period.start, period.end, reading=period.reading)
    return UNREADABLE


def _between(first_text: str, last_text: str, made: dt.date | None, day_first: bool) -> DueWindow | None:
    """'between June 1 and July 15, 2001', 'del 1 al 15 de julio': the first end borrows what it lacks."""
    last = _period(last_text, made, day_first)
    if last is None:
        return None
    if first_text.isdigit():
        start = _day(last.start.year, last.start.month, int(first_text))
        first = None if start is None else _Period(start, start)
    else:
        try:
            first = _period(first_text, made, day_first)
        except _NeedsDate:
            # "June 1" before "July 15, 2001": the year is the one the range ends in.
            first = _period(first_text, dt.date(last.start.year, 1, 1), day_first)
    if first is None or first.start > last.end:
        return None
    return DueWindow(first.start, last.end, reading=first.reading or last.reading)


def _strip_article(text: str) -> str:
    return re.sub(r"^(?:the|el|la|los|las) ", "", text)


def _bounded(text: str, made: dt.date | None, day_first: bool, *, latest: bool) -> DueWindow:
    period = _period(_strip_article(text), made, day_first) or _period(text, made, day_first)
    if period is None and (m := _DURING.fullmatch(text)):
        period = _period(m[1], made, day_first)
    if period is None:
        return UNREADABLE
    return DueWindow(latest=period.end, reading=period.reading)


def _span(lead: str, amount: str | None, unit_word: str, made: dt.date | None) -> DueWindow:
    base = _need(made)
    unit = _UNITS[unit_word]
    plural = unit_word not in _SINGULAR
    if amount is None:
        # "in the coming weeks" has no number: that is several; "within a week" has one.
        count = 6 if plural else 1
    else:
        count = int(amount) if amount.isdigit() else _NUMBERS[amount]
    if unit == "fortnights":
        delta = relativedelta(weeks=2 * count)
    else:
        delta = relativedelta(**{unit: count})
    latest = base + delta
    if lead in _SPAN_STARTS_NOW:
        return DueWindow(earliest=base, latest=latest)
    return DueWindow(latest=latest)

