"""Radar charts that read on a projector (#28): the ring numbers 40–100 stand on a scale in the
margin, outside the plotted disc, so they cover no filled area, no line and no point of any data;
the charts are at least 320 px wide at 1280×720.

Checked twice: from the SVG's own geometry (every chart of the example reports, and random
series), and in headless Chromium, which lays the HTML report out at 1280×720 and reports the
boxes it drew.
"""

from __future__ import annotations

import json
import math
import re
import shutil
import subprocess
from pathlib import Path
from xml.etree import ElementTree

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from siqassess.cli import app
from siqassess.reports.radar import (
    CENTRE,
    MARKER,
    RADIUS,
    TICK_FONT,
    Series,
    band_svg,
    radar_svg,
    ruler_side,
    tick_boxes,
)

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SVG = "{http://www.w3.org/2000/svg}"
Box = tuple[float, float, float, float]


def _reports(folder: Path) -> dict[str, Path]:
    """The HTML reports whose charts a person sees: a gap report per year and the team's."""
    runner = CliRunner()
    jobs = {
        "report-2025": ["report", str(EXAMPLES / "norrvik-2025.yaml")],
        "report-2026": ["report", str(EXAMPLES / "norrvik-2026.yaml"), "--lang", "en"],
        "aggregate": ["aggregate", str(EXAMPLES / "team")],
    }
    out = {}
    for name, args in jobs.items():
        path = folder / f"{name}.html"
        result = runner.invoke(app, [*args, "-f", "html", "-o", str(path)])
        assert result.exit_code == 0, result.output
        out[name] = path
    return out


def _charts(html: str) -> list[ElementTree.Element]:
    svgs = re.findall(r'<svg xmlns="http://www.w3.org/2000/svg" class="radar".*?</svg>', html, re.S)
    return [ElementTree.fromstring(svg) for svg in svgs]


def _tick_boxes(svg: ElementTree.Element) -> list[tuple[str, Box]]:
    """Each ring number's box, from its text's position, anchor and font size (digits are at
    most 0.62 em wide; the baseline sits 0.16 em above the box's bottom, as radar.py places it)."""
    group = svg.find(f"{SVG}g[@class='ticks']")
    assert group is not None
    size = float(group.get("font-size", "0"))
    shift = {"start": 0.0, "middle": 0.5, "end": 1.0}[group.get("text-anchor", "start")]
    boxes = []
    for text in group.iter(f"{SVG}text"):
        x, y, label = float(text.get("x", "")), float(text.get("y", "")), text.text or ""
        w = 0.62 * size * len(label)
        boxes.append(
            (label, (x - shift * w, y - 0.84 * size, x + (1 - shift) * w, y + 0.16 * size))
        )
    return boxes


def _points(svg: ElementTree.Element) -> list[tuple[float, float, float]]:
    """Every data point's centre and reach: dots, squares and a band's end caps."""
    found = []
    for circle in svg.iter(f"{SVG}circle"):
        r = float(circle.get("r", "0"))
        found.append((float(circle.get("cx", "")), float(circle.get("cy", "")), r))
    for rect in svg.iter(f"{SVG}rect"):
        w = float(rect.get("width", "0"))
        x, y = float(rect.get("x", "")) + w / 2, float(rect.get("y", "")) + w / 2
        found.append((x, y, w / 2 * math.sqrt(2)))
    return found


def _overlaps(box: Box, x: float, y: float, reach: float) -> bool:
    nx, ny = min(max(x, box[0]), box[2]), min(max(y, box[1]), box[3])
    return math.hypot(x - nx, y - ny) < reach


Point = tuple[float, float]


