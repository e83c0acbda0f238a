"""Slow work off the event loop: each job runs in QThreadPool on its own connection."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Signal

from ..store.errors import RecordError
from ..store.record import Record


class WorkerSignals(QObject):
    finished = Signal(object)  # the job's result
    failed = Signal(str)       # a sentence for the user


class RecordJob(QRunnable):
    """Run `job(record)` on a fresh connection to the record at `path`.

    The connection shares this process's lock on the record; it is closed
    when the job ends, whatever happens.
    """

    def __init__(self, record: Record, job: Callable[[Record], object]):
        super().__init__()
        self._record = record
        self._job = job
        self.signals = WorkerSignals()

    def run(self) -> None:
        try:
            connection = self._record.reopen()
            try:
                result = self._job(connection)
            finally:
                connection.close()
        except RecordError as error:
            self.signals.failed.emit(str(error))
        except Exception as error:  # reported, never a traceback in the user's face
            self.signals.failed.emit(f"{type(error).__name__}: {error}")
        else:
            self.signals.finished.emit(result)


