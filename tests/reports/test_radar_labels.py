"""Radar charts that read on a projector (#28): the ring numbers 40–100 sit between two axes,
small, on a halo, clear of every data point; the charts are at least 320 px wide at 1280×720.

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
    """Each ring number's box, from its text's position and font size (digits are at most
    0.62 em wide; the baseline sits 0.16 em above the box's bottom, as radar.py places it)."""
    group = svg.find(f"{SVG}g[@class='ticks']")
    assert group is not None
    size = float(group.get("font-size", "0"))
    boxes = []
    for text in group.iter(f"{SVG}text"):
        x, y, label = float(text.get("x", "")), float(text.get("y", "")), text.text or ""
        half = 0.31 * size * len(label)
        boxes.append((label, (x - half, y - 0.84 * size, x + half, y + 0.16 * size)))
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


def _clashes(svg: ElementTree.Element) -> list[str]:
    return [
        f"{label} over the point at ({x:.0f}, {y:.0f})"
        for label, box in _tick_boxes(svg)
        for x, y, reach in _points(svg)
        if _overlaps(box, x, y, reach)
    ]


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


def test_ring_numbers_sit_between_two_axes_small_and_on_a_halo() -> None:
    axes = ["F1 a", "F2 b", "F3 c", "F4 d", "F5 e"]
    svg = radar_svg(axes, [Series("now", (40, 42, 45, 43, 24)), Series("t", (70,) * 5, "dashed")])
    root = ElementTree.fromstring(svg)
    halo, ticks = root.find(f"{SVG}g[@class='halo']"), root.find(f"{SVG}g[@class='ticks']")
    assert halo is not None and ticks is not None
    assert halo.get("stroke") == "#ffffff" and int(ticks.get("font-size", "0")) == TICK_FONT < 30
    gap = int(ticks.get("data-gap", "-1"))
    for text in ticks.iter(f"{SVG}text"):
        x, y = float(text.get("x", "")) - CENTRE[0], float(text.get("y", "")) - CENTRE[1]
        angle = math.degrees(math.atan2(x, -y)) % 360
        assert abs(angle - (gap + 0.5) * 72) < 6, (text.text, angle)  # halfway, not on an axis


def test_the_numbers_move_to_the_gap_the_data_leaves_free() -> None:
    """Today's Norrvik factors put the current line through 40 in every gap but one: the gap
    after an axis without a score has no line through it."""
    axes = ["F1", "F2", "F3", "F4", "F5"]
    full = [Series("now", (40, 42, 45, 43, 24)), Series("t", (70,) * 5, "dashed")]
    holed = [Series("now", (40, 42, None, 43, 41)), Series("t", (70, 70, None, 70, 70), "dashed")]
    gap = re.compile(r'class="ticks"[^>]*data-gap="(\d)"')
    assert gap.findall(radar_svg(axes, full)) == ["2"]
    assert {gap.findall(radar_svg(axes, holed))[0]} <= {"1", "2"}


values = st.lists(
    st.one_of(st.none(), st.integers(0, 10).map(lambda v: float(v * 10))), min_size=5, max_size=5
)


@settings(max_examples=60, deadline=None)
@given(values, values, values)
@example([40.0, 40.0, 40.0, 40.0, 40.0], [60.0] * 5, [100.0] * 5)
@example([0.0] * 5, [None] * 5, [80.0, None, 80.0, None, 80.0])
def test_no_series_ever_puts_a_point_under_a_ring_number(
    now: list[float | None], target: list[float | None], low: list[float | None]
) -> None:
    axes = ["F1", "F2", "F3", "F4", "F5"]
    series = [Series("now", tuple(now)), Series("target", tuple(target), "dashed")]
    svg = band_svg(radar_svg(axes, series, avoid=[tuple(low)]), low, target)
    assert _clashes(ElementTree.fromstring(svg)) == []


def test_the_boxes_the_chart_is_laid_out_with_match_what_it_draws() -> None:
    svg = ElementTree.fromstring(radar_svg(["A", "B", "C", "D", "E"], [Series("s", (50,) * 5)]))
    drawn = dict(_tick_boxes(svg))
    ticks = svg.find(f"{SVG}g[@class='ticks']")
    assert ticks is not None
    for label, box in tick_boxes(5, 100.0, int(ticks.get("data-gap", "-1"))):
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
