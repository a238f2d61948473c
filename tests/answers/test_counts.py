"""#27: counts that agree. One function renders coverage as text; every message uses it, so no
screen says "all answered" while a question is not applicable; a change is the difference of
the figures shown beside it."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from siqassess.cli import app
from siqassess.core.coverage import coverage_of, coverage_text
from siqassess.core.nodescore import Coverage
from siqassess.core.status import Status
from siqassess.reports.groupout import signed
from siqassess.reports.results import shown_delta

runner = CliRunner()
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
NORRVIK = EXAMPLES / "norrvik-2026.yaml"  # 30 answered, 2 not applicable


def test_coverage_text_counts_each_state_in_both_languages() -> None:
    assert coverage_text("sv", 31, 1, 0) == "31 besvarade · 1 ej tillämplig · 0 saknas"
    assert coverage_text("sv", 1, 2, 29) == "1 besvarad · 2 ej tillämpliga · 29 saknas"
    assert coverage_text("en", 31, 1, 0) == "31 answered · 1 not applicable · 0 missing"


def test_leaf_states_are_counted_into_the_one_coverage_type() -> None:
    states: list[Status] = ["answered", "na", "missing", "answered", "na", "answered"]
    assert coverage_of(states) == Coverage(answered=3, na=2, missing=1)
    assert coverage_of([]) == Coverage(0, 0, 0)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("sv", "ok (svar på siq-2019-1 2019:1, 30 besvarade · 2 ej tillämpliga · 0 saknas)"),
        ("en", "ok (answers to siq-2019-1 2019:1, 30 answered · 2 not applicable · 0 missing)"),
    ],
)
def test_validate_does_not_count_not_applicable_as_answered(lang: str, line: str) -> None:
    result = runner.invoke(app, ["validate", str(NORRVIK), "--lang", lang])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == f"{NORRVIK}: {line}"


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("sv", "Täckning: 30 besvarade · 2 ej tillämpliga · 0 saknas (32 frågor)"),
        ("en", "Coverage: 30 answered · 2 not applicable · 0 missing (32 questions)"),
    ],
)
def test_the_report_counts_as_validate_does(lang: str, line: str) -> None:
    result = runner.invoke(app, ["report", str(NORRVIK), "-f", "txt", "--lang", lang])
    assert result.exit_code == 0, result.output
    assert line in result.stdout.splitlines()


def test_convert_counts_as_validate_does(tmp_path: Path) -> None:
    out = tmp_path / "n.xlsx"
    result = runner.invoke(app, ["convert", str(NORRVIK), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == f"Skrev {out} (30 besvarade · 2 ej tillämpliga · 0 saknas)"


def test_a_change_is_the_difference_of_the_figures_shown() -> None:
    # 46,34 → 53,36 is shown as 46,3 → 53,4: the change shown is +7,1, not the exact 7,02
    # rounded to +7,0, which the reader could not get from the two figures beside it.
    assert signed("sv", shown_delta(46.34, 53.36, 7.02)) == "+7,1"
    assert signed("en", shown_delta(53.36, 46.34, -7.02)) == "−7.1"
    assert signed("sv", shown_delta(None, 50.0, None)) == "–"
    assert signed("sv", shown_delta(50.04, 49.96, -0.08)) == "±0"
