"""Rule 8: areas for improvement, results under target and leaves at or above target. Pure."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from siqassess.memo import PerObject

if TYPE_CHECKING:  # scoring imports this module to build its Result
    from siqassess.core.nodescore import NodeScore
    from siqassess.criteria.tree import Node

WAYS_OF_WORKING, RESULTS = "criterion", "result_area"


@dataclass(frozen=True)
class Ranked:
    """One leaf in a priority list, with the figures shown beside it."""

    node: NodeScore
    rank: int
    importance: float
    """Parent's share of its group × (leaf weight ÷ mean sibling weight)."""

    @property
    def gap(self) -> float:
        """target − score, positive (only leaves below target are ranked)."""
        return self.node.gap or 0.0

    @property
    def priority(self) -> float:
        """gap × importance: what the list is ranked by."""
        return self.gap * self.importance

    @property
    def points_at_stake(self) -> float:
        """Points out of 1000 between score and target; shown, never used to rank."""
        return points_at_stake(self.node) or 0.0


@dataclass(frozen=True)
class Priorities:
    """The three lists of rule 8."""

    improvements: tuple[Ranked, ...]
    """Ways-of-working leaves below target: the areas for improvement."""
    results_below: tuple[Ranked, ...]
    """Result leaves below target, always listed apart."""
    at_target: tuple[NodeScore, ...]
    """Leaves whose score reaches their target, highest score first."""


def importance(root: Node) -> dict[str, float]:
    """Every leaf's importance: its parent's share of its group × weight ÷ mean sibling weight.

    For a criterion the parent is its success factor; for a result area the parent is the
    group itself, whose share of the group is 1.
    """
    out: dict[str, float] = {}
    for group in root.children:
        group_total = sum(child.weight for child in group.children)
        for parent in group.children:
            if parent.is_leaf:
                continue
            _siblings(parent, parent.weight / group_total, out)
        if any(child.is_leaf for child in group.children):
            _siblings(group, 1.0, out)
    return out


importance_of = PerObject(importance)
""":func:`importance`, worked out once per tree: a batch scores every file on one model."""


def _siblings(parent: Node, share: float, out: dict[str, float]) -> None:
    leaves = [child for child in parent.children if child.is_leaf]
    mean = sum(child.weight for child in parent.children) / len(parent.children)
    for leaf in leaves:
        out[leaf.id] = share * leaf.weight / mean


def points_at_stake(node: NodeScore) -> float | None:
    """gap × static effective weight × 10; ``None`` without a positive gap."""
    gap = node.gap
    if gap is None or gap <= 0:
        return None
    return gap * node.effective_weight * 10


def rank(nodes: Mapping[str, NodeScore], weights: Mapping[str, float]) -> Priorities:
    """Sort the leaves into the three lists of rule 8.

    ``weights`` is each leaf's importance (see :func:`importance`).
    """
    # A batch ranks every file, so each leaf's gap is worked out once and the sort keys are
    # built beside the leaves (ids are unique, so a key never ties and the leaf is never
    # compared further).
    below: dict[str, list[tuple[float, float, str, float, NodeScore]]] = {
        WAYS_OF_WORKING: [],
        RESULTS: [],
    }
    met: list[tuple[float, str, NodeScore]] = []
    for node in nodes.values():
        into = below.get(node.kind)
        if into is None:
            continue
        gap = node.gap
        if gap is None:
            continue
        if gap > 0:
            weight = weights[node.id]
            key = _ranking(gap * weight)
            into.append((key, _tie_break(node.effective_weight), node.id, weight, node))
        else:
            met.append((-(node.score or 0), node.id, node))

    def ranked(leaves: list[tuple[float, float, str, float, NodeScore]]) -> tuple[Ranked, ...]:
        leaves.sort()
        return tuple([Ranked(n, i, w) for i, (_, _, _, w, n) in enumerate(leaves, start=1)])

    met.sort()
    return Priorities(
        improvements=ranked(below[WAYS_OF_WORKING]),
        results_below=ranked(below[RESULTS]),
        at_target=tuple([n for _, _, n in met]),
    )


# The sort keys are rounded so that products equal on paper (20 × 1/5 vs 10 × 2/5) tie exactly
# and fall back to the static effective weight, then the id, as rule 8 says. ``round`` to a
# number of digits is slow (0.6 µs: it formats the float), and a batch meets the same few
# products in every file (a gap on the scale's steps × a leaf's importance), so each is
# remembered. -0.0 and 0.0 share an entry; both sort alike.


@functools.lru_cache(maxsize=4096)
def _ranking(priority: float) -> float:
    """The first sort key of a leaf below target: its priority, rounded, highest first."""
    return -round(priority, 9)


@functools.lru_cache(maxsize=4096)
def _tie_break(effective_weight: float) -> float:
    """The second sort key: the static effective weight, rounded, highest first."""
    return -round(effective_weight, 12)
