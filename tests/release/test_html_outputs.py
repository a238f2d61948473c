"""Every HTML the CLI writes is strict HTML5 with unique ids (issue #15: duplicate leaf ids)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from siqassess.cli import app

from .helpers import NEW, OLD, TEAM, check_html

runner = CliRunner()

COMMANDS = {
    "report": ["report", str(NEW)],
    "summary": ["report", str(NEW), "--summary"],
    "feedback": ["report", str(NEW), "--kind", "feedback"],
    "compare": ["compare", str(OLD), str(NEW)],
    "aggregate": ["aggregate", str(TEAM)],
}


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_html_output_is_strict_html5_with_unique_ids(
    command: str, lang: str, tmp_path: Path
) -> None:
    out = tmp_path / "out.html"
    result = runner.invoke(
        app, [*COMMANDS[command], "--format", "html", "--lang", lang, "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    check_html(out.read_text(encoding="utf-8"))


def test_checker_fails_on_a_repeated_id() -> None:
    page = '<!DOCTYPE html><html lang="en"><head><title>t</title></head><body>'
    check_html(page + '<p id="a"></p><p id="b"></p></body></html>')
    with pytest.raises(AssertionError, match=r"\['leaf-R4'\]"):
        check_html(page + '<p id="leaf-R4"></p><p id="leaf-R4"></p></body></html>')
