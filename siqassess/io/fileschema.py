"""Validate parsed YAML against a pydantic schema, with every error located in the file."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

import pydantic

from siqassess.errors import Location, Problem, ValidationError, dotted
from siqassess.io.yamlio import Source

T = TypeVar("T", bound=pydantic.BaseModel)

_MESSAGES = {
    "extra_forbidden": "unknown key {key!r}",
    "missing": "missing required key {key!r}",
}


def validate(schema: type[T], data: Any, source: Source, what: str) -> T:
    """Return ``data`` as ``schema``, or raise one ValidationError listing every problem."""
    if not isinstance(data, dict):
        found = type(data).__name__ if data is not None else "nothing"
        message = f"expected a {what} (a YAML mapping at the top level), found {_kind(found)}"
        raise ValidationError(Problem(source.locate(()), message))
    try:
        return schema.model_validate(data)
    except pydantic.ValidationError as exc:
        raise ValidationError(list(problems(exc.errors(), source))) from None


def problems(errors: Iterable[Any], source: Source) -> Iterable[Problem]:
    """Turn pydantic error dicts into located problems."""
    seen: set[tuple[str, str]] = set()
    for error in errors:
        loc = tuple(error["loc"])
        key = str(loc[-1]) if loc else ""
        template = _MESSAGES.get(error["type"])
        if template:
            message = template.format(key=key)
        else:
            message = error["msg"]
            if "input" in error and error["type"] not in ("model_type", "dict_type"):
                message += f", got {_short(error['input'])}"
        path = dotted(list(loc))
        if (path, message) in seen:
            continue
        seen.add((path, message))
        where: Location = (
            source.locate(loc) if error["type"] != "missing" else source.locate(loc[:-1])
        )
        yield Problem(where, message, path)


def located(findings: Iterable[tuple[tuple[str | int, ...], str]], source: Source) -> list[Problem]:
    """Turn semantic findings (key path, message) into located problems."""
    return [Problem(source.locate(path), message, dotted(list(path))) for path, message in findings]


def _kind(name: str) -> str:
    return {"list": "a list", "str": "a string", "int": "a number", "float": "a number"}.get(
        name, name
    )


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."
