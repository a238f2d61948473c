"""JSON Schemas for editors and for consumers of siqassess output."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from siqassess.criteria.tree import LoadedModel

_DOCUMENTS = {
    "result": "siqassess score result",
    "compare": "siqassess comparison",
    "group": "siqassess group aggregate",
    "trend": "siqassess trend",
    "network": "siqassess network benchmark",
    "member": "siqassess network benchmark: one member's page",
}


def json_schema(kind: str, model: LoadedModel | None = None) -> dict[str, object]:
    """The JSON Schema of a model file, an answers file, or a result, comparison or group.

    The answers schema is ``model``'s (which it needs): its leaf ids are the only
    keys of ``answers`` and each score is one of its scale's values. No ``$id``: the schemas
    are files (``schemas/``) or printed, not served from an address.
    """
    if kind == "model":
        from siqassess.criteria.schema import Model

        schema = Model.model_json_schema()
        title = "siqassess model file"
    elif kind == "answers":
        from siqassess.core.answers import AnswersFile
        from siqassess.documents.answers_schema import answers_schema

        if model is None:
            raise ValueError("the answers schema is a model's")
        schema = answers_schema(AnswersFile.model_json_schema(), model)
        title = f"siqassess answers file for {model.id} {model.version}"
    elif kind in _DOCUMENTS:
        schema, title = _document_schema(kind)
    else:
        raise ValueError(kind)
    return titled(schema, title)


def titled(schema: dict[str, object], title: str) -> dict[str, object]:
    """``schema`` as a 2020-12 JSON Schema document with ``title``."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": title,
        **{k: v for k, v in schema.items() if k != "title"},
    }


def _document_schema(kind: str) -> tuple[dict[str, object], str]:
    """The schema of an output document (typed dataclasses in ``siqassess.documents``)."""
    from pydantic import TypeAdapter

    from siqassess.documents.comparison import ComparisonDocument
    from siqassess.documents.group import GroupDocument
    from siqassess.documents.member_page import MemberPageDocument
    from siqassess.documents.network import NetworkDocument
    from siqassess.documents.result import ResultDocument
    from siqassess.documents.trend import TrendDocument

    cls = {
        "result": ResultDocument,
        "compare": ComparisonDocument,
        "group": GroupDocument,
        "trend": TrendDocument,
        "network": NetworkDocument,
        "member": MemberPageDocument,
    }[kind]
    schema: dict[str, object] = TypeAdapter(cls).json_schema()
    defs = schema.get("$defs")
    for part in [schema, *(defs.values() if isinstance(defs, dict) else ())]:
        if isinstance(part, dict) and "properties" in part:
            part.setdefault("additionalProperties", False)  # no key the class lacks
    return schema, _DOCUMENTS[kind]
