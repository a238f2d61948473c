"""How much siqassess says, and whether in colour: ``--color``, ``-q/--quiet``, ``-v/--verbose``.

Set once by the root command. Colour: ``--color always|never`` wins; with ``auto`` (the
default) ``NO_COLOR`` (any non-empty value) turns colour off and ``FORCE_COLOR`` turns it on,
else colour is used on a terminal only (and not when ``TERM=dumb``). The choice is passed to
Rich through the same two variables, so every table and progress bar follows it.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from enum import StrEnum
from typing import TextIO


class ColorMode(StrEnum):
    """Values of ``--color``."""

    auto = "auto"
    always = "always"
    never = "never"


@dataclass
class Verbosity:
    """``quiet``: no warnings or notices; ``verbose``: notices too (skipped files, …)."""

    quiet: bool = False
    verbose: bool = False


SETTINGS = Verbosity()


def color_wanted(stream: TextIO, mode: ColorMode = ColorMode.auto) -> bool:
    """Whether text for ``stream`` may carry colour, by the rule above."""
    if mode is ColorMode.always:
        return True
    if mode is ColorMode.never:
        return False
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    try:
        tty = stream.isatty()
    except (AttributeError, ValueError):
        return False
    return tty and os.environ.get("TERM") != "dumb"


def configure(color: ColorMode, *, quiet: bool, verbose: bool) -> None:
    """Apply the root options: the colour choice for Rich, and how much to say."""
    if color is ColorMode.never:
        os.environ["NO_COLOR"] = "1"
        os.environ.pop("FORCE_COLOR", None)
    elif color is ColorMode.always:
        os.environ["FORCE_COLOR"] = "1"
        os.environ.pop("NO_COLOR", None)
    SETTINGS.quiet = quiet
    SETTINGS.verbose = verbose and not quiet


def warn(message: str, lang: str = "en") -> None:
    """``siqassess: warning: …`` on stderr (``varning:`` in Swedish), unless ``--quiet``."""
    if not SETTINGS.quiet:
        from siqassess.i18n import t

        print(f"siqassess: {t(lang, 'warning')}: {message}", file=sys.stderr)


def notice(message: str) -> None:
    """``siqassess: …`` on stderr, with ``--verbose`` only."""
    if SETTINGS.verbose:
        print(f"siqassess: {message}", file=sys.stderr)
