"""The normalised, language-complete JSON form of a model."""

from __future__ import annotations

from siqassess.criteria.tree import LoadedModel, Node


def export_model(model: LoadedModel) -> dict[str, object]:
    """The model as plain data: metadata, scales and the node tree."""
    spec = model.spec
    return {
        "id": spec.id,
        "version": spec.version,
        "sha256": model.sha256,
        "languages": list(spec.languages),
        "name": dict(spec.name),
        "publisher": spec.publisher,
        "provenance": dict(spec.provenance) if spec.provenance else None,
        "default_target": spec.default_target,
        "total_points": 1000,
        "scales": {key: scale.model_dump(mode="json") for key, scale in spec.scales.items()},
        "tree": export_node(model.root),
    }


def export_node(node: Node) -> dict[str, object]:
    """One node and its subtree."""
    out: dict[str, object] = {
        "id": node.id,
        "kind": node.kind,
        "name": dict(node.name),
        "weight": node.weight,
    }
    if node.description:
        out["description"] = dict(node.description)
    if node.is_leaf:
        out["scale"] = node.scale
        out["question"] = dict(node.question) if node.question else None
        if node.help:
            out["help"] = dict(node.help)
        if node.measures:
            out["measures"] = [dict(m) for m in node.measures]
    if node.provenance:
        out["provenance"] = node.provenance.model_dump()
    out["children"] = [export_node(child) for child in node.children]
    return out
