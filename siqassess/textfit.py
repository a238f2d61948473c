"""Fitting text into a width, for every screen and every terminal table: one module, one rule.

Text is measured as it is shown: :func:`~siqassess.textsafe.one_line` first turns a control
character or bidi override into its visible placeholder. Lines break at spaces, never inside a
word that fits on a line; a text cut short ends in "…" after a whole word where that keeps at
least half of the room, else inside the last word; a path keeps its end, the file name.
"""

from __future__ import annotations

import textwrap

from siqassess.textsafe import one_line

ELLIPSIS = "…"
TRAILING = " ,;:–-"
"""Punctuation dropped before an ellipsis: "ways of working, …" reads as "ways of working…"."""


def shorten(text: str, width: int) -> str:
    """``text`` on one line of at most ``width`` characters, with "…" where it was cut."""
    text = one_line(" ".join(text.split()))
    if len(text) <= width:
        return text
    if width <= 1:
        return ELLIPSIS[: max(0, width)]
    room = width - 1
    cut = text.rfind(" ", 0, room + 1)
    if cut > room // 2:
        return text[:cut].rstrip(TRAILING) + ELLIPSIS
    return text[:room] + ELLIPSIS


def shorten_path(text: str, width: int) -> str:
    """A file path in at most ``width`` characters: its end (the file name) kept, "…" in front."""
    text = one_line(text)
    if len(text) <= width:
        return text
    if width <= 1:
        return ELLIPSIS[: max(0, width)]
    tail = text[len(text) - (width - 1) :]
    slash = tail.find("/")
    if 0 <= slash < len(tail) - 1 and len(tail) - slash > width // 2:
        tail = tail[slash:]
    return ELLIPSIS + tail


def wrap(text: str, width: int) -> list[str]:
    """Lines of at most ``width`` characters, broken at spaces; a paragraph break is kept, and a
    word is cut only where it is longer than a whole line."""
    width = max(1, width)
    out: list[str] = []
    for paragraph in text.splitlines() or [""]:
        paragraph = one_line(paragraph)
        out.extend(
            textwrap.wrap(paragraph, width, break_on_hyphens=False, break_long_words=True) or [""]
        )
    return out


def wrap_cell(text: str, width: int, lines: int) -> str:
    """A table cell: ``text`` wrapped at spaces into at most ``lines`` lines of ``width``; a word
    too long for a line, or a last line too long, is shortened with "…" (never split)."""
    if len(text) <= width:
        return text
    parts = textwrap.wrap(text, max(width, 1), break_long_words=False, break_on_hyphens=False)
    if len(parts) > lines:
        parts = [*parts[: lines - 1], " ".join(parts[lines - 1 :])]
    return "\n".join(shorten(part, width) for part in parts) or shorten(text, width)
