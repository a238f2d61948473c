"""Results as data (domain rule 16): level, trend, comparisons, coverage and the suggested band.

Pure functions on :class:`~siqassess.core.measure_types.Measure`. What they compute is shown
beside the respondent's score, never in its place.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from siqassess.core.measure_types import Direction, Measure

Trend = Literal["improving", "flat", "worsening"]
TREND_ORDER: dict[Trend, int] = {"worsening": 0, "flat": 1, "improving": 2}

FLAT_SHARE = 0.02
"""A series is flat when its fitted change is under this share of its mean (rule 16)."""
MIN_TREND_VALUES = 3
TARGET_TOLERANCE = 0.02
"""With ``direction: target``, a value within this share of the target meets it."""

SUGGESTED_BANDS: tuple[tuple[int, int], ...] = ((0, 0), (20, 30), (40, 60), (70, 80), (90, 100))
"""The suggested band for each step of rule 16, from no data (0) to all measures strong (4)."""


@dataclass(frozen=True)
class Level:
    """The latest value against its target and against each comparison."""

    year: int
    value: float
    target: float | None
    met: bool | None
    """Whether the target is met; ``None`` without a target."""
    better: tuple[bool | None, ...]
    """Per comparison, in the measure's order: better than it; ``None`` when it cannot be told."""

    @property
    def share(self) -> float | None:
        """The share of the comparisons that the latest value beats (rule 16, *comparisons*)."""
        told = [b for b in self.better if b is not None]
        return sum(told) / len(told) if told else None


@dataclass(frozen=True)
class Judged:
    """One measure as the tool judges it."""

    measure: Measure
    series: tuple[tuple[int, float], ...]
    """The values in year order."""
    level: Level | None
    trend: Trend | None
    """``None`` with fewer than three values."""

    @property
    def good_level(self) -> bool:
        """Meets its target, or beats at least half of its comparisons."""
        level = self.level
        if level is None:
            return False
        share = level.share
        return level.met is True or (share is not None and share >= 0.5)

    @property
    def strong(self) -> bool:
        """A sustained positive trend (or a met target held) and good levels against both a
        target and comparisons."""
        level = self.level
        if level is None or level.met is not True:
            return False
        share = level.share
        return share is not None and share >= 0.5 and self.trend in ("improving", "flat")


@dataclass(frozen=True)
class Suggestion:
    """The suggested band on the results scale and the step of rule 16 that gave it."""

    step: int
    low: int
    high: int


@dataclass(frozen=True)
class AreaJudgement:
    """A result area's measures judged, its coverage of the suggested measures, the band."""

    measures: tuple[Judged, ...]
    covered: int
    suggested: int
    suggestion: Suggestion


def target_for(targets: Mapping[int, float], year: int) -> float | None:
    """The target for ``year``: that year's, else the latest before it, else the first after."""
    if not targets:
        return None
    if year in targets:
        return targets[year]
    before = [y for y in targets if y < year]
    if before:
        return targets[max(before)]
    return targets[min(targets)]


def meets(direction: Direction, value: float, target: float) -> bool:
    """Whether ``value`` meets ``target`` in the good direction."""
    if direction == "higher":
        return value >= target
    if direction == "lower":
        return value <= target
    return abs(value - target) <= TARGET_TOLERANCE * abs(target)


def beats(direction: Direction, value: float, other: float, target: float | None) -> bool | None:
    """Whether ``value`` is better than ``other``; ``None`` for ``target`` without a target."""
    if direction == "higher":
        return value > other
    if direction == "lower":
        return value < other
    if target is None:
        return None
    return abs(value - target) < abs(other - target)


def level_of(measure: Measure) -> Level | None:
    """The latest value against its target and comparisons; ``None`` without values."""
    if not measure.values:
        return None
    year = max(measure.values)
    value = measure.values[year]
    target = target_for(measure.targets, year)
    met = meets(measure.direction, value, target) if target is not None else None
    better = tuple(beats(measure.direction, value, c.value, target) for c in measure.comparisons)
    return Level(year, value, target, met, better)


