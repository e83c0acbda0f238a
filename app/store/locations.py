"""Where Accord keeps the user's record when no --db is given."""

from __future__ import annotations

from pathlib import Path

import platformdirs

RECORD_NAME = "accord.sqlite"


def data_folder() -> Path:
    return Path(platformdirs.user_data_dir("Accord", appauthor=False))


def default_record_path() -> Path:
    return data_folder() / RECORD_NAME


def sample_bundle_path() -> Path:
    """The 2001 U.S.–Mexico migration talks shipped with Accord."""
    return Path(__file__).resolve().parents[2] / "resources" / "samples" / "us-mexico-2001.json"
