"""The layers: `lint-imports` checks the import-linter contracts in pyproject.toml (CI runs
it). This checks what the contracts do not say: no two modules import each other, even
through others or for types only, and the developer guide's map is the contracts' list of layers."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import grimp

ROOT = Path(__file__).parents[2]


def _cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Every group of modules that import each other (strongly connected, more than one)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for imported in sorted(graph.find_modules_directly_imported_by(module)):
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            group = []
            while True:
                top = stack.pop()
                group.append(top)
                if top == module:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return found


def test_no_module_imports_itself_through_others() -> None:
    graph = grimp.build_graph("siqassess", cache_dir=None)  # TYPE_CHECKING imports included
    assert _cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = grimp.ImportGraph()
    for importer, imported in [("p.a", "p.b"), ("p.b", "p.c"), ("p.c", "p.a"), ("p.c", "p.d")]:
        graph.add_import(importer=importer, imported=imported)
    assert _cycles(graph) == [["p.a", "p.b", "p.c"]]


def _contract_layers() -> list[list[str]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    layers = next(c for c in contracts if c["type"] == "layers")["layers"]
    return [[name.strip() for name in layer.split("|")] for layer in layers]


def _readme_layers() -> list[list[str]]:
    text = (ROOT / "docs" / "developer" / "index.md").read_text(encoding="utf-8")
    block = text.split("## Where things live", 1)[1].split("```", 2)[1]
    rows = re.findall(r"^  (\S+(?: \| \S+)*)", block, flags=re.MULTILINE)
    return [[re.sub(r"(/|\.py)$", "", name) for name in row.split(" | ")] for row in rows]


def test_the_developer_guides_map_is_the_contracts_layers() -> None:
    assert _readme_layers() == _contract_layers()
