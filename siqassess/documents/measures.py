"""Measures carried across years in the JSON documents of ``compare`` and ``trend`` (rule 16).

Per result area: each measure's values and targets by calendar year from every file (a later
file's value for a year replacing an earlier's, as the md, html and pdf reports show them), and
what rule 16 computes from them: the level (the latest value against its target and its
comparisons), the trend over all the years, each comparison beaten or not, the area's coverage
of the model's suggested measures and the suggested band. Never a score: the score stays the
respondent's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from siqassess.core.answers import AnswersFile
from siqassess.core.measure_years import Merged, merged_measures
from siqassess.core.measures import Judged, judge_area
from siqassess.criteria.tree import LoadedModel

TrendDoc = Literal["improving", "flat", "worsening"]
DirectionDoc = Literal["higher", "lower", "target"]


@dataclass(frozen=True)
class YearValueDoc:
    """A value (or a target) in one calendar year."""

    year: int
    value: float


@dataclass(frozen=True)
class MeasureComparisonDoc:
    """A comparison value of the latest file, its source, and whether the latest value beats
    it in the good direction (null when that cannot be told: no value, or equal)."""

    source: str
    value: float
    year: int | None
    better: bool | None


@dataclass(frozen=True)
class LevelDoc:
    """The latest value, its year, the target for that year and whether it is met."""

    year: int
    value: float
    target: float | None
    met: bool | None
    """null without a target."""
    better_share: float | None
    """The share of the comparisons the latest value beats; null without a comparison."""


@dataclass(frozen=True)
class MeasureDoc:
    """One measure of a result area over the years, with what rule 16 computes from it."""

    name: str
    unit: str
    direction: DirectionDoc
    """Which way is good: higher, lower, or close to the target."""
    files: int
    """How many of the files hold the measure."""
    values: tuple[YearValueDoc, ...]
    """Oldest first, from every file."""
    targets: tuple[YearValueDoc, ...]
    level: LevelDoc | None
    """null when the measure has no value."""
    trend: TrendDoc | None
    """Over all the years; null with fewer than three values (or ``target`` without one)."""
    comparisons: tuple[MeasureComparisonDoc, ...]
    follows_from: tuple[str, ...]
    """The ways-of-working criteria (leaf ids) the result follows from."""
    source: str


@dataclass(frozen=True)
class MeasureCoverageDoc:
    """How many of the model's suggested measures for the area have data."""

    covered: int
    suggested: int


@dataclass(frozen=True)
class SuggestedBandDoc:
    """The band rule 16 suggests on the results scale (step 0, no data, to 4), beside the
    respondent's score and never in its place."""

    step: int
    low: int
    high: int


@dataclass(frozen=True)
class MeasureAreaDoc:
    """A result area's measures over the years."""

    id: str
    coverage: MeasureCoverageDoc
    suggested_band: SuggestedBandDoc
    measures: tuple[MeasureDoc, ...]


def _measure(judged: Judged, files: int) -> MeasureDoc:
    m, level = judged.measure, judged.level
    better = level.better if level is not None else ()
    return MeasureDoc(
        name=m.name,
        unit=m.unit,
        direction=m.direction,
        files=files,
        values=tuple(YearValueDoc(y, v) for y, v in judged.series),
        targets=tuple(YearValueDoc(y, v) for y, v in sorted(m.targets.items())),
        level=None
        if level is None
        else LevelDoc(level.year, level.value, level.target, level.met, level.share),
        trend=judged.trend,
        comparisons=tuple(
            MeasureComparisonDoc(c.source, c.value, c.year, better[i] if i < len(better) else None)
            for i, c in enumerate(m.comparisons)
        ),
        follows_from=tuple(m.follows_from),
        source=m.source,
    )


def measure_areas(
    model: LoadedModel, files: Sequence[AnswersFile]
) -> tuple[MeasureAreaDoc, ...] | None:
    """Every result area with a measure in any of ``files`` (oldest first), in ``model``'s
    order (an area the model lacks last); ``None`` when no file has a measure."""
    found = merged_measures(files)
    if not found:
        return None
    by_area: dict[str, list[Merged]] = {}
    for one in found:
        by_area.setdefault(one.leaf, []).append(one)
    order = {node.id: i for i, node in enumerate(model.leaves)}
    areas = []
    for leaf in sorted(by_area, key=lambda leaf: order.get(leaf, len(order))):
        node = model.nodes.get(leaf)
        suggestions = tuple(tuple(text.values()) for text in node.measures) if node else ()
        merged = by_area[leaf]
        judged = judge_area([m.measure for m in merged], suggestions)
        s = judged.suggestion
        areas.append(
            MeasureAreaDoc(
                id=leaf,
                coverage=MeasureCoverageDoc(judged.covered, judged.suggested),
                suggested_band=SuggestedBandDoc(s.step, s.low, s.high),
                measures=tuple(
                    _measure(j, m.files) for j, m in zip(judged.measures, merged, strict=True)
                ),
            )
        )
    return tuple(areas)
