"""Expanding PATH arguments: files named, folders scanned, globs matched, in argument order.

Light on purpose (no YAML, no model): ``validate`` and ``score`` expand their arguments before
reading any file. Which files a scan reads is the one table of input formats, ``io.formats``.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from siqassess.errors import Location, Problem, msg
from siqassess.io.files import note_input
from siqassess.io.formats import READ_EXTENSIONS, foreign_kind
from siqassess.textsafe import shown_path

YAML_SUFFIXES = (".yaml", ".yml")
ANSWERS_SUFFIXES = READ_EXTENSIONS
"""What folder and glob scans pick up: every input format's extensions (``io.formats``)."""
_GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True)
class Target:
    """A file to score; ``found`` when it came from a directory or glob rather than by name."""

    path: str
    found: bool = False

    @property
    def shown(self) -> str:
        """The name as every output shows it (a byte that is not UTF-8 as ``\\xff``)."""
        return shown_path(self.path)


def expand(
    args: Iterable[str], skipped: list[str] | None = None
) -> tuple[list[Target], list[Problem]]:
    """Turn PATH arguments into files to score, in argument order, each file once.

    A directory is scanned recursively (sorted, hidden entries skipped, symlinks followed
    only inside it) for the input formats' extensions; a glob is expanded (``**`` recurses).
    Files found this way that are not answers files are skipped when scored; a file named
    outright is not. A file found in another spreadsheet format (``.ods``, ``.xls``,
    ``.csv``, ``.numbers``) is a problem that names it, with the advice to save it as
    ``.xlsx``; every other file passed over is added to ``skipped``, for ``-v``.
    """
    targets: list[Target] = []
    problems: list[Problem] = []
    seen: set[str] = set()

    def add(path: str, found: bool, real: str | None = None) -> None:
        key = os.path.realpath(path) if real is None else real
        if key not in seen:
            seen.add(key)
            targets.append(Target(path, found))
            note_input(path)  # read in worker processes too, yet never to be overwritten by -o

    passed: list[str] = []
    for arg in args:
        if os.path.isdir(arg):
            for path, real in scan(arg, passed):
                add(path, True, real)
        elif os.path.lexists(arg) or not (_GLOB_CHARS & set(arg)):
            add(arg, False)  # a missing file is reported when it is read
        else:
            matches = sorted(glob.glob(arg, recursive=True))
            if not matches:
                problems.append(Problem.of(Location(arg), msg("err_no_match")))
            for match in matches:
                if os.path.isdir(match):
                    for path, real in scan(match, passed):
                        add(path, True, real)
                elif match.lower().endswith(ANSWERS_SUFFIXES):
                    add(match, True)
                else:
                    passed.append(match)
    for path in passed:
        kind = None if os.path.basename(path).startswith("~$") else foreign_kind(path)
        if kind is not None:
            problems.append(Problem.of(Location(path), msg("wb_file_old_format", kind=kind)))
        elif skipped is not None:
            skipped.append(shown_path(path))
    return targets, problems


def scan(folder: str, passed: list[str] | None = None) -> Iterator[tuple[str, str]]:
    """Every file of an input format (any case) below ``folder``, sorted, inside it, with its
    real path; the other files (not hidden ones) are added to ``passed``.

    A symlink (to a folder or a file) is followed only when its target lies inside the
    folder being scanned, so a link to ``/`` or ``/proc`` is never walked; each folder is
    visited once, so link loops end. A folder's real path is resolved once, not per file: a
    file that is no link is that folder's real path and its name.
    """
    top = os.path.realpath(folder)
    visited: set[tuple[int, int]] = set()
    for root, dirs, files in os.walk(folder, followlinks=True):
        try:
            info = os.stat(root)
        except OSError:
            dirs[:] = []
            continue
        if (info.st_dev, info.st_ino) in visited:
            dirs[:] = []
            continue
        visited.add((info.st_dev, info.st_ino))
        dirs[:] = sorted(
            d for d in dirs if not d.startswith(".") and _inside(os.path.join(root, d), top)
        )
        real_root = os.path.realpath(root)
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = os.path.join(root, name)
            if not name.lower().endswith(ANSWERS_SUFFIXES) or name.startswith("~$"):
                if passed is not None and _inside(path, top):
                    passed.append(path)
                continue
            if not os.path.islink(path):
                yield path, os.path.join(real_root, name)
            elif _inside(path, top):
                yield path, os.path.realpath(path)


def _inside(path: str, top: str) -> bool:
    """Whether ``path`` is no symlink, or a symlink whose target lies under ``top``."""
    if not os.path.islink(path):
        return True
    target = os.path.realpath(path)
    return target == top or target.startswith(top.rstrip(os.sep) + os.sep)
