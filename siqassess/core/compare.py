"""Compare two assessments over time: deltas, target crossings and model drift. No I/O."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from siqassess.core.assessment import Assessment
from siqassess.core.na import both_answered, went_na
from siqassess.core.nodescore import NodeScore
from siqassess.core.scoring import LeafInput, leaf_target, roll_up
from siqassess.core.status import status
from siqassess.criteria.tree import LoadedModel, Node, effective_weights

TOP = 5
"""How many of the biggest improvements and declines a comparison lists."""


@dataclass(frozen=True)
class Drift:
    """How the two assessments' models differ; empty when they are the same model."""

    changed: tuple[str, ...]
    """Which of ``id``, ``version`` and ``content hash`` differ."""
    only_old: tuple[str, ...]
    """Leaves that exist only in the old model (model order)."""
    only_new: tuple[str, ...]
    """Leaves that exist only in the new model (model order)."""

    @property
    def drifted(self) -> bool:
        """Whether the models differ at all."""
        return bool(self.changed or self.only_old or self.only_new)


@dataclass(frozen=True)
class NodeDelta:
    """One node in both assessments; ``delta`` = new − old, ``None`` unless both have a score."""

    id: str
    kind: str
    parent: str | None
    old: NodeScore | None
    new: NodeScore | None

    @property
    def delta(self) -> float | None:
        """new − old score."""
        if self.old is None or self.new is None:
            return None
        if self.old.score is None or self.new.score is None:
            return None
        return self.new.score - self.old.score


@dataclass(frozen=True)
class LikeForLike:
    """Both assessments scored over the leaves both answered (rule 13), beside the reported
    totals; present only when some leaf was answered in one assessment and not the other."""

    leaves: tuple[str, ...]
    """The leaves both assessments scored, in the new model's order."""
    old: float | None
    new: float | None

    @property
    def delta(self) -> float | None:
        """new − old total score over those leaves."""
        return None if self.old is None or self.new is None else self.new - self.old


@dataclass(frozen=True)
class Comparison:
    """Everything ``siqassess compare`` reports, computed over the leaves both models share."""

    drift: Drift
    common: tuple[str, ...]
    """The leaves compared: those in both models, in the new model's order."""
    nodes: tuple[NodeDelta, ...]
    """Every node of the new model's tree (then nodes only the old one has)."""
    improvements: tuple[NodeDelta, ...]
    declines: tuple[NodeDelta, ...]
    crossed_up: tuple[NodeDelta, ...]
    """Leaves below target before and at or above it now."""
    crossed_down: tuple[NodeDelta, ...]
    """Leaves at or above target before and below it now."""
    went_na: tuple[str, ...] = ()
    """Leaves scored before and marked not applicable now (rule 13): warned about first."""
    like_for_like: LikeForLike | None = None

    def node(self, node_id: str) -> NodeDelta:
        """The delta of one node by id."""
        for node in self.nodes:
            if node.id == node_id:
                return node
        raise KeyError(node_id)

    @property
    def total(self) -> NodeDelta:
        """The root's delta."""
        return self.node("total")


def drift(old: LoadedModel, new: LoadedModel) -> Drift:
    """Which of id, version and content hash changed, and which leaves exist in only one."""
    changed = []
    if old.id != new.id:
        changed.append("id")
    if old.version != new.version:
        changed.append("version")
    if old.sha256 != new.sha256:
        changed.append("content hash")
    old_ids = {leaf.id for leaf in old.leaves}
    new_ids = {leaf.id for leaf in new.leaves}
    return Drift(
        tuple(changed),
        tuple(leaf.id for leaf in old.leaves if leaf.id not in new_ids),
        tuple(leaf.id for leaf in new.leaves if leaf.id not in old_ids),
    )


def prune(root: Node, keep: set[str]) -> Node | None:
    """The tree with only the leaves in ``keep``; inner nodes left empty go too."""
    if root.is_leaf:
        return root if root.id in keep else None
    children = tuple(c for c in (prune(child, keep) for child in root.children) if c is not None)
    if not children:
        return None
    return replace(root, children=children)


