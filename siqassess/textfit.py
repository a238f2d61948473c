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


def _tokens(text: str, whole: tuple[str, ...]) -> list[tuple[str, bool]]:
    """``text`` split at its spaces, except those inside one of ``whole``; each word with
    whether it holds a whole part (a path: never broken)."""
    kept = [False] * len(text)
    for part in whole:
        if not part:
            continue
        at = text.find(part)
        while at >= 0:
            kept[at : at + len(part)] = [True] * len(part)
            at = text.find(part, at + len(part))
    out: list[tuple[str, bool]] = []
    word, held = "", False
    for char, inside in zip(text, kept, strict=True):
        if char == " " and not inside:
            if word:
                out.append((word, held))
            word, held = "", False
        else:
            word, held = word + char, held or inside
    if word:
        out.append((word, held))
    return out


def _pack(words: list[str], width: int, first: int = 0) -> list[list[int]]:
    """Greedy lines of word indexes, words one space apart; the first line starts at ``first``."""
    lines: list[list[int]] = [[]]
    used = first
    for i, word in enumerate(words):
        if lines[-1] and used + 1 + len(word) > width:
            lines.append([])
            used = 0
        used += (1 if lines[-1] else 0) + len(word)
        lines[-1].append(i)
    return lines


def _fitted(text: str, width: int, whole: tuple[str, ...]) -> list[str]:
    """The words of one paragraph: a word holding a whole part (a path) is kept whole, even
    when it is longer than a line (it then stands on a line of its own, and the terminal wraps
    it, so that it can still be copied and pasted); any other word longer than a line is cut
    into pieces of a line."""
    out: list[str] = []
    for word, held in _tokens(one_line(text), tuple(one_line(p) for p in whole)):
        if len(word) <= width or held:
            out.append(word)
        else:
            out += [word[i : i + width] for i in range(0, len(word), width)]
    return out


def wrap_whole(text: str, width: int, whole: tuple[str, ...] = ()) -> list[str]:
    """Like :func:`wrap`, but never inside one of ``whole`` (a file's path, even one with
    spaces): it goes to the next line, and a path longer than a line stands alone on its line,
    whole, never shortened: a path shown is a path that can be copied."""
    width = max(1, width)
    out: list[str] = []
    for paragraph in text.splitlines() or [""]:
        words = _fitted(paragraph, width, whole)
        out += [" ".join(words[i] for i in line) for line in _pack(words, width)] or [""]
    return out


def fit_prompt(message: str, instruction: str, width: int, mark: str = "?") -> tuple[str, str]:
    """A menu's question and its key hint, shown as ``? message instruction``, with line
    breaks at spaces so that the terminal never breaks a word ("piltangent" / "erna")."""
    room = max(1, width - 1)  # the space after the message may end a full line
    said = _fitted(message, room, ())
    hint = _fitted(instruction, room, ())
    lines = _pack([*said, *hint], room, len(mark) + 1)
    starts = {line[0] for line in lines[1:] if line}

    def joined(words: list[str], offset: int) -> str:
        return "".join(
            ("\n" if i + offset in starts else " " if i else "") + word
            for i, word in enumerate(words)
        )

    return joined(said, 0), joined(hint, len(said))


def padding(text: str, width: int) -> list[int]:
    """For an editor that wraps by character: for each character of ``text``, the blanks to
    show before it so that no word that fits on a line is split across two (the rule of
    :func:`wrap`; a word longer than a line is split as it comes)."""
    pads = [0] * len(text)
    col = 0
    for i, char in enumerate(text):
        if char != " " and (i == 0 or text[i - 1] == " "):
            end = text.find(" ", i)
            length = (len(text) if end < 0 else end) - i
            room = width - col % width
            if col % width and room < length <= width:
                pads[i] = room
                col += room
        col += 1
    return pads
