"""The one rule for a leaf's state: answered, not applicable (N/A) or missing. No I/O."""

from __future__ import annotations

from typing import Literal, Protocol

Status = Literal["answered", "na", "missing"]


class Answerish(Protocol):
    """What the rule needs of an answer (an answers file's ``Answer``, a ``LeafInput``)."""

    @property
    def score(self) -> float | None: ...

    @property
    def na(self) -> bool: ...


def status(answer: Answerish | None) -> Status:
    """``na`` when marked not applicable (even if a score is also given, which the file
    check reports), ``answered`` when scored, else ``missing``."""
    if answer is None:
        return "missing"
    if answer.na:
        return "na"
    return "answered" if answer.score is not None else "missing"


def settled(answer: Answerish | None) -> bool:
    """Whether a leaf needs nothing more: answered or N/A."""
    return status(answer) != "missing"
