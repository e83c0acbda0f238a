"""The interface language: English, or Spanish through Qt Linguist, switchable while Accord runs.

Translations are kept as Qt Linguist sources (resources/translations/*.ts)
and compiled with Qt's lrelease, which ships with PySide6, into the user's
cache folder the first time they are needed (and again when the source is
newer), so no generated file is kept in the repository.
"""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
import PySide6
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
LANGUAGES = {"en": "English", "es": "Español"}

_installed: list[QTranslator] = []


def system_language() -> str:
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def chosen_language() -> str:
    """The language set in Preferences, or the system's when none is set (or it is not offered)."""
    code = QSettings().value("language")
    return code if isinstance(code, str) and code in LANGUAGES else system_language()


def _lrelease() -> Path | None:
    folder = Path(PySide6.__file__).parent
    for candidate in (folder / "lrelease", folder / "lrelease.exe", folder / "Qt" / "libexec" / "lrelease"):
        if candidate.exists():
            return candidate
    return None


def compiled(code: str, cache: Path | None = None) -> Path | None:
    """The .qm file for `code`, compiled from its .ts source when missing or older; None if it cannot be."""
    source = TRANSLATIONS / f"accord_{code}.ts"
    if not source.exists():
        return None
    cache = cache or Path(platformdirs.user_cache_dir("Accord", appauthor=False)) / "translations"
    target = cache / f"accord_{code}.qm"
    if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
        return target
    tool = _lrelease()
    if tool is None:
        return None
    cache.mkdir(parents=True, exist_ok=True)
    import subprocess  # only when the translation is compiled, once

    result = subprocess.run([str(tool), "-silent", str(source), "-qm", str(target)], capture_output=True,
                            text=True, timeout=60)
    if result.returncode != 0 or not target.exists():
        print(f"Accord: the {code} translation could not be compiled: {result.stderr.strip()}", file=sys.stderr)
        return None
    return target


def install(code: str) -> bool:
    """Switch the interface to `code`; every window retranslates itself on the LanguageChange it gets."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(code))
    if code == "en":
        return True
    path = compiled(code)
    translator = QTranslator(app)
    if path is None or not translator.load(str(path)):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True
