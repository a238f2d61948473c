"""Safe YAML reading with source positions, and atomic file writing."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, NoReturn

import yaml

from siqassess.errors import InputError, Location, Msg, OutputError, Problem, msg

MAX_BYTES = 5 * 1024 * 1024
"""Largest file read. The built-in model is about 40 KB; answers files are smaller still."""

MAX_NODES = 100_000
"""Largest number of YAML nodes after expanding aliases; stops alias ("billion laughs") bombs."""

MAX_DEPTH = 64
"""Deepest nesting accepted; real model and answers files are under ten levels deep."""

KeyPath = Sequence[str | int]


class _Loader(yaml.CSafeLoader):
    """The libyaml safe loader, refusing duplicate keys instead of keeping the last."""

    def construct_mapping(self, node: Any, deep: bool = False) -> dict[Any, Any]:
        if isinstance(node, yaml.MappingNode):
            seen: set[str] = set()
            for key_node, _ in node.value:
                if isinstance(key_node, yaml.ScalarNode):
                    if key_node.value in seen:
                        raise yaml.constructor.ConstructorError(
                            None,
                            None,
                            f"duplicate key {key_node.value!r}",
                            key_node.start_mark,
                        )
                    seen.add(key_node.value)
        return super().construct_mapping(node, deep=deep)


@dataclass
class Source:
    """A YAML file's text, able to map a key path back to a line and column."""

    name: str
    text: str
    _root: yaml.Node | None = field(default=None, repr=False)

    def locate(self, path: KeyPath) -> Location:
        """Return the location of the deepest node along ``path`` that exists."""
        node = self._node()
        mark = node.start_mark if node is not None else None
        for key in path:
            if isinstance(node, yaml.MappingNode):
                for key_node, value_node in node.value:
                    if isinstance(key_node, yaml.ScalarNode) and key_node.value == str(key):
                        mark = key_node.start_mark
                        node = value_node
                        break
                else:
                    break
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

    def _node(self) -> yaml.Node | None:
        if self._root is None:
            with contextlib.suppress(yaml.YAMLError, RecursionError):
                self._root = yaml.compose(self.text, Loader=yaml.CSafeLoader)
        return self._root


def read_text(path: Path, limit: int = MAX_BYTES) -> str:
    """Read a UTF-8 file (a BOM is allowed), refusing directories and files over ``limit``."""
    name = str(path)
    try:
        if path.is_dir():
            raise InputError(Problem.of(Location(name), msg("err_is_directory")))
        with path.open("rb") as handle:
            raw = handle.read(limit + 1)
    except FileNotFoundError:
        raise InputError(Problem.of(Location(name), msg("err_no_such_file"))) from None
    except PermissionError:
        raise InputError(Problem.of(Location(name), msg("err_permission"))) from None
    except OSError as exc:
        raise InputError(
            Problem.of(Location(name), msg("err_cannot_read", reason=exc.strerror))
        ) from None
    if len(raw) > limit:
        raise InputError(
            Problem.of(Location(name), msg("err_too_large", limit=limit // (1024 * 1024)))
        )
    return decode(name, raw)


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
    """Parse one YAML document safely; errors carry file, line and column."""
    source = Source(name, text)
    loader = _Loader(text)
    try:
        _check_flow_depth(name, text)
        node = loader.get_single_node()
        if node is None:
            raise InputError(Problem.of(Location(name, 1, 1), msg("err_empty")))
        _check_size(name, node, "&" in text and "*" in text)
        source._root = node
        data = loader.construct_document(node)
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
    except RecursionError:
        raise InputError(Problem.of(Location(name), msg("err_too_deep"))) from None
    finally:
        loader.dispose()
    return data, source


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


def _check_size(name: str, root: yaml.Node, may_alias: bool) -> None:
    """Refuse documents too deep, or too large once aliases are expanded."""
    if may_alias:
        _check_expanded(name, root)
        return
    stack: list[tuple[yaml.Node, int]] = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            _too_deep(name, node)
        if type(node) is yaml.MappingNode:
            for key, value in node.value:
                if type(key) is not yaml.ScalarNode:
                    stack.append((key, depth + 1))
                if type(value) is not yaml.ScalarNode:
                    stack.append((value, depth + 1))
        elif type(node) is yaml.SequenceNode:
            stack.extend(
                (item, depth + 1) for item in node.value if type(item) is not yaml.ScalarNode
            )


def _check_expanded(name: str, root: yaml.Node) -> None:
    sizes: dict[int, int] = {}
    stack: list[tuple[yaml.Node, int, bool]] = [(root, 1, False)]
    while stack:
        node, depth, done = stack.pop()
        if depth > MAX_DEPTH:
            _too_deep(name, node)
        if id(node) in sizes:
            continue
        children = _children(node)
        if not done:
            stack.append((node, depth, True))
            stack.extend((c, depth + 1, False) for c in children if id(c) not in sizes)
            continue
        sizes[id(node)] = 1 + sum(sizes.get(id(c), 1) for c in children)
        if sizes[id(node)] > MAX_NODES:
            mark = node.start_mark
            raise InputError(
                Problem.of(
                    Location(name, mark.line + 1, mark.column + 1),
                    msg("err_alias_bomb", max=MAX_NODES),
                )
            )


def _too_deep(name: str, node: yaml.Node | yaml.Event) -> NoReturn:
    mark = node.start_mark
    where = Location(name, mark.line + 1, mark.column + 1) if mark else Location(name)
    raise InputError(Problem.of(where, msg("err_deeper_than", max=MAX_DEPTH)))


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _check_flow_depth(name: str, text: str) -> None:
    """Refuse deep ``[[[...`` nesting before libyaml composes it: its recursion can crash."""
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return
    loader = yaml.CSafeLoader(text)
    depth = 0
    try:
        while (event := loader.get_event()) is not None:
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    _too_deep(name, event)
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    finally:
        loader.dispose()


def load(path: Path) -> tuple[Any, Source]:
    """Read and parse a YAML file from disk."""
    return parse(str(path), read_text(path))


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` so that a crash leaves either the old file or the new one, never a mix."""
    with atomic_writer(path) as handle:
        handle.write(text)


@contextlib.contextmanager
def atomic_writer(path: Path) -> Iterator[IO[str]]:
    """A text stream to ``path`` that replaces it only when complete (tmp + fsync + rename).

    Streaming writers (a batch written as it is scored) keep memory flat, yet a crash or a
    full disk at any moment leaves either the old file or the whole new one.
    """
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(Problem.of(Location(str(path)), msg("err_no_folder", folder=folder)))
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    tmp_name = ""
    try:
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, path)
        tmp_name = ""
        _fsync_dir(folder)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise OutputError(
            Problem.of(Location(str(path)), msg("err_cannot_write", reason=reason))
        ) from None
    finally:
        if tmp_name:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
