"""Rule 12: next year's assessment starts from last year's file (``init --from``)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Literal

from siqassess.criteria.tree import LoadedModel
from siqassess.errors import ModelMismatchError, Problem, msg
from siqassess.io.answers import FORMAT, Answer, AnswersFile, ModelRef
from siqassess.io.anyfile import read_document
from siqassess.io.fileschema import validate


def read_last_year(path: Path, model: LoadedModel) -> AnswersFile:
    """Last year's answers file, checked only as an answers file and for the model's id.

    Its version or content hash may differ (the model text may have changed in a year): what
    carries over is matched leaf by leaf, and leaves the model no longer has are dropped.
    """
    data, source = read_document(path)
    last = validate(AnswersFile, data, source, "answers file")
    if last.model.id != model.id:
        message = msg("err_last_year_model", found=last.model.id, wanted=model.id)
        raise ModelMismatchError(Problem.of(source.locate(("model", "id")), message, "model.id"))
    return last


def carry_over(answer: Answer | None) -> Answer | None:
    """One leaf for next year: findings, evidence, note, target, actions and measures kept; no
    score, no N/A.

    Last year's score (or ``na``) is kept in ``last_year`` so that it can be shown.
    """
    if answer is None:
        return None
    last: float | Literal["na"] | None = "na" if answer.na else answer.score
    kept = Answer(
        target=answer.target,
        note=answer.note,
        evidence=list(answer.evidence),
        strengths=list(answer.strengths),
        improvements=list(answer.improvements),
        measures=list(answer.measures),
        last_year=last,
    )
    return None if kept.blank else kept


def next_year(last: AnswersFile, model: LoadedModel, today: dt.date) -> AnswersFile:
    """A new assessment of ``model`` started from ``last``: every score and N/A blank."""
    return AnswersFile(
        format=FORMAT,
        model=ModelRef(id=model.id, version=model.version, sha256=model.sha256),
        organisation=last.organisation,
        unit=last.unit,
        respondent=last.respondent,
        date=today,
        language=last.language if last.language in model.spec.languages else "sv",
        default_target=last.default_target,
        status="in_progress",
        respondents=last.respondents,
        answers={leaf.id: carry_over(last.answer(leaf.id)) for leaf in model.leaves},
    )
