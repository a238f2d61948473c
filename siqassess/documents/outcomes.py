"""What the public API (:mod:`siqassess.api`) returns: each computed value with its typed
JSON document, and what :func:`siqassess.api.render` needs to write it in any format."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from siqassess.core.aggregate import Aggregate
from siqassess.core.assessment import Assessment
from siqassess.core.compare import Comparison
from siqassess.core.scoring import Result
from siqassess.core.trend import Series
from siqassess.criteria.tree import LoadedModel
from siqassess.documents.comparison import ComparisonDocument
from siqassess.documents.group import GroupDocument
from siqassess.documents.network import NetworkDocument
from siqassess.documents.result import FileResult
from siqassess.documents.trend import TrendDocument


@dataclass(frozen=True)
class Scored:
    """One assessment, scored: what :func:`score` returns and :func:`render` writes."""

    assessment: Assessment
    """The assessment that was scored (its model and answers)."""
    result: Result
    """Every node's score, target, gap and coverage, and the priority lists (rule 5, 8)."""
    document: FileResult
    """The typed document ``siqassess score -f json`` writes for this file."""

    @property
    def total(self) -> float | None:
        """The total score, 0–100, unrounded; ``None`` when no leaf has a score."""
        return self.document.total.score

    @property
    def points(self) -> float | None:
        """The total as points out of 1000 (rule 6)."""
        return self.document.total.points


@dataclass(frozen=True)
class Compared:
    """Two assessments of one organisation compared: what :func:`compare` returns."""

    old: Assessment
    new: Assessment
    comparison: Comparison
    """Every node's delta, the model drift and the like-for-like total (rules 10, 13)."""
    document: ComparisonDocument
    """The typed document ``siqassess compare -f json`` writes."""


@dataclass(frozen=True)
class Aggregated:
    """A team's answers combined: what :func:`aggregate` returns."""

    model: LoadedModel
    aggregate: Aggregate
    """Per leaf: n, mean, median, spread and the "discuss" flag (rule 9)."""
    document: GroupDocument
    """The typed document ``siqassess aggregate -f json`` writes."""


@dataclass(frozen=True)
class Trended:
    """One organisation over the years: what :func:`trend` returns."""

    series: Series
    """The assessments, oldest first."""
    document: TrendDocument
    """The typed document ``siqassess trend -f json`` writes."""


@dataclass(frozen=True)
class Benchmarked:
    """A network's members side by side, by code: what :func:`benchmark` returns."""

    model: LoadedModel
    document: NetworkDocument
    """The typed document ``siqassess benchmark -f json`` writes (rule 17)."""
    codes: Mapping[str, str]
    """Each member's name → its code: the key the coordinator keeps, never published."""


Document = Scored | Compared | Aggregated | Trended | Benchmarked
"""What :func:`render` takes."""
