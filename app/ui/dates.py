"""Dates as the window shows them, in the format of the interface language."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QDateEdit

from ..domain.dates import parse_moment


def format_date(day: dt.date, with_year: bool = True) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy" if with_year else "d MMM")


def format_moment(text: str) -> str:
    """'2001-04-04' → '4 Apr 2001' ('4 abr 2001'); a date-time keeps its local time: '4 Apr 2001, 10:00'."""
    moment = parse_moment(text)
    if isinstance(moment, dt.datetime):
        return f"{format_date(moment.date())}, {moment:%H:%M}"
    return format_date(moment)


def format_window(earliest: dt.date | None, latest: dt.date | None) -> str:
    """'21 Jun – 2 Aug 2001', 'by 30 Sep 2001', 'from 1 Oct 2001', '5 Sep 2001', or ''."""
    if earliest and latest:
        if earliest == latest:
            return format_date(latest)
        return f"{format_date(earliest, earliest.year != latest.year)} – {format_date(latest)}"
    if latest:
        return QCoreApplication.translate("Dates", "by %1").replace("%1", format_date(latest))
    if earliest:
        return QCoreApplication.translate("Dates", "from %1").replace("%1", format_date(earliest))
    return ""


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def date_edit(name: str, day: dt.date | None = None) -> QDateEdit:
    """A date field written as the record writes dates (YYYY-MM-DD), with a calendar to pick from."""
    edit = QDateEdit(to_qdate(day or dt.date.today()))
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit
