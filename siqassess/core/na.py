"""Not applicable, examined (rule 13): which N/A answers an examiner should question. No I/O.

The built-in model flags every N/A: SIQ's model applies to every organisation, so a criterion
not worked on is scored low. ``flagged_na`` lists the flagged ones for the reports and for
``lint``; ``went_na`` and ``like_for_like`` are what ``compare`` warns with.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

from siqassess.core.status import Answerish, status
from siqassess.criteria.tree import LoadedModel


@dataclass(frozen=True)
class FlaggedNa:
    """A leaf marked not applicable where the model flags N/A: to be examined."""

    id: str
    """The leaf's id."""
    kind: str
    """``criterion`` or ``result_area``: the question an examiner asks depends on it."""
    reason: str
    """The respondent's reason, as written (empty when none was given)."""


class HasReason(Answerish, Protocol):
    """An answer with the reason for an N/A (an answers file's ``Answer``)."""

    @property
    def reason(self) -> str | None: ...


def flagged_na(
    model: LoadedModel, answers: Mapping[str, HasReason | None]
) -> tuple[FlaggedNa, ...]:
    """Every leaf marked N/A whose model policy is ``flagged``, in model order.

    This is the finding ``lint`` reports and the reports list under "Not applicable – to be
    examined"; a ``refused`` N/A is an error of the file check instead, an ``allowed`` one is
    listed only with the other N/A leaves.
    """
    out = []
    for leaf in model.leaves:
        answer = answers.get(leaf.id)
        if leaf.not_applicable == "flagged" and status(answer) == "na" and answer is not None:
            out.append(FlaggedNa(leaf.id, leaf.kind, (answer.reason or "").strip()))
    return tuple(out)


def went_na(
    old: Mapping[str, Answerish | None],
    new: Mapping[str, Answerish | None],
    leaves: tuple[str, ...],
) -> tuple[str, ...]:
    """The ``leaves`` (in that order) scored in ``old`` and marked N/A in ``new``."""
    return tuple(
        leaf_id
        for leaf_id in leaves
        if status(old.get(leaf_id)) == "answered" and status(new.get(leaf_id)) == "na"
    )


def both_answered(
    old: Mapping[str, Answerish | None],
    new: Mapping[str, Answerish | None],
    leaves: tuple[str, ...],
) -> tuple[str, ...]:
    """The ``leaves`` (in that order) that both assessments scored: the like-for-like set."""
    return tuple(
        leaf_id
        for leaf_id in leaves
        if status(old.get(leaf_id)) == "answered" and status(new.get(leaf_id)) == "answered"
    )
