"""Pure SVG geometry for report charts: radar (spider) charts and small bars."""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from typing import Literal

Style = Literal["solid", "dashed", "dotted"]

SIZE = (600, 440)
"""Width and height of a radar chart's viewBox."""
RADIUS = 150.0
RINGS = (20, 40, 60, 80, 100)
_INK = {"solid": "#1f3a5f", "dashed": "#333333", "dotted": "#7a4b00"}
_DASH = {"solid": "", "dashed": "7 5", "dotted": "2 4"}
_FILL = {"solid": 0.22, "dashed": 0.0, "dotted": 0.0}


@dataclass(frozen=True)
class Series:
    """One line on a radar chart: a value per axis (``None`` where there is no score)."""

    name: str
    values: tuple[float | None, ...]
    style: Style = "solid"


def point(
    axis_index: int,
    n_axes: int,
    value: float,
    radius: float = RADIUS,
    *,
    maximum: float = 100.0,
    centre: tuple[float, float] = (0.0, 0.0),
) -> tuple[float, float]:
    """Where ``value`` lies on axis ``axis_index`` of ``n_axes``; axis 0 points up, clockwise."""
    angle = 2 * math.pi * axis_index / n_axes
    r = radius * max(0.0, min(value, maximum)) / maximum
    return centre[0] + r * math.sin(angle), centre[1] - r * math.cos(angle)


def _fmt(x: float) -> str:
    text = f"{x:.1f}"
    return "0.0" if text == "-0.0" else text


def _pts(points: Sequence[tuple[float, float]]) -> str:
    return " ".join(f"{_fmt(x)},{_fmt(y)}" for x, y in points)


def _label_lines(text: str, width: int = 18) -> list[str]:
    return textwrap.wrap(text, width, break_long_words=True)[:4] or [""]


def radar_svg(
    axes: Sequence[str],
    series: Sequence[Series],
    maximum: float = 100.0,
    *,
    title: str = "",
) -> str:
    """An inline SVG radar chart: one axis per label, one closed line per series.

    A series with a missing value (``None``) has no point on that axis; lines are drawn
    only between neighbouring axes that both have values, and it is filled only when
    complete. Solid series are filled lightly, dashed and dotted ones are outlines, so the
    chart reads in greyscale. Every text is escaped.
    """
    n = len(axes)
    if n < 3:
        raise ValueError("a radar chart needs at least three axes")
    width, height = SIZE
    cx, cy = width / 2, height / 2 + 10
    centre = (cx, cy)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="radar" viewBox="0 0 {width} {height}" '
        f'role="img" aria-label="{escape(title)}" data-axes="{n}">'
    ]
    if title:
        out.append(f"<title>{escape(title)}</title>")
    out.append('<g class="grid" fill="none" stroke="#bbbbbb" stroke-width="0.8">')
    for ring in RINGS:
        ring_pts = [point(i, n, ring, maximum=100.0, centre=centre) for i in range(n)]
        out.append(f'<polygon class="ring" points="{_pts(ring_pts)}"/>')
    for i in range(n):
        x, y = point(i, n, maximum, maximum=maximum, centre=centre)
        out.append(
            f'<line class="axis" x1="{_fmt(cx)}" y1="{_fmt(cy)}" x2="{_fmt(x)}" y2="{_fmt(y)}"/>'
        )
    out.append("</g>")
    out.append('<g class="ticks" font-size="10" fill="#666666" text-anchor="start">')
    for ring in RINGS:
        scaled = ring / 100.0 * maximum
        x, y = point(0, n, scaled, maximum=maximum, centre=centre)
        out.append(f'<text x="{_fmt(x + 3)}" y="{_fmt(y - 2)}">{escape(f"{scaled:g}")}</text>')
    out.append("</g>")
    for k, s in enumerate(series):
        out.append(_series(k, s, n, maximum, centre))
    out.append('<g class="labels" font-size="13" fill="#111111">')
    for i, label in enumerate(axes):
        out.append(_axis_label(i, n, label, maximum, centre))
    out.append("</g>")
    out.append(_legend(series, width))
    out.append("</svg>")
    return "\n".join(out)


