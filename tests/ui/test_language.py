import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from app.store.exchange import import_bundle
from app.ui import language
from app.ui.main_window import MainWindow
from app.ui.navigator import NavigatorModel

ROOT = Path(__file__).resolve().parents[2]
SPANISH = language.TRANSLATIONS / "accord_es.ts"


@pytest.fixture
def window(qtbot, record, sample_bundle, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    import_bundle(record, sample_bundle)
    w = MainWindow(record)
    qtbot.addWidget(w)
    w.show()
    yield w
    language.install("en")


def sources(ts: Path) -> set[str]:
    return {m.find("source").text for m in ET.parse(ts).getroot().iter("message")}


def test_every_string_is_translated_to_spanish():
    """The Spanish translation has no unfinished or empty entry."""
    for message in ET.parse(SPANISH).getroot().iter("message"):
        translation = message.find("translation")
        assert translation.get("type") is None and translation.text, message.find("source").text


def test_translation_source_lists_every_string_of_the_window(tmp_path):
    """pyside6-lupdate finds no string in the window that the Spanish file lacks."""
    import PySide6

    lupdate = next((str(p) for p in (Path(PySide6.__file__).parent / "lupdate",
                                      Path(PySide6.__file__).parent / "lupdate.exe") if p.exists()),
                   shutil.which("pyside6-lupdate"))
    if lupdate is None:
        pytest.skip("Qt's lupdate is not installed with PySide6 here")
    fresh = tmp_path / "fresh.ts"
    files = sorted(str(p) for p in (ROOT / "app" / "ui").glob("*.py"))
    subprocess.run([lupdate, *files, "-ts", str(fresh)], check=True, capture_output=True)
    assert sources(fresh) - sources(SPANISH) == set()


def test_switching_to_spanish_while_running(qtbot, window):
    """Preferences switch the whole window to Spanish without a restart; dates follow."""
    dialog = window.show_preferences()
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    dialog.accept()
    assert QSettings().value("language") == "es"
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Archivo")
    assert window.undo_action.text().startswith("&Deshacer")
    model = window.navigator_model
    talks = model.index(0, 0)
    assert model.data(model.index(0, 0, talks)) == "Delegaciones"
    meetings = model.index(3, 0, talks)
    assert model.data(model.index(1, NavigatorModel.DATE, meetings)) == "4 abr 2001"
    assert window.meeting_view.kind_box.itemText(0) == "debate"
    dialog = window.show_preferences()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.accept()
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File")
    assert model.data(model.index(1, NavigatorModel.DATE, meetings)) == "4 Apr 2001"


def test_translation_is_compiled_once_into_the_cache(tmp_path):
    """The .qm is built from the .ts into the cache, and reused while the source is unchanged."""
    first = language.compiled("es", tmp_path)
    assert first is not None and first.stat().st_size > 1000
    stamp = first.stat().st_mtime_ns
    assert language.compiled("es", tmp_path).stat().st_mtime_ns == stamp
    assert language.compiled("xx", tmp_path) is None
