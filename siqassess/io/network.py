"""Reading a network's files for ``benchmark``, one at a time, and the coordinator's key file.

A member's file is a full answers file (known by its ``organisation``) or an anonymised
contribution (known by its file name, less a trailing year: ``2026/aby-kommun.yaml`` and
``aby-kommun-2026.yaml`` are both ``aby-kommun``). Each is reduced to a
:class:`~siqassess.core.network.Member` as soon as it is read, so memory holds one file at a
time plus every member's node scores.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from siqassess.core.network import Member, ModelKey
from siqassess.core.scoring import LeafInput, leaf_target, roll_up
from siqassess.criteria.tree import LoadedModel
from siqassess.errors import Location, Problem, SiqError, UsageError, ValidationError, msg
from siqassess.io.anyfile import read_document
from siqassess.io.batch import Target, expand
from siqassess.io.validation import is_answers_data

_YEAR_TAIL = re.compile(r"[-_ .]?(19|20)\d\d$")


def member_of_path(path: str) -> str:
    """A contribution's member: its file name without extension and trailing year."""
    stem = Path(path).stem
    return _YEAR_TAIL.sub("", stem) or stem


@dataclass(frozen=True)
class Read:
    """One file read: a member (kept or to be checked out), or why it could not be read."""

    path: str
    member: Member | None = None
    problems: tuple[Problem, ...] = ()
    skipped: bool = False


def _key(model: LoadedModel) -> ModelKey:
    return ModelKey(model.id, model.version, model.sha256)


def _ref(data: Any) -> ModelKey | None:
    ref = data.get("model") if isinstance(data, dict) else None
    if not isinstance(ref, dict):
        return None
    parts = [ref.get("id"), ref.get("version"), ref.get("sha256")]
    if not all(isinstance(p, str) for p in parts):
        return None
    return ModelKey(str(parts[0]), str(parts[1]), str(parts[2]))


def _year_of(value: Any) -> int | None:
    if isinstance(value, dt.date):
        return value.year
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and re.match(r"^\d{4}", value):
        return int(value[:4])
    return None


def _member(
    model: LoadedModel,
    name: str,
    path: str,
    year: int,
    segment: str,
    leaves: dict[str, LeafInput],
    file_default: float | None,
    consent: bool = False,
    strengths: tuple[tuple[str, tuple[str, ...]], ...] = (),
) -> Member:
    default = leaf_target(None, file_default, model.spec.default_target)
    nodes = roll_up(model.root, leaves, default_target=default, weights=model.weights)
    values = [nodes[i] for i in model.nodes]
    total = nodes["total"].coverage
    return Member(
        name=name,
        file=path,
        year=year,
        segment=segment,
        model=_key(model),
        answered=total.answered,
        na=total.na,
        missing=total.missing,
        scores=tuple(n.score for n in values),
        under=tuple(
            None if n.score is None or n.target is None else n.score < n.target for n in values
        ),
        consent=consent,
        strengths=strengths if consent else (),
    )


def _from_contribution(model: LoadedModel, data: Any, source: Any, path: str) -> Member:
    from siqassess.io.contribution import Contribution
    from siqassess.io.fileschema import validate

    c = validate(Contribution, data, source, "answers file")
    known = {leaf.id for leaf in model.leaves}
    unknown = [leaf_id for leaf_id in c.scores if leaf_id not in known]
    if unknown:
        where = source.locate(("scores", unknown[0]))
        raise ValidationError(Problem.of(where, msg("err_contribution_leaf", id=unknown[0])))
    leaves = {
        leaf_id: LeafInput(
            None if value in (None, "na") else float(value),
            value == "na",
            c.targets.get(leaf_id),
        )
        for leaf_id, value in c.scores.items()
    }
    return _member(model, member_of_path(path), path, c.year, c.segment or "", leaves, None)


def _from_answers(model: LoadedModel, data: Any, source: Any, path: str) -> Member:
    from siqassess.io.answers import answers_from_data, leaf_inputs

    answers = answers_from_data(data, source, model)
    if answers.date is None:
        raise ValidationError(Problem.of(source.locate(()), msg("err_network_no_date")))
    consent = answers.share_strengths
    strengths = tuple(
        (leaf_id, tuple(a.strengths))
        for leaf_id, a in answers.answers.items()
        if a is not None and a.strengths
    )
    name = answers.organisation.strip() or Path(path).stem
    segment = answers.segment or ""
    return _member(
        model,
        name,
        path,
        answers.date.year,
        segment,
        leaf_inputs(answers),
        answers.default_target,
        consent,
        strengths,
    )


def _other_model(data: Any, path: str, ref: ModelKey, contribution: bool) -> Member:
    """A member whose file answers another model: only what the check needs."""
    if contribution:
        name, year = member_of_path(path), _year_of(data.get("year"))
    else:
        organisation = data.get("organisation")
        name = (
            organisation.strip()
            if isinstance(organisation, str) and organisation.strip()
            else Path(path).stem
        )
        year = _year_of(data.get("date"))
    return Member(name, path, year or 0, "", ref, 0, 0, 0, (), ())


def read_one(target: Target, model: LoadedModel) -> Read:
    """Read one network file against the network's model."""
    from siqassess.io.contribution import is_contribution

    path = target.path
    try:
        data, source = read_document(path)
        contribution = is_contribution(data)
        if not contribution and not is_answers_data(data):
            if target.found:
                return Read(path, skipped=True)
            raise ValidationError(Problem.of(source.locate(()), msg("err_not_answers")))
        ref = _ref(data)
        if ref is not None and ref != _key(model):
            return Read(path, _other_model(data, path, ref, contribution))
        if contribution:
            return Read(path, _from_contribution(model, data, source, path))
        return Read(path, _from_answers(model, data, source, path))
    except UsageError:
        raise
    except SiqError as exc:
        named = tuple(
            p if p.location.file else Problem(Location(path), p.message, p.path, p.msg)
            for p in exc.problems
        )
        return Read(path, problems=named)


def read_network(args: Sequence[str], model: LoadedModel) -> Iterator[Read]:
    """Every file named or found under ARGS, read one at a time; a glob without a match is a
    problem of its own."""
    targets, problems = expand(args)
    for problem in problems:
        yield Read(problem.location.file, problems=(problem,))
    for target in targets:
        yield read_one(target, model)


# -- the key --


class KeyFile(BaseModel):
    """The coordinator's key: member code → organisation."""

    model_config = ConfigDict(extra="forbid", strict=True)

    key: int = Field(ge=1, le=1)
    codes: dict[str, str] = Field(default_factory=dict)


KEY_HEADER = (
    "# siqassess benchmark key: member code → organisation.\n"
    "# Keep it to yourself and never send it; give it again next year for the same codes.\n"
)


def read_key(path: Path) -> dict[str, str]:
    """The codes of a key file; an absent file is an empty key."""
    from siqassess.io.fileschema import validate
    from siqassess.io.yamlio import load

    if not path.exists():
        return {}
    data, source = load(path)
    if not (isinstance(data, dict) and "key" in data):
        raise ValidationError(Problem.of(source.locate(()), msg("err_not_key")))
    return dict(validate(KeyFile, data, source, "answers file").codes)


def key_text(codes: dict[str, str]) -> str:
    """A key file's text, codes in order (code → organisation)."""
    import yaml

    from siqassess.core.network import code_order

    ordered = {c: codes[c] for c in sorted(codes, key=code_order)}
    body = yaml.safe_dump({"key": 1, "codes": ordered}, sort_keys=False, allow_unicode=True)
    return KEY_HEADER + body
