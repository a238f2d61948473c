"""The comparison document of ``siqassess compare --format json``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, cast

from siqassess.core.nodescore import Coverage
from siqassess.documents.measures import MeasureAreaDoc, measure_areas
from siqassess.documents.parts import (
    FORMAT,
    OMIT_NONE,
    ModelRefDoc,
    NodeKind,
    model_ref,
)

if TYPE_CHECKING:
    from siqassess.core.assessment import Assessment
    from siqassess.core.compare import Comparison, NodeDelta
    from siqassess.core.nodescore import NodeScore


@dataclass(frozen=True)
class SideDoc:
    """One of the two assessments compared."""

    file: str
    organisation: str
    unit: str
    respondent: str
    date: str | None
    status: str
    model: ModelRefDoc


@dataclass(frozen=True)
class DriftDoc:
    """How the two files' models differ; only the leaves both have are compared."""

    drifted: bool
    changed: tuple[str, ...]
    only_old: tuple[str, ...]
    only_new: tuple[str, ...]
    compared_leaves: int


@dataclass(frozen=True)
class ScoreDoc:
    """A node's score in one of the two assessments."""

    score: float | None
    target: float | None
    gap: float | None
    coverage: Coverage


@dataclass(frozen=True)
class DeltaDoc:
    """One node in either model: both scores (null where the model lacks it) and new − old."""

    id: str
    kind: NodeKind
    parent: str | None
    old: ScoreDoc | None
    new: ScoreDoc | None
    delta: float | None


@dataclass(frozen=True)
class ChangeDoc:
    """A leaf among the biggest changes or the target crossings."""

    id: str
    old: float | None
    new: float | None
    delta: float | None
    old_target: float | None
    new_target: float | None


@dataclass(frozen=True)
class WentNaDoc:
    """A leaf scored in the old assessment and marked not applicable in the new (rule 13)."""

    id: str
    old: float | None


@dataclass(frozen=True)
class LikeForLikeDoc:
    """Both total scores over the leaves both assessments scored, beside the reported ones."""

    compared_leaves: int
    old: float | None
    new: float | None
    delta: float | None


@dataclass(frozen=True)
class ComparisonDocument:
    """The output of ``siqassess compare --format json``: scores unrounded, null where none."""

    format: Literal[1]
    kind: Literal["comparison"]
    old: SideDoc
    new: SideDoc
    drift: DriftDoc
    nodes: tuple[DeltaDoc, ...]
    improvements: tuple[ChangeDoc, ...]
    declines: tuple[ChangeDoc, ...]
    crossed_up: tuple[ChangeDoc, ...]
    crossed_down: tuple[ChangeDoc, ...]
    went_na: tuple[WentNaDoc, ...] = ()
    """Warned about first: the totals are not like for like when a scored leaf became N/A."""
    like_for_like: LikeForLikeDoc | None = None
    """Present when some leaf was answered in one assessment and not in the other."""
    measures: tuple[MeasureAreaDoc, ...] | None = field(default=None, metadata=OMIT_NONE)
    """Per result area, the measures of both files by year and what rule 16 computes from
    them; left out when neither file has a measure."""


def side_doc(a: Assessment) -> SideDoc:
    """Who and what one assessment is."""
    answers = a.answers
    date = answers.date.isoformat() if answers.date else None
    return SideDoc(
        a.file,
        answers.organisation,
        answers.unit,
        answers.respondent,
        date,
        answers.status,
        model_ref(a.model),
    )


def _score(node: NodeScore | None) -> ScoreDoc | None:
    if node is None:
        return None
    return ScoreDoc(node.score, node.target, node.gap, node.coverage)


def _delta(node: NodeDelta) -> DeltaDoc:
    kind = cast(NodeKind, node.kind)
    return DeltaDoc(node.id, kind, node.parent, _score(node.old), _score(node.new), node.delta)


def _change(node: NodeDelta) -> ChangeDoc:
    old, new = node.old, node.new
    return ChangeDoc(
        node.id,
        old.score if old else None,
        new.score if new else None,
        node.delta,
        old.target if old else None,
        new.target if new else None,
    )


def comparison_document(old: Assessment, new: Assessment, cmp: Comparison) -> ComparisonDocument:
    """The comparison of two assessments."""
    d = cmp.drift
    drift = DriftDoc(
        d.drifted, tuple(d.changed), tuple(d.only_old), tuple(d.only_new), len(cmp.common)
    )
    return ComparisonDocument(
        FORMAT,
        "comparison",
        side_doc(old),
        side_doc(new),
        drift,
        tuple(_delta(n) for n in cmp.nodes),
        tuple(_change(n) for n in cmp.improvements),
        tuple(_change(n) for n in cmp.declines),
        tuple(_change(n) for n in cmp.crossed_up),
        tuple(_change(n) for n in cmp.crossed_down),
        tuple(WentNaDoc(i, _old_score(cmp, i)) for i in cmp.went_na),
        _like(cmp),
        measure_areas(new.model, [old.answers, new.answers]),
    )


def _old_score(cmp: Comparison, leaf_id: str) -> float | None:
    old = cmp.node(leaf_id).old
    return old.score if old else None


def _like(cmp: Comparison) -> LikeForLikeDoc | None:
    like = cmp.like_for_like
    if like is None:
        return None
    return LikeForLikeDoc(len(like.leaves), like.old, like.new, like.delta)
