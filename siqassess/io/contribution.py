"""The anonymised contribution a member sends its network: scores, N/A flags, targets, coverage,
the model's id, version and checksum, the year and an optional segment, and no free text."""

from __future__ import annotations

from typing import Annotated, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from siqassess.core.answers import AnswersFile, LeafId, ModelRef, Value
from siqassess.core.status import status
from siqassess.criteria.tree import LoadedModel

SEGMENT_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$"
"""A segment is a short tag (kommun-20-50k), never prose: it cannot carry a sentence."""

Segment = Annotated[str, StringConstraints(pattern=SEGMENT_PATTERN)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class CoverageCounts(_Strict):
    """How many leaves were answered, not applicable and missing."""

    answered: int = Field(ge=0)
    na: int = Field(ge=0)
    missing: int = Field(ge=0)


class Contribution(_Strict):
    """A contribution file (``contribution: 1``)."""

    contribution: Literal[1]
    model: ModelRef
    year: int = Field(ge=1900, le=2200)
    segment: Segment | None = None
    coverage: CoverageCounts
    scores: dict[LeafId, Value | Literal["na"] | None]
    """Each leaf: its score, ``na``, or null when unanswered."""
    targets: dict[LeafId, Value] = Field(default_factory=dict)
    """Each leaf's target after the cascade (own, the file's default, the model's)."""


def is_contribution(data: object) -> bool:
    """Whether parsed YAML is a contribution rather than an answers file."""
    return isinstance(data, dict) and "contribution" in data


def contribution(
    answers: AnswersFile, model: LoadedModel, year: int, segment: str | None
) -> Contribution:
    """The contribution of an answers file: numbers and flags only."""
    from siqassess.core.scoring import leaf_target

    scores: dict[str, float | Literal["na"] | None] = {}
    targets: dict[str, float] = {}
    counts = {"answered": 0, "na": 0, "missing": 0}
    for leaf in model.leaves:
        answer = answers.answer(leaf.id)
        state = status(answer) if answer is not None else "missing"
        counts[state] += 1
        if state == "answered":
            assert answer is not None
            scores[leaf.id] = answer.score
        else:
            scores[leaf.id] = "na" if state == "na" else None
        own = answer.target if answer is not None else None
        targets[leaf.id] = leaf_target(own, answers.default_target, model.spec.default_target)
    return Contribution(
        contribution=1,
        model=ModelRef(id=model.id, version=model.version, sha256=model.sha256),
        year=year,
        segment=segment,
        coverage=CoverageCounts(**counts),
        scores=scores,
        targets=targets,
    )


HEADER = (
    "# siqassess benchmark contribution: scores, N/A flags, targets and coverage only.\n"
    "# It holds no name, note, finding, evidence or respondent.\n"
)


def dump_contribution(c: Contribution) -> str:
    """A contribution as YAML text."""
    data: dict[str, object] = c.model_dump(exclude_none=False)
    if data["segment"] is None:
        del data["segment"]
    return HEADER + yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
