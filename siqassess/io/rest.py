"""What a file's schema check would say of the rest: every problem in one run (#27).

A model file with one value of the wrong type (``weight: 1,5``) failed its schema check, and the
checks that need a typed model (a text missing in one language, a gap between bands) were not
run: their problems appeared only on the next run. Here each value the schema refused is put
aside: a number or a text gets a stand-in, an unknown key is dropped; the typed model of the
rest is checked, and what the checks say about a stand-in, or about a part that holds one, is
left out, since the value it stands for is unknown.
"""

from __future__ import annotations

import copy
from typing import Any, TypeVar

import pydantic

T = TypeVar("T", bound=pydantic.BaseModel)

Path = tuple[str | int, ...]

_STAND_INS: dict[str, object] = {
    "float_parsing": 1,
    "float_type": 1,
    "int_parsing": 1,
    "int_type": 1,
    "int_from_float": 1,
    "finite_number": 1,
    "greater_than": 1,
    "greater_than_equal": 1,
    "less_than_equal": 1,
    "string_type": "x",
    "string_too_short": "x",
}
"""Pydantic error kind → a value that passes the schema where the refused one stood."""

_ROUNDS = 5


def readable_rest(schema: type[T], data: Any) -> tuple[T, list[Path]] | None:
    """The typed model of ``data`` with each refused value put aside, and where those values
    stood; None when a refused value cannot be put aside (a missing key, a wrong structure)."""
    fixed = copy.deepcopy(data)
    aside: list[Path] = []
    for _ in range(_ROUNDS):
        try:
            return schema.model_validate(fixed), aside
        except pydantic.ValidationError as exc:
            errors = exc.errors()
        for error in errors:
            loc = tuple(error["loc"])
            if not loc or not _put_aside(fixed, loc, error["type"]):
                return None
            aside.append(loc)
    return None


def _put_aside(data: Any, loc: Path, kind: str) -> bool:
    parent: Any = data
    for part in loc[:-1]:
        try:
            parent = parent[part]
        except (KeyError, IndexError, TypeError):
            return False
    last = loc[-1]
    if kind == "extra_forbidden" and isinstance(parent, dict) and last in parent:
        del parent[last]
        return True
    if kind not in _STAND_INS:
        return False
    try:
        parent[last] = _STAND_INS[kind]
    except (KeyError, IndexError, TypeError):
        return False
    return True


def about_aside(path: Path, aside: list[Path]) -> bool:
    """Whether a finding at ``path`` may concern a value put aside: at it, in it, or in a part
    that holds it (a sum of weights, a scale's bands)."""
    return any(path[: len(a)] == a or a[: len(path)] == path for a in aside)
