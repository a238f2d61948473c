"""Files in the user's cache folder that only this user can have written.

What siqassess keeps there (the validated built-in model, compiled report templates) is
read back without the checks its source had, so an entry counts only when it is a regular
file of this user's, not a symlink, writable by no one else, in a folder likewise; anything
else reads as no entry. Writing is atomic (``io.files``) and quiet: a cache that cannot be
written (a read-only home) is no error, only slower.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Callable
from pathlib import Path

from siqassess.errors import SiqError
from siqassess.io import files

MAX_BYTES = 4 * 1024 * 1024
"""Largest entry read: the built-in model's is about 50 KB, a compiled template less."""


def folder() -> Path:
    """The user's cache folder for siqassess (``~/.cache/siqassess`` on Linux, or
    ``$XDG_CACHE_HOME/siqassess``)."""
    import platformdirs

    return platformdirs.user_cache_path("siqassess")


def read(name: str) -> bytes | None:
    """The entry ``name``'s bytes, if it and its folder are this user's alone, else ``None``."""
    path = folder() / name
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        if not _own(os.stat(path.parent), stat.S_ISDIR):
            return None
        fd = os.open(path, flags)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not _own(info, stat.S_ISREG) or info.st_size > MAX_BYTES:
            return None
        chunks: list[bytes] = []
        size = 0
        while size <= MAX_BYTES:
            chunk = os.read(fd, MAX_BYTES + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError:
        return None
    finally:
        os.close(fd)
    return b"".join(chunks) if size <= MAX_BYTES else None


def write(name: str, text: str) -> None:
    """Keep ``text`` as the entry ``name``, readable by this user only; quietly not, if that
    fails."""
    where = folder()
    with contextlib.suppress(OSError, SiqError):
        where.mkdir(mode=0o700, parents=True, exist_ok=True)
        files.write_atomic(where / name, text)
        os.chmod(where / name, 0o600)


def _own(info: os.stat_result, kind: Callable[[int], bool]) -> bool:
    """Whether ``info`` is of ``kind`` (``stat.S_ISREG``…), this user's, and writable by no
    other (no group or world write bit)."""
    uid = os.getuid() if hasattr(os, "getuid") else info.st_uid
    return kind(info.st_mode) and info.st_uid == uid and not info.st_mode & 0o022
