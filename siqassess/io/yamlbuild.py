"""Compose YAML with libyaml and build Python values from the nodes in one pass.

libyaml (through PyYAML's ``CParser``) composes the document into nodes, which keep their
positions for messages. Instead of PyYAML's ``SafeConstructor`` (a generator per collection
and a regular-expression resolver per scalar) one tight pass builds the values, refuses
duplicate keys, bounds what aliases expand to, and turns a value it cannot build into a
located problem. That pass costs less than PyYAML's plain ``CSafeLoader``, so reading with
positions is no longer slower than reading without them.

Untagged plain scalars follow the YAML 1.2 core schema, with dates:

- ``null``, ``Null``, ``NULL``, ``~`` and the empty value are ``None``;
- ``true``/``false`` (also ``True``, ``TRUE``, ``False``, ``FALSE``) are booleans;
- decimal integers (``60``, ``-5``, ``+7``; no leading zeros) and decimal floats (``62.5``,
  ``1e3``, ``.5``, ``60.``), ``.inf`` and ``.nan`` are numbers; the YAML 1.1 forms ``1:00``,
  ``6_0``, ``0x3C``, ``0o74`` and ``074`` stay text, so a schema refuses them as scores;
- ``2026-11-01`` (and a date with a time) is a date, checked: ``2026-02-30`` is a problem;
- everything else is text.
"""

from __future__ import annotations

import math
import re
from typing import Any, NoReturn

from yaml.constructor import SafeConstructor
from yaml.cyaml import CParser  # type: ignore[attr-defined]
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from siqassess.errors import InputError, Location, Msg, Problem, msg

MAX_NODES = 100_000
"""Largest number of YAML nodes, aliases expanded; stops alias ("billion laughs") bombs and
flat lists of millions of items. The built-in model has about 1,500 nodes."""

MAX_EXPANDED = 5 * 1024 * 1024
"""Largest number of characters of text once aliases are expanded: an alias of a long text
counts as a copy of it, so what a file expands to is never larger than a file we accept."""

MAX_DEPTH = 64
"""Deepest nesting accepted; real model and answers files are under ten levels deep."""

_CORE = "tag:yaml.org,2002:"
STR, SEQ, MAP = _CORE + "str", _CORE + "seq", _CORE + "map"
PLAIN = "tag:siqassess,2026:plain"
"""The tag our resolver gives an untagged plain scalar; :func:`plain_value` types it."""

_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_BOOLS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False}
_BOOLS["FALSE"] = False
_INT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)\Z")
_FLOAT = re.compile(
    r"(?:[-+]?(?:\.[0-9]+|(?:0|[1-9][0-9]*)(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
    r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))\Z"
)
_SPECIAL = {".inf": math.inf, "+.inf": math.inf, "-.inf": -math.inf, ".nan": math.nan}
"""YAML's spellings of infinity and not-a-number (any case the regular expression admits)."""
_NUMBER_START = frozenset("0123456789+-.")
_DATE = SafeConstructor.timestamp_regexp
_DATES = SafeConstructor()


class ComposeLimit(Exception):
    """Raised from inside libyaml's composer: a document too deep, or with too many nodes.

    The composer gives no position there; :mod:`siqassess.io.yamlio` finds it afterwards.
    """


class ExpandLimit(Exception):
    """Raised by :class:`Builder` when aliases expand past a limit; located afterwards."""


class Composer(CParser):
    """libyaml's parser and composer, with a resolver that only marks plain scalars.

    The composer recurses per level of nesting, in C: the depth is checked before each
    level, so a ``[[[[…`` file cannot exhaust the stack, and so is the number of nodes, so a
    flat list of millions of items is refused before it takes gigabytes.

    libyaml calls back into Python before and after each node. The counters live in two
    closures set on the instance, not in attributes: a call then touches only its closure's
    cells, which made composing an answers file about a quarter cheaper (measured,
    ``benchmarks/batch.py``).
    """

    def __init__(self, text: str) -> None:
        super().__init__(text)
        depth = 0
        count = 0

        def descend(parent: Node | None, index: Any) -> None:
            """Called before each node is composed (never for an alias)."""
            nonlocal depth, count
            depth += 1
            count += 1
            if depth > MAX_DEPTH or count > MAX_NODES:
                raise ComposeLimit

        def ascend() -> None:
            """Called after each node is composed."""
            nonlocal depth
            depth -= 1

        self.descend_resolver = descend
        self.ascend_resolver = ascend

    def resolve(self, kind: type[Node], value: Any, implicit: Any) -> str:
        """The tag of an untagged node (``implicit`` is a pair for a scalar, else a flag)."""
        if kind is ScalarNode:
            return PLAIN if implicit[0] else STR
        return SEQ if kind is SequenceNode else MAP