def _pairs(text: str) -> list[Point]:
    values = [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", text)]
    return list(zip(values[::2], values[1::2], strict=True))


def _inside(poly: list[Point], x: float, y: float) -> bool:
    """Whether (x, y) lies inside the polygon ``poly`` (even–odd rule)."""
    inside = False
    for (x1, y1), (x2, y2) in zip(poly, [*poly[1:], poly[0]], strict=True):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def _segment_hits(box: Box, a: Point, b: Point) -> bool:
    """Whether the segment from ``a`` to ``b`` meets the box (Liang–Barsky clipping)."""
    low, high = 0.0, 1.0
    dx, dy = b[0] - a[0], b[1] - a[1]
    for p, q in (
        (-dx, a[0] - box[0]),
        (dx, box[2] - a[0]),
        (-dy, a[1] - box[1]),
        (dy, box[3] - a[1]),
    ):
        if p == 0:
            if q < 0:
                return False
        elif p < 0:
            low = max(low, q / p)
        else:
            high = min(high, q / p)
    return low <= high


def _area_hits(box: Box, poly: list[Point]) -> bool:
    """Whether the box meets the filled polygon: an edge crosses it, or it lies inside."""
    edges = zip(poly, [*poly[1:], poly[0]], strict=True)
    return _inside(poly, box[0], box[1]) or any(_segment_hits(box, a, b) for a, b in edges)


def _shapes(svg: ElementTree.Element) -> tuple[list[list[Point]], list[tuple[Point, Point]]]:
    """The chart's filled areas (a filled series, a band's outer edge) and every line of data
    (each series' outline or pieces, the band's bars)."""
    areas, lines = [], []
    for group in svg.iter(f"{SVG}g"):
        cls = group.get("class", "")
        if not (cls.startswith("series") or cls == "band"):
            continue
        for polygon in group.iter(f"{SVG}polygon"):
            pts = _pairs(polygon.get("points", ""))
            if float(polygon.get("fill-opacity", "1")) > 0:
                areas.append(pts)
            lines += zip(pts, [*pts[1:], pts[0]], strict=True)
        for line in group.iter(f"{SVG}line"):
            a, b = (float(line.get("x1", "")), float(line.get("y1", ""))), (
                float(line.get("x2", "")), float(line.get("y2", "")))  # fmt: skip
            lines.append((a, b))
        for path in group.iter(f"{SVG}path"):
            areas.append(_pairs(path.get("d", "").split("Z")[0]))
    return areas, lines


def _clashes(svg: ElementTree.Element) -> list[str]:
    boxes = _tick_boxes(svg)
    areas, lines = _shapes(svg)
    return (
        [
            f"{label} over the point at ({x:.0f}, {y:.0f})"
            for label, box in boxes
            for x, y, reach in _points(svg)
            if _overlaps(box, x, y, reach)
        ]
        + [
            f"{label} over a filled area"
            for label, box in boxes
            for a in areas
            if _area_hits(box, a)
        ]
        + [
            f"{label} over the line ({a[0]:.0f}, {a[1]:.0f})–({b[0]:.0f}, {b[1]:.0f})"
            for label, box in boxes
            for a, b in lines
            if _segment_hits(box, a, b)
        ]
    )


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return _reports(tmp_path_factory.mktemp("radar"))


def test_every_example_chart_keeps_its_ring_numbers_off_the_data(
    reports: dict[str, Path],
) -> None:
    charts = [c for path in reports.values() for c in _charts(path.read_text("utf-8"))]
    assert len(charts) == 6
    for svg in charts:
        assert [label for label, _ in _tick_boxes(svg)] == ["40", "60", "80", "100"]
        assert _clashes(svg) == []


def _outside_the_disc(box: Box) -> bool:
    nx, ny = min(max(CENTRE[0], box[0]), box[2]), min(max(CENTRE[1], box[1]), box[3])
    return math.hypot(nx - CENTRE[0], ny - CENTRE[1]) > RADIUS + MARKER


def test_the_ring_numbers_stand_in_the_margin_at_their_rings_heights() -> None:
    """Norrvik's factors: about 40–55 in every direction, so no gap between two axes is free."""
    axes = ["F1 a", "F2 b", "F3 c", "F4 d", "F5 e"]
    svg = radar_svg(axes, [Series("now", (40, 42, 45, 43, 24)), Series("t", (70,) * 5, "dashed")])
    root = ElementTree.fromstring(svg)
    ticks = root.find(f"{SVG}g[@class='ticks']")
    assert ticks is not None and int(ticks.get("font-size", "0")) == TICK_FONT < 30
    assert ticks.get("text-anchor") == "start"  # beside a scale in the right margin
    for label, box in _tick_boxes(root):
        assert _outside_the_disc(box), label
        assert box[0] > CENTRE[0] + RADIUS
        ring = float(label)
        assert (box[1] + box[3]) / 2 == pytest.approx(CENTRE[1] - RADIUS * ring / 100, abs=1)
    leaders = root.findall(f".//{SVG}g[@class='scale']/{SVG}line[@class='leader']")
    assert {float(line.get("y1", "")) for line in leaders} == {164.0, 130.0, 96.0, 62.0}
    assert min(float(line.get("x1", "")) for line in leaders) == CENTRE[0]  # from the rings


def test_a_scale_the_axis_labels_would_cover_moves_to_the_left_margin() -> None:
    long = ["F1", "Ledarskapet", "F3", "F4", "F5"]
    assert ruler_side(["F1", "F2", "F3", "F4", "F5"]) == 1
    assert ruler_side(long) == -1
    root = ElementTree.fromstring(radar_svg(long, [Series("now", (50,) * 5)]))
    ticks = root.find(f"{SVG}g[@class='ticks']")
    assert ticks is not None and ticks.get("text-anchor") == "end"
    for label, box in _tick_boxes(root):
        assert box[2] < CENTRE[0] - RADIUS, label


values = st.lists(
    st.one_of(st.none(), st.integers(0, 10).map(lambda v: float(v * 10))), min_size=5, max_size=5
)


@settings(max_examples=60, deadline=None)
@given(values, values, values)
@example([40.0, 40.0, 40.0, 40.0, 40.0], [60.0] * 5, [100.0] * 5)
@example([0.0] * 5, [None] * 5, [80.0, None, 80.0, None, 80.0])
@example([40.0, 42.0, 45.0, 43.0, 24.0], [70.0] * 5, [30.0] * 5)  # Norrvik's factors
@example([100.0] * 5, [100.0] * 5, [100.0] * 5)
def test_no_data_ever_lies_under_a_ring_number(
    now: list[float | None], target: list[float | None], low: list[float | None]
) -> None:
    axes = ["F1", "F2", "F3", "F4", "F5"]
    series = [Series("now", tuple(now)), Series("target", tuple(target), "dashed")]
    root = ElementTree.fromstring(band_svg(radar_svg(axes, series), low, target))
    assert _clashes(root) == []
    assert all(_outside_the_disc(box) for _, box in _tick_boxes(root))


def test_the_boxes_the_chart_is_laid_out_with_match_what_it_draws() -> None:
    svg = ElementTree.fromstring(radar_svg(["A", "B", "C", "D", "E"], [Series("s", (50,) * 5)]))
    drawn = dict(_tick_boxes(svg))
    ticks = svg.find(f"{SVG}g[@class='ticks']")
    assert ticks is not None
    for label, box in tick_boxes(100.0, 1):
        assert drawn[label] == pytest.approx(box, abs=MARKER / 2)
    assert RADIUS > 150  # a ring of 100 spans most of the chart


_MEASURE = """<script>
addEventListener('load', () => {
  const box = e => { const r = e.getBoundingClientRect();
                     return [r.left, r.top, r.right, r.bottom]; };
  const charts = [...document.querySelectorAll('svg.radar')].map(svg => ({
    width: svg.getBoundingClientRect().width,
    ticks: [...svg.querySelectorAll('g.ticks text')].map(t => [t.textContent, box(t)]),
    points: [...svg.querySelectorAll('.point, g.band circle')].map(box),
    areas: [...svg.querySelectorAll('g.series polygon')].map(p => {
      const m = p.getScreenCTM();
      return [...p.points].map(q => { const s = new DOMPoint(q.x, q.y).matrixTransform(m);
                                      return [s.x, s.y]; });
    }),
  }));
  const pre = document.createElement('pre');
  pre.id = 'measured';
  pre.textContent = JSON.stringify({viewport: [innerWidth, innerHeight], charts});
  document.body.appendChild(pre);
});
</script>"""


def _measure(page: Path, profile: Path) -> dict[str, object]:
    """Chromium's own layout of ``page`` at 1280×720: each chart's width and drawn boxes."""
    probe = page.with_suffix(".probe.html")
    probe.write_text(page.read_text("utf-8").replace("</body>", _MEASURE + "</body>"), "utf-8")
    done = subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
         f"--user-data-dir={profile}", "--window-size=1280,720", "--dump-dom", probe.as_uri()],
        capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    found = re.search(r'<pre id="measured">(.*?)</pre>', done.stdout, re.S)
    assert found, done.stderr[-2000:]
    data: dict[str, object] = json.loads(found.group(1).replace("&quot;", '"'))
    return data


@pytest.mark.chromium
@pytest.mark.skipif(shutil.which("chromium") is None, reason="needs Chromium (chromium)")
@pytest.mark.parametrize("name", ["report-2025", "aggregate"])
def test_chromium_draws_wide_charts_with_ring_numbers_clear_of_the_points(
    name: str, reports: dict[str, Path], tmp_path: Path
) -> None:
    measured = _measure(reports[name], tmp_path / "chromium-profile")
    assert measured["viewport"][0] == 1280  # type: ignore[index]
    charts = measured["charts"]
    assert isinstance(charts, list) and len(charts) == 2
    for chart in charts:
        assert chart["width"] >= 320, chart["width"]
        assert [t[0] for t in chart["ticks"]] == ["40", "60", "80", "100"]
        assert len(chart["points"]) >= 10
        for label, (left, top, right, bottom) in chart["ticks"]:
            for p_left, p_top, p_right, p_bottom in chart["points"]:
                apart = p_right <= left or p_left >= right or p_bottom <= top or p_top >= bottom
                assert apart, (name, label)
            assert chart["areas"]  # the filled current or mean polygon, at least
            for area in chart["areas"]:
                assert not _area_hits((left, top, right, bottom), [tuple(p) for p in area])
