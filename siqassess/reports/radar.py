"""Pure SVG geometry for report charts: radar (spider) charts and small bars."""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from typing import Literal

Style = Literal["solid", "dashed", "dotted"]

SIZE = (640, 520)
"""Width and height of a radar chart's viewBox. Text is large for it (see FONT): shown at a
quarter of a 1280-pixel screen (about 340 px), axis labels are still 16 px and the ring numbers
(TICK_FONT) 11 px."""
RADIUS = 170.0
CENTRE = (SIZE[0] / 2, 232.0)
"""Where the axes meet; the legend sits in the strip below the chart."""
FONT = 30
"""Font size of labels, scale numbers and the legend, in viewBox units."""
LINE = 34
"""Line height of wrapped labels and of legend rows."""
RINGS = (20, 40, 60, 80, 100)
TICK_FONT = 22
"""Font size of the ring numbers 40–100: smaller than the axis labels, as they matter less."""
MARKER = 5.0
"""How far a data point's marker reaches from its centre (dot, square or a range's end cap)."""
_INK = {"solid": "#1f3a5f", "dashed": "#333333", "dotted": "#9a5b00"}
_DASH = {"solid": "", "dashed": "9 6", "dotted": "3 5"}
_FILL = {"solid": 0.22, "dashed": 0.0, "dotted": 0.0}
_HALO = 'fill="#ffffff" stroke="#ffffff" stroke-width="7" stroke-linejoin="round"'


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


def _label_lines(text: str, width: int = 13) -> list[str]:
    """A label wrapped to ``width`` characters, at most three lines (the last ends in "…")."""
    lines = textwrap.wrap(text, width, break_long_words=True) or [""]
    if len(lines) > 3:
        lines = [*lines[:2], textwrap.shorten(" ".join(lines[2:]), width, placeholder="…")]
    return lines


def radar_svg(
    axes: Sequence[str],
    series: Sequence[Series],
    maximum: float = 100.0,
    *,
    title: str = "",
    avoid: Sequence[Sequence[float | None]] = (),
) -> str:
    """An inline SVG radar chart: one axis per label, one closed line per series.

    A series with a missing value (``None``) has no point on that axis; lines are drawn
    only between neighbouring axes that both have values, and it is filled only when
    complete. Solid series are filled lightly, dashed and dotted ones are outlines, so the
    chart reads in greyscale. Every text is escaped. The ring numbers go between the two axes
    where they cross the fewest lines and points of the series and of ``avoid`` (values drawn
    later, such as :func:`band_svg`'s lower ends).
    """
    n = len(axes)
    if n < 3:
        raise ValueError("a radar chart needs at least three axes")
    width, height = SIZE
    cx, cy = centre = CENTRE
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
    for k, s in enumerate(series):
        out.append(_series(k, s, n, maximum, centre))
    drawn = [s.values[:n] for s in series] + [tuple(v)[:n] for v in avoid]
    out.append(_ticks(n, maximum, _clearest_gap(n, maximum, drawn)))
    out.append(f'<g class="labels" font-size="{FONT}" fill="#111111">')
    for i, label in enumerate(axes):
        out.append(_axis_label(i, n, label, maximum, centre))
    out.append("</g>")
    out.append(_legend(series, width))
    out.append("</svg>")
    return "\n".join(out)


Box = tuple[float, float, float, float]
"""left, top, right, bottom."""


def tick_boxes(n: int, maximum: float, gap: int) -> list[tuple[str, Box]]:
    """The ring numbers 40, 60, 80 and 100 in the gap after axis ``gap``, with their boxes.

    Each sits on its ring, where the ring crosses the line halfway between the two axes: never
    on an axis, where data points sit.
    """
    inner = math.cos(math.pi / n)  # a ring's side is this much nearer the centre than its corners
    out = []
    for ring in RINGS[1:]:
        scaled = ring / 100.0 * maximum
        x, y = point(2 * gap + 1, 2 * n, scaled * inner, maximum=maximum, centre=CENTRE)
        text = f"{scaled:g}"
        half_w, half_h = 0.31 * TICK_FONT * len(text) + 2, TICK_FONT / 2
        out.append((text, (x - half_w, y - half_h, x + half_w, y + half_h)))
    return out


def _hits_point(box: Box, p: tuple[float, float], reach: float) -> bool:
    nearest_x = min(max(p[0], box[0]), box[2])
    nearest_y = min(max(p[1], box[1]), box[3])
    return math.hypot(p[0] - nearest_x, p[1] - nearest_y) < reach


