"""Reading the assessments of one organisation for ``trend``: each with its own model, by date."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

from siqassess.core.assessment import Assessment
from siqassess.core.trend import Series
from siqassess.criteria.tree import LoadedModel
from siqassess.errors import Location, Problem, SiqError, UsageError, ValidationError, msg
from siqassess.io.assessment import assessment_of, parse_answers
from siqassess.io.batch import expand
from siqassess.io.models import Models


class ModelChoice:
    """The models a series is read with: each file gets the given model its reference names
    (id and version), else the built-in one it names."""

    def __init__(self, specs: Sequence[str]) -> None:
        from siqassess.io.models import resolve_model

        self._given = [resolve_model(spec) for spec in specs]
        self._builtin = Models(None)

    def for_data(self, data: Any, source: Any) -> LoadedModel:
        """The model for one file's parsed data."""
        ref = data.get("model") if isinstance(data, dict) else None
        if isinstance(ref, dict):
            for model in self._given:
                if (ref.get("id"), ref.get("version")) == (model.id, model.version):
                    return model
        if len(self._given) == 1 and not isinstance(ref, dict):
            return self._given[0]
        return self._builtin.for_data(data, source)


def _key(name: str) -> str:
    return " ".join(name.casefold().split())


def read_series(args: Sequence[str], *, models: Sequence[str] = ()) -> Series:
    """Read every assessment named or found under ARGS (at least ``MIN_YEARS``) of ONE
    organisation, each dated, and return them oldest first; every problem is raised together."""
    from siqassess.core.trend import MIN_YEARS

    targets, problems = expand(args)
    choice = ModelChoice(models)
    read: list[Assessment] = []
    for target in targets:
        try:
            parsed = parse_answers(target.path, found=target.found)
            if parsed is None:
                continue
            data, source = parsed
            one = assessment_of(target.path, data, source, choice)
        except UsageError:
            raise
        except SiqError as exc:
            problems.extend(
                p if p.location.file else Problem(Location(target.path), p.message, p.path, p.msg)
                for p in exc.problems
            )
            continue
        if one.answers.date is None:
            problems.append(Problem.of(source.locate(()), msg("err_trend_no_date")))
            continue
        read.append(one)
    if problems:
        raise ValidationError(problems)
    if len(read) < MIN_YEARS:
        raise UsageError(
            Problem.of(Location(""), msg("err_trend_few", need=MIN_YEARS, got=len(read)))
        )
    read.sort(key=lambda a: (a.answers.date, a.file))
    first = read[0]
    others = [
        Problem.of(
            Location(a.file),
            msg(
                "err_trend_organisation",
                this=a.answers.organisation or "–",
                first=first.answers.organisation or "–",
                file=first.file,
            ),
        )
        for a in read[1:]
        if _key(a.answers.organisation) != _key(first.answers.organisation)
    ]
    same_day = [
        Problem.of(
            Location(b.file), msg("err_trend_same_date", date=str(b.answers.date), file=a.file)
        )
        for a, b in itertools.pairwise(read)
        if a.answers.date == b.answers.date
    ]
    if others or same_day:
        raise ValidationError([*others, *same_day])
    return Series(first.answers.organisation, tuple(read))


def points(series: Series) -> list[Any]:
    """The series as :class:`~siqassess.core.trend.Point` values for the core."""
    from siqassess.core.trend import Point
    from siqassess.io.answers import leaf_inputs

    out = []
    for a in series.assessments:
        assert a.answers.date is not None
        out.append(
            Point(a.answers.date, a.model, leaf_inputs(a.answers), a.answers.default_target, a.file)
        )
    return out
