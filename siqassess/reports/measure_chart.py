"""A small inline-SVG trend chart of one measure: its values, its targets and its comparisons."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

WIDTH, HEIGHT = 260, 96
_LEFT, _RIGHT, _TOP, _BOTTOM = 40, 12, 10, 22
_INK, _TARGET, _COMPARE = "#1f3a5f", "#2e7d32", "#9a5b00"


def _f(x: float) -> str:
    text = f"{x:.1f}"
    return "0.0" if text == "-0.0" else text


def _label(value: float) -> str:
    return f"{value:.0f}" if float(value).is_integer() or abs(value) >= 100 else f"{value:.1f}"


def trend_chart(
    values: Sequence[tuple[int, float]],
    targets: Sequence[tuple[int, float]],
    comparisons: Sequence[tuple[str, float, int | None]],
    title: str,
) -> str:
    """The chart as one ``<svg>`` element: values as a solid line with dots, targets as green
    dashed steps, each comparison as an amber diamond at its year (else at the latest year).
    Every text is escaped; the chart's size does not depend on how many values there are."""
    if not values:
        return ""
    years = [y for y, _ in values] + [y for y, _ in targets]
    years += [y for _, _, y in comparisons if y is not None]
    first, last = min(years), max(years)
    numbers = [v for _, v in values] + [v for _, v in targets] + [v for _, v, _ in comparisons]
    low, high = min(numbers), max(numbers)
    if high == low:
        low, high = low - 1, high + 1
    span_x = max(1, last - first)
    plot_w, plot_h = WIDTH - _LEFT - _RIGHT, HEIGHT - _TOP - _BOTTOM

    def x(year: float) -> float:
        return _LEFT + plot_w * (year - first) / span_x

    def y(value: float) -> float:
        return _TOP + plot_h * (high - value) / (high - low)

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}"'
        f' height="{HEIGHT}" role="img" aria-label="{escape(title)}" class="measure-chart">',
        f"<title>{escape(title)}</title>",
        f'<line x1="{_LEFT}" y1="{_TOP + plot_h}" x2="{WIDTH - _RIGHT}" y2="{_TOP + plot_h}"'
        ' stroke="#999" stroke-width="1"/>',
    ]
    for value in (high, low):
        parts.append(
            f'<text x="{_LEFT - 4}" y="{_f(y(value) + 4)}" font-size="11" text-anchor="end"'
            f' fill="#555">{escape(_label(value))}</text>'
        )
    for year, anchor in ((first, "start"), (last, "end")):
        parts.append(
            f'<text x="{_f(x(year))}" y="{HEIGHT - 6}" font-size="11" text-anchor="{anchor}"'
            f' fill="#555">{year}</text>'
        )
    if targets:
        steps = sorted(targets)
        points = []
        for i, (year, value) in enumerate(steps):
            end = steps[i + 1][0] if i + 1 < len(steps) else max(year, last)
            start, stop = x(year), x(end)
            if stop - start < 8:  # a target for the last year alone: a short tick, not a dot
                start, stop = start - 8, stop
            points += [(start, y(value)), (stop, y(value))]
        path = " ".join(f"{_f(a)},{_f(b)}" for a, b in points)
        parts.append(
            f'<polyline points="{path}" fill="none" stroke="{_TARGET}" stroke-width="2"'
            ' stroke-dasharray="6 4"/>'
        )
    series = sorted(values)
    if len(series) > 1:
        path = " ".join(f"{_f(x(a))},{_f(y(b))}" for a, b in series)
        parts.append(f'<polyline points="{path}" fill="none" stroke="{_INK}" stroke-width="2"/>')
    for year, value in series:
        parts.append(f'<circle cx="{_f(x(year))}" cy="{_f(y(value))}" r="3" fill="{_INK}"/>')
    for source, value, when in comparisons:
        cx, cy = x(when if when is not None else series[-1][0]), y(value)
        corners = ((cx, cy - 5), (cx + 5, cy), (cx, cy + 5), (cx - 5, cy))
        diamond = " ".join(f"{_f(a)},{_f(b)}" for a, b in corners)
        parts.append(
            f'<polygon points="{diamond}" fill="{_COMPARE}"><title>{escape(source)}: '
            f"{escape(_label(value))}</title></polygon>"
        )
    parts.append("</svg>")
    return "".join(parts)
