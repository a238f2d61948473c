"""One rule in every command: an input file named on the command line that is missing is exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from siqassess.cli import app

runner = CliRunner()
EXAMPLE = str(Path(__file__).resolve().parents[2] / "examples" / "norrvik-2026.yaml")


@pytest.mark.parametrize(
    "argv",
    [
        ["report", "{missing}"],
        ["compare", EXAMPLE, "{missing}"],
        ["compare", "{missing}", EXAMPLE],
        ["aggregate", EXAMPLE, "{missing}"],
    ],
    ids=lambda argv: "-".join(a if a != EXAMPLE else "x" for a in argv),
)
def test_a_missing_input_file_is_a_usage_error(argv: list[str], tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.yaml")
    out = tmp_path / "out.html"
    args = [a.format(missing=missing) for a in argv] + ["-o", str(out)]
    result = runner.invoke(app, [*args, "--lang", "en"])  # the example is a Swedish file
    assert result.exit_code == 2, result.output
    assert result.stderr == f"siqassess: error: {missing}: no such file\n"
    assert not out.exists()


def test_score_reports_a_missing_file_scores_the_rest_and_exits_2(tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.yaml")
    result = runner.invoke(app, ["score", EXAMPLE, missing, "-f", "csv"])
    assert result.exit_code == 2
    assert f"siqassess: error: {missing}: no such file\n" in result.stderr
    assert "norrvik-2026.yaml" in result.stdout


def test_validate_exits_2_for_a_missing_file(tmp_path: Path) -> None:
    result = runner.invoke(app, ["validate", EXAMPLE, str(tmp_path / "nope.yaml")])
    assert result.exit_code == 2


def test_a_glob_that_matches_nothing_is_a_finding_not_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["score", EXAMPLE, str(tmp_path / "*.yaml")])
    assert result.exit_code == 1
    assert "no files match this pattern" in result.stderr
