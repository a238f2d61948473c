"""The written findings of an assessment (rules 11 and 12) in the result document."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from siqassess.memo import PerObject

if TYPE_CHECKING:
    from siqassess.core.answers import AnswersFile, Improvement
    from siqassess.criteria.tree import LoadedModel


@dataclass(frozen=True)
class ActionDoc:
    """One action of an area for improvement; ``due`` is an ISO date."""

    text: str
    owner: str
    due: str | None
    status: Literal["planned", "in_progress", "done"]


@dataclass(frozen=True)
class ImprovementDoc:
    """A written area for improvement with its actions (none for a plain text)."""

    text: str
    actions: tuple[ActionDoc, ...]


@dataclass(frozen=True)
class FindingsDoc:
    """The written findings of one leaf (rule 11); never scored."""

    id: str
    strengths: tuple[str, ...]
    improvements: tuple[ImprovementDoc, ...]


def improvement_doc(item: str | Improvement) -> ImprovementDoc:
    """One area for improvement, a plain text or one with actions."""
    if isinstance(item, str):
        return ImprovementDoc(item, ())
    actions = tuple(
        ActionDoc(a.text, a.owner, a.due.isoformat() if a.due else None, a.status)
        for a in item.actions
    )
    return ImprovementDoc(item.text, actions)


def findings_docs(answers: AnswersFile, model: LoadedModel) -> tuple[FindingsDoc, ...]:
    """Every leaf's written findings, in model order; leaves without any are left out."""
    out = []
    given = answers.answers
    for leaf_id in leaf_ids(model):
        answer = given.get(leaf_id)
        if answer is None or not (answer.strengths or answer.improvements):
            continue
        improvements = tuple([improvement_doc(item) for item in answer.improvements])
        out.append(FindingsDoc(leaf_id, tuple(answer.strengths), improvements))
    return tuple(out)


def _leaf_ids(model: LoadedModel) -> tuple[str, ...]:
    return tuple(leaf.id for leaf in model.leaves)


leaf_ids = PerObject(_leaf_ids)
"""The leaves' ids in model order, once per model: a batch looks every file's findings up."""
