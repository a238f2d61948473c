"""Reading the answers files that `compare` and `aggregate` combine, each with its model."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from siqassess.core.assessment import Assessment
from siqassess.criteria.tree import LoadedModel
from siqassess.errors import (
    Location,
    ModelMismatchError,
    Msg,
    Problem,
    SiqError,
    UsageError,
    ValidationError,
    msg,
)
from siqassess.io.assessment import assessment_of, parse_answers, read_assessment
from siqassess.io.batch import Target, expand
from siqassess.io.models import Models
from siqassess.io.yamlio import Source

if TYPE_CHECKING:
    from siqassess.core.aggregate import Namer, Respondent


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
    """Problems that do not say which file they concern get its name (and keep their message)."""
    return [p if p.location.file else replace(p, location=Location(path)) for p in problems]


def _ref(data: Any) -> tuple[str, str, str] | None:
    ref = data.get("model") if isinstance(data, dict) else None
    if not isinstance(ref, dict):
        return None
    found = ref.get("id"), ref.get("version"), ref.get("sha256")
    parts = [p for p in found if isinstance(p, str)]
    return (parts[0], parts[1], parts[2]) if len(parts) == 3 else None


def _describe(ref: tuple[str, str, str]) -> Msg:
    return msg("model_ref", id=ref[0], version=ref[1], hash=ref[2][:12])


def read_group(
    args: Sequence[str],
    *,
    model: str | None = None,
    min_respondents: int | None = None,
    jobs: int = 1,
    allow_mixed: bool = False,
) -> tuple[LoadedModel, list[Respondent]]:
    """Read every answers file named or found under ARGS; all must answer the same model.

    Each file is reduced to a :class:`~siqassess.core.aggregate.Respondent` as soon as it is
    read, so memory does not hold thousands of parsed files; ``jobs`` > 1 reads them in that
    many processes. Folders and globs are expanded as ``score`` does (non-answers YAML found
    there is skipped). Every problem of every file is raised together; a model mismatch names
    both files. Fewer than ``min_respondents`` files (default ``aggregate.MIN_RESPONDENTS``)
    is a usage error. Files of different organisations, or dated more than six months apart,
    are an error unless ``allow_mixed`` (rule 9: comparing organisations is the benchmark).
    """
    from siqassess.core.aggregate import MIN_RESPONDENTS, Namer, mixed

    targets, problems = expand(args)
    models = Models(model)
    namer = Namer()
    people: list[Respondent] = []
    mismatch: list[Problem] = []
    checks: list[Problem] = []  # problems found checking a parsed file against its model
    first: tuple[str, tuple[str, str, str]] | None = None
    count = 0
    failed_mismatch = False
    model_key: str | None = None
    for one in _read_all(list(_distinct(targets)), model, models, jobs, namer):
        count += not one.skipped
        problems.extend(one.unread)
        ref = one.ref if model is None else None
        if ref is not None and first is None:
            first = (one.path, ref)
        if ref is not None and first is not None and ref != first[1]:
            message = msg(
                "err_group_model", this=_describe(ref), file=first[0], first=_describe(first[1])
            )
            mismatch.append(Problem.of(one.model_at or Location(one.path), message, "model"))
            continue
        failed_mismatch |= one.mismatch
        checks.extend(one.checks)
        if one.person is not None:
            people.append(one.person if one.named else _renamed(one.person, namer(one.person.name)))
            model_key = one.model_key
    least = MIN_RESPONDENTS if min_respondents is None else min_respondents
    if count < least:
        message = msg("err_min_respondents", count=least, got=count)
        if problems:  # name the files that were not read, a client's .ods among them
            raise ValidationError([*problems, Problem.of(Location(""), message)])
        raise UsageError(Problem.of(Location(""), message))
    if mismatch:  # reported with the files that could not be read, before any other check
        raise ModelMismatchError([*problems, *mismatch])
    if problems or checks:
        error = ModelMismatchError if failed_mismatch else ValidationError
        raise error([*problems, *checks])
    if not allow_mixed and (why := mixed(people)):
        raise ValidationError([Problem.of(Location(""), message) for message in why])
    if model_key is None:  # only with --min-respondents 0, which the cli refuses
        raise UsageError(Problem.of(Location(""), msg("err_min_respondents", count=1, got=0)))
    return models.for_data({"model": {"id": model_key}}, Source("", "")), people


@dataclass(frozen=True)
class _OneFile:
    """What reading one file of a group gave; picklable, so a worker process can send it."""

    path: str
    skipped: bool = False
    """A file found in a folder that is not an answers file."""
    unread: tuple[Problem, ...] = ()
    """Why the file could not be read at all."""
    ref: tuple[str, str, str] | None = None
    model_at: Location | None = None
    checks: tuple[Problem, ...] = ()
    """Why the file does not fit its model."""
    mismatch: bool = False
    person: Respondent | None = None
    """The respondent, under the name the file gives (made unique by the caller)."""
    named: bool = False
    """Whether ``person``'s name was already made unique (read in this process, in order)."""
    model_key: str = ""


