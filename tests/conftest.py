"""Shared fixtures. Qt runs offscreen: no test needs a display."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from app.store.record import Record  # noqa: E402

SHARED = Path(__file__).resolve().parents[1] / "resources" / "samples"
SAMPLE = SHARED / "us-mexico-2001.json"


@pytest.fixture
def record_path(tmp_path) -> Path:
    return tmp_path / "talks.sqlite"


@pytest.fixture
def record(record_path):
    """A new, empty record."""
    with Record.open(record_path, create=True) as opened:
        yield opened


@pytest.fixture
def sample_bundle(tmp_path) -> Path:
    copy = tmp_path / "us-mexico-2001.json"
    shutil.copy(SAMPLE, copy)
    return copy


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    """Keep QSettings and the default record out of the user's folders."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    if "PySide6.QtCore" in sys.modules:  # Qt keeps the settings path it first saw: start each test clean
        from PySide6.QtCore import QSettings

        QSettings().clear()
