"""An answers file never chooses what we read: every command resolves its model one way."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from siqassess.cli import app
from siqassess.errors import ValidationError
from siqassess.io.assessment import read_assessment

runner = CliRunner()
MINIMAL = Path(__file__).resolve().parents[1] / "cases" / "models" / "valid" / "minimal.yaml"

HEADER = """\
format: 1
model:
  id: {model_id}
  version: '1'
  sha256: '{sha}'
organisation: Acme
answers:
  A.1: {{score: 50}}
"""


def _answers(tmp_path: Path, model_id: str, name: str = "a.yaml") -> Path:
    path = tmp_path / name
    path.write_text(HEADER.format(model_id=model_id, sha="0" * 64), encoding="utf-8")
    return path


def _refusal(path: Path, model_id: str) -> str:
    return (
        f"{path}:3:3: answers model {model_id!r}, which is not built in "
        "(built-in: siq-2019-1); pass --model FILE"
    )


@pytest.fixture(params=["/etc/passwd", "model.yaml"])
def named(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A path an answers file names as its model: a system file, or a valid model file."""
    shutil.copy(MINIMAL, tmp_path / "model.yaml")
    return "/etc/passwd" if request.param == "/etc/passwd" else str(tmp_path / "model.yaml")


@pytest.mark.parametrize(
    "command",
    [
        ["validate"],
        ["report", "-f", "txt"],
        ["score", "-f", "json"],
        ["aggregate", "-f", "json", "--min-respondents", "1"],
    ],
)
def test_a_path_in_model_id_is_refused(tmp_path: Path, named: str, command: list[str]) -> None:
    path = _answers(tmp_path, named)
    result = runner.invoke(app, [*command, str(path)])
    assert result.exit_code == 1, result.output
    assert _refusal(path, named) in result.output
    assert "root:" not in result.output
    assert "Traceback" not in result.output


def test_compare_refuses_a_path_in_model_id(tmp_path: Path, named: str) -> None:
    old = _answers(tmp_path, named, "old.yaml")
    new = _answers(tmp_path, "siq-2019-1", "new.yaml")
    result = runner.invoke(app, ["compare", str(old), str(new)])
    assert result.exit_code == 1, result.output
    assert _refusal(old, named) in result.output


def test_assess_resume_refuses_a_path_in_model_id(tmp_path: Path, named: str) -> None:
    path = _answers(tmp_path, named)
    with pytest.raises(ValidationError) as caught:
        read_assessment(path, repair=True)
    assert str(caught.value.problems[0]).startswith(_refusal(path, named))


def test_model_option_loads_the_path_the_user_gave(tmp_path: Path) -> None:
    shutil.copy(MINIMAL, tmp_path / "model.yaml")
    path = _answers(tmp_path, str(tmp_path / "model.yaml"))
    result = runner.invoke(app, ["validate", "--model", str(tmp_path / "model.yaml"), str(path)])
    # --model is honoured: the file is now checked against the model the user chose.
    assert "which is not built in" not in result.output
    assert "answers a different model" in result.output
