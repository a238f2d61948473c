"""Reading the answers files that `compare` and `aggregate` combine, each with its model."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from siqassess.criteria.tree import LoadedModel
from siqassess.errors import (
    Location,
    ModelMismatchError,
    NotAnswersError,
    Problem,
    SiqError,
    UsageError,
    ValidationError,
)
from siqassess.io.answers import AnswersFile, answers_from_data
from siqassess.io.anyfile import read_document
from siqassess.io.batch import Target, expand
from siqassess.io.resolver import Models
from siqassess.io.validation import is_answers_data
from siqassess.io.yamlio import Source

if TYPE_CHECKING:
    from siqassess.core.aggregate import Aggregate
    from siqassess.core.compare import Comparison


@dataclass(frozen=True)
class Assessment:
    """One answers file, read and checked against the model it answers."""

    file: str
    model: LoadedModel
    answers: AnswersFile


def _parse(path: str) -> tuple[Any, Source]:
    data, source = read_document(path)
    if not is_answers_data(data):
        message = "not an answers file (it has no `answers` or `model` key)"
        raise ValidationError(Problem(source.locate(()), message))
    return data, source


def read_assessment(path: str, models: Models, *, hint: str = "--model") -> Assessment:
    """Read one answers file with the model it names (or the one ``models`` fixes)."""
    data, source = _parse(path)
    model = models.for_data(data, source)
    try:
        answers = answers_from_data(data, source, model)
    except ModelMismatchError as exc:
        advice = f"read it with the model it was made with: {hint} MODEL_FILE"
        raise ModelMismatchError([*exc.problems, Problem(Location(path), advice)]) from None
    return Assessment(path, model, answers)


def read_pair(
    old: str,
    new: str,
    *,
    model: str | None = None,
    old_model: str | None = None,
    new_model: str | None = None,
) -> tuple[Assessment, Assessment]:
    """Read OLD and NEW, each with its own model; every problem of both is raised together."""
    problems: list[Problem] = []
    read: list[Assessment] = []
    mismatch = False
    for path, override, hint in ((old, old_model, "--old-model"), (new, new_model, "--new-model")):
        try:
            read.append(read_assessment(path, Models(override or model), hint=hint))
        except ModelMismatchError as exc:
            mismatch = True
            problems.extend(exc.problems)
        except SiqError as exc:
            if isinstance(exc, UsageError):
                raise
            problems.extend(_named(exc.problems, path))
    if problems:
        raise (ModelMismatchError if mismatch else ValidationError)(problems)
    return read[0], read[1]


def _named(problems: Sequence[Problem], path: str) -> list[Problem]:
    """Problems that do not say which file they concern get its name."""
    return [p if p.location.file else Problem(Location(path), p.message, p.path) for p in problems]


def _ref(data: Any) -> tuple[str, str, str] | None:
    ref = data.get("model") if isinstance(data, dict) else None
    if not isinstance(ref, dict):
        return None
    found = ref.get("id"), ref.get("version"), ref.get("sha256")
    parts = [p for p in found if isinstance(p, str)]
    return (parts[0], parts[1], parts[2]) if len(parts) == 3 else None


def _describe(ref: tuple[str, str, str]) -> str:
    return f"{ref[0]} {ref[1]} (content hash {ref[2][:12]}…)"


def read_group(
    args: Sequence[str], *, model: str | None = None, min_respondents: int | None = None
) -> tuple[LoadedModel, list[Assessment]]:
    """Read every answers file named or found under ARGS; all must answer the same model.

    Folders and globs are expanded as ``score`` does (non-answers YAML found there is
    skipped). Every problem of every file is raised together; a model mismatch names both
    files. Fewer than ``min_respondents`` files (default ``aggregate.MIN_RESPONDENTS``) is a
    usage error.
    """
    if min_respondents is None:
        from siqassess.core.aggregate import MIN_RESPONDENTS

        min_respondents = MIN_RESPONDENTS
    targets, problems = expand(args)
    parsed, failed = _parse_all(targets, problems)
    count = len(parsed) + failed
    if count < min_respondents:
        message = (
            f"aggregate needs at least {min_respondents} answers files "
            f"(--min-respondents), got {count}"
        )
        raise UsageError(Problem(Location(""), message))
    mismatch = _mismatches(parsed) if model is None else []
    if mismatch:
        raise ModelMismatchError([*problems, *mismatch])
    models = Models(model)
    read: list[Assessment] = []
    failed_mismatch = False
    for path, data, source in parsed:
        try:
            loaded = models.for_data(data, source)
            read.append(Assessment(path, loaded, answers_from_data(data, source, loaded)))
        except ModelMismatchError as exc:
            failed_mismatch = True
            problems.extend(exc.problems)
        except SiqError as exc:
            problems.extend(_named(exc.problems, path))
    if problems:
        raise (ModelMismatchError if failed_mismatch else ValidationError)(problems)
    return read[0].model, read


_Parsed = list[tuple[str, Any, Source]]


def _parse_all(targets: Sequence[Target], problems: list[Problem]) -> tuple[_Parsed, int]:
    """Parse each distinct target once; add the problems of those that fail to ``problems``.

    Returns the parsed answers files and how many files failed. A file found in a folder that
    is not an answers file is skipped.
    """
    seen: set[str] = set()
    parsed: _Parsed = []
    failed = 0
    for target in targets:
        key = os.path.realpath(target.path)
        if key in seen:
            continue
        seen.add(key)
        try:
            data, source = read_document(target.path)
            if not is_answers_data(data):
                if target.found:
                    continue
                _parse(target.path)
            parsed.append((target.path, data, source))
        except NotAnswersError as exc:
            if not target.found:  # a results workbook beside the questionnaires is skipped
                failed += 1
                problems.extend(_named(exc.problems, target.path))
        except SiqError as exc:
            failed += 1
            problems.extend(_named(exc.problems, target.path))
    return parsed, failed


def _mismatches(parsed: _Parsed) -> list[Problem]:
    """A problem for each file naming another model than the first file that names one."""
    first = next(((path, ref) for path, data, _ in parsed if (ref := _ref(data))), None)
    out = []
    for _, data, source in parsed:
        ref = _ref(data)
        if first is not None and ref is not None and ref != first[1]:
            message = (
                f"answers {_describe(ref)}, but {first[0]} answers {_describe(first[1])}; "
                "all files must answer the same model"
            )
            out.append(Problem(source.locate(("model",)), message, "model"))
    return out


def respondent_names(group: Sequence[Assessment]) -> list[str]:
    """Each file's respondent, else its file name without extension; made unique."""
    from siqassess.core.aggregate import unique_names

    return unique_names([a.answers.respondent.strip() or Path(a.file).stem for a in group])


