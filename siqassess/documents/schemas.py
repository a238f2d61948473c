"""JSON Schemas for editors and for consumers of siqassess output."""

from __future__ import annotations

from typing import Any

_BASE = "https://siqassess.invalid/schemas"


def json_schema(kind: str) -> dict[str, Any]:
    """The JSON Schema of a model file, an answers file or a score result."""
    if kind == "model":
        from siqassess.criteria.schema import Model

        schema = Model.model_json_schema()
        title = "siqassess model file"
    elif kind == "answers":
        from siqassess.io.answers import AnswersFile

        schema = AnswersFile.model_json_schema()
        title = "siqassess answers file"
    elif kind == "result":
        from siqassess.reports.results import ResultDocument

        schema = ResultDocument.model_json_schema()
        title = "siqassess score result"
    else:
        raise ValueError(kind)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{_BASE}/{kind}.schema.json",
        "title": title,
        **{k: v for k, v in schema.items() if k != "title"},
    }
