"""`report` compiles only the template it renders and what that one includes (issue #16)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
import pytest
from report_helpers import EXAMPLE
from typer.testing import CliRunner

from siqassess.cli import app
from siqassess.reports import render
from siqassess.reports.compiled import CompiledTemplates

runner = CliRunner()


@pytest.mark.parametrize("fmt", ["html", "md", "txt"])
def test_report_compiles_no_template_of_another_format_or_command(
    fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    compiled: list[str | None] = []
    original = jinja2.Environment.compile

    def spy(self: jinja2.Environment, source: Any, name: str | None = None, *a: Any) -> Any:
        compiled.append(name)
        return original(self, source, name, *a)

    monkeypatch.setattr(jinja2.Environment, "compile", spy)
    # Empty caches of compiled templates: nothing this process, or an earlier run, compiled.
    monkeypatch.setattr(render, "COMPILED", CompiledTemplates())
    monkeypatch.setattr(render, "STORED", CompiledTemplates())
    result = runner.invoke(app, ["report", str(EXAMPLE), "-o", str(tmp_path / f"r.{fmt}")])
    assert result.exit_code == 0, result.output
    assert compiled[0] == f"report.{fmt}.j2"
    # html pulls in its stylesheet; nothing of compare, aggregate or another format.
    suffixes = (f".{fmt}.j2", ".css.j2") if fmt == "html" else (f".{fmt}.j2",)
    assert all(name and name.endswith(suffixes) for name in compiled), compiled
    assert not [n for n in compiled if n and n.startswith(("compare.", "group."))]
    assert len(compiled) == len(set(compiled))  # each compiled once
