"""Text hygiene: what every piece of user text goes through at the store's door."""

from __future__ import annotations

import re
import unicodedata

# C0 and C1 control characters, and DEL, except tab (\x09) and newline (\x0a).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean_text(text: str) -> str:
    """Return `text` in NFC with control characters (but newline and tab) removed.

    Nothing else changes: no trimming, no length limit, no markup handling.
    """
    return unicodedata.normalize("NFC", _CONTROL.sub("", text))


def clean_optional(text: str | None) -> str | None:
    return None if text is None else clean_text(text)


def fold(text: str) -> str:
    """Lower-case `text` and strip its accents, for matching words typed by people."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
