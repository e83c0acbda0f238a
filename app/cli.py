"""Accord's command line: `accord [--db PATH] [COMMAND ...]`.

Without a command it opens the desktop window. Errors print one line on
stderr beginning `error:` and exit 1; bad arguments exit 2.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import __version__
from .store.errors import RecordError
from .store.locations import default_record_path
from .store.record import Record


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="accord",
        description="Accord keeps the record of government talks: meetings, minutes, commitments, communiqués.",
    )
    parser.add_argument("--db", metavar="PATH", type=Path,
                        help=f"the record to use (default: {default_record_path()})")
    parser.add_argument("--version", action="version", version=f"Accord {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = commands.add_parser("import", help="import a talks bundle (all or nothing; records are matched by id)")
    p.add_argument("bundle", metavar="BUNDLE.json", type=Path)

    p = commands.add_parser("export", help="export the record's talks as a bundle")
    p.add_argument("out", metavar="OUT.json", type=Path)
    p.add_argument("--talks", metavar="ID", help="export only the talks with this id")

    p = commands.add_parser("backup", help="copy the record into a new SQLite file, while it may be in use")
    p.add_argument("out", metavar="OUT.sqlite", type=Path)

    p = commands.add_parser("communique", help="print a joint communiqué, or the comparison of two of its versions")
    p.add_argument("id", metavar="ID", help="the communiqué's id")
    p.add_argument("--out", metavar="OUT.pdf", type=Path, required=True)
    which = p.add_mutually_exclusive_group()
    which.add_argument("--version", metavar="N", type=int, dest="draft",
                       help="print draft N as it was frozen (default: the current text)")
    which.add_argument("--compare", metavar=("A", "B"), type=int, nargs=2,
                       help="print draft B with what changed since draft A marked")
    p.add_argument("--invariant", action="store_true",
                   help="reproducible output: the same record gives the same bytes")

    p = commands.add_parser("report", help="print the progress report on the talks' commitments")
    p.add_argument("talks", metavar="TALKS_ID")
    p.add_argument("--out", metavar="OUT.pdf", type=Path, required=True)
    p.add_argument("--as-of", metavar="YYYY-MM-DD", type=_day, dest="as_of",
                   help="the day the report is made as of (default: today)")
    p.add_argument("--invariant", action="store_true",
                   help="reproducible output: the same record gives the same bytes")

    p = commands.add_parser("minutes", help="print the record of a meeting: its minutes, commitments, corrigenda"
                                            " and signature blocks")
    p.add_argument("meeting", metavar="MEETING_ID")
    p.add_argument("--out", metavar="OUT.pdf", type=Path, required=True)
    p.add_argument("--invariant", action="store_true",
                   help="reproducible output: the same record gives the same bytes")

    p = commands.add_parser("calendar", help="write the talks' meetings, due dates and reviews as iCalendar")
    p.add_argument("talks", metavar="TALKS_ID")
    p.add_argument("--out", metavar="OUT.ics", type=Path, required=True)
    return parser


def _day(text: str):
    from .domain.dates import parse_date

    try:
        return parse_date(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    path = args.db if args.db is not None else default_record_path()
    if args.command is None:
        from .ui.app import run  # Qt is loaded only for the window

        return run(path, default=args.db is None)
    try:
        return _COMMANDS[args.command](path, args, default=args.db is None)
    except RecordError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"error: {error.strerror or error}: {error.filename or ''}".rstrip(": "), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("error: interrupted; nothing was changed", file=sys.stderr)
        return 1


def _import(path: Path, args, *, default: bool) -> int:
    from .store import exchange  # the window's start does not load the bundle code

    if default:
        path.parent.mkdir(parents=True, exist_ok=True)
    with Record.open(path, create=True) as record:
        talks = exchange.import_bundle(record, args.bundle)
    titles = "; ".join(t.title for t in talks) or "no talks"
    print(f"imported {len(talks)} talks into {path}: {titles}")
    return 0


def _export(path: Path, args, *, default: bool) -> int:
    from .store import exchange

    with _open(path) as record:
        count = exchange.export_bundle(record, args.out, args.talks)
    print(f"exported {count} talks to {args.out}")
    return 0


def _backup(path: Path, args, *, default: bool) -> int:
    from .store import exchange

    with _open(path) as record:
        exchange.backup(record, args.out)
    print(f"backed up {path} to {args.out}")
    return 0


def _communique(path: Path, args, *, default: bool) -> int:
    from .documents.communique import communique_pdf, comparison_pdf
    from .documents.pages import write
    from .store.communiques import document

    with _open(path) as record:
        if args.compare:
            older, newer = (document(record, args.id, n) for n in args.compare)
            pdf = comparison_pdf(older, newer, invariant=args.invariant)
            what = f"the comparison of drafts {args.compare[0]} and {args.compare[1]} of {args.id}"
        else:
            doc = document(record, args.id, args.draft)
            pdf = communique_pdf(doc, invariant=args.invariant)
            what = f"{doc.title} (draft {doc.version}, {doc.status.replace('_', ' ')})"
    write(args.out, pdf)
    print(f"printed {what} to {args.out}")
    return 0


def _report(path: Path, args, *, default: bool) -> int:
    import datetime as dt

    from .documents.pages import write
    from .documents.report import report_pdf
    from .store.followup import progress_report

    as_of = args.as_of or dt.date.today()
    with _open(path) as record:
        report = progress_report(record, args.talks, as_of)
    write(args.out, report_pdf(report, invariant=args.invariant))
    print(f"printed the progress report on {report.talks} as of {as_of.isoformat()}"
          f" ({len(report.commitments)} commitments, {len(report.overdue())} overdue) to {args.out}")
    return 0


def _minutes(path: Path, args, *, default: bool) -> int:
    from .documents.minutes import minutes_pdf
    from .documents.pages import write
    from .store.meeting_record import read_meeting_record

    with _open(path) as record:
        meeting = read_meeting_record(record.conn, args.meeting)
    write(args.out, minutes_pdf(meeting, invariant=args.invariant))
    state = {"draft": "draft", "circulated": "circulated draft",
             "approved": f"approved on {meeting.approved_on}"}[meeting.minutes_status]
    print(f"printed the record of {meeting.title} ({state}, {len(meeting.entries)} entries) to {args.out}")
    return 0


def _open(path: Path) -> Record:
    """The record, read-only, after a warning on stderr for each approved meeting changed outside Accord."""
    from .store.approval import altered_meetings

    record = Record.open(path, read_only=True)
    for altered in altered_meetings(record.conn):
        print(f"warning: {altered.sentence()}", file=sys.stderr)
    return record


def _calendar(path: Path, args, *, default: bool) -> int:
    from .store.exports import write_calendar

    with _open(path) as record:
        write_calendar(record, args.talks, args.out)
    print(f"wrote the calendar of {args.talks} to {args.out}")
    return 0


_COMMANDS = {"import": _import, "export": _export, "backup": _backup, "communique": _communique,
             "report": _report, "minutes": _minutes, "calendar": _calendar}
