"""Safe YAML reading with source positions (writing lives in :mod:`siqassess.io.files`)."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

import yaml

from siqassess.errors import InputError, Location, Msg, Problem, msg
from siqassess.io import yamlbuild
from siqassess.io.files import MAX_BYTES, atomic_writer, read_bytes, write_atomic

# The limits live beside the pass that enforces them; re-exported for callers and docs.
MAX_NODES, MAX_EXPANDED, MAX_DEPTH = (
    yamlbuild.MAX_NODES,
    yamlbuild.MAX_EXPANDED,
    yamlbuild.MAX_DEPTH,
)

KeyPath = Sequence[str | int]
__all__ = ["Source", "atomic_writer", "decode", "load", "parse", "read_text", "write_atomic"]


@dataclass
class Source:
    """A YAML file's text, able to map a key path back to a line and column."""

    name: str
    text: str
    _root: yaml.Node | None = field(default=None, repr=False)

    _keys: dict[int, dict[str, tuple[yaml.Node, yaml.Node]]] = field(
        default_factory=dict, repr=False
    )

    def locate(self, path: KeyPath) -> Location:
        """Return the location of the deepest node along ``path`` that exists."""
        node = self._node()
        mark = node.start_mark if node is not None else None
        for key in path:
            if isinstance(node, yaml.MappingNode):
                pair = self._entry(node, key)
                if pair is None:
                    break
                mark = pair[0].start_mark
                node = pair[1]
            elif isinstance(node, yaml.SequenceNode) and isinstance(key, int):
                if not 0 <= key < len(node.value):
                    break
                node = node.value[key]
                mark = node.start_mark
            else:
                break
        if mark is None:
            return Location(self.name, 1, 1)
        return Location(self.name, mark.line + 1, mark.column + 1)

    def _entry(self, node: yaml.MappingNode, key: str | int) -> tuple[yaml.Node, yaml.Node] | None:
        """The key and value nodes of ``key`` in ``node``, from an index built once per mapping.

        Looking keys up one by one was quadratic: locating 40,000 unknown ids took minutes.
        """
        index = self._keys.get(id(node))
        if index is None:
            index = {}
            for key_node, value_node in node.value:
                if isinstance(key_node, yaml.ScalarNode):
                    index.setdefault(key_node.value, (key_node, value_node))
            self._keys[id(node)] = index
        return index.get(str(key))

    def _node(self) -> yaml.Node | None:
        if self._root is None:
            with contextlib.suppress(yaml.YAMLError, yamlbuild.ComposeLimit):
                self._root = _compose(self.text)
        return self._root


def read_text(path: Path, limit: int = MAX_BYTES) -> str:
    """Read a regular UTF-8 file (a BOM is allowed) of at most ``limit`` bytes.

    Folders, FIFOs, devices and sockets are refused before any read that could block.
    """
    return decode(str(path), read_bytes(path, limit))


