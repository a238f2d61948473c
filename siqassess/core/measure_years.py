"""Measures carried across years: each measure's values by calendar year, from several files.

``compare`` and ``trend`` read an organisation's answers files of different years; each file
holds its measures' values for the years it knew (domain rule 16). A measure is known by its
result area and name; its series is the union of the files' values, a later file's value for
a year replacing an earlier file's (a figure revised after the fact). Pure, no I/O.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from siqassess.core.answers import AnswersFile
from siqassess.core.measure_types import Direction, Measure
from siqassess.core.measures import Trend, trend_of


@dataclass(frozen=True)
class MeasureYears:
    """One measure over the years, as the files give it."""

    leaf: str
    name: str
    unit: str
    direction: Direction
    values: tuple[tuple[int, float], ...]
    """(year, value), oldest first."""
    targets: tuple[tuple[int, float], ...]
    trend: Trend | None
    """Over all the years (three or more values), as rule 16 judges a measure's trend."""
    files: int
    """How many of the files hold the measure."""


@dataclass(frozen=True)
class Merged:
    """One measure as the files give it together: the latest file's measure (name, unit,
    direction, comparisons, links, source) with every file's values and targets."""

    leaf: str
    measure: Measure
    files: int
    """How many of the files hold the measure."""


def merged_measures(files: Sequence[AnswersFile]) -> tuple[Merged, ...]:
    """Every measure of ``files`` (oldest first): by result area in the model's order, and
    within an area in the order the measures first appear."""
    merged: dict[tuple[str, str], Measure] = {}
    counts: dict[tuple[str, str], int] = {}
    for answers in files:
        for leaf, answer in answers.answers.items():
            for measure in answer.measures if answer is not None else ():
                key = (leaf, measure.name)
                counts[key] = counts.get(key, 0) + 1
                before = merged.get(key)
                if before is None:
                    merged[key] = measure
                    continue
                merged[key] = measure.model_copy(
                    update={
                        "values": before.values | measure.values,
                        "targets": before.targets | measure.targets,
                    }
                )
    order = {leaf: i for i, leaf in enumerate(files[-1].answers)} if files else {}
    keys = sorted(merged, key=lambda key: order.get(key[0], len(order)))  # stable: by area
    return tuple(Merged(leaf, merged[(leaf, name)], counts[(leaf, name)]) for leaf, name in keys)


def measure_years(files: Sequence[AnswersFile]) -> tuple[MeasureYears, ...]:
    """Every measure of ``files`` (oldest first), its values by year and its trend over them:
    by result area in the model's order, and within an area in the order they first appear."""
    return tuple(
        MeasureYears(
            m.leaf,
            m.measure.name,
            m.measure.unit,
            m.measure.direction,
            tuple(sorted(m.measure.values.items())),
            tuple(sorted(m.measure.targets.items())),
            trend_of(m.measure),
            m.files,
        )
        for m in merged_measures(files)
    )


def all_years(measures: Sequence[MeasureYears]) -> tuple[int, ...]:
    """The calendar years any of ``measures`` has a value in, oldest first."""
    return tuple(sorted({year for m in measures for year, _ in m.values}))
