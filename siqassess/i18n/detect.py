"""The user's language from the environment and, failing that, the platform's locale."""

from __future__ import annotations

import locale
import os
import re
import stat
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

Names = Callable[[], Mapping[str, str]]
"""The shipped languages' English names, lower case, to their codes: {"swedish": "sv", …}."""


def _no_names() -> Mapping[str, str]:
    return {}


def _code(value: str, names: Names) -> str:
    """The language code at the start of a locale name: "sv_SE.UTF-8" → "sv".

    Windows reports names such as "Swedish_Sweden": a head longer than a code is looked up among
    the catalogues' English names (asked for only then, as that loads every catalogue).
    """
    head = value.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return names().get(head, head) if len(head) > 3 else head


def platform_locale() -> str:
    """The platform's locale name: the user's default on Windows and macOS, "" when unknown."""
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        try:
            lcid = ctypes.windll.kernel32.GetUserDefaultUILanguage()
            return locale.windows_locale.get(lcid, "")
        except (AttributeError, OSError):
            pass
    try:
        return locale.getlocale(getattr(locale, "LC_MESSAGES", locale.LC_CTYPE))[0] or ""
    except (ValueError, TypeError):
        return ""


def detect_language(
    languages: tuple[str, ...],
    environ: Mapping[str, str] | None = None,
    names: Names = _no_names,
) -> str | None:
    """The first of ``LC_ALL``, ``LC_MESSAGES``, ``LANG`` that is set decides; else the platform.

    Returns a code from ``languages``, or None when the locale names another language. An
    explicit ``environ`` is used alone (tests), without asking the platform.
    """
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            if value in ("C", "POSIX") or value.startswith("C."):
                return None
            code = _code(value, names)
            return code if code in languages else None
    if environ is not None:
        return None
    code = _code(platform_locale(), names)
    return code if code in languages else None


_LANGUAGE_LINE = re.compile(rb"^language:[ \t]*[\"']?([a-z]{2})[\"']?[ \t]*(?:#.*)?$", re.MULTILINE)
_SNIFF_BYTES = 64 * 1024


def file_language(path: Path) -> str | None:
    """The ``language:`` an answers file declares at its top level, without parsing it.

    For messages about a file that may not parse. Reads at most 64 KiB of a regular file only,
    opened without blocking, so a FIFO or device named as an answers file cannot hang us.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        head = os.read(fd, _SNIFF_BYTES)
    except OSError:
        return None
    finally:
        os.close(fd)
    found = _LANGUAGE_LINE.search(head)
    return found.group(1).decode("ascii") if found else None
