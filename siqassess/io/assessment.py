"""The one way into an assessment: a path (YAML or xlsx) becomes its answers, its model, the
file's language and its problems. Every command that reads answers files reads them here."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from siqassess.core.assessment import Assessment, Repair, RepairKey
from siqassess.criteria.tree import LoadedModel
from siqassess.errors import (
    Location,
    ModelMismatchError,
    NotAnswersError,
    Problem,
    ValidationError,
    msg,
)
from siqassess.io.answers import AnswersFile, answers_from_data, check_answers
from siqassess.io.anyfile import read_document
from siqassess.io.fileschema import validate
from siqassess.io.models import Models
from siqassess.io.validation import is_answers_data
from siqassess.io.yamlio import Source

__all__ = ["Assessment", "Repair", "assessment_of", "parse_answers", "read_assessment"]


class ModelSource(Protocol):
    """Which model parsed answers are read against: :class:`~siqassess.io.models.Models`
    (``--model``, else the built-in one the file names), or a command's own rule."""

    def for_data(self, data: Any, source: Source) -> LoadedModel: ...


def parse_answers(path: str | Path, *, found: bool = False) -> tuple[Any, Source] | None:
    """A file's parsed answers data and its source map.

    A file that is not an answers file (other YAML, a results workbook) raises, in the
    user's language; when it was ``found`` in a folder rather than named, it is skipped
    (``None``) instead.
    """
    try:
        data, source = read_document(path)
    except NotAnswersError:
        if found:
            return None
        raise
    if not is_answers_data(data):
        if found:
            return None
        raise ValidationError(Problem.of(source.locate(()), msg("err_not_answers")))
    return data, source


def read_assessment(
    path: str | Path,
    models: Models | None = None,
    *,
    hint: str | None = None,
    repair: bool = False,
) -> Assessment:
    """Read a named answers file with the model it names (or the one ``models`` fixes).

    ``hint`` names the option that reads it with another model (``--old-model``); a model
    mismatch then says so. With ``repair``, see :func:`assessment_of`.
    """
    parsed = parse_answers(path)
    assert parsed is not None  # a named file raises rather than being skipped
    return assessment_of(str(path), *parsed, models or Models(), hint=hint, repair=repair)


def assessment_of(
    path: str,
    data: Any,
    source: Source,
    models: ModelSource,
    *,
    hint: str | None = None,
    repair: bool = False,
) -> Assessment:
    """Parsed answers ``data`` checked against its model.

    With ``repair``, values a person can correct (a score or target off the scale, N/A
    without a reason, a score together with N/A) are taken out and returned as the
    assessment's ``repairs``; anything else (the structure, another model) still raises.
    """
    model = models.for_data(data, source)
    try:
        return Assessment(path, model, answers_from_data(data, source, model))
    except ModelMismatchError as exc:
        if hint is None:
            raise
        advice = Problem.of(Location(path), msg("err_read_with_model", hint=hint))
        raise ModelMismatchError([*exc.problems, advice]) from None
    except ValidationError as error:
        if not repair:
            raise
        answers = validate(AnswersFile, data, source, "answers file")
        repairs = _repairs(answers, check_answers(answers, model), source, error)
        return Assessment(path, model, answers, tuple(repairs))


def _repairs(
    answers: AnswersFile,
    findings: list[tuple[tuple[str | int, ...], Any]],
    source: Source,
    error: ValidationError,
) -> list[Repair]:
    """The findings as repairs, each bad value taken out of ``answers``; ``error`` when one
    of them is not a value a person can correct."""
    repairs = []
    for where, _message in findings:
        if len(where) != 3 or where[0] != "answers" or where[2] not in ("score", "target", "na"):
            raise error from None
        leaf_id = str(where[1])
        answer = answers.answers[leaf_id]
        assert answer is not None
        key: RepairKey = "target" if where[2] == "target" else "score"
        if where[2] == "na":
            key = "both" if answer.score is not None else "na"
        value = answer.target if key == "target" else answer.score
        repairs.append(Repair(leaf_id, key, value, str(source.locate(where))))
    for one in repairs:
        answer = answers.answers[one.leaf_id]
        assert answer is not None
        fix = {"target": None} if one.key == "target" else {"score": None, "na": False}
        answers.answers[one.leaf_id] = answer.model_copy(update=fix)
    return repairs
