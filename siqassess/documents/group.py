"""The group document of ``siqassess aggregate --format json``."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from siqassess.core.nodescore import Coverage
from siqassess.core.status import Status
from siqassess.documents.parts import (
    FORMAT,
    OMIT_NONE,
    AtTargetDoc,
    ModelRefDoc,
    NodeKind,
    RankedDoc,
    TotalDoc,
    model_ref,
    priority_lists,
    to_json_pieces,
    total_doc,
)

if TYPE_CHECKING:
    from siqassess.core.aggregate import Aggregate, LeafStats
    from siqassess.criteria.tree import LoadedModel


@dataclass(frozen=True)
class StatsDoc:
    """A leaf's statistics over the respondents who scored it; na/missing count respondents."""

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


@dataclass(frozen=True)
class ResponseDoc:
    """One respondent's answer to a leaf."""

    respondent: str
    status: Status
    score: float | None
    target: float
    note: str
    reason: str


@dataclass(frozen=True)
class GroupNodeDoc:
    """A node of the roll-up of the leaf means.

    ``min``/``max`` of an inner node are the lowest and highest of the respondents' own
    roll-ups; a leaf's are its lowest and highest score. Leaves also have ``stats`` and
    ``answers``.
    """

    id: str
    kind: NodeKind
    parent: str | None
    score: float | None
    target: float | None
    gap: float | None
    min: float | None
    max: float | None
    coverage: Coverage
    respondents: Mapping[str, float | None]
    stats: StatsDoc | None = field(default=None, metadata=OMIT_NONE)
    answers: tuple[ResponseDoc, ...] | None = field(default=None, metadata=OMIT_NONE)


@dataclass(frozen=True)
class RespondentDoc:
    """A respondent and their answers file."""

    name: str
    file: str
    role: str | None = field(default=None, metadata=OMIT_NONE)
    """The respondent's group (rule 14), when the file names one."""


@dataclass(frozen=True)
class DiscussDoc:
    """A leaf the team disagrees on (max − min ≥ the spread threshold)."""

    id: str
    spread: float | None
    min: float | None
    max: float | None
    mean: float | None
    scores: Mapping[str, float | None]


@dataclass(frozen=True)
class GroupDocument:
    """The output of ``siqassess aggregate --format json``."""

    format: Literal[1]
    kind: Literal["aggregate"]
    model: ModelRefDoc
    respondents: tuple[RespondentDoc, ...]
    spread_threshold: float
    total: TotalDoc
    nodes: tuple[GroupNodeDoc, ...]
    discuss: tuple[DiscussDoc, ...]
    improvements: tuple[RankedDoc, ...]
    results_below_target: tuple[RankedDoc, ...]
    at_or_above_target: tuple[AtTargetDoc, ...]


def _stats(s: LeafStats) -> StatsDoc:
    return StatsDoc(
        s.n, s.mean, s.median, s.min, s.max, s.spread, s.stdev, s.na, s.missing, s.discuss, s.target
    )


def _responses(s: LeafStats) -> tuple[ResponseDoc, ...]:
    return tuple(
        ResponseDoc(r.respondent, r.status, r.score, r.target, r.note, r.reason)
        for r in s.responses
    )


def _nodes(model: LoadedModel, agg: Aggregate) -> Iterator[GroupNodeDoc]:
    parents, names = model.parents, agg.respondents
    for at, (node_id, node) in enumerate(agg.result.nodes.items()):
        assert agg.node_ids[at] == node_id  # both in model order
        scores = [p.scores[at] for p in agg.people]
        values = [s for s in scores if s is not None]
        stats = agg.leaves.get(node_id)
        yield GroupNodeDoc(
            node_id,
            node.kind,
            parents[node_id].id if node_id in parents else None,
            node.score,
            node.target,
            node.gap,
            min(values) if values else None,
            max(values) if values else None,
            node.coverage,
            dict(zip(names, scores, strict=True)),
            _stats(stats) if stats else None,
            _responses(stats) if stats else None,
        )


def group_document(model: LoadedModel, agg: Aggregate, *, nodes: bool = True) -> GroupDocument:
    """The aggregate of a team's assessments; without ``nodes``, its ``nodes`` left empty
    (for :func:`group_json`, which writes them one at a time)."""
    discuss = tuple(
        DiscussDoc(
            s.id, s.spread, s.min, s.max, s.mean, {r.respondent: r.score for r in s.responses}
        )
        for s in agg.discuss
    )
    return GroupDocument(
        FORMAT,
        "aggregate",
        model_ref(model),
        tuple(RespondentDoc(p.name, p.file, p.role or None) for p in agg.people),
        agg.threshold,
        total_doc(agg.result),
        tuple(_nodes(model, agg)) if nodes else (),
        discuss,
        *priority_lists(agg.result),
    )


def group_json(model: LoadedModel, agg: Aggregate) -> Iterator[str]:
    """The group document as indented JSON (``to_json``'s text), a node at a time: a node
    holds every respondent's score and answer, so ten thousand files make a document of tens
    of megabytes that is never held whole."""
    return to_json_pieces(group_document(model, agg, nodes=False), "nodes", _nodes(model, agg))
