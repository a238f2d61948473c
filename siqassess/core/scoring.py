"""Pure scoring functions: roll-up, gaps, coverage and the rule-8 priorities. No I/O."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

from siqassess.core.nodescore import Coverage, NodeScore
from siqassess.core.priorities import Priorities, Ranked, importance_of, rank
from siqassess.core.status import status
from siqassess.criteria.tree import Kind, LoadedModel, Node
from siqassess.memo import PerObject


@dataclass(frozen=True)
class LeafInput:
    """What scoring needs of one leaf's answer."""

    score: float | None = None
    na: bool = False
    target: float | None = None
    """The leaf's own target, before the cascade to file and model defaults."""


class Answered(Protocol):
    """What scoring reads of a leaf's answer: a ``LeafInput``, or an answers file's ``Answer``."""

    @property
    def score(self) -> float | None: ...

    @property
    def na(self) -> bool: ...

    @property
    def target(self) -> float | None: ...


@dataclass(frozen=True)
class Result:
    """The scores of every node of one assessment, with the rule-8 priorities."""

    nodes: Mapping[str, NodeScore]
    ranking: Priorities

    @property
    def improvements(self) -> tuple[Ranked, ...]:
        """Areas for improvement: ways-of-working leaves below target, by gap × importance."""
        return self.ranking.improvements

    @property
    def results_below(self) -> tuple[Ranked, ...]:
        """Result leaves below target, ranked the same way and listed apart."""
        return self.ranking.results_below

    @property
    def at_target(self) -> tuple[NodeScore, ...]:
        """Leaves at or above target, highest score first."""
        return self.ranking.at_target

    @property
    def total(self) -> NodeScore:
        """The root node's score."""
        return self.nodes["total"]

    @property
    def points(self) -> float | None:
        """The total on the 1000-point scale."""
        return points(self.total.score)

    @property
    def coverage(self) -> Coverage:
        """Answered, N/A and missing leaves of the whole assessment."""
        return self.total.coverage


def points(score: float | None) -> float | None:
    """Convert a 0–100 score to points out of 1000."""
    return None if score is None else score * 10


def leaf_target(own: float | None, file_default: float | None, model_default: float) -> float:
    """A leaf's target: its own, else the answers file's default, else the model's."""
    if own is not None:
        return own
    if file_default is not None:
        return file_default
    return model_default


def roll_up(
    root: Node,
    leaves: Mapping[str, Answered | None],
    *,
    default_target: float,
    weights: Mapping[str, float],
) -> dict[str, NodeScore]:
    """Score every node: weighted means over the children that have a score.

    ``default_target`` is the fallback target for leaves without their own (the file's
    default, else the model's). N/A and unanswered leaves are left out of every mean;
    only unanswered ones count as missing. ``weights`` are the static effective weights of
    ``root``'s tree (``LoadedModel.weights``, or :func:`effective_weights` of a pruned tree).
    """
    flat = _flat(root)
    ids = flat.ids
    scores, targets, coverages = _rolled(flat, leaves, default_target)
    made = map(NodeScore, ids, flat.kinds, scores, targets, coverages, [weights[i] for i in ids])
    return dict(zip(ids, made, strict=True))


def node_scores(
    root: Node, leaves: Mapping[str, Answered | None], *, default_target: float
) -> list[float | None]:
    """Every node's score in model order (``root.walk()``), as :func:`roll_up` gives them,
    without making the nodes: an aggregate keeps only these of each of thousands of files."""
    return _rolled(_flat(root), leaves, default_target)[0]


def _rolled(
    flat: Flat, leaves: Mapping[str, Answered | None], default_target: float
) -> tuple[list[float | None], list[float | None], list[Coverage]]:
    # Written for speed: a batch scores thousands of files, and this is its inner loop. The
    # tree is flattened once per root (:class:`Flat`): the leaves are scored first, then the
    # inner nodes children first, each value kept in a list at the node's place in model order.
    size = len(flat.ids)
    scores: list[float | None] = [None] * size
    targets: list[float | None] = [None] * size
    coverages: list[Coverage] = [_COVERAGE["missing"]] * size
    get = leaves.get
    for at, leaf_id in flat.leaves:
        given = get(leaf_id) or _UNANSWERED
        state = status(given)
        if state == "answered":
            scores[at] = given.score
        own = given.target
        targets[at] = own if own is not None else default_target
        coverages[at] = _COVERAGE[state]
    for at, children in flat.inner:
        scores[at], targets[at], coverages[at] = _mean_of(scores, targets, coverages, children)
    return scores, targets, coverages


