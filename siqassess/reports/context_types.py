"""The typed context report templates receive (documented in README "Template context").

Frozen dataclasses, read by templates the way dicts were: Jinja looks attributes up for
``node.score`` and ``node["score"]`` alike, ``tojson`` writes them as objects
(``context_json.context_data``) and ``dict(node, name=...)`` still copies one (see
``render.environment``). A context's fields are the template's top-level names (``variables``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any, Literal

from siqassess.core.nodescore import Coverage
from siqassess.core.status import Status
from siqassess.documents.parts import OMIT_NONE, ModelRefDoc
from siqassess.reports.header import Assessment, GroupWeight, Header, ModelInfo
from siqassess.reports.measure_years_view import MeasureYearsView
from siqassess.reports.measures_context import AreaMeasures

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

__all__ = [
    "Assessment",
    "Coverage",
    "GroupWeight",
    "Header",
    "ModelInfo",
]
"""The header's records, defined in ``reports.header``, are part of this context too."""

SCHEMA = 1
"""Version of the context schema; raised when a key changes meaning or goes away."""


@dataclass(frozen=True)
class NodeEntry:
    """One node of the tree with its score (0–100 or None), target, gap and points (× 10)."""

    id: str
    kind: str
    name: str
    score: float | None
    target: float | None
    gap: float | None
    points: float | None
    weight: float
    effective_weight: float
    coverage: Coverage


@dataclass(frozen=True)
class Branch(NodeEntry):
    """The total, a group or a success factor: a node with ``children``."""

    children: tuple[NodeEntry, ...]
    description: str | None = field(default=None, metadata=OMIT_NONE)


@dataclass(frozen=True)
class Band:
    """The level a leaf's score falls in."""

    label: str
    descriptor: str
    min: float
    max: float


@dataclass(frozen=True)
class Evidence:
    """One evidence entry; ``href`` is None unless the text is a safe link."""

    text: str
    href: str | None


@dataclass(frozen=True)
class Leaf(NodeEntry):
    """A scored leaf (criterion or result area) with the answer behind it."""

    question: str
    help: str
    status: Status
    target_source: Literal["own", "file", "model"]
    band: Band | None
    note: str
    reason: str
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class RankedLeaf(Leaf):
    """A leaf in a priority list: its ``rank`` (1, 2, …), importance and points at stake."""

    rank: int
    importance: float
    points_at_stake: float


@dataclass(frozen=True)
class Chart:
    """A radar chart: inline SVG, and its file name beside a Markdown OUT (else None)."""

    title: str
    svg: str
    file: str | None = None


@dataclass(frozen=True)
class Section:
    """An extra section of the report, rendered by the ``extra`` block."""

    id: str
    title: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class NaExamined:
    """A leaf marked N/A where the model flags it (rule 13): its reason and what to ask."""

    id: str
    question: str
    reason: str
    ask: str


@dataclass(frozen=True)
class ReportContext:
    """One assessment's gap report, in ``lang``; scores unrounded, templates round them."""

    schema: int
    lang: str
    labels: Mapping[str, str]
    title: str
    generated: str | None
    source: str
    header: Header
    """What every report kind opens with (``_header.<fmt>.j2``)."""
    assessment: Assessment
    model: ModelInfo
    coverage: Coverage
    partial: bool
    total: NodeEntry
    groups: tuple[Branch, ...]
    factors: tuple[NodeEntry, ...]
    result_areas: tuple[NodeEntry, ...]
    leaves: tuple[Leaf, ...]
    improvements: tuple[RankedLeaf, ...]
    results_below: tuple[RankedLeaf, ...]
    at_target: tuple[Leaf, ...]
    na_items: tuple[Leaf, ...]
    missing_items: tuple[Leaf, ...]
    charts: Mapping[str, Chart]
    sections: tuple[Section, ...] = ()
    summary: bool = False
    """``report --summary``: the overview alone (HTML and PDF)."""
    measures: tuple[AreaMeasures, ...] = ()
    """Each result area's measures (``reports.measures_context.AreaMeasures``), rule 16."""
    na_flagged: tuple[NaExamined, ...] = ()
    """The N/A leaves the model flags, "Not applicable – to be examined" (rule 13)."""


