"""Validate parsed YAML against a pydantic schema, with every error located in the file."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, TypeVar

import pydantic

from siqassess.errors import Location, Msg, Problem, ValidationError, dotted, msg
from siqassess.io.yamlio import Source

T = TypeVar("T", bound=pydantic.BaseModel)

_KINDS = {  # pydantic error type → what the value should have been (a catalogue key)
    "string_type": "kind_str",
    "bool_type": "kind_bool",
    "bool_parsing": "kind_bool",
    "list_type": "kind_list",
    "dict_type": "kind_mapping",
    "model_type": "kind_mapping",
    "int_type": "kind_whole_number",
    "int_parsing": "kind_whole_number",
    "int_from_float": "kind_whole_number",
    "float_type": "kind_number",
    "float_parsing": "kind_number",
    "date_type": "kind_date",
    "date_parsing": "kind_date",
    "date_from_datetime_parsing": "kind_date",
    "date_from_datetime_inexact": "kind_date",
}
_FOUND = {  # the YAML value's Python type → how to name it
    "list": "kind_list",
    "str": "kind_str",
    "int": "kind_number",
    "float": "kind_number",
    "bool": "kind_bool",
    "NoneType": "kind_nothing",
}
_NUMBER = re.compile(r"\s*-?\d+(\.\d+)?\s*")

MAX_LISTED = 100
"""Problems listed per check of one file; the rest are counted in one last problem. Phrasing
and locating 48,000 messages took seconds, and nobody reads past the first screen."""


def validate(schema: type[T], data: Any, source: Source, what: str) -> T:
    """Return ``data`` as ``schema``, or raise one ValidationError listing every problem.

    ``what`` is "answers file" or "model file", for the message when the top is not a mapping.
    """
    if not isinstance(data, dict):
        found = _FOUND.get(type(data).__name__)
        message = msg(
            "err_not_mapping",
            what=msg("what_model_file" if what == "model file" else "what_answers_file"),
            found=msg(found) if found else type(data).__name__,
        )
        raise ValidationError(Problem.of(source.locate(()), message))
    try:
        return schema.model_validate(data)
    except pydantic.ValidationError as exc:
        raise ValidationError(problems(exc.errors(), source)) from None


def message_of(error: Any) -> Msg:
    """A pydantic error as a catalogue message; pydantic's English for the rare kinds."""
    kind = error["type"]
    loc = tuple(error["loc"])
    key = str(loc[-1]) if loc else ""
    value = error.get("input")
    if kind == "extra_forbidden":
        return msg("err_unknown_key", key=key)
    if kind == "missing":
        return msg("err_missing_key", key=key)
    if kind in _KINDS:
        numeric = _KINDS[kind] in ("kind_number", "kind_whole_number")
        if numeric and isinstance(value, str) and _NUMBER.fullmatch(value):
            return msg("err_quoted_number", value=value.strip())
        return msg("err_expected", expected=msg(_KINDS[kind]), got=_short(value))
    if kind == "literal_error":
        choices = str((error.get("ctx") or {}).get("expected", ""))
        return msg("err_one_of", choices=choices, got=_short(value))
    detail = str(error["msg"])
    if "input" in error and kind not in ("model_type", "dict_type"):
        detail += f", got {_short(value)}"
    return msg("err_schema", detail=detail)


def problems(errors: Iterable[Any], source: Source) -> list[Problem]:
    """Turn pydantic error dicts into located problems: the first :data:`MAX_LISTED`, then
    one problem that counts the rest (see :func:`located`)."""
    seen: set[tuple[str, str]] = set()
    out: list[Problem] = []
    rest: dict[tuple[Any, ...], tuple[Any, ...]] = {}  # (loc, type) → where to point
    for error in errors:
        loc = tuple(error["loc"])
        at = loc if error["type"] != "missing" else loc[:-1]
        if len(out) >= MAX_LISTED:
            # Past the cap nothing is phrased or located: only counted, once per key and kind.
            rest.setdefault((loc, error["type"]), at)
            continue
        message = message_of(error)
        path = dotted(list(loc))
        if (path, str(message)) in seen:
            continue
        seen.add((path, str(message)))
        out.append(Problem.of(source.locate(at), message, path))
    if rest:
        out.append(more_problems(source.locate(next(iter(rest.values()))), len(rest)))
    return out


def more_problems(where: Location, count: int) -> Problem:
    """The problem that stands for ``count`` more not listed, at the first of them."""
    return Problem.of(where, msg("err_more_problems", count, max=MAX_LISTED))


def more_count(problem: Problem) -> int:
    """How many problems ``problem`` stands for: its count if it is :func:`more_problems`."""
    if problem.msg is not None and problem.msg.key == "err_more_problems":
        return problem.msg.count or 0
    return 1


def located(
    findings: Iterable[tuple[tuple[str | int, ...], str | Msg]], source: Source
) -> list[Problem]:
    """Turn semantic findings (key path, message) into located problems.

    Only the first :data:`MAX_LISTED` are located and phrased; one more problem, at the first
    finding not listed, counts the rest. Cost stays linear and small in the number of findings.
    """
    out: list[Problem] = []
    rest = 0
    first: tuple[str | int, ...] = ()
    for path, message in findings:
        if len(out) < MAX_LISTED:
            out.append(Problem.of(source.locate(path), message, dotted(list(path))))
        else:
            first = first if rest else path
            rest += 1
    if rest:
        out.append(more_problems(source.locate(first), rest))
    return out


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."
