"""One presentation model (#21): every report kind carries the same Header record, built in
``reports/``, and every template of every kind shows it through the one header partial of its
output family (``_header.<fmt>.j2``)."""

from __future__ import annotations

import ast
import inspect
import re
import sys
from collections.abc import Callable
from dataclasses import fields, is_dataclass
from pathlib import Path

import pytest
from report_helpers import EXAMPLE
from typer.testing import CliRunner

from siqassess.cli import app
from siqassess.reports import (
    context,
    feedback,
    group_context,
    networkview,
    plan_view,
    trendview,
)
from siqassess.reports.header import Header

REPORTS = Path(context.__file__).parent
TEMPLATES = REPORTS / "templates"
PACKAGE = REPORTS.parent
runner = CliRunner()

BUILDERS: dict[str, Callable[..., object]] = {
    "gap report": context.build_context,
    "feedback": feedback.build_feedback,
    "comparison": group_context.comparison_context,
    "group": group_context.group_context,
    "trend": trendview.context,
    "network benchmark": networkview.context,
    "member page": networkview.member_context,
    "action plan": plan_view.plan_context,
}


def _resolve(annotation: object, module: str) -> object:
    """An annotation as its class: a name (postponed annotations) looked up in its module."""
    return getattr(sys.modules[module], annotation) if isinstance(annotation, str) else annotation


@pytest.mark.parametrize("kind", list(BUILDERS))
def test_every_kind_builds_its_context_with_the_one_header(kind: str) -> None:
    builder = BUILDERS[kind]
    returned = _resolve(inspect.signature(builder).return_annotation, builder.__module__)
    assert isinstance(returned, type) and is_dataclass(returned), f"{kind}: no typed context"
    declared = {f.name: f.type for f in fields(returned)}
    assert _resolve(declared["header"], returned.__module__) is Header, kind


def _template_kinds() -> list[Path]:
    """Every report template a kind renders: not a partial (``_*``), not the page skeleton."""
    return sorted(
        p for p in TEMPLATES.glob("*.j2") if not p.name.startswith("_") and p.name != "base.html.j2"
    )


def _shows_header(path: Path) -> bool:
    """Whether the template includes its family's header partial, itself or through the
    template it extends."""
    fmt = path.name.split(".")[-2]
    text = path.read_text(encoding="utf-8")
    if f'{{% include "_header.{fmt}.j2" %}}' in text:
        return True
    parent = re.search(r'{%\s*extends\s+"([^"]+)"\s*%}', text)
    return parent is not None and _shows_header(TEMPLATES / parent.group(1))


def test_every_template_of_every_kind_includes_the_header_partial() -> None:
    kinds = _template_kinds()
    names = {p.name for p in kinds}
    assert {"report.md.j2", "feedback.txt.j2", "trend.html.j2", "plan.txt.j2"} <= names
    assert [p.name for p in kinds if not _shows_header(p)] == []
    for fmt in ("md", "txt", "html"):
        assert (TEMPLATES / f"_header.{fmt}.j2").is_file()


def test_no_copied_header_block_is_left_in_a_template() -> None:
    """The header's rows are written once per family: in the partial, nowhere else."""
    copied = [
        p.name
        for p in TEMPLATES.glob("*.j2")
        if not p.name.startswith("_header.") and "labels.respondents" in p.read_text("utf-8")
    ]
    assert copied == []


def _header_lines(kind: str, lang: str) -> list[str]:
    result = runner.invoke(
        app, ["report", str(EXAMPLE), "--kind", kind, "-f", "md", "--lang", lang]
    )
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    end = next(i for i, line in enumerate(lines) if line.startswith("**"))
    return lines[1 : end + 1]  # after the title (each kind has its own), to the coverage


@pytest.mark.parametrize(
    ("lang", "coverage"),
    [
        ("en", "**Coverage:** 30 answered · 2 not applicable · 0 missing (32 questions)."),
        ("sv", "**Täckning:** 30 besvarade · 2 ej tillämpliga · 0 saknas (32 frågor)."),
    ],
)
def test_gap_and_feedback_reports_open_with_the_same_header(lang: str, coverage: str) -> None:
    gap, found = _header_lines("gap", lang), _header_lines("feedback", lang)
    assert gap == found
    assert gap[-1] == coverage


def test_no_class_name_is_defined_twice_in_reports_and_documents() -> None:
    """The records every report shares are defined once, and no two classes across reports/
    and documents/ share a name (three ``Assessment`` and two ``ModelInfo`` were)."""
    where: dict[str, list[str]] = {}
    for folder in ("reports", "documents"):
        for path in sorted((PACKAGE / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in tree.body:
                if isinstance(node, ast.ClassDef):
                    where.setdefault(node.name, []).append(str(path.relative_to(PACKAGE)))
    assert {name: paths for name, paths in where.items() if len(paths) > 1} == {}
    assert where["Header"] == where["Assessment"] == where["ModelInfo"] == ["reports/header.py"]


def test_reports_keep_at_most_two_dicts_of_any() -> None:
    """Contexts are typed records, not ``dict[str, Any]`` (#21: 22 under reports/ before).
    The two left: ``context_types.variables`` (a record's fields by name, for Jinja) and
    ``xlsx.Row`` (the JSON documents' data the workbook sheets walk)."""
    untyped = re.compile(r"\b(?:dict|Mapping|MutableMapping)\[str, Any\]")
    found = [
        f"{path.relative_to(PACKAGE)}:{n}"
        for path in sorted(REPORTS.rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if untyped.search(line)
    ]
    assert len(found) <= 2, found
