"""An assessment: one answers file read with the model it answers. Pure, no I/O.

:mod:`siqassess.io.assessment` is the one way to read one from a path.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from siqassess.core.answers import AnswersFile
from siqassess.criteria.tree import LoadedModel

RepairKey = Literal["score", "target", "na", "both"]


@dataclass(frozen=True)
class Repair:
    """A bad value taken out of a leaf when the file was read, for a person to correct."""

    leaf_id: str
    key: RepairKey
    """``score`` or ``target`` off the scale, ``na`` without a reason, ``both`` a score and N/A."""
    value: float | str | bool | None
    where: str
    """``file:line:column`` (or ``file.xlsx:Sheet!Cell``) of the bad value."""


@dataclass(frozen=True)
class Assessment:
    """One answers file, read and checked against the model it answers."""

    file: str
    model: LoadedModel
    answers: AnswersFile
    repairs: tuple[Repair, ...] = field(default=())
    """Values taken out because they break the model; only when read with ``repair=True``."""

    @property
    def language(self) -> str:
        """The file's language, or the model's first one when the model lacks it."""
        return self.model.language(self.answers.language)
