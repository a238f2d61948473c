"""#27: `--help` wraps at word boundaries at 80 columns (the docstrings' own line breaks left a
word alone on a line: "feedback" / "report"); the README says why help stays English."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from siqassess.cli import app
from siqassess.cli.app import COMMANDS

runner = CliRunner()
README = Path(__file__).resolve().parents[2] / "README.md"


def _description(text: str) -> list[str]:
    """The help's prose: the lines between the usage line and the first panel."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if "Usage:" in line) + 1
    end = next((i for i, line in enumerate(lines) if line.startswith("╭")), len(lines))
    return [line.strip() for line in lines[start:end]]


@pytest.mark.parametrize("name", [entry.name for entry in COMMANDS])
def test_help_prose_fills_its_lines_at_80_columns(name: str) -> None:
    result = runner.invoke(app, [name, "--help"], env={"COLUMNS": "80"}, terminal_width=80)
    assert result.exit_code == 0, result.output
    assert max(len(line) for line in result.stdout.splitlines()) <= 80
    prose = _description(result.stdout)
    for line, after in itertools.pairwise(prose):
        if line and after and not after.startswith(("-", "*", "$")):
            # A line is only broken early when the next word would not have fitted.
            first = after.split()[0]
            assert len(line) + 1 + len(first) > 78, (line, after)


def test_report_help_reads_in_whole_lines() -> None:
    result = runner.invoke(app, ["report", "--help"], env={"COLUMNS": "80"}, terminal_width=80)
    prose = _description(result.stdout)
    assert "The gap report: coverage, scores against target, charts and priorities. The" in prose
    assert "feedback report (återföringsrapport): the written strengths and areas for" in prose


def test_the_readme_says_why_help_stays_english() -> None:
    text = " ".join(README.read_text(encoding="utf-8").split())
    assert re.search(r"`--help` stays in English, also under a Swedish locale", text)
