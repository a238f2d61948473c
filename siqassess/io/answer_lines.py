"""An answers file's YAML text, leaf by leaf: the dumper and the per-leaf cache."""

from __future__ import annotations

from typing import Any

import yaml

from siqassess.core.answers import Answer, Improvement, Position
from siqassess.io.measures import flow_style, measure_body

__all__ = ["_LEAF_CACHE", "leaf_lines", "num", "yaml_text"]


class _Dumper(yaml.SafeDumper):
    """Writes multi-line notes as literal blocks, so the file stays diffable."""


def _plain_safe(char: str) -> bool:
    # PyYAML leaves U+00A0 and other Unicode spaces unquoted at a scalar's end, and writes
    # U+0085/U+2028/U+2029 raw as line breaks that the reader folds into a space; such a
    # text is only kept exactly as typed inside double quotes, which escape what they must.
    return char == "\n" or (char.isprintable() and (char == " " or not char.isspace()))


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style: str | None = None
    if not all(_plain_safe(char) for char in value) or value.endswith("\n"):
        style = '"'  # a kept final newline would need a "..." document end marker
    elif "\n" in value:
        style = "|"
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)
flow_style(_Dumper)


def num(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def yaml_text(data: Any) -> str:
    return yaml.dump(
        data,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=100,
        default_flow_style=False,
    )


_LEAF_CACHE: dict[tuple[str, str | None], tuple[str, ...]] = {}
_LEAF_CACHE_SIZE = 4096


def leaf_lines(leaf_id: str, answer: Answer | None) -> tuple[str, ...]:
    """One leaf's YAML lines, remembered by the leaf id and the answer's whole JSON.

    ``assess`` saves after every key that changes an answer; re-emitting the answers that did
    not change through PyYAML's pure-Python emitter was most of a save's cost. Equal JSON means
    equal values of every field the lines are made from (JSON keeps strings exactly and tells
    ``60`` from ``60.0``), so a remembered text is the text this answer would get.
    """
    key = (leaf_id, answer.model_dump_json() if answer is not None else None)
    lines = _LEAF_CACHE.get(key)
    if lines is None:
        if len(_LEAF_CACHE) >= _LEAF_CACHE_SIZE:
            _LEAF_CACHE.clear()
        lines = _LEAF_CACHE[key] = tuple(_answer_lines(leaf_id, answer))
    return lines


def _improvement(item: str | Improvement) -> Any:
    return item if isinstance(item, str) else item.model_dump(mode="json", exclude_defaults=True)


def _suggestion(value: float | str) -> object:
    return value if isinstance(value, str) else num(value)


def _position(said: Position) -> dict[str, object]:
    """One assessor's own answer, only the keys that say something."""
    body: dict[str, object] = {"name": said.name}
    if said.role is not None:
        body["role"] = said.role
    if said.na:
        body["na"] = True
        body["reason"] = said.reason
    else:
        body["score"] = None if said.score is None else num(said.score)
    if said.note is not None:
        body["note"] = said.note
    if said.strengths:
        body["strengths"] = list(said.strengths)
    if said.improvements:
        body["improvements"] = [_improvement(item) for item in said.improvements]
    return body


def _answer_lines(leaf_id: str, answer: Answer | None) -> list[str]:
    body: dict[str, object] = {}
    if answer is not None:
        if answer.na:
            body["na"] = True
            body["reason"] = answer.reason
        else:
            if answer.score is not None or answer.respondents:
                # a consensus draft's leaf to agree shows its blank score, to be filled in
                body["score"] = None if answer.score is None else num(answer.score)
            if answer.reason is not None or answer.respondents:
                body["reason"] = answer.reason  # why the meeting agreed on this score
        if answer.suggested is not None:
            body["suggested"] = _suggestion(answer.suggested)
        for key in ("target", "note"):
            value = getattr(answer, key)
            if value is not None:
                body[key] = num(value) if key == "target" else value
        if answer.evidence:
            body["evidence"] = list(answer.evidence)
        if answer.strengths:
            body["strengths"] = list(answer.strengths)
        if answer.improvements:
            body["improvements"] = [_improvement(item) for item in answer.improvements]
        if answer.measures:
            body["measures"] = [measure_body(m) for m in answer.measures]
        if answer.last_year is not None:
            body["last_year"] = num(answer.last_year) if answer.last_year != "na" else "na"
        if answer.group is not None:
            body["group"] = answer.group.model_dump()
        if answer.respondents:
            body["respondents"] = [_position(p) for p in answer.respondents]
    if not body:
        body = {"score": None}
    # Only the final newline is dropped and lines split only at "\n": a scalar's own
    # characters (a trailing U+00A0, a U+2028 inside a note) must reach the file unchanged.
    text = yaml_text({leaf_id: body}).removesuffix("\n")
    return ["  " + line if line else line for line in text.split("\n")]
