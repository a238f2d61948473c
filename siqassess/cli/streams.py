"""Broken output streams, handled once for every command.

A reader that goes away (``siqassess score … | head``), stdout on a full device
(``>/dev/full``) or a closed stdout (``>&-``) must not end in a traceback or "internal error".
:func:`run` wraps the whole program: it flushes stdout itself (a failure at interpreter exit
prints a traceback), turns a write error into one line on stderr and exit 1, and a vanished
reader into a quiet exit 1. ``HandledGroup`` lets these errors through to here.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import sys
from collections.abc import Callable
from typing import NoReturn

_OUTPUT_ERRNOS = frozenset({errno.EPIPE, errno.ENOSPC, errno.EBADF, errno.EIO, errno.EDQUOT})


def is_output_error(exc: BaseException) -> bool:
    """Whether ``exc`` is a failure to write stdout or stderr, not a fault of siqassess."""
    return isinstance(exc, OSError) and (
        isinstance(exc, BrokenPipeError) or exc.errno in _OUTPUT_ERRNOS
    )


class _Closed(io.TextIOBase):
    """Stands in for a stdout that was closed before siqassess started: writing fails."""

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, "standard output is closed")

    def writable(self) -> bool:
        return True


def run(entry: Callable[[], object]) -> NoReturn:
    """Run ``entry`` (the Click app), then exit with its code or a one-line stream error."""
    if sys.stdout is None:
        sys.stdout = _Closed()
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    code: int | str | None = 0
    try:
        try:
            entry()
        except SystemExit as exc:
            code = exc.code
        sys.stdout.flush()
    except OSError as exc:
        if not is_output_error(exc):
            raise
        code = _failed(exc)
    sys.exit(code)


def _failed(exc: OSError) -> int:
    """Silence stdout for good and say what happened, unless the reader simply left."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        fd = os.open(os.devnull, os.O_WRONLY)
        os.dup2(fd, sys.stdout.fileno())
        os.close(fd)
    if not isinstance(exc, BrokenPipeError):
        with contextlib.suppress(OSError, ValueError):
            print(f"siqassess: {_output_failed(exc)}", file=sys.stderr)
            sys.stderr.flush()
    return 1


def _output_failed(exc: OSError) -> str:
    """'error: cannot write the output: …' in the command's language."""
    from siqassess.cli.speech import message_language_of
    from siqassess.errors import msg, os_reason
    from siqassess.i18n import t

    lang = message_language_of(sys.argv[1:])
    closed = exc.errno == errno.EBADF  # what writing to a closed stdout gives
    reason = msg("os_stdout_closed") if closed else os_reason(exc)
    return f"{t(lang, 'error')}: {msg('err_output_failed', reason=reason).text(lang)}"
