"""`siqassess validate` as CI pipelines use it: exit codes, locations and annotations."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from typer.testing import CliRunner

from siqassess.cli import app
from siqassess.criteria.tree import LoadedModel
from siqassess.io.answers import new_answers, save_answers

runner = CliRunner()
CASES = Path(__file__).resolve().parents[1] / "cases" / "models"
MINIMAL = CASES / "valid" / "minimal.yaml"
BAD = CASES / "invalid" / "duplicate_id.yaml"


def test_valid_model_exits_0() -> None:
    result = runner.invoke(app, ["validate", str(MINIMAL)])
    assert result.exit_code == 0, result.output
    assert "ok (model mini 1: 2 success factors, 5 scored leaves)" in result.stdout


def test_invalid_model_exits_1_with_file_line_column() -> None:
    result = runner.invoke(app, ["validate", str(MINIMAL), str(BAD)])
    assert result.exit_code == 1
    assert f"{BAD}:37:9: duplicate id 'A.1'" in result.stdout
    assert "[success_factors[1].criteria[0].id]" in result.stdout
    assert "2 files checked: 1 invalid, 1 problem" in result.stdout
    assert "Traceback" not in result.output


def test_every_problem_is_one_line() -> None:
    several = CASES / "invalid" / "several_problems.yaml"
    result = runner.invoke(app, ["validate", str(several)])
    lines = [line for line in result.stdout.splitlines() if line.startswith(str(several))]
    assert len(lines) == 3


def test_json_format_lists_every_problem() -> None:
    result = runner.invoke(app, ["validate", "--format", "json", str(MINIMAL), str(BAD)])
    doc = json.loads(result.stdout)
    assert doc["valid"] is False
    good, bad = doc["files"]
    assert good == {"file": str(MINIMAL), "kind": "model", "valid": True, "problems": []}
    assert bad["problems"][0]["line"] == 37
    assert bad["problems"][0]["column"] == 9
    assert bad["problems"][0]["path"] == "success_factors[1].criteria[0].id"


def test_github_format_prints_annotations() -> None:
    result = runner.invoke(app, ["validate", "--format", "github", str(BAD)])
    assert result.exit_code == 1
    assert result.stdout.startswith(f"::error file={BAD},line=37,col=9::duplicate id 'A.1'")


def test_github_format_escapes_newlines_and_percent(write: Callable[[str, str], Path]) -> None:
    path = write("odd,name.yaml", "a: [1\n")
    result = runner.invoke(app, ["validate", "-f", "github", str(path)])
    line = result.stdout.strip()
    assert "\n" not in line
    assert "odd%2Cname.yaml" in line


def test_missing_file_is_a_usage_error() -> None:
    result = runner.invoke(app, ["validate", str(MINIMAL), "no/such/file.yaml"])
    assert result.exit_code == 2
    assert "no/such/file.yaml: no such file" in result.stdout


def test_no_paths_is_a_usage_error() -> None:
    assert runner.invoke(app, ["validate"]).exit_code == 2


def test_answers_file_is_detected_and_checked(model: LoadedModel, tmp_path: Path) -> None:
    answers = new_answers(model, organisation="Acme", respondent="Eva", language="en")
    path = tmp_path / "answers.yaml"
    save_answers(path, answers, model)
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 0, result.output
    assert (
        "answers to siq-2019-1 2019:1, 0 answered · 0 not applicable · 32 missing" in result.stdout
    )


def test_answers_with_unknown_id_and_off_scale_score(model: LoadedModel, tmp_path: Path) -> None:
    path = tmp_path / "answers.yaml"
    save_answers(path, new_answers(model, language="en"), model)
    text = path.read_text(encoding="utf-8")
    text = text.replace("  F1.1:\n    score: null", "  F1.1:\n    score: 55", 1)
    text += "  F9.9:\n    score: 10\n"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 1
    assert "55 is not on the scale (0–100 in steps of 10) [answers.F1.1.score]" in result.stdout
    assert "unknown id 'F9.9' in model siq-2019-1 [answers.F9.9]" in result.stdout
    line = next(x for x in result.stdout.splitlines() if "F9.9" in x)
    assert line.startswith(f"{path}:{text.count(chr(10)) - 1}:3:")


def test_answers_for_another_model_version_is_named(model: LoadedModel, tmp_path: Path) -> None:
    path = tmp_path / "answers.yaml"
    save_answers(path, new_answers(model, language="en"), model)
    text = path.read_text(encoding="utf-8").replace('version: "2019:1"', 'version: "2021:1"')
    text = text.replace("version: '2019:1'", "version: '2021:1'")
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 1
    assert "answers a different model: version '2021:1' ≠ '2019:1'" in result.stdout


def test_answers_against_explicit_model_file(tmp_path: Path) -> None:
    from siqassess.io.models import load_model

    mini = load_model(MINIMAL)
    path = tmp_path / "mini-answers.yaml"
    save_answers(path, new_answers(mini), mini)
    assert runner.invoke(app, ["validate", str(path)]).exit_code == 1
    result = runner.invoke(app, ["validate", "--model", str(MINIMAL), str(path)])
    assert result.exit_code == 0, result.output