def slope(points: Sequence[tuple[int, float]]) -> float:
    """The least-squares slope of ``points`` (x, y); 0 for fewer than two distinct x."""
    n = len(points)
    if n < 2:
        return 0.0
    mean_x = sum(x for x, _ in points) / n
    mean_y = sum(y for _, y in points) / n
    sxx = sum((x - mean_x) ** 2 for x, _ in points)
    if sxx == 0:
        return 0.0
    return sum((x - mean_x) * (y - mean_y) for x, y in points) / sxx


def trend_of(measure: Measure) -> Trend | None:
    """Improving, flat or worsening over all the values (three or more), by the sign of the
    least-squares slope in the good direction; flat when the fitted change over the series is
    under 2 % of the series' mean. ``None`` with fewer than three values, or with
    ``direction: target`` and no target."""
    series = sorted(measure.values.items())
    if len(series) < MIN_TREND_VALUES:
        return None
    if measure.direction == "target":
        if not measure.targets:
            return None
        good = [(y, -abs(v - (target_for(measure.targets, y) or 0.0))) for y, v in series]
    elif measure.direction == "lower":
        good = [(y, -v) for y, v in series]
    else:
        good = list(series)
    change = slope(good) * (series[-1][0] - series[0][0])
    mean = abs(sum(v for _, v in series) / len(series))
    if abs(change) < FLAT_SHARE * mean or change == 0:
        return "flat"
    return "improving" if change > 0 else "worsening"


def judge(measure: Measure) -> Judged:
    """One measure's series, level and trend."""
    return Judged(
        measure, tuple(sorted(measure.values.items())), level_of(measure), trend_of(measure)
    )


def covered(measures: Iterable[Measure], suggestions: Sequence[Iterable[str]]) -> int:
    """How many of the area's suggested measures have data: a measure stands for suggestion
    *k* when it says ``suggested: k`` or its name is the suggestion's text in any language."""
    names = {name.strip().casefold(): k for k, texts in enumerate(suggestions, 1) for name in texts}
    found = set()
    for measure in measures:
        if not measure.values:
            continue
        k = measure.suggested or names.get(measure.name.strip().casefold())
        if k is not None and 1 <= k <= len(suggestions):
            found.add(k)
    return len(found)


def suggest(judged: Sequence[Judged]) -> Suggestion:
    """The suggested band (rule 16).

    No data → 0; data without targets or comparisons → 20–30; positive trends or good levels
    in some measures → 40–60; sustained positive trends and good levels against targets and
    comparisons in most measures → 70–80; all of that in all measures, each linked to the ways
    of working it follows from → 90–100. The order the values were given in never counts.
    """
    with_data = [j for j in judged if j.level is not None]
    if not with_data:
        return _step(0)
    measured = any(m.measure.targets or m.measure.comparisons for m in with_data)
    if not measured or not any(j.trend == "improving" or j.good_level for j in with_data):
        return _step(1)
    strong = sum(j.strong for j in judged)
    if strong == len(judged) and all(j.measure.follows_from for j in judged):
        return _step(4)
    if strong * 2 > len(judged):
        return _step(3)
    return _step(2)


def _step(step: int) -> Suggestion:
    low, high = SUGGESTED_BANDS[step]
    return Suggestion(step, low, high)


def judge_area(measures: Sequence[Measure], suggestions: Sequence[Iterable[str]]) -> AreaJudgement:
    """A result area's measures judged, with coverage and the suggested band."""
    judged = tuple(judge(m) for m in measures)
    return AreaJudgement(judged, covered(measures, suggestions), len(suggestions), suggest(judged))


def band_index(value: float, bands: Sequence[tuple[int, int]]) -> int | None:
    """Which of the scale's bands (min, max) holds ``value``."""
    for i, (low, high) in enumerate(bands):
        if low <= value <= high:
            return i
    return None


def inconsistent(
    score: float | None, suggestion: Suggestion, bands: Sequence[tuple[int, int]]
) -> bool:
    """Whether the score is more than one of the scale's bands away from the suggestion."""
    if score is None:
        return False
    given, suggested = band_index(score, bands), band_index(suggestion.low, bands)
    return given is not None and suggested is not None and abs(given - suggested) > 1
