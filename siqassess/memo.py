"""A value worked out once per object (a model, a tree), for what a batch asks of every file."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class PerObject(Generic[K, V]):
    """A value worked out once per object (a model, a tree), looked up by identity.

    For objects that cannot be dict keys (a model holds pydantic parts, so it does not hash)
    and that a batch asks about for every file. The object is kept with its value, so its id
    cannot be reused while the entry lives; at most a few objects are kept, since a process
    sees one model or a handful of pruned trees.
    """

    def __init__(self, make: Callable[[K], V]) -> None:
        self._make = make
        self._known: dict[int, tuple[K, V]] = {}

    def __call__(self, key: K) -> V:
        """The value for ``key``, made on first use."""
        known = self._known.get(id(key))
        if known is None or known[0] is not key:
            if len(self._known) >= 32:
                self._known.clear()
            known = self._known[id(key)] = (key, self._make(key))
        return known[1]
