"""Text from files shown as text: no control sequence, markup or bidi override reaches a terminal.

Answers and model files are untrusted, and any of their texts (organisation, respondent, notes,
reasons, ids) may carry ESC sequences (screen clear, window title, OSC 52 clipboard writes,
OSC 8 links, colours), C1 controls, carriage returns that overwrite a line, or bidi overrides
that reorder what is shown. :func:`visible` replaces each with a visible placeholder.

Every terminal output goes through here:

- :func:`guarded` wraps ``sys.stderr`` (always) and ``sys.stdout`` (when it is a terminal) for
  the length of a command, so every ``print`` and ``write`` is passed through :func:`visible`;
- :func:`console` is the Rich console for tables, trees and screens: markup off (``[/x]`` in an
  organisation name is text, not a crash or a link) and every text segment made visible, while
  Rich's own styling is kept; what it writes is marked :class:`Styled` so the guard passes it.
"""

from __future__ import annotations

import contextlib
import io
import re
import sys
from collections.abc import Iterable, Iterator
from typing import IO, Any, TextIO

BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
"""Bidirectional marks, embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069…)."""

_UNSAFE = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{BIDI}]")
_UNSAFE_LINE = re.compile(f"[\x00-\x1f\x7f-\x9f{BIDI}\u2028\u2029]")


def _placeholder(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: ␛ for ESC, ␍ for CR
    if code == 0x7F:
        return "\u2421"  # ␡
    return f"\u27e8U+{code:04X}\u27e9"  # ⟨U+202E⟩: no < or >, inert in HTML and Markdown


def visible(text: str) -> str:
    """``text`` with every control character except newline and tab, and every bidi control,
    replaced by a visible placeholder (``␛``, ``␍``, ``⟨U+009B⟩``, ``⟨U+202E⟩``)."""
    return _UNSAFE.sub(_placeholder, text)


def one_line(text: str) -> str:
    """Like :func:`visible`, and newlines, tabs and line separators too: one line of text."""
    return _UNSAFE_LINE.sub(_placeholder, text)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _escaped_byte(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"


def shown_path(path: str) -> str:
    """A file name as text that every output can carry: the one way a path is shown.

    A name that is not valid UTF-8 reaches Python with each bad byte as a lone surrogate
    (``surrogateescape``); no UTF-8 writer, JSON encoder or workbook accepts one. Each is shown
    as its byte, ``\\xff``, as ``ls --escape`` does; any other name is returned unchanged.
    """
    return path if _SURROGATE.search(path) is None else _SURROGATE.sub(_escaped_byte, path)


def is_visible(text: str) -> bool:
    """Whether :func:`visible` would leave ``text`` unchanged."""
    return _UNSAFE.search(text) is None


class Styled(str):
    """Text siqassess itself styled (Rich's colours, already made visible): passed unchanged."""

    __slots__ = ()


class SafeStream(io.TextIOBase):
    """A text stream that makes everything written to it visible, except :class:`Styled`."""

    def __init__(self, raw: TextIO) -> None:
        self.raw = raw

    def write(self, text: str) -> int:
        self.raw.write(text if isinstance(text, Styled) else visible(text))
        return len(text)

    def writelines(self, lines: Iterable[str]) -> None:  # type: ignore[override]
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        self.raw.flush()

    def isatty(self) -> bool:
        return self.raw.isatty()

    def fileno(self) -> int:
        return self.raw.fileno()

    def writable(self) -> bool:
        return True

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self.raw, "encoding", None) or "utf-8"

    @property
    def errors(self) -> str | None:  # type: ignore[override]
        return getattr(self.raw, "errors", None)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.raw, name)


