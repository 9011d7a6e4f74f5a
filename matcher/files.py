"""Writing files whole or not at all, and never over what is not ours to replace."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from matcher.errors import MatcherError


class OutputError(MatcherError):
    """An output path that cannot be written: a directory, a file in the way of its directory,
    no permission (exit status 2)."""


def atomic_write(
    path: str | os.PathLike[str], write: Callable[[IO[Any]], Any], binary: bool = False
) -> Path:
    """Call ``write`` on a temporary file next to ``path``, then move it into place.

    A reader never sees a half-written file, and a failure leaves the old file (or none). A
    symbolic link is written through (its target is replaced, the link stays), and a device or a
    pipe (``/dev/stdout``, ``/dev/null``) is written to as it is, never replaced by a file.
    """
    target = Path(path)
    try:
        mode = target.stat().st_mode if target.exists() else None  # (follows a link)
        if target.is_symlink() and (mode is None or stat.S_ISREG(mode)):
            target = target.resolve()  # a link to a file: the file is replaced, the link stays
        if mode is not None and stat.S_ISDIR(mode):
            raise OutputError(f"{path}: is a directory, not a file")
        if mode is not None and not stat.S_ISREG(mode):
            with target.open("wb" if binary else "w", encoding=None if binary else "utf-8") as out:
                write(out)
            return target
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    except (FileExistsError, NotADirectoryError):
        raise OutputError(
            f"{path}: cannot be created, a file is in the way of its directory"
        ) from None
    except PermissionError:
        raise OutputError(f"{path}: no permission to write here") from None
    try:
        fh: IO[Any] = os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8")
        with fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def replaceable_directory(path: Path, own_files: frozenset[str]) -> None:
    """Refuse to replace ``path`` unless it is missing, empty, or holds only ``own_files`` (an
    earlier output of the same kind): writing a dataset must never delete someone's files."""
    if not path.exists() and not path.is_symlink():
        return
    if not path.is_dir() or path.is_symlink():
        raise OutputError(f"{path}: exists and is not a directory; choose another output path")
    strangers = [p.name for p in path.iterdir() if p.name not in own_files]
    if strangers:
        raise OutputError(
            f"{path}: exists and holds {len(strangers)} file(s) that are not part of a dataset; "
            "choose another output path or empty it first"
        )
