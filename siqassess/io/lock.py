"""The advisory lock on an answers file: ``.NAME.lock`` beside it, locked through filelock.

filelock's ``lock_descriptor`` locks a descriptor we opened ourselves with the platform's own
primitive (``flock`` on POSIX, ``LockFileEx`` on Windows); the kernel releases it however the
process ends, so a crash never leaves a file locked. We open the descriptor ourselves, and not
through ``FileLock(path)``, because the path may hold something planted there, and opening it
with ``O_TRUNC`` (as a lock class does) would empty a hard link to the answers file.

What is at the lock path, in order:

- nothing: the file is created with ``O_EXCL`` (never through a link) and is ours;
- a regular file with one name, small and empty or in our own ``process PID on HOST`` form:
  a lock file left by an earlier session, opened without following links or truncating;
- anything else (a symlink, a hard link, a folder, a FIFO, a device, a file of someone
  else's): refused with :class:`LockPathError`, naming what is there. Nothing is written.

After the lock is taken, the path must still name the locked file: a session that locked a
file that its holder removed the moment before tries again on the new one. The lock file is
removed when the session ends cleanly, while it is still held.
"""

from __future__ import annotations

import contextlib
import errno
import os
import platform
import re
import stat
from collections.abc import Iterator
from pathlib import Path

from siqassess.errors import InputError, Location, Msg, Problem, UsageError, msg, os_reason
from siqassess.io.temporaries import lock_name
from siqassess.textsafe import one_line

_FLAGS = (
    os.O_RDWR
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)
_OURS = re.compile(rb"(process \d+ on [^\n]{0,200}\n)?")
_MAX_LOCK_BYTES = 512
_NO_LOCK = (errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOENT, errno.ENOTDIR)
"""Why a lock file cannot be created where the answers file cannot be saved either."""


class LockedError(UsageError):
    """Another session holds the lock on a file; exit code 2."""


class LockPathError(InputError):
    """The lock's path holds something that is not our lock file; exit code 1."""


def lock_path(path: Path) -> Path:
    """Where the lock of ``path`` lives."""
    folder = path.parent if str(path.parent) else Path(".")
    return folder / lock_name(path)


@contextlib.contextmanager
def lock(path: Path) -> Iterator[None]:
    """Hold the lock on ``path`` for the ``with`` block; a second holder gets LockedError."""
    from filelock import lock_descriptor, unlock_descriptor

    where = lock_path(path)
    for _ in range(5):
        fd = _open_own(path, where)
        if fd is None:
            yield  # a read-only folder: the save fails there anyway, with its own message
            return
        try:
            if not lock_descriptor(fd, blocking=False):
                raise LockedError(Problem.of(Location(str(path)), _held_by(fd)))
            if not _still_named(fd, where):
                continue  # its holder removed it as we took it: take the new one
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, holder_text().encode("utf-8", "replace"))
            try:
                yield
            finally:
                # Windows cannot remove a file that is open; there the file stays, and the
                # next session takes it over (its text is in our own form).
                if os.name != "nt" and _still_named(fd, where):
                    with contextlib.suppress(OSError):
                        os.unlink(where)
                with contextlib.suppress(OSError):
                    unlock_descriptor(fd)
            return
        finally:
            os.close(fd)
    raise LockedError(Problem.of(Location(str(path)), msg("err_locked", holder="?")))


def holder_text() -> str:
    """What the lock file says about its holder (read by a refused second session)."""
    return f"process {os.getpid()} on {one_line(platform.node()) or '?'}\n"


def _open_own(path: Path, where: Path) -> int | None:
    """A descriptor of our own lock file at ``where``, creating it when absent."""
    try:
        return os.open(where, _FLAGS | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        pass
    except OSError as exc:
        if exc.errno in _NO_LOCK:
            return None
        raise _taken(path, where, msg("err_cannot_read", reason=os_reason(exc))) from None
    try:
        before = os.lstat(where)
    except FileNotFoundError:
        return _open_own(path, where)  # removed by its holder just now
    except OSError as exc:
        raise _taken(path, where, msg("err_cannot_read", reason=os_reason(exc))) from None
    _check(path, where, before)
    try:
        fd = os.open(where, _FLAGS)
    except OSError:
        raise _taken(path, where, msg("lock_what_other")) from None
    try:
        info = os.fstat(fd)
        if (info.st_dev, info.st_ino) != (before.st_dev, before.st_ino):
            raise _taken(path, where, msg("lock_what_other"))
        _check(path, where, info)
        if not _OURS.fullmatch(_text(fd)):
            raise _taken(path, where, msg("lock_what_other"))
    except BaseException:
        os.close(fd)
        raise
    return fd


def _text(fd: int) -> bytes:
    try:
        return os.read(fd, _MAX_LOCK_BYTES + 1)
    except OSError:  # Windows: a live holder's lock covers its text; locking will say so
        return b""


def _check(path: Path, where: Path, info: os.stat_result) -> None:
    mode = info.st_mode
    if stat.S_ISLNK(mode):
        raise _taken(path, where, msg("lock_what_link"))
    if stat.S_ISDIR(mode):
        raise _taken(path, where, msg("lock_what_folder"))
    if stat.S_ISFIFO(mode):
        raise _taken(path, where, msg("lock_what_fifo"))
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        raise _taken(path, where, msg("lock_what_device"))
    if stat.S_ISREG(mode) and info.st_nlink != 1:
        raise _taken(path, where, msg("lock_what_hard_link"))
    if not stat.S_ISREG(mode) or info.st_size > _MAX_LOCK_BYTES:
        raise _taken(path, where, msg("lock_what_other"))


def _taken(path: Path, where: Path, what: Msg) -> LockPathError:
    message = msg("lock_taken", file=path.name, what=what)
    return LockPathError(Problem.of(Location(str(where)), message))


def _still_named(fd: int, where: Path) -> bool:
    try:
        now, held = os.lstat(where), os.fstat(fd)
    except OSError:
        return False
    return (now.st_dev, now.st_ino) == (held.st_dev, held.st_ino)


def _held_by(fd: int) -> Msg:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        text = os.read(fd, 200).decode("utf-8", "replace").strip()
    except OSError:  # Windows: the holder's lock covers the bytes it wrote
        text = ""
    return msg("err_locked", holder=one_line(text) or msg("lock_another_process"))
