"""aggregate --jobs N reads the files in N processes, with the same output and errors."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from siqassess.cli import app

from .conftest import TEAM, AnswersWriter, ModelWriter

runner = CliRunner()


def test_same_json_with_repeated_names_in_two_processes(
    mini_model: ModelWriter, answers: AnswersWriter
) -> None:
    model_path, model = mini_model()
    files = [
        answers(model, f"r{i}.yaml", {"A.1": 10 * i, "B.1": "na"}, respondent="Eva")
        for i in range(6)
    ]
    args = ["aggregate", *map(str, files), "-m", str(model_path), "-f", "json"]
    one = runner.invoke(app, args)
    two = runner.invoke(app, [*args, "--jobs", "2"])
    assert one.exit_code == two.exit_code == 0, two.output
    assert two.stdout == one.stdout
    assert '"Eva (6)"' in two.stdout


def test_same_errors_in_two_processes(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(TEAM[0].read_text(encoding="utf-8").replace("score: 60", "score: 65", 1))
    broken = tmp_path / "broken.yaml"
    broken.write_text("answers: [\n", encoding="utf-8")
    args = ["aggregate", *map(str, TEAM), str(bad), str(broken), "-l", "en"]
    one = runner.invoke(app, args)
    two = runner.invoke(app, [*args, "-j", "2"])
    assert one.exit_code == two.exit_code == 1
    assert two.stderr == one.stderr
    assert [line.split(":")[0] for line in two.stderr.splitlines()] == ["siqassess"] * 2
    assert str(bad) in two.stderr and str(broken) in two.stderr
