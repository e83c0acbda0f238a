"""ISO 8601 dates and date-times as the record holds them.

A meeting's time is the local time of its place with the UTC offset it had
there; it is kept as written, never converted.
"""

from __future__ import annotations

import datetime as dt
import re

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?([+-]\d{2}:\d{2}|Z)")
_LOCAL_TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d")


def parse_date(text: str) -> dt.date:
    """Read a calendar date 'YYYY-MM-DD'; ValueError if it is not one."""
    if not _DATE.fullmatch(text):
        raise ValueError(f"{text!r} is not a date (YYYY-MM-DD)")
    return _checked(dt.date.fromisoformat, text)


def parse_moment(text: str) -> dt.date | dt.datetime:
    """Read a date, or a date-time that carries its UTC offset."""
    if _DATE.fullmatch(text):
        return _checked(dt.date.fromisoformat, text)
    if _DATETIME.fullmatch(text):
        return _checked(dt.datetime.fromisoformat, text)
    raise ValueError(f"{text!r} is neither a date (YYYY-MM-DD) nor a date-time with its UTC offset")


def _checked(read, text: str):
    try:
        return read(text)
    except ValueError as error:
        raise ValueError(f"{text!r} is not a real date ({error})") from None


def moment_date(text: str) -> dt.date:
    """The local calendar date of a date or date-time."""
    value = parse_moment(text)
    return value.date() if isinstance(value, dt.datetime) else value


def is_local_time(text: str) -> bool:
    """True for a local time of day written 'HH:MM'."""
    return bool(_LOCAL_TIME.fullmatch(text))
