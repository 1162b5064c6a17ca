"""Write output files whole or not at all: a temporary file beside the target, then a rename."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import OutputError

__all__ = ["atomic_path", "write_atomic", "check_writable"]


@contextmanager
def atomic_path(path: str | os.PathLike) -> Iterator[Path]:
    """A temporary path to write; renamed onto ``path`` when the block ends, removed if it fails.

    An interrupted run (Ctrl-C) therefore leaves any earlier ``path`` as it was. A target
    that exists but is not a regular file (``/dev/null``, a FIFO) is written in place: a
    rename would replace the device with a file, and there is nothing whole to keep.
    """
    target = Path(path)
    if _special(target):
        yield target
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp's 0600 would hide the map from a web server
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _special(path: Path) -> bool:
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def write_atomic(path: str | os.PathLike, text: str) -> None:
    """Write ``text`` (UTF-8, ``\\n`` line ends) to ``path`` through a temporary file and a rename."""
    with atomic_path(path) as tmp:
        with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)


def check_writable(path: str | os.PathLike) -> None:
    """Raise ``OutputError`` unless ``atomic_path`` could write ``path``; called before a run, not after it.

    Tries what the write will do: a temporary file in the target's folder (or, when the folder
    is still to be made, the permission to make it in its nearest existing parent).
    """
    from .ingest import shown

    target = Path(path)
    name = shown(str(path))
    if target.is_dir():
        raise OutputError(f"{name}: is a directory, not a file to write")
    if _special(target):
        return
    folder = target.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir():
        raise OutputError(f"{name}: cannot be written ({shown(str(folder))} is not a folder)")
    if folder != target.parent:
        if not os.access(folder, os.W_OK | os.X_OK):
            raise OutputError(f"{name}: cannot be written (no permission to make folders in {shown(str(folder))})")
        return
    try:
        fd, probe = tempfile.mkstemp(prefix=f".{target.name}.", dir=folder)
    except OSError as err:
        raise OutputError(f"{name}: cannot be written ({err.strerror or type(err).__name__})") from None
    os.close(fd)
    os.unlink(probe)
