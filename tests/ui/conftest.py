import pytest

from app.store.exchange import import_bundle
from app.ui.main_window import MainWindow


@pytest.fixture
def sample_window(qtbot, record, sample_bundle):
    """The main window, shown, on a record holding the sample talks."""
    import_bundle(record, sample_bundle)
    window = MainWindow(record)
    qtbot.addWidget(window)
    window.show()
    return window