def _hits_line(box: Box, a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Whether the segment from ``a`` to ``b`` passes through ``box`` (sampled finely enough
    for boxes a dozen units high)."""
    steps = max(2, int(math.hypot(b[0] - a[0], b[1] - a[1]) / 2))
    return any(
        _hits_point(box, (a[0] + (b[0] - a[0]) * k / steps, a[1] + (b[1] - a[1]) * k / steps), 1)
        for k in range(steps + 1)
    )


def _clearest_gap(n: int, maximum: float, drawn: Sequence[Sequence[float | None]]) -> int:
    """The gap between two axes whose ring numbers cross the fewest points and lines.

    A data point under a number counts ten times a line. Ties go to the gap left of the first
    axis, then clockwise from the first axis, so an unchanged chart keeps its place.
    """
    shapes = [
        [
            None if v is None else point(i, n, v, maximum=maximum, centre=CENTRE)
            for i, v in enumerate(vs)
        ]
        for vs in drawn
    ]

    def cost(gap: int) -> int:
        total = 0
        for _, box in tick_boxes(n, maximum, gap):
            for pts in shapes:
                for i, p in enumerate(pts):
                    q = pts[(i + 1) % len(pts)]
                    if p is not None and _hits_point(box, p, MARKER):
                        total += 10
                    if p is not None and q is not None and _hits_line(box, p, q):
                        total += 1
        return total

    order: list[int] = [n - 1, *range(n - 1)]
    return min(order, key=cost)


def _ticks(n: int, maximum: float, gap: int) -> str:
    """The ring numbers, drawn over the series on a white halo (a copy of each number outlined
    in white underneath, which every SVG renderer draws)."""
    spots = [
        ((box[0] + box[2]) / 2, box[3] - TICK_FONT * 0.16, escape(text))
        for text, box in tick_boxes(n, maximum, gap)
    ]
    out = []
    for cls, paint in (("halo", _HALO), ("ticks", 'fill="#555555"')):
        out.append(
            f'<g class="{cls}" font-size="{TICK_FONT}" text-anchor="middle" {paint} '
            f'data-gap="{gap}">'
            + "".join(f'<text x="{_fmt(x)}" y="{_fmt(y)}">{t}</text>' for x, y, t in spots)
            + "</g>"
        )
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
    """The axis's id (the label's first word) in large type; the whole label as its tooltip.

    The names are in the table beside every chart; ids alone leave room for a chart that reads
    from the back of a room.
    """
    full = label
    label = label.split(" ", 1)[0]
    x, y = point(i, n, 1.0, RADIUS + 14, maximum=1.0, centre=centre)
    dx, dy = x - centre[0], y - centre[1]
    anchor = "middle" if abs(dx) < 10 else ("start" if dx > 0 else "end")
    lines = _label_lines(label)
    # Labels above the centre grow upwards and those below grow downwards, away from the chart.
    if dy < -10:
        top = y - LINE * (len(lines) - 1) - 6
    elif dy > 10:
        top = y + FONT
    else:
        top = y - LINE / 2 * (len(lines) - 1) + FONT / 3
    spans = "".join(
        f'<tspan x="{_fmt(x)}" y="{_fmt(top + LINE * j)}">{escape(line)}</tspan>'
        for j, line in enumerate(lines)
    )
    tip = f"<title>{escape(full)}</title>"
    return f'<text class="label" text-anchor="{anchor}" font-weight="700">{tip}{spans}</text>'


def _legend(series: Sequence[Series], width: int) -> str:
    """One entry per series in the strip under the chart, wrapped into rows, centred."""
    rows: list[list[tuple[Series, float]]] = [[]]
    used = 0.0
    for s in series:
        size = 44 + 0.56 * FONT * len(s.name) + 24
        if rows[-1] and used + size > width - 16:
            rows.append([])
            used = 0.0
        rows[-1].append((s, size))
        used += size
    out = [f'<g class="legend" font-size="{FONT - 2}" fill="#111111">']
    y = SIZE[1] - 14 - LINE * (len(rows) - 1)
    for row in rows:
        x = (width - sum(size for _, size in row) + 24) / 2
        for s, size in row:
            dash = f' stroke-dasharray="{_DASH[s.style]}"' if _DASH[s.style] else ""
            out.append(
                f'<line x1="{_fmt(x)}" y1="{_fmt(y - 8)}" x2="{_fmt(x + 36)}" y2="{_fmt(y - 8)}" '
                f'stroke="{_INK[s.style]}" stroke-width="3.5"{dash}/>'
            )
            out.append(f'<text x="{_fmt(x + 44)}" y="{_fmt(y)}">{escape(s.name)}</text>')
            x += size
        y += LINE
    out.append("</g>")
    return "\n".join(out)


def band_svg(svg: str, low: Sequence[float | None], high: Sequence[float | None]) -> str:
    """Shade the band from ``low`` to ``high`` on a chart drawn by ``radar_svg``.

    A warm tint between the lowest and the highest line, and a bar per axis from the lowest to
    the highest score with end caps, drawn under the series so the mean stays on top.
    """
    n = len(low)
    parts = ['<g class="band">']
    if all(v is not None for v in (*low, *high)):
        outer = [point(i, n, v or 0.0, centre=CENTRE) for i, v in enumerate(high)]
        inner = [point(i, n, v or 0.0, centre=CENTRE) for i, v in enumerate(low)]
        parts.append(
            f'<path fill="#e0a040" fill-opacity="0.32" stroke="none" fill-rule="evenodd" '
            f'd="M {_path(outer)} Z M {_path(inner)} Z"/>'
        )
    for i, (a, b) in enumerate(zip(low, high, strict=True)):
        if a is None or b is None:
            continue
        (x1, y1), (x2, y2) = point(i, n, a, centre=CENTRE), point(i, n, b, centre=CENTRE)
        parts.append(
            f'<line class="range" data-axis="{i}" x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" '
            f'y2="{y2:.1f}" stroke="#9a5b00" stroke-width="4" stroke-linecap="round"/>'
        )
        for x, y in ((x1, y1), (x2, y2)):
            parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5" fill="#9a5b00"/>')
    parts.append("</g>")
    at = svg.find('<g class="series')
    return svg[:at] + "\n".join(parts) + "\n" + svg[at:]


def _path(points: Sequence[tuple[float, float]]) -> str:
    return " L ".join(f"{x:.1f},{y:.1f}" for x, y in points)


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
