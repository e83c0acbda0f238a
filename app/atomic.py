"""Writing a file so that a failure leaves the old one as it was.

The new content goes to a temporary file beside the target, is flushed to
disk, and only then replaces the target in one rename. A write that fails or
is killed part-way leaves the old file untouched (and no stray temporary).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def replacing(target: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces `target` atomically."""
    target = Path(target)
    try:
        fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as error:  # name the file the user asked for, not the temporary
        raise OSError(error.errno, error.strerror, str(target)) from None
    os.close(fd)
    temporary_path = Path(temporary)
    try:
        yield temporary_path
        with open(temporary_path, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary_path, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temporary_path.unlink()
        raise
    _sync_folder(target.parent)


def write_bytes(target: str | os.PathLike, data: bytes) -> None:
    with replacing(target) as temporary:
        temporary.write_bytes(data)


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
