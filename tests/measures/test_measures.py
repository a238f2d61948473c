"""Results as data (domain rule 16): level, trend, comparisons, coverage, the suggested band."""

from __future__ import annotations

import random

from hypothesis import example, given
from hypothesis import strategies as st

from siqassess.core.measure_types import Comparison, Measure
from siqassess.core.measures import (
    TREND_ORDER,
    band_index,
    covered,
    inconsistent,
    judge,
    judge_area,
    level_of,
    suggest,
    trend_of,
)

BANDS = ((0, 0), (10, 30), (40, 60), (70, 80), (90, 100))


def m(values: dict[int, float], **kw: object) -> Measure:
    return Measure.model_validate({"name": "x", "values": values, **kw})


def test_level_against_target_and_comparisons() -> None:
    measure = m(
        {2024: 8, 2025: 6},
        direction="lower",
        targets={2025: 6},
        comparisons=[{"value": 7, "source": "riket"}, {"value": 5, "source": "bäst"}],
    )
    level = level_of(measure)
    assert level is not None
    assert (level.year, level.value, level.target, level.met) == (2025, 6, 6, True)
    assert level.better == (True, False)
    assert level.share == 0.5


def test_target_of_a_year_without_one_is_the_latest_before_else_the_first_after() -> None:
    assert level_of(m({2026: 80}, targets={2024: 70, 2028: 100})).met is True  # type: ignore[union-attr]
    assert level_of(m({2026: 80}, targets={2028: 100})).met is False  # type: ignore[union-attr]


def test_direction_target_is_met_within_two_percent_and_compares_by_distance() -> None:
    measure = m(
        {2025: 101},
        direction="target",
        targets={2025: 100},
        comparisons=[{"value": 95, "source": "a"}],
    )
    level = level_of(measure)
    assert level is not None and level.met is True and level.better == (True,)
    no_target = m({2025: 101}, direction="target", comparisons=[{"value": 95, "source": "a"}])
    assert level_of(no_target).better == (None,)  # type: ignore[union-attr]
    assert level_of(no_target).share is None  # type: ignore[union-attr]


def test_trend_needs_three_values_and_is_flat_under_two_percent_of_the_mean() -> None:
    assert trend_of(m({2024: 1, 2025: 2})) is None
    assert trend_of(m({2023: 100, 2024: 100.5, 2025: 101.9})) == "flat"  # 1.9 < 2 % of 100.8
    assert trend_of(m({2023: 100, 2024: 101, 2025: 103})) == "improving"
    assert trend_of(m({2023: 100, 2024: 101, 2025: 103}, direction="lower")) == "worsening"
    assert trend_of(m({2023: 9, 2024: 8, 2025: 7}, direction="lower")) == "improving"


def test_trend_towards_a_target_is_the_distance_shrinking() -> None:
    closing = m({2023: 80, 2024: 90, 2025: 98}, direction="target", targets={2025: 100})
    assert trend_of(closing) == "improving"
    overshooting = m({2023: 100, 2024: 110, 2025: 125}, direction="target", targets={2025: 100})
    assert trend_of(overshooting) == "worsening"
    assert trend_of(m({2023: 1, 2024: 2, 2025: 3}, direction="target")) is None


def test_coverage_counts_suggested_measures_with_data_by_number_or_name() -> None:
    suggestions = (("Sjukfrånvaro", "Sickness absence"), ("NKI",), ("Klagomål",))
    measures = [
        m({2025: 1}, suggested=2),
        Measure(name="sickness absence", values={2025: 5}),
        Measure(name="Klagomål"),  # no values: no data
        m({2025: 1}, suggested=2),  # the same suggestion twice counts once
    ]
    assert covered(measures, suggestions) == 2


def strong(**kw: object) -> Measure:
    return m(
        {2023: 50, 2024: 60, 2025: 70},
        targets={2025: 70},
        comparisons=[{"value": 60, "source": "riket"}],
        **kw,
    )


def test_suggested_band_steps() -> None:
    assert suggest([]).low == 0
    assert (suggest([judge(Measure(name="x"))]).low, suggest([]).high) == (0, 0)
    no_references = judge(m({2023: 1, 2024: 2, 2025: 3}))
    assert (suggest([no_references]).low, suggest([no_references]).high) == (20, 30)
    worse = judge(m({2023: 3, 2024: 2, 2025: 1}, targets={2025: 5}))
    assert suggest([worse]).step == 1
    some = judge(m({2024: 1, 2025: 6}, targets={2025: 5}))
    assert (suggest([some, worse]).low, suggest([some, worse]).high) == (40, 60)
    assert suggest([judge(strong()), judge(strong()), worse]).step == 3
    assert suggest([judge(strong()), worse]).step == 2  # half is not most
    assert suggest([judge(strong()), judge(strong())]).step == 3  # not linked
    linked = judge(strong(follows_from=["F1.1"]))
    assert (suggest([linked, linked]).low, suggest([linked]).high) == (90, 100)


def test_consistency_note_only_more_than_one_band_away() -> None:
    suggestion = suggest([judge(m({2023: 1, 2024: 2, 2025: 3}))])  # 20–30
    assert band_index(25, BANDS) == 1
    assert not inconsistent(50, suggestion, BANDS)
    assert not inconsistent(0, suggestion, BANDS)
    assert inconsistent(70, suggestion, BANDS)
    assert not inconsistent(None, suggestion, BANDS)


years = st.integers(min_value=1990, max_value=2026)
values = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)
series = st.dictionaries(years, values, max_size=12)
direction = st.sampled_from(["higher", "lower", "target"])
comparisons = st.lists(st.builds(Comparison, value=values, source=st.just("riket")), max_size=3)


@given(
    st.lists(
        st.tuples(series, st.dictionaries(years, values, max_size=3), direction, comparisons),
        max_size=4,
    ),
    st.randoms(use_true_random=False),
)
@example([({2024: 1.0, 2023: 0.0, 2025: 2.0}, {2025: 2.0}, "higher", [])], random.Random(1))
def test_suggested_band_never_depends_on_the_order_of_the_values(
    areas: list[tuple[dict[int, float], dict[int, float], str, list[Comparison]]],
    rnd: random.Random,
) -> None:
    def build(shuffle: bool) -> list[Measure]:
        out = []
        for vals, targets, way, comps in areas:
            items = list(vals.items())
            if shuffle:
                rnd.shuffle(items)
            out.append(
                Measure(
                    name="x", values=dict(items), targets=targets, direction=way, comparisons=comps
                )  # type: ignore[arg-type]
            )
        return out

    assert judge_area(build(False), ()).suggestion == judge_area(build(True), ()).suggestion


@given(
    st.integers(min_value=1990, max_value=2020),
    st.integers(min_value=3, max_value=20),
    st.floats(min_value=-1e5, max_value=1e5),
    st.floats(min_value=1e-3, max_value=1e4),
    st.sampled_from(["higher", "lower"]),
)
@example(2000, 3, 0.0, 1e-3, "higher")
@example(2000, 3, -1e5, 1.0, "lower")
def test_a_uniformly_improving_series_is_never_worse_than_a_flat_one(
    start: int, n: int, base: float, step: float, way: str
) -> None:
    sign = 1 if way == "higher" else -1
    improving = {start + i: base + sign * step * i for i in range(n)}
    flat = {start + i: base for i in range(n)}
    better = trend_of(Measure(name="x", values=improving, direction=way))  # type: ignore[arg-type]
    level = trend_of(Measure(name="x", values=flat, direction=way))  # type: ignore[arg-type]
    assert better is not None and level == "flat"
    assert TREND_ORDER[better] >= TREND_ORDER[level]
