"""The one rule for input files named on the command line: a missing one is a usage error."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from siqassess.errors import Location, Problem, UsageError, msg

_GLOB_CHARS = frozenset("*?[")


def missing_files(args: Iterable[str | Path]) -> list[str]:
    """The arguments that name a file that does not exist (a glob is not a name)."""
    return [
        str(arg) for arg in args if not os.path.lexists(arg) and not (_GLOB_CHARS & set(str(arg)))
    ]


def require_files(*args: str | Path) -> None:
    """Raise a usage error (exit 2) naming every missing file among ``args``."""
    missing = missing_files(args)
    if missing:
        raise UsageError([Problem.of(Location(path), msg("err_no_such_file")) for path in missing])
