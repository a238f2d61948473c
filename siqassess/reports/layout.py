"""Layout rules the Word and PDF writers share: long words made breakable, column widths."""

from __future__ import annotations

import re

from siqassess.reports.blocks import BlockChart, BlockTable, Run

_LONG_WORD = re.compile(r"\S{61,}")
_WORD_MOST = 300
_RUN_MOST = 20_000
_BREAK_EVERY = 40


def bounded(text: str) -> str:
    """Text a layout engine can break in linear time: a word over 60 characters gets a break
    opportunity (a zero-width space) every 40, and is cut at 300 with "…" (a 200,000-character
    link is shown shortened, as the HTML report wraps it anywhere); a run is cut at 20,000."""
    if len(text) > _RUN_MOST:
        text = text[:_RUN_MOST] + "…"

    def broken(found: re.Match[str]) -> str:
        word = found.group(0)
        cut = word[:_WORD_MOST] + "…" if len(word) > _WORD_MOST else word
        return "\u200b".join(cut[i : i + _BREAK_EVERY] for i in range(0, len(cut), _BREAK_EVERY))

    return _LONG_WORD.sub(broken, text)


def column_widths(
    table: BlockTable, text_width: float = 170.0, chart: float = 26.0, char_mm: float = 1.5
) -> list[float]:
    """Column widths (mm) over the text width: a chart column ``chart``, text by its longest
    cell (at most 60 characters' worth, at least 12 mm), and never narrower than the column's
    longest word (up to 24 characters) needs, so a name such as "Ledningsgruppen" is not run
    into the next column when the other columns can give the room (``char_mm`` a character,
    plus the cell's padding)."""
    columns = table.columns
    need = [0.0] * columns
    word = [0] * columns
    for row in table.rows:
        for i, cell in enumerate(row[:columns]):
            if any(isinstance(p, BlockChart) for p in cell.pieces):
                need[i] = -1.0
                continue
            said = "".join(p.text for p in cell.pieces if isinstance(p, Run)).strip()
            need[i] = max(need[i], min(float(len(said)), 60.0)) if need[i] >= 0 else need[i]
            word[i] = max(word[i], _longest_word(said))
    charts = sum(1 for n in need if n < 0)
    free = text_width - chart * charts
    text = [max(n, 3.0) for n in need if n >= 0]
    total = sum(text) or 1.0
    widths = [chart if n < 0 else max(12.0, free * max(n, 3.0) / total) for n in need]
    pairs = zip(need, word, strict=True)
    floors = [w * char_mm + _CELL_PADDING if n >= 0 and w else 0.0 for n, w in pairs]
    return _floored(widths, floors)


def _longest_word(text: str) -> int:
    """The longest word's length, counted up to ``_WORD_FLOOR_MOST`` (linear in ``text``)."""
    longest = run = 0
    for char in text:
        run = 0 if char.isspace() else min(run + 1, _WORD_FLOOR_MOST)
        longest = max(longest, run)
    return longest


_WORD_FLOOR_MOST = 24
_CELL_PADDING = 4.0


def _floored(widths: list[float], floors: list[float]) -> list[float]:
    """``widths`` with each column raised to its floor, the room taken from the columns above
    theirs in proportion to their surplus; when the floors alone are wider than the table,
    the floors shrunk in proportion to fill it."""
    short = sum(max(0.0, f - w) for w, f in zip(widths, floors, strict=True))
    if short <= 0.0:
        return widths
    surplus = sum(max(0.0, w - f) for w, f in zip(widths, floors, strict=True))
    if surplus < short:
        total, need = sum(widths), sum(max(w, f) for w, f in zip(widths, floors, strict=True))
        return [max(w, f) * total / need for w, f in zip(widths, floors, strict=True)]
    keep = 1.0 - short / surplus
    return [f if w <= f else f + (w - f) * keep for w, f in zip(widths, floors, strict=True)]
