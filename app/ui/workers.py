"""Slow work off the event loop: each job runs in QThreadPool on its own connection."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Signal

from ..store.errors import RecordError
from ..store.record import Record


class Cancelled(Exception):
    """The job was called off; it ends without a result."""


class WorkerSignals(QObject):
    finished = Signal(object)  # the job's result
    failed = Signal(str)       # a sentence for the user
    cancelled = Signal()


class RecordJob(QRunnable):
    """Run `job(record)` on a fresh connection to the record at `path`; with `reports_progress`, run
    `job(record, progress)` where `progress(done, total)` records how far it is (`self.progress`, read
    by the window on a timer) and stops the job (raising Cancelled) once `cancel()` was called.

    Progress is polled rather than signalled: a stream of queued signals from a busy worker held the
    window's event loop for most of a second in PySide6.

    The connection shares this process's lock on the record; it is closed
    when the job ends, whatever happens.
    """

    def __init__(self, record: Record, job: Callable[..., object], *, reports_progress: bool = False):
        super().__init__()
        self._record = record
        self._job = job
        self._reports_progress = reports_progress
        self._cancelled = threading.Event()
        self.progress: tuple[int, int] = (0, 0)
        self.signals = WorkerSignals()

    def cancel(self) -> None:
        self._cancelled.set()

    def _progress(self, done: int, total: int) -> None:
        if self._cancelled.is_set():
            raise Cancelled
        self.progress = (done, total)

    def run(self) -> None:
        try:
            connection = self._record.reopen()
            try:
                if self._reports_progress:
                    result = self._job(connection, self._progress)
                else:
                    result = self._job(connection)
            finally:
                connection.close()
        except Cancelled:
            self.signals.cancelled.emit()
        except RecordError as error:
            self.signals.failed.emit(str(error))
        except Exception as error:  # reported, never a traceback in the user's face
            self.signals.failed.emit(f"{type(error).__name__}: {error}")
        else:
            self.signals.finished.emit(result)
