"""What can go wrong with a record, each as one clear sentence for the user."""

from __future__ import annotations


class RecordError(Exception):
    """A record could not be opened or changed. The message is for the user."""


class RecordMissing(RecordError):
    pass


class NotARecord(RecordError):
    pass


class NewerRecord(RecordError):
    pass


class RecordInUse(RecordError):
    pass


class ReadOnlyRecord(RecordError):
    pass


class BundleError(RecordError):
    """A talks bundle could not be read or imported; nothing was changed."""
