"""JSON text indented as ``json.dumps(indent=2, ensure_ascii=False)`` writes it, faster.

The standard library encodes indented JSON in pure Python, one token at a time: an aggregate
of 10,000 respondents (70 MB of JSON) took longer to write than to read. Here every flat
container (one whose items are all plain values) goes through the C encoder, with the line
break and indentation as its item separator; only containers of containers are joined here.
The text is the same, character for character (tests/unit/test_jsontext.py).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

_PLAIN = (str, int, float, bool, type(None))
_encode_str = json.encoder.encode_basestring
_FLAT: dict[tuple[int, int], json.JSONEncoder] = {}


def dumps(value: Any, indent: int = 2, convert: Callable[[Any], Any] | None = None) -> str:
    """``value`` as indented JSON text (UTF-8 characters kept, NaN written as ``NaN``).

    ``convert`` is applied to every value that is not a plain one before it is written (for
    example a dataclass to the dict of its fields), one level at a time.
    """
    out: list[str] = []
    _write(value, 0, indent, out, convert or _same)
    return "".join(out)


def _same(value: Any) -> Any:
    return value


def _encoder(level: int, indent: int) -> json.JSONEncoder:
    key = (level, indent)
    found = _FLAT.get(key)
    if found is None:
        found = json.JSONEncoder(
            ensure_ascii=False, separators=(",\n" + " " * (level * indent), ": ")
        )
        _FLAT[key] = found
    return found


def _key(key: Any) -> str:
    if isinstance(key, str):
        return _encode_str(key)
    if key is True or key is False or key is None:
        return _encode_str(json.dumps(key))
    if isinstance(key, int | float):
        return _encode_str(json.dumps(key))
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")


def _write(
    value: Any, level: int, indent: int, out: list[str], convert: Callable[[Any], Any]
) -> None:
    kind = type(value)
    if kind in _PLAIN:
        out.append(json.dumps(value, ensure_ascii=False))
        return
    value = convert(value)
    if isinstance(value, dict):
        items = value.items()
        if not value:
            out.append("{}")
        elif all(type(v) in _PLAIN for v in value.values()) and all(type(k) is str for k in value):
            _flat(value, level, indent, out)
        else:
            inner = "\n" + " " * ((level + 1) * indent)
            out.append("{")
            first = True
            for k, v in items:
                out.append(inner if first else "," + inner)
                first = False
                out.append(_key(k))
                out.append(": ")
                _write(v, level + 1, indent, out, convert)
            out.append("\n" + " " * (level * indent) + "}")
        return
    if isinstance(value, list | tuple):
        if not value:
            out.append("[]")
        elif all(type(v) in _PLAIN for v in value):
            _flat(value, level, indent, out)
        else:
            inner = "\n" + " " * ((level + 1) * indent)
            out.append("[")
            first = True
            for v in value:
                out.append(inner if first else "," + inner)
                first = False
                _write(v, level + 1, indent, out, convert)
            out.append("\n" + " " * (level * indent) + "]")
        return
    out.append(json.dumps(value, ensure_ascii=False, indent=indent))  # raises as json does


def _flat(value: Any, level: int, indent: int, out: list[str]) -> None:
    """A non-empty container of plain values, through the C encoder."""
    text = _encoder(level + 1, indent).encode(value)
    pad = " " * ((level + 1) * indent)
    out.append(text[0] + "\n" + pad + text[1:-1] + "\n" + " " * (level * indent) + text[-1])
