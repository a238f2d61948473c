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
) -> str:
    """An inline SVG radar chart: one axis per label, one closed line per series.

    A series with a missing value (``None``) has no point on that axis; lines are drawn
    only between neighbouring axes that both have values, and it is filled only when
    complete. Solid series are filled lightly, dashed and dotted ones are outlines, so the
    chart reads in greyscale. Every text is escaped. The ring numbers stand on a scale in the
    margin, outside the plotted disc, so no data can lie under them, whatever the values.
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
    scale, numbers = _ticks(axes, maximum, ruler_side(axes))
    out.append(scale)
    for k, s in enumerate(series):
        out.append(_series(k, s, n, maximum, centre))
    out.append(numbers)
    out.append(f'<g class="labels" font-size="{FONT}" fill="#111111">')
    for i, label in enumerate(axes):
        out.append(_axis_label(i, n, label))
    out.append("</g>")
    out.append(_legend(series, width))
    out.append("</svg>")
    return "\n".join(out)


Box = tuple[float, float, float, float]
"""left, top, right, bottom."""

RULER = 582.0
"""Where the scale stands in the right margin (mirrored to the left when axis labels are in
the way): outside the plotted disc, so no data can ever lie under a ring number."""


def ruler_side(axes: Sequence[str]) -> int:
    """1 for a scale in the right margin, -1 for the left: the right unless an axis label
    reaches into the strip the scale needs and the left is clear."""
    n = len(axes)
    labels = [_label_box(i, n, label) for i, label in enumerate(axes)]
    for side in (1, -1):
        strip = _ruler_strip(side)
        if not any(_meets(strip, box) for box in labels):
            return side
    return 1


def _ruler_strip(side: int) -> Box:
    left = RULER - 4 if side > 0 else 0.0
    right = SIZE[0] if side > 0 else SIZE[0] - RULER + 4
    return left, CENTRE[1] - RADIUS - TICK_FONT, right, CENTRE[1]


def _meets(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def tick_boxes(maximum: float, side: int = 1) -> list[tuple[str, Box]]:
    """The ring numbers 40, 60, 80 and 100 beside the scale in the margin, with their boxes.

    Each stands at the height its ring reaches on the upright axis (y = cy − r): a dotted
    leader runs from there to the number. All are outside the plotted disc.
    """
    x = RULER + 10 if side > 0 else SIZE[0] - RULER - 10
    out = []
    for ring in RINGS[1:]:
        scaled = ring / 100.0 * maximum
        y = CENTRE[1] - RADIUS * ring / 100.0
        text = f"{scaled:g}"
        w = 0.62 * TICK_FONT * len(text)
        left, right = (x, x + w) if side > 0 else (x - w, x)
        out.append((text, (left, y - TICK_FONT / 2, right, y + TICK_FONT / 2)))
    return out


def _ticks(axes: Sequence[str], maximum: float, side: int) -> tuple[str, str]:
    """The scale: a line in the margin from the centre's height to the outer ring's, the ring
    numbers beside it, and a faint dotted leader from each ring on the upright axis to its
    number (broken where it would cross an axis label)."""
    n = len(axes)
    cx, cy = CENTRE
    x = RULER if side > 0 else SIZE[0] - RULER
    labels = [_label_box(i, n, label) for i, label in enumerate(axes)]
    out = [
        '<g class="scale" fill="none" stroke="#999999" stroke-width="1">',
        f'<line x1="{_fmt(x)}" y1="{_fmt(cy)}" x2="{_fmt(x)}" y2="{_fmt(cy - RADIUS)}"/>',
    ]
    for ring in RINGS[1:]:
        y = cy - RADIUS * ring / 100.0
        out.append(
            f'<line x1="{_fmt(x)}" y1="{_fmt(y)}" x2="{_fmt(x + 6 * side)}" y2="{_fmt(y)}"/>'
        )
        for a, b in _leader(y, min(cx, x), max(cx, x), labels):
            out.append(
                f'<line class="leader" x1="{_fmt(a)}" y1="{_fmt(y)}" x2="{_fmt(b)}" '
                f'y2="{_fmt(y)}" stroke-dasharray="1.5 4"/>'
            )
    out.append("</g>")
    scale = "\n".join(out)
    anchor = "start" if side > 0 else "end"
    spots = "".join(
        f'<text x="{_fmt(box[0] if side > 0 else box[2])}" '
        f'y="{_fmt(box[3] - TICK_FONT * 0.16)}">{escape(text)}</text>'
        for text, box in tick_boxes(maximum, side)
    )
    return scale, (
        f'<g class="ticks" font-size="{TICK_FONT}" text-anchor="{anchor}" fill="#555555">'
        f"{spots}</g>"
    )


def _leader(y: float, a: float, b: float, boxes: Sequence[Box]) -> list[tuple[float, float]]:
    """The pieces of the line from ``a`` to ``b`` at height ``y`` that cross none of ``boxes``."""
    pieces = [(a, b)]
    for left, top, right, bottom in boxes:
        if not top - 3 < y < bottom + 3:
            continue
        cut = []
        for p, q in pieces:
            cut += [(p, min(q, left - 4)), (max(p, right + 4), q)]
        pieces = [(p, q) for p, q in cut if q - p > 4]
    return pieces


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


def _label_layout(i: int, n: int, label: str) -> tuple[float, float, str, list[str]]:
    """Where axis ``i``'s id goes: x, the first line's baseline, the anchor and the lines.

    Labels above the centre grow upwards and those below grow downwards, away from the chart.
    """
    x, y = point(i, n, 1.0, RADIUS + 14, maximum=1.0, centre=CENTRE)
    dx, dy = x - CENTRE[0], y - CENTRE[1]
    anchor = "middle" if abs(dx) < 10 else ("start" if dx > 0 else "end")
    lines = _label_lines(label.split(" ", 1)[0])
    if dy < -10:
        top = y - LINE * (len(lines) - 1) - 6
    elif dy > 10:
        top = y + FONT
    else:
        top = y - LINE / 2 * (len(lines) - 1) + FONT / 3
    return x, top, anchor, lines


def _label_box(i: int, n: int, label: str) -> Box:
    """The box axis ``i``'s id covers (bold letters are at most 0.66 em wide)."""
    x, top, anchor, lines = _label_layout(i, n, label)
    w = 0.66 * FONT * max(len(line) for line in lines)
    left = {"start": x, "middle": x - w / 2, "end": x - w}[anchor]
    return left, top - 0.84 * FONT, left + w, top + LINE * (len(lines) - 1) + 0.2 * FONT


def _axis_label(i: int, n: int, label: str) -> str:
    """The axis's id (the label's first word) in large type; the whole label as its tooltip.

    The names are in the table beside every chart; ids alone leave room for a chart that reads
    from the back of a room.
    """
    x, top, anchor, lines = _label_layout(i, n, label)
    spans = "".join(
        f'<tspan x="{_fmt(x)}" y="{_fmt(top + LINE * j)}">{escape(line)}</tspan>'
        for j, line in enumerate(lines)
    )
    tip = f"<title>{escape(label)}</title>"
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