def _read_one(target: Target, models: Models, namer: Namer | None = None) -> _OneFile:
    from siqassess.core.aggregate import respondent

    try:
        read = parse_answers(target.path, found=target.found)
    except SiqError as exc:
        return _OneFile(target.path, unread=tuple(_named(exc.problems, target.path)))
    if read is None:
        return _OneFile(target.path, skipped=True)
    data, source = read
    ref = _ref(data)
    where = source.locate(("model",)) if ref is not None else None
    try:
        one = assessment_of(target.path, data, source, models)
    except ModelMismatchError as exc:
        problems = tuple(exc.problems)
        return _OneFile(target.path, ref=ref, model_at=where, checks=problems, mismatch=True)
    except SiqError as exc:
        checks = tuple(_named(exc.problems, target.path))
        return _OneFile(target.path, ref=ref, model_at=where, checks=checks)
    name = one.answers.respondent.strip() or Path(target.path).stem
    person = respondent(one.model, name if namer is None else namer(name), one.answers, target.path)
    return _OneFile(
        target.path,
        ref=ref,
        model_at=where,
        person=person,
        named=namer is not None,
        model_key=one.model.id,
    )


def _read_all(
    targets: list[Target], model: str | None, models: Models, jobs: int, namer: Namer
) -> Iterator[_OneFile]:
    """Each target read, in order; in ``jobs`` worker processes when there are several.

    Read here, a respondent gets its unique name at once (``namer``, in input order), so its
    answers are not made twice; a worker's are renamed by the caller.
    """
    if jobs <= 1 or len(targets) < 2:
        for target in targets:
            yield _read_one(target, models, namer)
        return
    import functools

    from siqassess.io.batch import in_workers

    chunksize = max(1, min(64, len(targets) // (jobs * 8)))
    work = functools.partial(_read_in_worker, model=model)
    yield from in_workers(work, targets, jobs=jobs, chunksize=chunksize)


def _read_in_worker(target: Target, *, model: str | None) -> _OneFile:
    from siqassess.io.batch import _worker_models

    return _read_one(target, _worker_models(model))


def _renamed(person: Respondent, name: str) -> Respondent:
    """``person`` under a name made unique; the same object when it already was."""
    from siqassess.core.aggregate import Response

    if name == person.name:
        return person
    # Built directly, not with dataclasses.replace, which costs ten times more: a team of
    # one name repeated renames 32 answers a file (a tenth of aggregate's time at 10,000).
    answers = tuple(
        Response(
            name,
            r.score,
            r.status,
            r.target,
            r.note,
            r.reason,
            r.evidence,
            r.strengths,
            r.improvements,
        )
        for r in person.responses
    )
    return replace(person, name=name, responses=answers)


def _distinct(targets: Sequence[Target]) -> Iterator[Target]:
    """Each target once, by its resolved path."""
    seen: set[str] = set()
    for target in targets:
        key = os.path.realpath(target.path)
        if key not in seen:
            seen.add(key)
            yield target