def compare_pair(old: Assessment, new: Assessment) -> Comparison:
    """Compare two assessments read with :func:`read_pair`."""
    from siqassess.core.compare import compare
    from siqassess.io.answers import leaf_inputs

    return compare(
        old.model,
        leaf_inputs(old.answers),
        old.answers.default_target,
        new.model,
        leaf_inputs(new.answers),
        new.answers.default_target,
    )


def aggregate_group(
    group: Sequence[Assessment], *, threshold: float | None = None
) -> tuple[list[str], Aggregate]:
    """The respondents' names and the aggregate of a group read with :func:`read_group`.

    ``threshold`` is the spread that flags a leaf to discuss (default ``aggregate.SPREAD``).
    """
    from siqassess.core.aggregate import SPREAD, aggregate

    names = respondent_names(group)
    pairs = [(name, a.answers) for name, a in zip(names, group, strict=True)]
    spread = SPREAD if threshold is None else threshold
    return names, aggregate(group[0].model, pairs, threshold=spread)


def consensus_text(group: Sequence[Assessment], names: Sequence[str], agg: Aggregate) -> str:
    """The consensus answers file's YAML text."""
    from siqassess.core.aggregate import consensus
    from siqassess.io.answers import dump_answers

    model = group[0].model
    pairs = [(name, a.answers) for name, a in zip(names, group, strict=True)]
    return dump_answers(consensus(model, pairs, agg), model)
