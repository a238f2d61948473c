"""The answers file as typed values: what was answered, per leaf. Pure, no I/O.

Reading, checking against a model and writing these live in :mod:`siqassess.io.answers`;
the pure core (scoring, compare, aggregate) builds on these types without importing I/O.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

from siqassess.core.measure_types import Measure
from siqassess.core.scoring import LeafInput
from siqassess.core.status import status

FORMAT: Literal[1] = 1

Value = Annotated[float, Field(allow_inf_nan=False, ge=-1e9, le=1e9)]
LeafId = Annotated[str, StringConstraints(min_length=1, max_length=64)]


class _Strict(BaseModel):
    # Each schema is built when first used, all in one go, not class by class at import: the
    # import of core.answers and the first validation of an answers file took 102 ms of CPU
    # before, 71 ms so (in one process, after Typer's own imports; 3 runs each).
    model_config = ConfigDict(extra="forbid", strict=True, defer_build=True)


class ModelRef(_Strict):
    """Which model an answers file answers."""

    id: str = Field(min_length=1)
    version: str = Field(min_length=1)
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")


class GroupStats(_Strict):
    """How a group of respondents answered a leaf; present in aggregate files only."""

    n: int
    mean: float | None
    median: float | None
    min: float | None
    max: float | None
    stdev: float | None
    na: int = 0
    missing: int = 0
    discuss: bool = False


ActionStatus = Literal["planned", "in_progress", "done"]


class Action(_Strict):
    """One step that addresses an area for improvement (domain rule 12)."""

    text: str = Field(min_length=1)
    owner: str = ""
    due: Annotated[dt.date, Field(strict=False)] | None = None
    status: ActionStatus = "planned"


class Improvement(_Strict):
    """An area for improvement that carries actions; a plain string is one without."""

    text: str = Field(min_length=1)
    actions: list[Action] = Field(default_factory=list)


class Position(_Strict):
    """One assessor's own answer to a leaf, kept beside it in a consensus draft (rule 9)."""

    name: str = Field(min_length=1)
    role: str | None = None
    score: Value | None = None
    na: bool = False
    reason: str | None = None
    note: str | None = None
    strengths: list[str] = Field(default_factory=list)
    improvements: list[str | Improvement] = Field(default_factory=list)


Suggestion = Value | Literal["na"]


class Answer(_Strict):
    """One leaf's answer: a score, or N/A with a reason; ``None`` fields are unanswered."""

    score: Value | None = None
    na: bool = False
    reason: str | None = None
    target: Value | None = None
    note: str | None = None
    evidence: list[str] = Field(default_factory=list)
    strengths: list[str] = Field(default_factory=list)
    improvements: list[str | Improvement] = Field(default_factory=list)
    last_year: Value | Literal["na"] | None = None
    """Last year's score (or ``na``), written by ``init --from``; shown, never scored."""
    measures: list[Measure] = Field(default_factory=list)
    """A result area's measures (domain rule 16): shown and judged beside the score."""
    group: GroupStats | None = None
    suggested: Suggestion | None = None
    """A consensus draft's suggestion: the mean rounded to the scale where the team agrees,
    ``na`` where more assessors said N/A than scored; none on a leaf to discuss."""
    respondents: list[Position] = Field(default_factory=list)
    """A consensus draft's leaf to agree: every assessor's own score and argument."""

    @property
    def blank(self) -> bool:
        """Whether nothing at all is filled in."""
        return (
            self.score is None
            and not self.na
            and self.reason is None
            and self.target is None
            and self.note is None
            and not self.evidence
            and not self.strengths
            and not self.improvements
            and self.last_year is None
            and not self.measures
            and self.group is None
            and self.suggested is None
            and not self.respondents
        )

    @property
    def answered(self) -> bool:
        """Whether the leaf has a score (and is not N/A)."""
        return status(self) == "answered"


class Decision(_Strict):
    """One leaf the consensus meeting agreed on, away from the draft's suggestion or blank."""

    leaf: LeafId
    draft: Suggestion | None
    agreed: Suggestion
    reason: str


class ConsensusLog(_Strict):
    """What the consensus meeting decided (rule 9): when, who was present, and why."""

    date: Annotated[dt.date, Field(strict=False)]
    present: list[str] = Field(default_factory=list)
    decisions: list[Decision] = Field(default_factory=list)


FileStatus = Literal["in_progress", "complete", "draft"]


class AnswersFile(_Strict):
    """A whole answers file."""

    format: Literal[1]
    model: ModelRef
    organisation: str = ""
    unit: str = ""
    respondent: str = ""
    date: Annotated[dt.date, Field(strict=False)] | None = None
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")] = "sv"
    default_target: Value | None = None
    status: FileStatus = "in_progress"
    role: str | None = None
    """The respondent's group (rule 14): ``ledning``, ``chef``, ``medarbetare`` or free text."""
    respondents: list[str] | None = None
    segment: (
        Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$")] | None
    ) = None
    """The member's segment in a network benchmark (``kommun-20-50k``); a short tag."""
    share_strengths: bool = False
    """Consent to show this file's written strengths to the network's other members."""
    consensus: ConsensusLog | None = None
    """The decision log ``consensus close`` writes into the agreed file."""
    answers: dict[LeafId, Answer | None] = Field(default_factory=dict)

    @field_validator("answers")
    @classmethod
    def _blank_is_none(cls, value: dict[str, Answer | None]) -> dict[str, Answer | None]:
        # ``F1.1: {score: null}`` and ``F1.1:`` mean the same: not answered yet.
        return {k: (None if a is not None and a.blank else a) for k, a in value.items()}

    def answer(self, leaf_id: str) -> Answer | None:
        """The answer for a leaf, if there is one."""
        return self.answers.get(leaf_id)


def leaf_inputs(answers: AnswersFile) -> dict[str, LeafInput]:
    """What the scoring functions need of each answer."""
    return {
        leaf_id: LeafInput(answer.score, answer.na, answer.target)
        for leaf_id, answer in answers.answers.items()
        if answer is not None
    }
