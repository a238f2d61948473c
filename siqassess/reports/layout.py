"""Layout rules the Word and PDF writers share: long words made breakable, column widths."""

from __future__ import annotations

import re

from siqassess.reports.blocks import Chart, Run, Table

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


def column_widths(table: Table, text_width: float = 170.0, chart: float = 26.0) -> list[float]:
    """Column widths (mm) over the text width: a chart column ``chart``, text by its longest
    cell (at most 60 characters' worth, at least 12 mm)."""
    columns = table.columns
    need = [0.0] * columns
    for row in table.rows:
        for i, cell in enumerate(row[:columns]):
            if any(isinstance(p, Chart) for p in cell.pieces):
                need[i] = -1.0
                continue
            length = len("".join(p.text for p in cell.pieces if isinstance(p, Run)).strip())
            need[i] = max(need[i], min(float(length), 60.0)) if need[i] >= 0 else need[i]
    charts = sum(1 for n in need if n < 0)
    free = text_width - chart * charts
    text = [max(n, 3.0) for n in need if n >= 0]
    total = sum(text) or 1.0
    return [chart if n < 0 else max(12.0, free * max(n, 3.0) / total) for n in need]