@dataclass(frozen=True)
class Flat:
    """A tree flattened for :func:`roll_up`: every node has a place, its index in model order."""

    ids: tuple[str, ...]
    """Every node's id, in model order."""
    kinds: tuple[Kind, ...]
    leaves: tuple[tuple[int, str], ...]
    """Each leaf's place and id."""
    inner: tuple[tuple[int, tuple[tuple[int, float], ...]], ...]
    """Each inner node's place, with its children's places and weights; children first."""


def _flatten(root: Node) -> Flat:
    order = root.walk()
    at = {node.id: i for i, node in enumerate(order)}
    inner = [
        (i, tuple((at[child.id], child.weight) for child in node.children))
        for i, node in enumerate(order)
        if node.children
    ]
    return Flat(
        ids=tuple(node.id for node in order),
        kinds=tuple(node.kind for node in order),
        leaves=tuple((i, node.id) for i, node in enumerate(order) if not node.children),
        inner=tuple(reversed(inner)),  # in model order a node comes before its children
    )


_flat = PerObject(_flatten)
"""The flattened tree of a root, made once: the model's for a batch, a pruned one's for compare."""


def _mean_of(
    scores: list[float | None],
    targets: list[float | None],
    coverages: list[Coverage],
    children: tuple[tuple[int, float], ...],
) -> tuple[float | None, float | None, Coverage]:
    """The weighted means of score and target over the children with both, and the coverage.

    ``children`` are the places of a node's children in the lists, with their weights.
    ``None`` (never 0) when no child has a score. A mean lies between its smallest and largest
    value; float rounding can push it a hair outside (100.00000000000001), which would break
    "scores stay on the scale", so it is clamped to them.
    """
    answered = na = missing = 0
    total = aim = weights = 0.0
    seen: list[float] = []  # the scores and the targets that went into the means
    aims: list[float] = []
    for at, weight in children:
        counts = coverages[at]
        answered += counts.answered
        na += counts.na
        missing += counts.missing
        score, target = scores[at], targets[at]
        if score is None or target is None:
            continue
        total += score * weight
        aim += target * weight
        weights += weight
        seen.append(score)
        aims.append(target)
    coverage = _coverage(answered, na, missing)
    if not seen:
        return None, None, coverage
    mean = min(max(total / weights, min(seen)), max(seen))
    return mean, min(max(aim / weights, min(aims)), max(aims)), coverage


def _coverage(answered: int, na: int, missing: int) -> Coverage:
    """The one ``Coverage`` of these counts: a batch meets the same few again and again."""
    key = (answered, na, missing)
    known = _COVERAGES.get(key)
    if known is None:
        if len(_COVERAGES) >= 4096:
            _COVERAGES.clear()
        known = _COVERAGES[key] = Coverage(answered, na, missing)
    return known


_COVERAGES: dict[tuple[int, int, int], Coverage] = {}
_UNANSWERED = LeafInput()
_COVERAGE = {
    "answered": Coverage(1, 0, 0),
    "na": Coverage(0, 1, 0),
    "missing": Coverage(0, 0, 1),
}


def score(
    model: LoadedModel,
    leaves: Mapping[str, Answered | None],
    file_default_target: float | None = None,
) -> Result:
    """Score one assessment against a model.

    ``leaves`` maps leaf ids to answers: ``LeafInput`` values, or an answers file's own
    ``answers`` (``None`` for a blank one), read as they are, without a copy.
    """
    default = leaf_target(None, file_default_target, model.spec.default_target)
    nodes = roll_up(model.root, leaves, default_target=default, weights=model.weights)
    return Result(nodes, rank(nodes, importance_of(model.root)))
