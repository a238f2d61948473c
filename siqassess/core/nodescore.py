"""What scoring computes for one node: its score, target and gap, and its coverage. No I/O.

Its own module so that both :mod:`~siqassess.core.scoring` and
:mod:`~siqassess.core.priorities` (which ranks these) import it, and neither the other.
"""

from __future__ import annotations

from dataclasses import dataclass

from siqassess.criteria.tree import Kind


@dataclass(frozen=True)
class Coverage:
    """How many leaves under a node were answered, marked not applicable, or are missing."""

    answered: int
    na: int
    missing: int

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
    kind: Kind
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
