"""A report context as JSON-ready data: ``tojson`` in templates and the README's keys.

Like :func:`~siqassess.documents.parts.to_data`, except for coverage: the context's JSON
has always carried ``total`` and ``complete``, which the one coverage type
(:class:`~siqassess.core.nodescore.Coverage`) derives rather than stores, so they are written
here explicitly; a field's ``coverage_keys`` metadata narrows them (comparison rows).
Score documents keep their three counts, since they go through ``to_data``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields, is_dataclass
from typing import Any

from siqassess.core.nodescore import Coverage
from siqassess.reports.context_types import COVERAGE_KEYS

_PLAIN = frozenset({str, int, float, bool, type(None)})
_Plan = tuple[tuple[str, bool, tuple[str, ...]], ...]
_PLANS: dict[type, _Plan] = {}


def _plan(kind: type) -> _Plan:
    plan = _PLANS.get(kind)
    if plan is None:
        plan = tuple(
            (
                f.name,
                bool(f.metadata.get("omit_none")),
                tuple(f.metadata.get("coverage_keys", COVERAGE_KEYS)),
            )
            for f in fields(kind)
        )
        _PLANS[kind] = plan
    return plan


def coverage_data(
    coverage: Coverage, keys: tuple[str, ...] = COVERAGE_KEYS
) -> dict[str, int | bool]:
    """A coverage as the context's JSON object: its counts, ``total`` and ``complete``."""
    return {key: getattr(coverage, key) for key in keys}


def context_data(value: Any, keys: tuple[str, ...] = COVERAGE_KEYS) -> Any:
    """A context (or any entry of one) as JSON-ready data: dicts in field order."""
    kind = type(value)
    if kind in _PLAIN:
        return value
    if kind is Coverage:
        return coverage_data(value, keys)
    if is_dataclass(value) and not isinstance(value, type):
        out: dict[str, object] = {}
        for name, omit_none, item_keys in _plan(kind):
            item = getattr(value, name)
            if item is None and omit_none:
                continue
            out[name] = context_data(item, item_keys)
        return out
    if isinstance(value, list | tuple):
        return [context_data(v) for v in value]
    if isinstance(value, Mapping):
        return {k: context_data(v) for k, v in value.items()}
    return value