@contextlib.contextmanager
def guarded() -> Iterator[None]:
    """Pass stderr, and stdout on a terminal, through :func:`visible` for the ``with`` block.

    Output to a pipe or a file (``score -f csv > out.csv``) is data and is left as written;
    reports sanitise their own text (see ``reports/render.py``).
    """
    saved = sys.stdout, sys.stderr
    try:
        if not isinstance(sys.stderr, SafeStream):
            sys.stderr = SafeStream(sys.stderr)
        if not isinstance(sys.stdout, SafeStream) and _tty(sys.stdout):
            sys.stdout = SafeStream(sys.stdout)
        yield
    finally:
        sys.stdout, sys.stderr = saved


@contextlib.contextmanager
def terminal_ui() -> Iterator[None]:
    """Give an interactive screen (prompt_toolkit) the real stdout for the ``with`` block.

    Its own escape sequences must reach the terminal; the file texts it shows pass through
    :func:`one_line` in the interview's one place that turns screen lines into terminal text
    (``interview/tui.fragments``), in its menus (``session.select``) and in the note editor.
    """
    saved = sys.stdout
    if isinstance(saved, SafeStream):
        sys.stdout = saved.raw
    try:
        yield
    finally:
        sys.stdout = saved


def _tty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (ValueError, AttributeError):
        return False


CELL_LIMIT = 1000
"""The most characters of one text a terminal table or screen shows; the rest is an ellipsis.

A 3 MB respondent name would otherwise be wrapped by Rich into millions of table lines."""


def clipped(text: str, limit: int = CELL_LIMIT) -> str:
    """``text`` cut to ``limit`` characters, the last one an ellipsis, when it is longer."""
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def console(file: IO[str] | None = None, **options: Any) -> Any:
    """A Rich console that shows file texts as text (see the module docstring), each text at most
    :data:`CELL_LIMIT` characters long."""
    from rich.console import Console
    from rich.segment import Segment

    class _SafeConsole(Console):
        def render_str(self, text: str, **kwargs: Any) -> Any:
            # Measured as it is shown: visible, and clipped before Rich wraps it.
            return super().render_str(visible(clipped(text)), **kwargs)

        def _render_buffer(self, buffer: Iterable[Segment]) -> str:
            safe = (
                seg if seg.control else Segment(visible(seg.text), seg.style, seg.control)
                for seg in buffer
            )
            return Styled(super()._render_buffer(safe))

    options.setdefault("markup", False)
    options.setdefault("emoji", False)
    options.setdefault("highlight", False)
    _no_zero_size(options)
    return _SafeConsole(file=file, **options)


def _no_zero_size(options: dict[str, object]) -> None:
    """``COLUMNS=0`` (or ``LINES=0``) means "not set", as for ``shutil.get_terminal_size``:
    Rich would take it as a width of 0 and draw nothing. The terminal's own size is used then."""
    import os
    import shutil

    for key, name in (("width", "COLUMNS"), ("height", "LINES")):
        value = os.environ.get(name, "").strip()
        if key not in options and value.isdigit() and int(value) == 0:
            size = shutil.get_terminal_size()  # skips the 0 and asks the terminal, else 80×24
            options[key] = size.columns if key == "width" else size.lines


# -- spreadsheet cells (CSV now, xlsx later) --

_FORMULA_START = frozenset("=+-@\t\r\n|%")
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"


def inert_cell(value: str) -> str:
    """A text cell no spreadsheet will run as a formula (OWASP's CSV-injection guidance).

    A cell is prefixed with ``'`` when, after any leading whitespace or invisible characters,
    it starts with ``=``, ``+``, ``-``, ``@``, ``|``, ``%``, a tab or a line break, or with a
    look-alike of one (full-width ``＝``, small ``﹦``…, found through NFKC normalisation), and
    also when it starts with whitespace at all, since spreadsheets may trim it on import.
    """
    if not value:
        return value
    import unicodedata

    first = value[0]
    if first.isspace() or first in _INVISIBLE or first in _FORMULA_START:
        return "'" + value
    stripped = value.lstrip("".join(c for c in value[:64] if c.isspace()) + _INVISIBLE)
    lead = unicodedata.normalize("NFKC", stripped[:1]) if stripped else ""
    if lead[:1] in _FORMULA_START:
        return "'" + value
    return value