def plain_value(text: str) -> Any:
    """An untagged plain scalar's value (see the module's description)."""
    if text and text[0] in _NUMBER_START:
        if text.isdigit() and text.isascii() and (text[0] != "0" or len(text) == 1):
            return int(text)  # the common case, without a regular expression
        if _INT.match(text):
            return int(text)
        if _FLOAT.match(text):
            special = _SPECIAL.get(text.lower())
            return float(text) if special is None else special
        if _DATE.match(text):
            return _date(text)
        return text
    if text in _NULLS:
        return None
    return _BOOLS.get(text, text)


def _date(text: str) -> Any:
    return _DATES.construct_yaml_timestamp(ScalarNode(_CORE + "timestamp", text))


class Builder:
    """One pass over composed nodes: values, duplicate keys, aliases, located problems.

    An alias is built again where it stands, so it counts at its full expanded size; the
    node and character limits bound that work, whatever the aliases multiply to.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self.nodes = 0
        self.chars = 0
        self._open: set[int] = set()

    def build(self, node: Node) -> Any:
        """The value of ``node``; raises :class:`InputError` at the first problem."""
        if type(node) is ScalarNode:
            return self._scalar(node)
        key = id(node)
        if key in self._open:
            self._fail(node, msg("err_alias_loop"))
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise ExpandLimit
        self._open.add(key)
        if type(node) is MappingNode:
            value: Any = self._mapping(node)
        else:
            if node.tag != SEQ:
                self._bad_tag(node)
            scalar, build = self._scalar, self.build
            value = [scalar(i) if type(i) is ScalarNode else build(i) for i in node.value]
        self._open.discard(key)
        return value

    def _scalar(self, node: ScalarNode) -> Any:
        text = node.value
        self.nodes += 1
        self.chars += len(text)
        if self.nodes > MAX_NODES or self.chars > MAX_EXPANDED:
            # The node where the count crossed may be deep inside an aliased part; the
            # caller measures each distinct node to point at the one that is too large.
            raise ExpandLimit
        tag = node.tag
        if tag == PLAIN:
            try:
                return plain_value(text)
            except (ValueError, OverflowError) as exc:
                self._fail(node, _not_a_date(text, exc))
        return text if tag == STR else self._tagged(node)

    def _mapping(self, node: MappingNode) -> dict[Any, Any]:
        if node.tag != MAP:
            self._bad_tag(node)
        result: dict[Any, Any] = {}
        merged: dict[Any, Any] = {}
        seen: set[str] = set()
        scalar, build = self._scalar, self.build
        for key_node, value_node in node.value:
            if type(key_node) is ScalarNode:
                text = key_node.value
                if text == "<<" and key_node.tag == PLAIN:
                    self._merge(value_node, merged)
                    continue
                if text in seen:
                    self._fail(key_node, msg("err_duplicate_key", key=repr(text)))
                seen.add(text)
                key = scalar(key_node)
            else:
                build(key_node)  # a problem inside the key is reported first
                self._fail(key_node, msg("err_key_not_plain"))
            is_scalar = type(value_node) is ScalarNode
            result[key] = scalar(value_node) if is_scalar else build(value_node)
        if merged:
            return {**{k: v for k, v in merged.items() if k not in result}, **result}
        return result

    def _merge(self, node: Node, into: dict[Any, Any]) -> None:
        value = self.build(node)
        for source in value if isinstance(value, list) else [value]:
            if not isinstance(source, dict):
                self._fail(node, msg("err_merge_mappings"))
            for k, v in source.items():
                into.setdefault(k, v)

    def _tagged(self, node: ScalarNode) -> Any:
        """A scalar with an explicit tag: ``!!int '60'``, ``!!str 60``, ``!!timestamp …``."""
        text = node.value
        kind = node.tag.removeprefix(_CORE) if node.tag.startswith(_CORE) else ""
        try:
            if kind == "timestamp":
                if not _DATE.match(text):
                    self._fail(node, msg("err_not_a_date", value=_shown(text)))
                return _date(text)
            value = plain_value(text) if text else None
        except (ValueError, OverflowError) as exc:
            self._fail(node, _not_a_date(text, exc))
        wanted = {"int": (int,), "float": (int, float), "bool": (bool,), "null": (type(None),)}
        if kind == "str":
            return text
        if kind not in wanted:
            self._bad_tag(node)
        if isinstance(value, bool) != (kind == "bool") or not isinstance(value, wanted[kind]):
            self._fail(node, msg(f"err_tagged_{kind}", value=_shown(text)))
        return float(value) if kind == "float" and value is not None else value

    def _bad_tag(self, node: Node) -> NoReturn:
        self._fail(node, msg("err_tag", tag=repr(node.tag)))

    def _fail(self, node: Node, message: Msg) -> NoReturn:
        mark = node.start_mark
        raise InputError(Problem.of(Location(self.name, mark.line + 1, mark.column + 1), message))


def _shown(text: str) -> str:
    return repr(text[:40] + ("…" if len(text) > 40 else ""))


def _not_a_date(text: str, exc: Exception) -> Msg:
    """A date written right that does not exist (``2026-02-30``, ``0000-01-01``); Python's own
    reason (``exc``) is English, so the message names the value instead."""
    return msg("err_no_such_date", value=_shown(text))
