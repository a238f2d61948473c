"""The management model: schema, loading, semantic checks and the built-in catalogue."""

from siqassess.criteria.load import load_model, resolve_model
from siqassess.criteria.schema import Model
from siqassess.criteria.tree import Node, build_tree

__all__ = ["Model", "Node", "build_tree", "load_model", "resolve_model"]
