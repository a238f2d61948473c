"""Standard streams that never crash on text they cannot encode (a Windows console, a cp1252 pipe).

Called once, at the program's entry. Files written with ``-o`` are always UTF-8 and do not pass
through here. For stdout and stderr the rule is:

- already UTF-8: left alone;
- redirected to a file or a pipe, and no ``PYTHONIOENCODING`` set: switched to UTF-8, so that
  ``siqassess report x.yaml > report.md`` gives the same bytes as ``-o report.md`` on every
  platform;
- a terminal, or an encoding the user chose with ``PYTHONIOENCODING``: that encoding is kept and
  a character it lacks (``−``, ``→``, ``█``) is replaced by ``?`` instead of ending the program.
"""

from __future__ import annotations

import codecs
import io
import os
from typing import TextIO


def is_utf8(encoding: str | None) -> bool:
    """Whether ``encoding`` names UTF-8 (any spelling); unknown names count as not UTF-8."""
    try:
        return codecs.lookup(encoding or "ascii").name == "utf-8"
    except LookupError:
        return False


def safe_stream(stream: TextIO | None, *, chosen: bool) -> None:
    """Reconfigure one text stream per the rule above; ``chosen``: PYTHONIOENCODING is set."""
    if not isinstance(stream, io.TextIOWrapper) or is_utf8(stream.encoding):
        return
    try:
        tty = stream.isatty()
    except ValueError:  # closed
        return
    if tty or chosen:
        if stream.errors == "strict":
            stream.reconfigure(errors="replace")
    else:
        stream.reconfigure(encoding="utf-8", errors="strict")


def configure() -> None:
    """Make ``sys.stdout`` and ``sys.stderr`` safe for any text siqassess writes."""
    import sys

    chosen = bool(os.environ.get("PYTHONIOENCODING"))
    safe_stream(sys.stdout, chosen=chosen)
    safe_stream(sys.stderr, chosen=chosen)
