"""The trend document of ``siqassess trend --format json``: one organisation over the years."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from siqassess.core.nodescore import Coverage
from siqassess.documents.measures import MeasureAreaDoc, measure_areas
from siqassess.documents.parts import FORMAT, OMIT_NONE, ModelRefDoc, NodeKind

if TYPE_CHECKING:
    from siqassess.core.trend import ModelRef, NodeTrend, Series, Trend, YearValue

DirectionDoc = Literal["improving", "flat", "declining"]


@dataclass(frozen=True)
class YearDoc:
    """One assessment of the series."""

    date: str
    file: str
    model: ModelRefDoc
    coverage: Coverage
    score: float | None
    points: float | None


@dataclass(frozen=True)
class ModelChangeDoc:
    """The model changed between two consecutive assessments: never compared silently."""

    before: str
    after: str
    old: ModelRefDoc
    new: ModelRefDoc
    changed: tuple[str, ...]
    only_old: tuple[str, ...]
    only_new: tuple[str, ...]


@dataclass(frozen=True)
class PointDoc:
    """A node in one year: null score where it was N/A or unanswered (a gap, never a zero)."""

    date: str
    present: bool
    """Whether that year's model has the node."""
    score: float | None
    target: float | None
    gap: float | None
    coverage: Coverage
    change: float | None
    """score − the previous scored year's score."""
    per_year: float | None
    """``change`` per year between the two assessments."""


@dataclass(frozen=True)
class NodeTrendDoc:
    """One node over the years."""

    id: str
    kind: NodeKind
    parent: str | None
    years_scored: int
    """How many years the node has a score in: what its change and direction rest on."""
    change: float | None
    """Last scored − first scored."""
    slope_per_year: float | None
    """The least-squares change per year over the scored years."""
    direction: DirectionDoc | None
    points: tuple[PointDoc, ...]


@dataclass(frozen=True)
class TrendDocument:
    """The output of ``siqassess trend --format json``: scores unrounded, null where none."""

    format: Literal[1]
    kind: Literal["trend"]
    organisation: str
    years: tuple[YearDoc, ...]
    model_changes: tuple[ModelChangeDoc, ...]
    nodes: tuple[NodeTrendDoc, ...]
    measures: tuple[MeasureAreaDoc, ...] | None = field(default=None, metadata=OMIT_NONE)
    """Per result area, every file's measures by year and what rule 16 computes from them
    over the whole series; left out when no file has a measure."""


def _ref(ref: ModelRef) -> ModelRefDoc:
    return ModelRefDoc(ref.id, ref.version, ref.sha256)


def _point(date: str, value: YearValue) -> PointDoc:
    gap = None
    if value.score is not None and value.target is not None:
        gap = value.target - value.score
    return PointDoc(
        date,
        value.present,
        value.score,
        value.target,
        gap,
        value.coverage,
        value.change,
        value.per_year,
    )


def _node(dates: tuple[str, ...], node: NodeTrend) -> NodeTrendDoc:
    return NodeTrendDoc(
        node.id,
        node.kind,
        node.parent,
        node.scored,
        node.change,
        node.slope,
        node.direction,
        tuple(_point(d, v) for d, v in zip(dates, node.values, strict=True)),
    )


def trend_document(series: Series, trend: Trend) -> TrendDocument:
    """The trend of one organisation's series."""
    dates = tuple(d.isoformat() for d in trend.dates)
    total = trend.node("total")
    years = tuple(
        YearDoc(
            date,
            a.file,
            _ref(ref),
            cov,
            value.score,
            None if value.score is None else value.score * 10,
        )
        for date, a, ref, cov, value in zip(
            dates, series.assessments, trend.models, trend.coverage, total.values, strict=True
        )
    )
    changes = tuple(
        ModelChangeDoc(
            c.before.isoformat(),
            c.after.isoformat(),
            _ref(c.old),
            _ref(c.new),
            c.changed,
            c.only_old,
            c.only_new,
        )
        for c in trend.changes
    )
    nodes = tuple(_node(dates, n) for n in trend.nodes)
    files = [a.answers for a in series.assessments]
    measures = measure_areas(series.assessments[-1].model, files) if files else None
    return TrendDocument(FORMAT, "trend", series.organisation, years, changes, nodes, measures)