def _series(k: int, s: Series, n: int, maximum: float, centre: tuple[float, float]) -> str:
    ink = _INK[s.style]
    dash = f' stroke-dasharray="{_DASH[s.style]}"' if _DASH[s.style] else ""
    pts = [
        None if v is None else point(i, n, v, maximum=maximum, centre=centre)
        for i, v in enumerate(s.values[:n])
    ]
    lines = [f'<g class="series series-{k} {s.style}" data-name="{escape(s.name)}">']
    if pts and all(p is not None for p in pts):
        fill = _FILL[s.style]
        lines.append(
            f'<polygon points="{_pts([p for p in pts if p])}" fill="{ink}" '
            f'fill-opacity="{fill}" stroke="{ink}" stroke-width="2"{dash}/>'
        )
    else:
        for i, p in enumerate(pts):
            q = pts[(i + 1) % len(pts)]
            if p is not None and q is not None:
                lines.append(
                    f'<line x1="{_fmt(p[0])}" y1="{_fmt(p[1])}" x2="{_fmt(q[0])}" '
                    f'y2="{_fmt(q[1])}" stroke="{ink}" stroke-width="2"{dash}/>'
                )
    shape = "rect" if s.style != "solid" else "circle"
    for i, p in enumerate(pts):
        if p is None:
            continue
        value = s.values[i]
        if shape == "circle":
            lines.append(
                f'<circle class="point" data-axis="{i}" data-value="{value:g}" '
                f'cx="{_fmt(p[0])}" cy="{_fmt(p[1])}" r="3.5" fill="{ink}"/>'
            )
        else:
            lines.append(
                f'<rect class="point" data-axis="{i}" data-value="{value:g}" '
                f'x="{_fmt(p[0] - 3)}" y="{_fmt(p[1] - 3)}" width="6" height="6" '
                f'fill="#ffffff" stroke="{ink}" stroke-width="1.5"/>'
            )
    lines.append("</g>")
    return "\n".join(lines)


def _axis_label(i: int, n: int, label: str, maximum: float, centre: tuple[float, float]) -> str:
    x, y = point(i, n, 1.0, RADIUS + 14, maximum=1.0, centre=centre)
    dx, dy = x - centre[0], y - centre[1]
    anchor = "middle" if abs(dx) < 10 else ("start" if dx > 0 else "end")
    lines = _label_lines(label)
    # Labels above the centre grow upwards and those below grow downwards, away from the chart.
    if dy < -10:
        top = y - 15 * (len(lines) - 1) - 2
    elif dy > 10:
        top = y + 10
    else:
        top = y - 7.5 * (len(lines) - 1) + 4
    spans = "".join(
        f'<tspan x="{_fmt(x)}" y="{_fmt(top + 15 * j)}">{escape(line)}</tspan>'
        for j, line in enumerate(lines)
    )
    return f'<text class="label" text-anchor="{anchor}">{spans}</text>'


def _legend(series: Sequence[Series], width: int) -> str:
    out = ['<g class="legend" font-size="13" fill="#111111">']
    x = 12.0
    for s in series:
        dash = f' stroke-dasharray="{_DASH[s.style]}"' if _DASH[s.style] else ""
        out.append(
            f'<line x1="{_fmt(x)}" y1="14" x2="{_fmt(x + 28)}" y2="14" stroke="{_INK[s.style]}" '
            f'stroke-width="2.5"{dash}/>'
        )
        out.append(f'<text x="{_fmt(x + 34)}" y="18">{escape(s.name)}</text>')
        x += 48 + 7 * len(s.name)
    out.append("</g>")
    return "\n".join(out)


def bar_svg(value: float | None, target: float | None, maximum: float = 100.0) -> str:
    """A small inline bar: the score as a filled bar, the target as a dashed tick."""
    width, height = 100, 12
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="bar" viewBox="0 0 {width + 4} {height}" '
        f'width="{width + 4}" height="{height}" aria-hidden="true">',
        f'<rect x="0.5" y="1.5" width="{width}" height="{height - 3}" fill="#ffffff" '
        'stroke="#999999" stroke-width="0.8"/>',
    ]
    if value is not None:
        w = width * max(0.0, min(value, maximum)) / maximum
        out.append(
            f'<rect class="value" x="0.5" y="1.5" width="{_fmt(w)}" height="{height - 3}" '
            'fill="#1f3a5f"/>'
        )
    if target is not None:
        t = 0.5 + width * max(0.0, min(target, maximum)) / maximum
        out.append(
            f'<line class="target" x1="{_fmt(t)}" y1="0" x2="{_fmt(t)}" y2="{height}" '
            'stroke="#000000" stroke-width="1.5" stroke-dasharray="2 1.5"/>'
        )
    out.append("</svg>")
    return "".join(out)