# -- the comparison and group reports: the report's context, plus ``comparison`` or ``group`` --


COVERAGE_KEYS = ("answered", "na", "missing", "total", "complete")
"""A coverage's keys in the context's JSON: the core type's counts and what it derives."""

_COUNTS = {"coverage_keys": COVERAGE_KEYS[:4]}
"""A comparison row's coverage in JSON: the counts and ``total``, without ``complete``."""


@dataclass(frozen=True)
class ChangeRow:
    """One node in both assessments: old and new score, target and coverage; Δ = new − old."""

    id: str
    kind: str
    name: str
    question: str
    old: float | None
    new: float | None
    delta: float | None
    old_target: float | None
    new_target: float | None
    old_coverage: Coverage | None = field(metadata=_COUNTS)
    new_coverage: Coverage | None = field(metadata=_COUNTS)


@dataclass(frozen=True)
class FactorChange(ChangeRow):
    """A success factor's row, with its criteria's rows."""

    children: tuple[ChangeRow, ...]


@dataclass(frozen=True)
class Side:
    """One of the two assessments compared."""

    file: str
    date: str | None
    respondent: str
    model: ModelRefDoc


@dataclass(frozen=True)
class ComparisonView:
    """The ``comparison`` of a comparison report (README "Progress over time")."""

    old: Side
    new: Side
    drift: tuple[str, ...]
    total: ChangeRow
    groups: tuple[ChangeRow, ...]
    rows: tuple[ChangeRow, ...]
    factors: tuple[FactorChange, ...]
    result_areas: tuple[ChangeRow, ...]
    improvements: tuple[ChangeRow, ...]
    declines: tuple[ChangeRow, ...]
    crossed_up: tuple[ChangeRow, ...]
    crossed_down: tuple[ChangeRow, ...]
    na_warnings: tuple[str, ...] = ()
    """Rule 13: each leaf that went from a score to N/A, then the like-for-like totals."""


@dataclass(frozen=True, kw_only=True)
class ComparisonContext(ReportContext):
    """The NEW assessment's report context, plus ``comparison``."""

    comparison: ComparisonView
    measure_years: MeasureYearsView | None = None
    """The two files' measures by calendar year (``reports.measure_years_view``), rule 16."""


@dataclass(frozen=True)
class RespondentScore:
    """One respondent's answer to a leaf."""

    respondent: str
    score: float | None
    status: Status


@dataclass(frozen=True)
class GroupLeaf:
    """One leaf's statistics over the respondents, and every respondent's score."""

    id: str
    kind: str
    name: str
    question: str
    n: int
    mean: float | None
    median: float | None
    min: float | None
    max: float | None
    spread: float | None
    stdev: float | None
    na: int
    missing: int
    discuss: bool
    target: float
    scores: tuple[RespondentScore, ...]


@dataclass(frozen=True)
class GroupView:
    """The ``group`` of a group report: ``discuss_first`` is the first ``discuss_top`` leaves
    of the ranked ``discuss`` list, ``discuss_rest`` the others, ``leaves`` every leaf."""

    respondents: tuple[str, ...]
    threshold: float
    discuss_top: int
    discuss_first: tuple[GroupLeaf, ...]
    discuss_rest: tuple[GroupLeaf, ...]
    discuss_more: str
    discuss: tuple[GroupLeaf, ...]
    leaves: tuple[GroupLeaf, ...]


@dataclass(frozen=True, kw_only=True)
class GroupContext(ReportContext):
    """The report context of the group's means (the consensus), plus ``group``."""

    group: GroupView


def variables(record: DataclassInstance) -> dict[str, Any]:
    """A context's (or entry's) fields by name, one level deep: the template's names."""
    return {f.name: getattr(record, f.name) for f in fields(record)}
