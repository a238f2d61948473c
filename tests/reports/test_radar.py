"""Radar and bar geometry: points on the right radius, one axis per label, escaped text."""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET

import pytest

from siqassess.reports.radar import CENTRE, RADIUS, Series, bar_svg, point, radar_svg

NS = {"s": "http://www.w3.org/2000/svg"}


def _centre() -> tuple[float, float]:
    return CENTRE


def test_point_starts_at_the_top_and_goes_clockwise() -> None:
    assert point(0, 4, 100, 100) == pytest.approx((0, -100))
    assert point(1, 4, 100, 100) == pytest.approx((100, 0))
    assert point(2, 4, 50, 100) == pytest.approx((0, 50))
    assert point(3, 4, 100, 100, centre=(10, 10)) == pytest.approx((-90, 10))


@pytest.mark.parametrize("value", [0, 10, 35, 70, 100])
def test_point_lies_on_the_value_radius(value: float) -> None:
    for i in range(5):
        x, y = point(i, 5, value, 200)
        assert math.hypot(x, y) == pytest.approx(200 * value / 100)


def test_values_outside_the_scale_are_clamped_to_the_chart() -> None:
    assert point(0, 5, 150, 100) == pytest.approx(point(0, 5, 100, 100))
    assert point(0, 5, -20, 100) == pytest.approx((0, 0))


def test_radar_has_one_axis_per_label_and_one_point_per_value() -> None:
    axes = ["A", "B", "C", "D", "E"]
    svg = radar_svg(
        axes,
        [
            Series("Current", (40, 50, 60, 70, 80)),
            Series("Target", (70, 70, 70, 70, 70), "dashed"),
        ],
    )
    root = ET.fromstring(svg)
    assert root.get("data-axes") == "5"
    assert len(root.findall(".//s:line[@class='axis']", NS)) == 5
    assert len(root.findall(".//s:text[@class='label']", NS)) == 5
    series = root.findall(".//s:g[@data-name]", NS)
    assert [g.get("data-name") for g in series] == ["Current", "Target"]
    assert all(len(g.findall("*[@class='point']", NS)) == 5 for g in series)
    assert "stroke-dasharray" in ET.tostring(series[1], encoding="unicode")
    assert "stroke-dasharray" not in ET.tostring(
        series[0].find("s:polygon", NS), encoding="unicode"
    )


def test_radar_points_lie_on_the_radius_of_their_score() -> None:
    values = (0.0, 20.0, 50.0, 90.0, 100.0, 30.0)
    root = ET.fromstring(radar_svg(list("ABCDEF"), [Series("Now", values)]))
    cx, cy = _centre()
    for circle in root.findall(".//s:circle[@class='point']", NS):
        value = float(circle.get("data-value", "nan"))
        r = math.hypot(float(circle.get("cx", "0")) - cx, float(circle.get("cy", "0")) - cy)
        assert r == pytest.approx(RADIUS * value / 100, abs=0.1)


def test_a_missing_value_has_no_point_and_is_not_drawn_as_zero() -> None:
    root = ET.fromstring(radar_svg(list("ABCDE"), [Series("Now", (50, None, 50, 50, 50))]))
    points = root.findall(".//s:circle[@class='point']", NS)
    assert sorted(p.get("data-axis") for p in points) == ["0", "2", "3", "4"]
    assert root.find(".//s:g[@data-name='Now']/s:polygon", NS) is None
    # Only the segments between neighbours that both have a value: 2-3, 3-4, 4-0.
    assert len(root.findall(".//s:g[@data-name='Now']/s:line", NS)) == 3


def test_three_series_are_supported() -> None:
    series = [
        Series("2025", (30, 30, 30)),
        Series("2026", (50, 50, 50), "dotted"),
        Series("Target", (70, 70, 70), "dashed"),
    ]
    root = ET.fromstring(radar_svg(["a", "b", "c"], series))
    assert len(root.findall(".//s:g[@data-name]", NS)) == 3


def test_labels_and_names_are_escaped() -> None:
    svg = radar_svg(["<script>x</script>", "a & b", 'c"d'], [Series("<b>", (1, 2, 3))])
    root = ET.fromstring(svg)  # well-formed despite the hostile text
    texts = "".join(root.itertext())
    assert "<script>x</script>" in texts
    assert "<script>" not in svg


def test_fewer_than_three_axes_is_refused() -> None:
    with pytest.raises(ValueError):
        radar_svg(["a", "b"], [Series("x", (1, 2))])


def test_bar_has_value_and_target_marks() -> None:
    root = ET.fromstring(bar_svg(40, 70))
    assert root.find(".//s:rect[@class='value']", NS).get("width") == "40.0"  # type: ignore[union-attr]
    assert root.find(".//s:line[@class='target']", NS) is not None
    empty = ET.fromstring(bar_svg(None, 70))
    assert empty.find(".//s:rect[@class='value']", NS) is None
