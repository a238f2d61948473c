"""The one way siqassess opens files: regular files only, never blocking, never clobbering.

Reading opens with ``O_NONBLOCK`` and checks ``fstat`` before the first read, so a FIFO, a
socket or a device named ``*.yaml`` is refused at once instead of hanging. Writing goes through
:func:`output_target`, which refuses to overwrite an input, writes straight through to character
devices and FIFOs (``-o /dev/null``), and replaces the target of a symlink rather than the link.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from siqassess.errors import (
    InputError,
    Location,
    Msg,
    OutputError,
    Problem,
    UsageError,
    msg,
    os_reason,
)
from siqassess.io.temporaries import clean_stale_temporaries, tmp_prefix

_KINDS = (
    (stat.S_ISDIR, "err_is_directory"),
    (stat.S_ISFIFO, "err_fifo"),
    (stat.S_ISSOCK, "err_socket"),
    (stat.S_ISCHR, "err_char_device"),
    (stat.S_ISBLK, "err_block_device"),
)

MAX_BYTES = 5 * 1024 * 1024
"""Largest model or answers file read. The built-in model is about 40 KB; answers files are
smaller still."""


def _not_regular(mode: int) -> Msg:
    for test, key in _KINDS:
        if test(mode):
            return msg(key)
    return msg("err_not_regular")


def read_bytes(path: Path | str, limit: int) -> bytes:
    """Read at most ``limit`` bytes of a regular file; anything else is a one-line InputError.

    The file is opened without blocking and checked with ``fstat`` on the same descriptor, so
    there is no window between the check and the read, and a FIFO never blocks the open.
    """
    name = str(path)
    note_input(name)
    try:
        fd = os.open(name, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise InputError(Problem.of(Location(name), _reason(exc))) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InputError(Problem.of(Location(name), _not_regular(info.st_mode)))
        if info.st_size > limit:
            raise InputError(Problem.of(Location(name), _too_large(limit)))
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise InputError(Problem.of(Location(name), _reason(exc))) from None
    finally:
        os.close(fd)
    if size > limit:
        raise InputError(Problem.of(Location(name), _too_large(limit)))
    return b"".join(chunks)


def _too_large(limit: int) -> Msg:
    return msg("err_too_large", limit=limit // (1024 * 1024))


def _reason(exc: OSError) -> Msg:
    if exc.errno == errno.ENOENT:
        return msg("err_no_such_file")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return msg("err_permission")
    if exc.errno == errno.EISDIR:
        return msg("err_is_directory")
    if exc.errno == errno.ENXIO:
        return msg("err_no_reader")
    return msg("err_cannot_read", reason=os_reason(exc))


# -- outputs --


@dataclass(frozen=True)
class OutputTarget:
    """Where an output really goes: the file to replace atomically, or a stream to write to."""

    path: Path
    """The path to replace (a symlink's final target), or the device/FIFO to write through."""
    stream: bool
    """True for character devices and FIFOs: written in place, never renamed over."""


def output_target(path: Path, inputs: Iterable[Path | str] = ()) -> OutputTarget:
    """Decide how to write ``path``; refuse to overwrite an input or to replace a device.

    A symlink is followed: its target is replaced and the link stays a link. A character
    device or FIFO (``/dev/null``, ``/dev/stdout``, a pipe) is written through, not replaced.
    Anything else that is not a regular file (a folder, a block device, a socket) is refused.

    What a path is comes from the kernel (``os.stat`` follows links as ``open`` will), not from
    the link's text: ``/dev/stdout`` or a link to ``/proc/self/fd/1`` on a pipe reads as
    ``pipe:[…]``, a name that is nowhere, yet opening the path reaches the pipe. So a stream is
    written through the path as given.
    """
    name = str(path)
    try:
        info: os.stat_result | None = os.stat(path)
    except OSError:
        info = None
    if info is not None:
        for source in inputs:
            if _same_file(info, source):
                message = msg("err_overwrite_input", input=str(source))
                raise UsageError(Problem.of(Location(name), message))
        if stat.S_ISCHR(info.st_mode) or stat.S_ISFIFO(info.st_mode):
            return OutputTarget(path, stream=True)
        if not stat.S_ISREG(info.st_mode):
            raise OutputError(Problem.of(Location(name), _not_regular(info.st_mode)))
    real = Path(os.path.realpath(path)) if os.path.islink(path) else path
    return OutputTarget(real, stream=False)


def _same_file(info: os.stat_result, source: Path | str) -> bool:
    try:
        other = os.stat(source)
    except OSError:
        return False
    return (other.st_dev, other.st_ino) == (info.st_dev, info.st_ino)


# -- the inputs of this command, never to be overwritten by its output --

_inputs: list[str] = []


def note_input(path: Path | str) -> None:
    """Remember that this command reads ``path``, so that ``-o`` cannot overwrite it."""
    _inputs.append(str(path))


def reset_inputs() -> None:
    """Forget the inputs of an earlier command (the CLI calls this as each command starts)."""
    _inputs.clear()


def write_atomic(path: Path, text: str, *, replace_input: bool = False) -> None:
    """Write ``text`` so that a crash leaves either the old file or the new one, never a mix."""
    with atomic_writer(path, replace_input=replace_input) as handle:
        handle.write(text)


@contextlib.contextmanager
def atomic_writer(path: Path, *, replace_input: bool = False) -> Iterator[IO[str]]:
    """A text stream to ``path`` that replaces it only when complete (tmp + fsync + rename).

    Streaming writers (a batch written as it is scored) keep memory flat, yet a crash or a
    full disk at any moment leaves either the old file or the whole new one. ``path`` may not
    be a file this command read, unless ``replace_input`` (saving the answers file that
    ``assess`` resumed); it is checked again before the rename, since a batch reads its inputs
    while its output is being written. See :func:`output_target` for devices and symlinks.
    """
    inputs = () if replace_input else _inputs
    target = output_target(path, inputs)
    if target.stream:
        yield from _write_through(path, target.path)
        return
    real = target.path
    folder = real.parent if str(real.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(Problem.of(Location(str(path)), msg("err_no_folder", folder=folder)))
    mode = _mode_for(real)
    clean_stale_temporaries(real)
    tmp_name = ""
    try:
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=tmp_prefix(real), suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, mode)
        output_target(path, inputs)
        os.replace(tmp_name, real)
        tmp_name = ""
        _fsync_dir(folder)
    except OSError as exc:
        message = msg("err_cannot_write", reason=os_reason(exc))
        raise OutputError(Problem.of(Location(str(path)), message)) from None
    finally:
        if tmp_name:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


FIFO_WAIT = 10.0
"""Seconds ``-o FIFO`` waits for the pipe's reader to open it before giving up."""


def _write_through(path: Path, real: Path) -> Iterator[IO[str]]:
    """Write into a character device or FIFO in place.

    Opened without blocking: a FIFO whose reader has not opened it yet (``cmd -o p & cat p``) is
    tried again for up to :data:`FIFO_WAIT` seconds, then it is an error, never a hang. Then the
    writes block as usual, so a slow reader is waited for rather than overrun.
    """
    deadline = time.monotonic() + FIFO_WAIT
    while True:
        try:
            fd = os.open(real, os.O_WRONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
            break
        except OSError as exc:
            if exc.errno == errno.ENXIO and time.monotonic() < deadline:
                time.sleep(0.02)
                continue
            key = "err_fifo_no_reader" if exc.errno == errno.ENXIO else "err_cannot_write"
            message = msg(key, reason=os_reason(exc))
            raise OutputError(Problem.of(Location(str(path)), message)) from None
    os.set_blocking(fd, True)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            yield handle
    except OSError as exc:
        message = msg("err_cannot_write", reason=os_reason(exc))
        raise OutputError(Problem.of(Location(str(path)), message)) from None


def _mode_for(path: Path) -> int:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
