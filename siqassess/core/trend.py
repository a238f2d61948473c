"""One organisation over the years: each node's series, its change per year and direction. No I/O.

A node is compared only over the years in which it was scored: a year where it is N/A or
unanswered is a gap in its series, never a zero, and every figure says how many years it rests
on. A change of model between two years is kept as a :class:`ModelChange`, for reports to say
loudly (domain rule 10).
"""

from __future__ import annotations

import datetime as dt
import itertools
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from siqassess.core.assessment import Assessment
from siqassess.core.nodescore import Coverage
from siqassess.core.scoring import Answered, leaf_target, roll_up
from siqassess.criteria.tree import Kind, LoadedModel

Direction = Literal["improving", "flat", "declining"]
FLAT_SHARE = 0.02
"""A series whose fitted change over its span is under 2 % of its mean is flat (as rule 16)."""
MIN_YEARS = 3
"""A trend needs this many assessments."""
_DAYS_PER_YEAR = 365.25


@dataclass(frozen=True)
class Series:
    """One organisation's assessments, oldest first."""

    organisation: str
    assessments: tuple[Assessment, ...]


@dataclass(frozen=True)
class Point:
    """One assessment in the series, as read: its date, model and answers."""

    date: dt.date
    model: LoadedModel
    leaves: Mapping[str, Answered | None]
    default_target: float | None = None
    file: str = ""


@dataclass(frozen=True)
class ModelRef:
    """Which model one year answered."""

    id: str
    version: str
    sha256: str


@dataclass(frozen=True)
class ModelChange:
    """The model changed between two consecutive assessments of the series."""

    before: dt.date
    after: dt.date
    old: ModelRef
    new: ModelRef
    changed: tuple[str, ...]
    """Which of ``id``, ``version`` and ``sha256`` differ."""
    only_old: tuple[str, ...]
    """Nodes only the earlier model has."""
    only_new: tuple[str, ...]
    """Nodes only the later model has."""


@dataclass(frozen=True)
class YearValue:
    """A node in one year; ``present`` is false when that year's model lacks the node."""

    present: bool
    score: float | None
    target: float | None
    coverage: Coverage
    change: float | None
    """score − the previous scored year's score; ``None`` without both."""
    per_year: float | None
    """``change`` divided by the years between the two assessments."""


@dataclass(frozen=True)
class NodeTrend:
    """One node's series over every assessment, oldest first."""

    id: str
    kind: Kind
    parent: str | None
    values: tuple[YearValue, ...]
    scored: int
    """How many years the node has a score in: what its trend rests on."""
    change: float | None
    """Last scored − first scored; ``None`` with fewer than two scored years."""
    slope: float | None
    """The least-squares change per year over the scored years."""
    direction: Direction | None
    """``None`` with fewer than two scored years."""


@dataclass(frozen=True)
class Trend:
    """The series of one organisation: the assessments in date order and every node's trend."""

    dates: tuple[dt.date, ...]
    models: tuple[ModelRef, ...]
    coverage: tuple[Coverage, ...]
    """Each assessment's coverage of its whole model."""
    nodes: tuple[NodeTrend, ...]
    """Every node of the latest model, in its order, then nodes only earlier models had."""
    changes: tuple[ModelChange, ...]

    def node(self, node_id: str) -> NodeTrend:
        """One node's trend by id."""
        for node in self.nodes:
            if node.id == node_id:
                return node
        raise KeyError(node_id)


def years_between(a: dt.date, b: dt.date) -> float:
    """The years from ``a`` to ``b`` (days / 365.25)."""
    return (b - a).days / _DAYS_PER_YEAR


def slope(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """The least-squares slope of ys over xs; ``None`` unless two distinct xs."""
    if len(xs) < 2:
        return None
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    if sxx == 0:
        return None
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sxx


def direction(xs: Sequence[float], ys: Sequence[float]) -> Direction | None:
    """Improving, flat or declining by the sign of the fitted slope; flat when the fitted change
    over the span is under ``FLAT_SHARE`` of the mean (a series of zeros is flat)."""
    fitted = slope(xs, ys)
    if fitted is None:
        return None
    span = fitted * (max(xs) - min(xs))
    if abs(span) < FLAT_SHARE * abs(statistics.fmean(ys)) or span == 0:
        return "flat"
    return "improving" if span > 0 else "declining"


def _ref(model: LoadedModel) -> ModelRef:
    return ModelRef(model.id, model.version, model.sha256)


def _change(before: Point, after: Point) -> ModelChange | None:
    old, new = _ref(before.model), _ref(after.model)
    changed = tuple(
        name for name in ("id", "version", "sha256") if getattr(old, name) != getattr(new, name)
    )
    if not changed:
        return None
    old_ids, new_ids = before.model.nodes, after.model.nodes
    return ModelChange(
        before.date,
        after.date,
        old,
        new,
        changed,
        tuple(i for i in old_ids if i not in new_ids),
        tuple(i for i in new_ids if i not in old_ids),
    )


def _series(
    dates: Sequence[dt.date], found: Sequence[tuple[float | None, float | None, Coverage] | None]
) -> tuple[tuple[YearValue, ...], int, float | None, float | None, Direction | None]:
    values: list[YearValue] = []
    last: tuple[dt.date, float] | None = None
    xs: list[float] = []
    ys: list[float] = []
    for date, one in zip(dates, found, strict=True):
        if one is None:
            values.append(YearValue(False, None, None, Coverage(0, 0, 0), None, None))
            continue
        score, target, coverage = one
        change = per_year = None
        if score is not None:
            if last is not None:
                change = score - last[1]
                years = years_between(last[0], date)
                per_year = change / years if years > 0 else None
            last = (date, score)
            xs.append(years_between(dates[0], date))
            ys.append(score)
        values.append(YearValue(True, score, target, coverage, change, per_year))
    total = ys[-1] - ys[0] if len(ys) >= 2 else None
    return tuple(values), len(ys), total, slope(xs, ys), direction(xs, ys)


def trend(points: Sequence[Point]) -> Trend:
    """The trend of one organisation's assessments (any order; sorted by date here)."""
    ordered = sorted(points, key=lambda p: p.date)
    dates = tuple(p.date for p in ordered)
    scored: list[Mapping[str, tuple[float | None, float | None, Coverage]]] = []
    for p in ordered:
        default = leaf_target(None, p.default_target, p.model.spec.default_target)
        nodes = roll_up(p.model.root, p.leaves, default_target=default, weights=p.model.weights)
        scored.append({i: (n.score, n.target, n.coverage) for i, n in nodes.items()})
    latest = ordered[-1].model
    kinds = {i: n.kind for p in ordered for i, n in p.model.nodes.items()}
    parents = {i: n.id for p in ordered for i, n in p.model.parents.items()}
    order = list(latest.nodes)
    order += [i for p in reversed(ordered) for i in p.model.nodes if i not in latest.nodes]
    trends = []
    for node_id in dict.fromkeys(order):
        values, n, change, fitted, way = _series(dates, [s.get(node_id) for s in scored])
        trends.append(
            NodeTrend(node_id, kinds[node_id], parents.get(node_id), values, n, change, fitted, way)
        )
    changes = [_change(a, b) for a, b in itertools.pairwise(ordered)]
    return Trend(
        dates,
        tuple(_ref(p.model) for p in ordered),
        tuple(s["total"][2] for s in scored),
        tuple(trends),
        tuple(c for c in changes if c is not None),
    )
