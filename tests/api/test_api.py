"""The public API (#28): a client that imports only ``siqassess.api`` scores the examples,
renders every format, type-checks under ``mypy --strict``, and never meets a ``_private`` name.

This module imports nothing from siqassess but ``siqassess.api``, as a client would.
"""

from __future__ import annotations

import collections.abc
import dataclasses
import importlib.util
import inspect
import json
import re
import shutil
import subprocess
import sys
import types
import typing
from pathlib import Path
from typing import Any

import pytest

import siqassess.api as api
from siqassess.api import (
    Aggregated,
    Benchmarked,
    Compared,
    Scored,
    SiqError,
    Trended,
    aggregate,
    benchmark,
    compare,
    formats,
    load_model,
    read_assessment,
    render,
    score,
    trend,
)

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"
SWEDISH = "render kan inte skriva 'docx'; använd något av {allowed}"
BINARY = {"xlsx": b"PK", "docx": b"PK", "pdf": b"%PDF-"}


@pytest.fixture(scope="module")
def documents() -> dict[str, Scored | Compared | Aggregated | Trended | Benchmarked]:
    old = read_assessment(EXAMPLES / "norrvik-2025.yaml")
    new = read_assessment(EXAMPLES / "norrvik-2026.yaml")
    return {
        "score": score(new),
        "compare": compare(old, new),
        "aggregate": aggregate([EXAMPLES / "team"]),
        "trend": trend([EXAMPLES / "trend"]),
        "benchmark": benchmark([EXAMPLES / "network"], seed=7),
    }


def test_scoring_the_examples_gives_the_command_lines_figures() -> None:
    for name, total, points, answered in (
        ("norrvik-2025", 42.5, 425, 32),
        ("norrvik-2026", 54.3, 543, 30),
    ):
        scored = score(read_assessment(EXAMPLES / f"{name}.yaml"))
        assert scored.total is not None and scored.points is not None
        assert (round(scored.total, 1), round(scored.points)) == (total, points)
        assert scored.document.total.coverage.answered == answered
        as_json = json.loads(typing.cast("str", render(scored, "json", "en")))
        assert as_json["files"][0]["total"]["score"] == scored.total


