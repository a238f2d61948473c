"""Pure scoring functions: roll-up, gaps, coverage and the rule-8 priorities. No I/O."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from siqassess.core.priorities import Priorities, Ranked, importance, rank
from siqassess.core.status import status
from siqassess.criteria.tree import LoadedModel, Node


@dataclass(frozen=True)
class LeafInput:
    """What scoring needs of one leaf's answer."""

    score: float | None = None
    na: bool = False
    target: float | None = None
    """The leaf's own target, before the cascade to file and model defaults."""


@dataclass(frozen=True)
class Coverage:
    """How many leaves under a node were answered, marked not applicable, or are missing."""

    answered: int = 0
    na: int = 0
    missing: int = 0

    @property
    def total(self) -> int:
        """All leaves under the node."""
        return self.answered + self.na + self.missing

    @property
    def complete(self) -> bool:
        """Whether no leaf is missing."""
        return self.missing == 0


@dataclass(frozen=True)
class NodeScore:
    """A node's computed score, target and gap; ``None`` when nothing below it has a score."""

    id: str
    kind: str
    score: float | None
    target: float | None
    coverage: Coverage
    effective_weight: float
    """The node's static share of the total: the product of weight shares from the root."""

    @property
    def gap(self) -> float | None:
        """target − score; positive means below target."""
        if self.score is None or self.target is None:
            return None
        return self.target - self.score


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
    leaves: Mapping[str, LeafInput],
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
    out: dict[str, NodeScore] = {}
    order: list[str] = []  # model order (pre-order); results are made children first

    # Written for speed: a batch scores thousands of files, and this is its inner loop.
    def visit(node: Node) -> NodeScore:
        order.append(node.id)
        if not node.children:
            given = leaves.get(node.id, _UNANSWERED)
            state = status(given)
            result = NodeScore(
                node.id,
                node.kind,
                given.score if state == "answered" else None,
                given.target if given.target is not None else default_target,
                _COVERAGE[state],
                weights[node.id],
            )
        else:
            answered_n = na_n = missing_n = 0
            pairs: list[tuple[float, float, float]] = []
            for child in node.children:
                c = visit(child)
                answered_n += c.coverage.answered
                na_n += c.coverage.na
                missing_n += c.coverage.missing
                if c.score is not None and c.target is not None:
                    pairs.append((c.score, c.target, child.weight))
            coverage = Coverage(answered_n, na_n, missing_n)
            if pairs:
                score = _weighted_mean([(s, w) for s, _, w in pairs])
                target = _weighted_mean([(t, w) for _, t, w in pairs])
            else:
                score = target = None
            result = NodeScore(node.id, node.kind, score, target, coverage, weights[node.id])
        out[node.id] = result
        return result

    visit(root)
    return {node_id: out[node_id] for node_id in order}


_UNANSWERED = LeafInput()
_COVERAGE = {
    "answered": Coverage(1, 0, 0),
    "na": Coverage(0, 1, 0),
    "missing": Coverage(0, 0, 1),
}


def _weighted_mean(pairs: list[tuple[float, float]]) -> float | None:
    """The weighted mean of (value, weight) pairs; ``None`` when there are none, never 0."""
    if not pairs:
        return None
    total = weight = 0.0
    low = high = pairs[0][0]
    for value, w in pairs:
        total += value * w
        weight += w
        low = min(low, value)
        high = max(high, value)
    # A mean lies between its smallest and largest value; float rounding can push it a hair
    # outside (100.00000000000001), which would break "scores stay on the scale".
    return min(max(total / weight, low), high)


def score(
    model: LoadedModel,
    leaves: Mapping[str, LeafInput],
    file_default_target: float | None = None,
) -> Result:
    """Score one assessment against a model."""
    default = leaf_target(None, file_default_target, model.spec.default_target)
    nodes = roll_up(model.root, leaves, default_target=default, weights=model.weights)
    return Result(nodes, rank(nodes, importance(model.root)))
