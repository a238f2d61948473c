"""Pure SVG geometry for a line chart over the years: one or two series on the 0–100 scale.

A year without a value is a gap: the line breaks there and no point is drawn, so a year that
was not applicable never reads as a zero.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

SIZE = (560, 260)
_LEFT, _RIGHT, _TOP, _BOTTOM = 52.0, 20.0, 34.0, 40.0
_FONT = 16
_INK = ("#1f3a5f", "#9a5b00")
_DASH = ("", "7 5")


@dataclass(frozen=True)
class LineFigure:
    """A drawn line chart as a report shows it: the node it is about, its title, the SVG."""

    id: str
    title: str
    svg: str


@dataclass(frozen=True)
class Line:
    """One line: a value per year (``None`` for a gap)."""

    name: str
    values: tuple[float | None, ...]


def _x(i: int, count: int) -> float:
    width = SIZE[0] - _LEFT - _RIGHT
    return _LEFT + (width * i / (count - 1) if count > 1 else width / 2)


def _y(value: float) -> float:
    height = SIZE[1] - _TOP - _BOTTOM
    return _TOP + height * (1 - max(0.0, min(value, 100.0)) / 100.0)


def _runs(values: Sequence[float | None]) -> list[list[int]]:
    """The indices of each unbroken run of values."""
    runs: list[list[int]] = [[]]
    for i, v in enumerate(values):
        if v is None:
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append(i)
    return [r for r in runs if r]


def line_svg(title: str, years: Sequence[str], lines: Sequence[Line]) -> str:
    """An inline SVG line chart, its title for screen readers, years along the bottom."""
    w, h = SIZE
    count = len(years)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" role="img" '
        f'class="linechart" font-family="sans-serif" font-size="{_FONT}">',
        f"<title>{escape(title)}</title>",
        f'<text x="{_LEFT:g}" y="20" font-weight="bold">{escape(title)}</text>',
    ]
    for level in (0, 20, 40, 60, 80, 100):
        y = _y(level)
        parts.append(
            f'<line x1="{_LEFT:g}" y1="{y:.1f}" x2="{w - _RIGHT:g}" y2="{y:.1f}" '
            'stroke="#d0d0d0" stroke-width="1"/>'
        )
        parts.append(f'<text x="{_LEFT - 8:g}" y="{y + 5:.1f}" text-anchor="end">{level}</text>')
    for i, year in enumerate(years):
        parts.append(
            f'<text x="{_x(i, count):.1f}" y="{h - 14:g}" text-anchor="middle">'
            f"{escape(year)}</text>"
        )
    for k, line in enumerate(lines):
        ink, dash = _INK[k % 2], _DASH[k % 2]
        dashed = f' stroke-dasharray="{dash}"' if dash else ""
        for run in _runs(line.values):
            coords = " ".join(f"{_x(i, count):.1f},{_y(line.values[i] or 0.0):.1f}" for i in run)
            if len(run) > 1:
                parts.append(
                    f'<polyline points="{coords}" fill="none" stroke="{ink}" '
                    f'stroke-width="2.5"{dashed}/>'
                )
            for i in run:
                parts.append(
                    f'<circle cx="{_x(i, count):.1f}" cy="{_y(line.values[i] or 0.0):.1f}" '
                    f'r="4" fill="{ink}"><title>{escape(line.name)} {escape(years[i])}: '
                    f"{round(line.values[i] or 0.0, 1):g}</title></circle>"
                )
    parts.append("</svg>")
    return "".join(parts)
