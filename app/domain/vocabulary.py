"""The closed lists of the record: roles, levels, statuses, kinds of minute entry, scores.

Kept apart from the record's dataclasses so that the window can name them
without defining every record type at start-up.
"""

PERSON_ROLES = ("head", "deputy", "member", "adviser", "spokesperson", "note-taker")
BODY_LEVELS = ("heads-of-state", "ministerial", "senior-officials", "working", "technical")
MEETING_STATUSES = ("planned", "held", "cancelled")
MINUTES_STATUSES = ("draft", "circulated", "approved")
ATTENDEE_ROLES = ("chair", "head", "member", "adviser", "observer")
ENTRY_KINDS = (
    "discussion",
    "position",
    "statement",
    "decision",
    "agreement",
    "disagreement",
    "note",
)
COMMITMENT_STATUSES = ("not_started", "in_progress", "completed", "dropped", "superseded")
FINAL_STATUSES = ("completed", "dropped", "superseded")
COMMUNIQUE_STATUSES = ("draft", "ad_referendum", "agreed", "issued")
SCORES = (-1, 0, 1)