def test_a_model_and_a_workbook_are_read_as_the_command_line_reads_them(tmp_path: Path) -> None:
    model = load_model()
    assert (model.id, len(model.leaves)) == ("siq-2019-1", 32)
    assert load_model("siq-2019-1").sha256 == model.sha256
    # the questionnaire workbook, written from the YAML, reads back to the same scores
    workbook = tmp_path / "norrvik.xlsx"
    done = subprocess.run(
        [sys.executable, "-m", "siqassess", "convert", str(EXAMPLES / "norrvik-2025.yaml"),
         "-o", str(workbook)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    from_xlsx = score(read_assessment(workbook))
    assert from_xlsx.total == score(read_assessment(EXAMPLES / "norrvik-2025.yaml")).total


LISTED = {
    "score": {"table", "json", "jsonl", "csv", "xlsx", "txt", "md", "html", "pdf", "docx"},
    "compare": {"table", "json", "md", "html", "pdf", "docx", "xlsx"},
    "aggregate": {"table", "json", "csv", "md", "html", "pdf", "docx", "yaml", "xlsx"},
    "trend": {"table", "md", "html", "pdf", "xlsx", "json", "jsonl"},
    "benchmark": {"table", "md", "html", "pdf", "xlsx", "json", "jsonl"},
}


@pytest.mark.parametrize("name", sorted(LISTED))
def test_every_format_of_every_document_renders(
    name: str, documents: dict[str, Scored | Compared | Aggregated | Trended | Benchmarked]
) -> None:
    doc = documents[name]
    assert set(formats(doc)) == LISTED[name]
    for fmt in formats(doc):
        out = render(doc, fmt, "sv")
        if fmt in BINARY:
            assert isinstance(out, bytes) and out.startswith(BINARY[fmt]), fmt
        else:
            assert isinstance(out, str) and out.strip(), fmt


def test_a_score_renders_its_gap_report_its_feedback_report_and_swedish_csv(
    documents: dict[str, Scored | Compared | Aggregated | Trended | Benchmarked],
) -> None:
    gap = render(documents["score"], "md", "en")
    feedback = render(documents["score"], "md", "en", feedback=True)
    assert isinstance(gap, str) and gap.startswith("# Gap report: Norrvik Kommun")
    assert isinstance(feedback, str) and feedback.startswith("# Feedback report: Norrvik Kommun")
    assert typing.cast("str", render(documents["score"], "csv", "sv")).startswith("\ufefffile;")


def test_a_format_the_document_has_not_is_an_error_in_the_users_language(
    documents: dict[str, Scored | Compared | Aggregated | Trended | Benchmarked],
) -> None:
    with pytest.raises(SiqError) as raised:
        render(documents["trend"], "docx", "sv")
    (problem,) = raised.value.problems
    allowed = "table, md, html, pdf, xlsx, json, jsonl"
    assert problem.render("en") == f"render cannot write 'docx'; use one of {allowed}"
    assert problem.render("sv") == SWEDISH.format(allowed=allowed)


def test_a_bad_file_raises_with_its_place(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: 1\nmodel: {id: siq-2019-1}\nanswers:\n  F1.1: {score: 55}\n")
    with pytest.raises(SiqError) as raised:
        read_assessment(bad)
    assert any(str(bad) in p.render("en") for p in raised.value.problems)


# -- no private names --


_PRIVATE = re.compile(r"(?:^|\.)_[A-Za-z]")


def _private(obj: object) -> str | None:
    """The dotted name of ``obj`` when some part of it is private (``_x``), else None."""
    module = getattr(obj, "__module__", "") or ""
    if module.split(".")[0] in sys.stdlib_module_names:
        return None  # the standard library's own layout (pathlib._local.Path on 3.13) is not ours
    qualname = getattr(obj, "__qualname__", "") or ""
    full = f"{module}.{qualname}"
    return full if _PRIVATE.search(full) else None


_OPAQUE = (str, int, float, bool, bytes, type(None))


def _walk(annotation: object, seen: set[object], found: list[str], where: str) -> None:
    """Every type ``annotation`` names, and, for the project's own classes, their fields'."""
    if annotation in seen or annotation in _OPAQUE or annotation is Any:
        return
    seen.add(annotation)
    args = typing.get_args(annotation)
    origin = typing.get_origin(annotation)
    if args or origin is not None:
        if origin is not None and not isinstance(origin, typing._SpecialForm):
            _walk(origin, seen, found, where)
        for arg in args:
            if not isinstance(arg, (str, int, bool, type(Ellipsis))) or isinstance(arg, type):
                _walk(arg, seen, found, where)
        return
    if isinstance(annotation, type | types.FunctionType) and (name := _private(annotation)):
        found.append(f"{where}: {name}")
    if isinstance(annotation, type) and annotation.__module__.startswith("siqassess"):
        for field, hint in _hints(annotation).items():
            if field.startswith("_"):
                continue
            _walk(hint, seen, found, f"{where} -> {annotation.__qualname__}.{field}")


def _hints(obj: Any) -> dict[str, Any]:
    try:
        return typing.get_type_hints(obj)
    except (NameError, TypeError):  # a name imported for type checking only
        raw = getattr(obj, "__annotations__", {})
        bad = {k: v for k, v in raw.items() if isinstance(v, str) and _PRIVATE.search(v)}
        assert not bad, f"{obj!r} annotates with a private name: {bad}"
        return {}


def test_no_public_name_reaches_a_private_one() -> None:
    found: list[str] = []
    seen: set[object] = set()
    for name in api.__all__:
        assert not name.startswith("_"), name
        obj = getattr(api, name)
        if (where := _private(obj)) is not None:
            found.append(f"{name} is {where}")
        if inspect.isfunction(obj):
            for param, hint in _hints(obj).items():
                _walk(hint, seen, found, f"{name}({param})")
        elif isinstance(obj, type):
            _walk(obj, seen, found, name)
            if dataclasses.is_dataclass(obj):
                for prop in vars(obj).values():
                    if isinstance(prop, property) and prop.fget is not None:
                        _walk(_hints(prop.fget).get("return"), seen, found, f"{name} property")
    assert found == []
    assert len(seen) > 40  # the walk reached the documents' own fields, not just the names


def test_the_walk_finds_a_private_name() -> None:
    class _Hidden:
        pass

    found: list[str] = []
    _walk(collections.abc.Sequence[_Hidden], set(), found, "probe")
    assert found and "_Hidden" in found[0]


# -- the documentation's example runs, and a client type-checks --


def test_the_api_pages_python_example_runs_as_written(tmp_path: Path) -> None:
    page = (REPO / "docs" / "reference" / "api.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", page, re.S)
    assert blocks
    shutil.copytree(EXAMPLES, tmp_path / "examples")
    for block in blocks:
        assert not re.search(r"(?<![\w.])_[A-Za-z]|\._[A-Za-z]", block), block
        assert re.findall(r"^(?:from|import) (\S+)", block, re.M) <= ["pathlib", "siqassess.api"]
        done = subprocess.run(
            [sys.executable, "-c", block], cwd=tmp_path, capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, done.stderr
        assert "54.3 of 100, 543 of 1000" in done.stdout
    assert (tmp_path / "framsteg.html").read_text("utf-8").startswith("<!DOCTYPE html>")
    assert (tmp_path / "resultat.xlsx").read_bytes().startswith(b"PK")


CLIENT = """\
from siqassess.api import Scored, read_assessment, render, score

scored: Scored = score(read_assessment("examples/norrvik-2025.yaml"))
total: float | None = scored.total
page: str | bytes = render(scored, "html", "en")
for node in scored.document.nodes:
    gap: float | None = node.gap
"""


@pytest.mark.skipif(importlib.util.find_spec("mypy") is None, reason="needs mypy (the test extra)")
def test_a_client_type_checks_under_mypy_strict_and_a_wrong_type_is_caught() -> None:
    # The cache and the clients stay in one place, so the cache is warm after the first run
    # (about a second instead of ten) and its paths are the clients' own.
    cache = REPO / ".mypy_cache" / "api-client"
    good, bad = cache / "clients" / "good.py", cache / "clients" / "bad.py"
    good.parent.mkdir(parents=True, exist_ok=True)
    good.write_text(CLIENT)
    bad.write_text(CLIENT + "wrong: int = scored.total\n")
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache), str(good), str(bad)],
        cwd=REPO, capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    lines = [line for line in done.stdout.splitlines() if ": error:" in line]
    assert len(lines) == 1, done.stdout
    assert "bad.py:8: error: Incompatible types in assignment" in lines[0]


def test_py_typed_ships_in_the_package() -> None:
    assert (Path(api.__file__).parent / "py.typed").is_file()
