"""JSON Schemas for editors and for consumers of siqassess output."""

from __future__ import annotations

from typing import Any

_BASE = "https://siqassess.invalid/schemas"
_DOCUMENTS = {
    "result": "siqassess score result",
    "compare": "siqassess comparison",
    "group": "siqassess group aggregate",
}


def json_schema(kind: str) -> dict[str, Any]:
    """The JSON Schema of a model file, an answers file, or a result, comparison or group."""
    if kind == "model":
        from siqassess.criteria.schema import Model

        schema = Model.model_json_schema()
        title = "siqassess model file"
    elif kind == "answers":
        from siqassess.io.answers import AnswersFile

        schema = AnswersFile.model_json_schema()
        title = "siqassess answers file"
    elif kind in _DOCUMENTS:
        schema, title = _document_schema(kind)
    else:
        raise ValueError(kind)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{_BASE}/{kind}.schema.json",
        "title": title,
        **{k: v for k, v in schema.items() if k != "title"},
    }


def _document_schema(kind: str) -> tuple[dict[str, Any], str]:
    """The schema of an output document (typed dataclasses in ``siqassess.documents``)."""
    from pydantic import TypeAdapter

    from siqassess.documents.comparison import ComparisonDocument
    from siqassess.documents.group import GroupDocument
    from siqassess.documents.result import ResultDocument

    cls = {"result": ResultDocument, "compare": ComparisonDocument, "group": GroupDocument}[kind]
    schema = TypeAdapter(cls).json_schema()
    for part in [schema, *schema.get("$defs", {}).values()]:
        if "properties" in part:
            part.setdefault("additionalProperties", False)  # no key the class lacks
    return schema, _DOCUMENTS[kind]