def shared_scores(
    model: LoadedModel,
    leaves: Mapping[str, LeafInput],
    file_default_target: float | None,
    common: set[str],
) -> dict[str, NodeScore]:
    """Score an assessment with its own model, over the ``common`` leaves only."""
    root = model.root if len(common) == len(model.leaves) else prune(model.root, common)
    if root is None:
        return {}
    default = leaf_target(None, file_default_target, model.spec.default_target)
    return roll_up(root, leaves, default_target=default, weights=effective_weights(root))


def compare(
    old_model: LoadedModel,
    old_leaves: Mapping[str, LeafInput],
    old_default_target: float | None,
    new_model: LoadedModel,
    new_leaves: Mapping[str, LeafInput],
    new_default_target: float | None,
    *,
    top: int = TOP,
) -> Comparison:
    """Compare an old and a new assessment, each scored with the model it answers.

    Only leaves in both models are compared; when leaves were added or removed, both
    assessments are re-scored over the shared leaves (with each model's own weights), so
    every delta compares like with like.
    """
    found = drift(old_model, new_model)
    old_ids = {leaf.id for leaf in old_model.leaves}
    common = tuple(leaf.id for leaf in new_model.leaves if leaf.id in old_ids)
    keep = set(common)
    old = shared_scores(old_model, old_leaves, old_default_target, keep)
    new = shared_scores(new_model, new_leaves, new_default_target, keep)
    old_parents = {c.id: n.id for n in old_model.nodes.values() for c in n.children}
    new_parents = {c.id: n.id for n in new_model.nodes.values() for c in n.children}
    nodes = [
        NodeDelta(node_id, score.kind, new_parents.get(node_id), old.get(node_id), score)
        for node_id, score in new.items()
    ]
    nodes += [
        NodeDelta(node_id, score.kind, old_parents.get(node_id), score, None)
        for node_id, score in old.items()
        if node_id not in new
    ]
    both = both_answered(old_leaves, new_leaves, common)
    like = None
    if any(status(old_leaves.get(i)) != status(new_leaves.get(i)) for i in common):
        # Someone answered a leaf the other did not: show the totals over the shared ones too.
        pair = set(both)
        old_both = shared_scores(old_model, old_leaves, old_default_target, pair)
        new_both = shared_scores(new_model, new_leaves, new_default_target, pair)
        like = LikeForLike(both, _total(old_both), _total(new_both))
    leaves = [n for n in nodes if n.id in keep and n.delta is not None]
    improvements = sorted((n for n in leaves if (n.delta or 0) > 0), key=_by_delta(-1))
    declines = sorted((n for n in leaves if (n.delta or 0) < 0), key=_by_delta(1))
    return Comparison(
        found,
        common,
        tuple(nodes),
        tuple(improvements[:top]),
        tuple(declines[:top]),
        tuple(n for n in leaves if _met(n.old) is False and _met(n.new) is True),
        tuple(n for n in leaves if _met(n.old) is True and _met(n.new) is False),
        went_na(old_leaves, new_leaves, common),
        like,
    )


def compare_assessments(old: Assessment, new: Assessment) -> Comparison:
    """:func:`compare` for two assessments, each with its own model and default target."""
    from siqassess.core.answers import leaf_inputs

    return compare(
        old.model,
        leaf_inputs(old.answers),
        old.answers.default_target,
        new.model,
        leaf_inputs(new.answers),
        new.answers.default_target,
    )


def _total(scores: Mapping[str, NodeScore]) -> float | None:
    total = scores.get("total")
    return None if total is None else total.score


def _by_delta(sign: int) -> Callable[[NodeDelta], tuple[float, str]]:
    def key(node: NodeDelta) -> tuple[float, str]:
        return sign * (node.delta or 0.0), node.id

    return key


def _met(node: NodeScore | None) -> bool | None:
    """Whether a leaf is at or above its target; ``None`` without a score."""
    if node is None or node.gap is None:
        return None
    return node.gap <= 0
