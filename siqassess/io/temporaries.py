"""The names of our files beside a file (its temporaries and its lock) and their clean-up.

A temporary is ``.NAME.PID-xxxx.tmp`` and the lock ``.NAME.lock``. A file system allows 255
bytes in a name, so a long ``NAME`` is replaced by a digest in both (:func:`short_name`): any
name the file system allows can be written and locked.

Whether a process is alive is asked portably (:func:`process_alive`): ``os.kill(pid, 0)`` on
POSIX, ``OpenProcess`` on Windows, where ``os.kill`` would end the process instead.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import time
from pathlib import Path
from typing import Any

NAME_MAX = 255
"""Bytes in one file name on every common file system."""

_ROOM = 40
"""Bytes our decoration adds around a name: ``.`` + ``.PID-`` + 8 random + ``.tmp``/``.lock``."""


def short_name(name: str) -> str:
    """``name`` itself, or a digest of it when ``.NAME.PID-xxxxxxxx.tmp`` would not fit."""
    raw = os.fsencode(name)
    if len(raw) + _ROOM <= NAME_MAX:
        return name
    return "~" + hashlib.sha256(raw).hexdigest()[:32]


def tmp_prefix(path: Path) -> str:
    """The start of the name of this process's temporaries for ``path``."""
    return f".{short_name(path.name)}.{os.getpid()}-"


def lock_name(path: Path) -> str:
    """The name of the lock file beside ``path``."""
    return f".{short_name(path.name)}.lock"


STALE_AFTER = 60.0
"""Seconds after which a temporary of ours without a process id is left over from a crash."""


def clean_stale_temporaries(path: Path, now: float | None = None) -> int:
    """Remove ``.NAME.*.tmp`` files beside ``path`` that an interrupted save left behind.

    Only our own pattern and only regular files, never through a link. A temporary named
    after a process (``.NAME.PID-xxxx.tmp``) is stale once that process is gone; one without
    a process id (older versions) once it is :data:`STALE_AFTER` seconds old. A save in
    progress in another running process is never touched. Returns how many were removed.
    """
    folder = path.parent if str(path.parent) else Path(".")
    prefix = f".{short_name(path.name)}."
    limit = (time.time() if now is None else now) - STALE_AFTER
    removed = 0
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            if not (entry.name.startswith(prefix) and entry.name.endswith(".tmp")):
                continue
            middle = entry.name[len(prefix) : -len(".tmp")]
            if not middle or "." in middle:
                continue
            with contextlib.suppress(OSError):
                info = entry.stat(follow_symlinks=False)
                if stat.S_ISREG(info.st_mode) and _abandoned(middle, info.st_mtime, limit):
                    os.unlink(entry.path)
                    removed += 1
    return removed


def _abandoned(middle: str, mtime: float, limit: float) -> bool:
    pid, dash, _ = middle.partition("-")
    if not (dash and pid.isdigit()):
        return mtime < limit
    if int(pid) == os.getpid():
        return False
    return not process_alive(int(pid))


def process_alive(pid: int) -> bool:
    """Whether process ``pid`` runs (when unsure, it does: a live save is never removed)."""
    if os.name == "nt":
        return _windows_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OSError, OverflowError):
        return True
    return True


_STILL_ACTIVE = 259
_QUERY_LIMITED = 0x1000
_ACCESS_DENIED = 5


def _windows_alive(pid: int) -> bool:
    import ctypes

    native: Any = ctypes  # WinDLL and get_last_error exist on Windows only
    kernel32 = native.WinDLL("kernel32", use_last_error=True)
    handle = kernel32.OpenProcess(_QUERY_LIMITED, False, pid)
    if not handle:
        return bool(native.get_last_error() == _ACCESS_DENIED)  # it exists
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == _STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)
