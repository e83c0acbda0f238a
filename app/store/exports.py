"""Files for the rest of the desk: the (filtered) commitments as CSV, and the talks' meetings, due dates
and reviews as an iCalendar file. Both are written whole or not at all."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os

from .. import atomic
from ..domain.dates import parse_moment
from ..domain.vocabulary import FINAL_STATUSES
from .errors import RecordError
from .followup import CommitmentFilter, cadence, rows
from .record import Record

CSV_COLUMNS = ("id", "commitment", "owners", "office", "due", "earliest", "latest", "status", "overdue",
               "days_late", "last_update", "last_note", "made")


def commitments_csv(record: Record, talks_id: str, shown: CommitmentFilter) -> tuple[str, int]:
    """The commitments `shown` lets through, in due-window order, as CSV text (a header row first), and
    how many there are."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    found = rows(record, talks_id, shown, "window")
    for row in found:
        late = (shown.as_of - dt.date.fromisoformat(row.latest)).days if row.overdue else 0
        writer.writerow([row.id, row.text, row.owners or "jointly", row.assignee or "", row.due_text or "",
                         row.earliest or "", row.latest or "", row.status, "yes" if row.overdue else "no", late,
                         row.last_date or "", row.last_note or "", (row.meeting_start or "")[:10]])
    return out.getvalue(), len(found)


def write_commitments_csv(record: Record, talks_id: str, shown: CommitmentFilter, target: str | os.PathLike) -> int:
    """Write the CSV (UTF-8 with a byte-order mark, so spreadsheets read accents right); the rows written."""
    text, count = commitments_csv(record, talks_id, shown)
    atomic.write_bytes(target, text.encode("utf-8-sig"))
    return count


def _moment(text: str):
    """A date stays a date (an all-day event); a local time with its offset becomes UTC."""
    value = parse_moment(text)
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.timezone.utc)
    return value


_MEETING_STATUS = {"planned": "TENTATIVE", "held": "CONFIRMED", "cancelled": "CANCELLED"}


def talks_calendar(record: Record, talks_id: str, *, stamp: dt.datetime | None = None) -> bytes:
    """The talks' meetings, the due dates of their open commitments and the recurring review, as iCalendar."""
    from icalendar import Calendar, Event, vRecur  # imported when first needed: the window starts without it

    conn = record.conn
    talks = conn.execute("SELECT title FROM talks WHERE id = ?", (talks_id,)).fetchone()
    if talks is None:
        raise RecordError(f'there are no talks "{talks_id}" in this record')
    stamp = stamp or dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", "-//Accord//Talks calendar//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", talks[0])
    for ident, title, start, end, place, venue, status, body in conn.execute(
            "SELECT m.id, m.title, m.start, m.\"end\", m.place, m.venue, m.status, b.name FROM meetings m"
            " LEFT JOIN bodies b ON b.id = m.body_id WHERE m.talks_id = ? ORDER BY substr(m.start, 1, 10), m.start,"
            " m.position", (talks_id,)):
        event = Event()
        event.add("uid", f"{ident}@accord")
        event.add("dtstamp", stamp)
        event.add("summary", title)
        first = _moment(start)
        event.add("dtstart", first)
        if end:
            last = _moment(end)  # a last day is inclusive; iCalendar's DTEND is not
            event.add("dtend", last if isinstance(last, dt.datetime) else last + dt.timedelta(days=1))
        elif not isinstance(first, dt.datetime):
            event.add("dtend", first + dt.timedelta(days=1))
        location = ", ".join(part for part in (venue, place) if part)
        if location:
            event.add("location", location)
        if body:
            event.add("description", body)
        event.add("status", _MEETING_STATUS[status])
        event.add("categories", ["Meeting"])
        calendar.add_component(event)
    today = dt.date.today()
    for row in rows(record, talks_id, CommitmentFilter(as_of=today), "window"):
        if row.latest is None or row.status in FINAL_STATUSES:
            continue
        due = dt.date.fromisoformat(row.latest)
        event = Event()
        event.add("uid", f"{row.id}-due@accord")
        event.add("dtstamp", stamp)
        event.add("summary", f"Due: {row.text}")
        event.add("dtstart", due)
        event.add("dtend", due + dt.timedelta(days=1))
        details = [f"Owners: {row.owners or 'all parties jointly'}"]
        if row.assignee:
            details.append(f"Office: {row.assignee}")
        if row.due_text:
            details.append(f"Due: {row.due_text}")
        details.append(f"Status: {row.status.replace('_', ' ')}")
        event.add("description", "\n".join(details))
        event.add("categories", ["Commitment"])
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    review = cadence(record, talks_id)
    if review is not None:
        event = Event()
        event.add("uid", f"{talks_id}-review@accord")
        event.add("dtstamp", stamp)
        event.add("summary", f"Review of commitments: {talks[0]}")
        event.add("dtstart", review.start)
        event.add("dtend", review.start + dt.timedelta(days=1))
        event.add("rrule", vRecur.from_ical(review.rule))
        event.add("description", review.text)
        event.add("categories", ["Review"])
        calendar.add_component(event)
    return calendar.to_ical()


def write_calendar(record: Record, talks_id: str, target: str | os.PathLike) -> None:
    atomic.write_bytes(target, talks_calendar(record, talks_id))
