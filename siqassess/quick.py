"""Cheap per file: frozen dataclasses quick to build, and values worked out once per model."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import MISSING, fields
from typing import Any, Generic, TypeVar

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


def quick(cls: type[T]) -> type[T]:
    """Give a frozen dataclass an ``__init__`` that fills its ``__dict__`` directly.

    The ``__init__`` that ``dataclass`` writes for a frozen class sets each field through
    ``object.__setattr__``, four times slower than a plain class (measured: 1.3 µs against
    0.28 µs for six fields, each set as an item of ``__dict__``; 0.33 µs through
    ``__dict__.update``). Everything else stays as ``dataclass`` made it: instances are
    still frozen (``__setattr__`` refuses), compare, hash, print and pickle the same. For
    classes without ``default_factory``, ``__post_init__``, ``InitVar`` or ``__slots__``.
    Put it above ``@dataclass(frozen=True)``.
    """
    names = [f.name for f in fields(cls)]  # type: ignore[arg-type]
    if hasattr(cls, "__post_init__") or hasattr(cls, "__slots__"):
        raise TypeError(f"@quick cannot build {cls.__name__}")
    defaults: dict[str, object] = {}
    params = []
    for f in fields(cls):  # type: ignore[arg-type]
        if f.default_factory is not MISSING or not f.init:
            raise TypeError(f"@quick cannot build {cls.__name__}.{f.name}")
        if f.default is MISSING:
            params.append(f.name)
        else:
            defaults[f"_d_{f.name}"] = f.default
            params.append(f"{f.name}=_d_{f.name}")
    if "_quick_fill" in names or "self" in names:
        raise TypeError(f"@quick cannot build {cls.__name__}: a field has a reserved name")
    body = "".join(f"\n    _quick_fill[{name!r}] = {name}" for name in names)
    source = f"def __init__(self, {', '.join(params)}):\n    _quick_fill = self.__dict__{body}\n"
    namespace: dict[str, object] = dict(defaults)
    exec(source, namespace)  # as dataclasses itself does; names come from the class, not input
    init: Any = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    setattr(cls, "__init__", init)  # noqa: B010 (mypy refuses assigning a method)
    return cls


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