def decode(name: str, raw: bytes) -> str:
    """Decode UTF-8 bytes, pointing at the first invalid byte on failure."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        message = msg("err_not_utf8", byte=f"{raw[exc.start]:02x}")
        raise InputError(Problem.of(Location(name, line, column), message)) from None


def parse(name: str, text: str) -> tuple[Any, Source]:
    """Parse one YAML document safely; errors carry file, line and column.

    libyaml composes the nodes (positions kept for messages), then one pass builds the values
    (:mod:`siqassess.io.yamlbuild`). A limit crossed inside the composer is located
    afterwards by a pass over the events, so only a refused file pays for that.
    """
    source = Source(name, text)
    try:
        node = _compose(text)
        if node is None:
            raise InputError(Problem.of(Location(name, 1, 1), msg("err_empty")))
        source._root = node
        data = yamlbuild.Builder(name).build(node)
    except yamlbuild.ExpandLimit:
        if source._root is not None:
            _check_expanded(name, source._root)
        raise InputError(Problem.of(Location(name), msg("err_alias_bomb", max=MAX_NODES))) from None
    except yamlbuild.ComposeLimit:
        _check_events(name, text)
        raise InputError(Problem.of(Location(name), msg("err_too_deep"))) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = Location(name, mark.line + 1, mark.column + 1) if mark else Location(name)
        raise InputError(Problem.of(where, _yaml_message(text, exc, where.line))) from None
    except yaml.reader.ReaderError as exc:
        before = text[: exc.position]
        where = Location(name, before.count("\n") + 1, exc.position - (before.rfind("\n") + 1) + 1)
        code = ord(exc.character) if isinstance(exc.character, str) else int(exc.character)
        raise InputError(Problem.of(where, msg("err_character", code=f"{code:04X}"))) from None
    except yaml.YAMLError as exc:
        message = msg("err_yaml_other", detail=str(exc).splitlines()[0])
        raise InputError(Problem.of(Location(name), message)) from None
    return data, source


def _compose(text: str) -> yaml.Node | None:
    composer = yamlbuild.Composer(text)
    try:
        return composer.get_single_node()
    finally:
        composer.dispose()


def _yaml_message(text: str, exc: yaml.MarkedYAMLError, line: int) -> Msg:
    """A syntax error in words a person can act on; PyYAML's own words otherwise."""
    problem = (exc.problem or exc.context or "invalid YAML").strip()
    if problem.startswith("could not determine a constructor"):
        return msg("err_tag", tag=exc.problem_mark and _tag_at(text, exc))
    if problem.startswith("duplicate key "):
        return msg("err_duplicate_key", key=problem.removeprefix("duplicate key "))
    lines = text.splitlines()
    for at in (line, line - 1):  # PyYAML may point at the line after the tab
        indent = (
            lines[at - 1][: len(lines[at - 1]) - len(lines[at - 1].lstrip())]
            if 0 < at <= len(lines)
            else ""
        )
        if "\t" in indent:
            return msg("err_tab", line=at)
    return msg("err_yaml", detail=problem)


def _tag_at(text: str, exc: yaml.MarkedYAMLError) -> str:
    problem = exc.problem or ""
    start = problem.find("'")
    return problem[start:] if start >= 0 else "(unknown)"


def _check_expanded(name: str, root: yaml.Node) -> None:
    """Refuse a document that is too large once its aliases are expanded.

    Each distinct node is measured once (nodes and characters of text below it), so the
    check is linear in the document as written however often its parts are aliased.
    """
    sizes: dict[int, tuple[int, int]] = {}
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        if id(node) in sizes:
            continue
        children = _children(node)
        if not done:
            stack.append((node, True))
            stack.extend((c, False) for c in children if id(c) not in sizes)
            continue
        nodes, chars = 1, len(node.value) if isinstance(node, yaml.ScalarNode) else 0
        for child in children:
            n, c = sizes[id(child)]
            nodes += n
            chars += c
        sizes[id(node)] = (nodes, chars)
        if nodes > MAX_NODES or chars > MAX_EXPANDED:
            mark = node.start_mark
            where = Location(name, mark.line + 1, mark.column + 1)
            if nodes > MAX_NODES:
                raise InputError(Problem.of(where, msg("err_alias_bomb", max=MAX_NODES)))
            message = msg("err_alias_text", max=MAX_EXPANDED // (1024 * 1024))
            raise InputError(Problem.of(where, message))


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _too_deep(name: str, node: yaml.Node | yaml.Event) -> NoReturn:
    mark = node.start_mark
    where = Location(name, mark.line + 1, mark.column + 1) if mark else Location(name)
    raise InputError(Problem.of(where, msg("err_deeper_than", max=MAX_DEPTH)))


def _check_events(name: str, text: str) -> bool:
    """Locate the limit the composer stopped at: one pass over libyaml's events.

    Raises at the first node deeper than :data:`MAX_DEPTH` or past :data:`MAX_NODES`; says
    whether there are aliases when neither is crossed.
    """
    loader = yaml.CSafeLoader(text)
    depth = nodes = 0
    aliases = False
    try:
        while (event := loader.get_event()) is not None:
            kind = type(event)
            if kind is yaml.ScalarEvent:
                nodes += 1
            elif kind is yaml.AliasEvent:
                aliases = True
                nodes += 1
            elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                nodes += 1
                depth += 1
                if depth > MAX_DEPTH:
                    _too_deep(name, event)
            elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                depth -= 1
            if nodes > MAX_NODES:
                mark = event.start_mark
                where = Location(name, mark.line + 1, mark.column + 1) if mark else Location(name)
                raise InputError(Problem.of(where, msg("err_too_many_values", max=MAX_NODES)))
    finally:
        loader.dispose()
    return aliases


def load(path: Path) -> tuple[Any, Source]:
    """Read and parse a YAML file from disk."""
    return parse(str(path), read_text(path))
