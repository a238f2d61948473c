"""The JSON Schema of an answers file for one model: its leaf ids, its scales' values.

``siqassess schema answers --model M`` prints it; the committed ``schemas/answers.schema.json``
is the one for the built-in model. An editor using it flags a score of 65 on a 0-100 scale in
steps of 10, and a leaf id the model does not have.
"""

from __future__ import annotations

import copy

from siqassess.criteria.tree import LoadedModel, scale_values


def answers_schema(base: dict[str, object], model: LoadedModel) -> dict[str, object]:
    """``base`` (the generic answers schema) narrowed to ``model``."""
    schema = copy.deepcopy(base)
    defs = _part(schema, "$defs")
    answer = _part(defs, "Answer")
    del defs["Answer"]
    scale_ids = sorted({leaf.scale or "" for leaf in model.leaves})
    for scale_id in scale_ids:
        scale = model.spec.scales[scale_id]
        narrowed = copy.deepcopy(answer)
        narrowed["title"] = f"Answer on scale {scale_id}"
        _part(narrowed, "properties")["score"] = {
            "anyOf": [{"enum": list(scale_values(scale))}, {"type": "null"}],
            "default": None,
            "title": "Score",
            "description": f"{scale.min}-{scale.max} in steps of {scale.step}.",
        }
        defs[_def_name(scale_id)] = narrowed
    leaves = {
        leaf.id: {
            "anyOf": [{"$ref": f"#/$defs/{_def_name(leaf.scale or '')}"}, {"type": "null"}],
            "description": leaf.name.get("en") or leaf.id,
        }
        for leaf in model.leaves
    }
    _part(schema, "properties")["answers"] = {
        "title": "Answers",
        "description": f"One entry per leaf of {model.id} {model.version}.",
        "type": "object",
        "properties": leaves,
        "additionalProperties": False,
    }
    ref = _part(_part(defs, "ModelRef"), "properties")
    ref["id"] = {"const": model.id, "title": "Id", "type": "string"}
    ref["version"] = {"const": model.version, "title": "Version", "type": "string"}
    return schema


def _part(schema: dict[str, object], key: str) -> dict[str, object]:
    """``schema[key]``, an object in every schema pydantic writes for an answers file."""
    found = schema.get(key)
    if not isinstance(found, dict):
        raise TypeError(f"the answers schema has no object {key!r}")
    return found


def _def_name(scale_id: str) -> str:
    return "Answer_" + "".join(c if c.isalnum() else "_" for c in scale_id)
