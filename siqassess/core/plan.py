"""Rule 12: the action plan, the written areas for improvement and their actions by priority."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from siqassess.core.answers import Action, Improvement
from siqassess.core.scoring import Result


@dataclass(frozen=True)
class PlanEntry:
    """One leaf's areas for improvement, where the leaf stands in the priorities."""

    leaf_id: str
    list: str
    """``improvements``, ``results_below`` or ``other`` (at or above target, or unscored)."""
    rank: int | None
    gap: float | None
    points_at_stake: float | None
    improvements: tuple[tuple[str, tuple[Action, ...]], ...]


def action_plan(
    result: Result, findings: Mapping[str, Sequence[str | Improvement]], order: Sequence[str]
) -> tuple[PlanEntry, ...]:
    """Every leaf with written areas for improvement: the areas for improvement in rank order,
    then the results under target, then the rest in model ``order``."""
    entries: list[PlanEntry] = []
    seen: set[str] = set()
    for name, ranked in (
        ("improvements", result.improvements),
        ("results_below", result.results_below),
    ):
        for r in ranked:
            if findings.get(r.node.id):
                items = _items(findings[r.node.id])
                entries.append(PlanEntry(r.node.id, name, r.rank, r.gap, r.points_at_stake, items))
                seen.add(r.node.id)
    for leaf_id in order:
        if leaf_id not in seen and findings.get(leaf_id):
            gap = result.nodes[leaf_id].gap
            entries.append(PlanEntry(leaf_id, "other", None, gap, None, _items(findings[leaf_id])))
    return tuple(entries)


def _items(found: Sequence[str | Improvement]) -> tuple[tuple[str, tuple[Action, ...]], ...]:
    return tuple(
        (item, ()) if isinstance(item, str) else (item.text, tuple(item.actions)) for item in found
    )
