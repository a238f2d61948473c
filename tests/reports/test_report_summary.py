"""``report --summary`` in every format: md and txt give the overview only, as html and pdf do."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from report_helpers import EXAMPLE, context_for
from typer.testing import CliRunner

from siqassess.cli import app
from siqassess.reports.render import render_report

GOLDEN = Path(__file__).parent / "golden"
runner = CliRunner()


def summary_text(fmt: str, lang: str) -> str:
    """The summary of the example, as ``report --summary`` renders it."""
    return render_report(replace(context_for(EXAMPLE, lang), summary=True), fmt).text


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_summary_matches_golden_file(fmt: str, lang: str, request: pytest.FixtureRequest) -> None:
    check = request.getfixturevalue("golden")
    check(GOLDEN / f"summary.{lang}.{fmt}", summary_text(fmt, lang))


@pytest.mark.parametrize("fmt", ["md", "txt", "html"])
def test_summary_is_the_overview_and_the_top_five_only(fmt: str) -> None:
    full = render_report(context_for(EXAMPLE, "en"), fmt).text
    text = summary_text(fmt, "en")
    for kept in ("Coverage", "54.3", "Improves the organisation", "F5.2"):
        assert kept in text, kept
    # The details, the N/A list and the method are the full report's alone.
    for dropped in ("Results below target", "Not applicable and missing", "Method"):
        assert dropped in full and dropped not in text, dropped
    top = [leaf for leaf in ("F5.2", "F3.4", "F5.5", "F5.7", "F1.2") if leaf in text]
    assert len(top) == 5 and "F2.3" not in text.replace("F2 ", "")


def test_the_cli_honours_summary_for_md_and_txt(tmp_path: Path) -> None:
    out = tmp_path / "board.md"
    result = runner.invoke(app, ["report", str(EXAMPLE), "--summary", "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "## Under målet\n\n1. **F5.2** " in text and "## Metod" not in text
    assert "](board-radar.svg)" in text
    result = runner.invoke(app, ["report", str(EXAMPLE), "--summary", "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert result.stdout == summary_text("txt", "en")
