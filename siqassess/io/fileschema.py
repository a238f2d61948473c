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
        raise ValidationError(list(problems(exc.errors(), source))) from None


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


def problems(errors: Iterable[Any], source: Source) -> Iterable[Problem]:
    """Turn pydantic error dicts into located problems."""
    seen: set[tuple[str, str]] = set()
    for error in errors:
        loc = tuple(error["loc"])
        message = message_of(error)
        path = dotted(list(loc))
        if (path, str(message)) in seen:
            continue
        seen.add((path, str(message)))
        where: Location = (
            source.locate(loc) if error["type"] != "missing" else source.locate(loc[:-1])
        )
        yield Problem.of(where, message, path)


def located(
    findings: Iterable[tuple[tuple[str | int, ...], str | Msg]], source: Source
) -> list[Problem]:
    """Turn semantic findings (key path, message) into located problems."""
    return [
        Problem.of(source.locate(path), message, dotted(list(path))) for path, message in findings
    ]


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."
