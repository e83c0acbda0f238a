"""How the record's fixed values read in the window, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_NAMES = {
    # kinds of minute entry
    "discussion": QT_TRANSLATE_NOOP("Names", "discussion"),
    "position": QT_TRANSLATE_NOOP("Names", "position"),
    "statement": QT_TRANSLATE_NOOP("Names", "statement"),
    "decision": QT_TRANSLATE_NOOP("Names", "decision"),
    "agreement": QT_TRANSLATE_NOOP("Names", "agreement"),
    "disagreement": QT_TRANSLATE_NOOP("Names", "disagreement"),
    "note": QT_TRANSLATE_NOOP("Names", "note"),
    # commitment statuses
    "not_started": QT_TRANSLATE_NOOP("Names", "not started"),
    "in_progress": QT_TRANSLATE_NOOP("Names", "in progress"),
    "completed": QT_TRANSLATE_NOOP("Names", "completed"),
    "dropped": QT_TRANSLATE_NOOP("Names", "dropped"),
    "superseded": QT_TRANSLATE_NOOP("Names", "superseded"),
    # meeting statuses
    "planned": QT_TRANSLATE_NOOP("Names", "planned"),
    "held": QT_TRANSLATE_NOOP("Names", "held"),
    "cancelled": QT_TRANSLATE_NOOP("Names", "cancelled"),
    # roles in a delegation and at a meeting
    "head": QT_TRANSLATE_NOOP("Names", "head"),
    "deputy": QT_TRANSLATE_NOOP("Names", "deputy"),
    "member": QT_TRANSLATE_NOOP("Names", "member"),
    "adviser": QT_TRANSLATE_NOOP("Names", "adviser"),
    "spokesperson": QT_TRANSLATE_NOOP("Names", "spokesperson"),
    "note-taker": QT_TRANSLATE_NOOP("Names", "note-taker"),
    "chair": QT_TRANSLATE_NOOP("Names", "chair"),
    "observer": QT_TRANSLATE_NOOP("Names", "observer"),
    # levels of a body
    "heads-of-state": QT_TRANSLATE_NOOP("Names", "heads of state"),
    "ministerial": QT_TRANSLATE_NOOP("Names", "ministerial"),
    "senior-officials": QT_TRANSLATE_NOOP("Names", "senior officials"),
    "working": QT_TRANSLATE_NOOP("Names", "working"),
    "technical": QT_TRANSLATE_NOOP("Names", "technical"),
    # kinds of record found by Find
    "meeting": QT_TRANSLATE_NOOP("Names", "meeting"),
    "agenda item": QT_TRANSLATE_NOOP("Names", "agenda item"),
    "minute entry": QT_TRANSLATE_NOOP("Names", "minutes"),
    "commitment": QT_TRANSLATE_NOOP("Names", "commitment"),
    "paragraph": QT_TRANSLATE_NOOP("Names", "communiqué"),
    # communiqué statuses
    "draft": QT_TRANSLATE_NOOP("Names", "draft"),
    "ad_referendum": QT_TRANSLATE_NOOP("Names", "ad referendum"),
    "agreed": QT_TRANSLATE_NOOP("Names", "agreed"),
    "issued": QT_TRANSLATE_NOOP("Names", "issued"),
}


def name_of(value: str | None) -> str:
    """The fixed value `value` as the user reads it ('not_started' → 'not started', 'sin iniciar')."""
    if value is None:
        return ""
    return QCoreApplication.translate("Names", _NAMES.get(value, value))
