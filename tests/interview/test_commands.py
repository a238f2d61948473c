"""The init and assess commands, as far as they run without a terminal."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from typer.testing import CliRunner

from siqassess.cli import app
from siqassess.criteria.tree import LoadedModel
from siqassess.errors import ValidationError
from siqassess.io.answers import read_answers

from .keys import drive

runner = CliRunner()


def test_init_writes_blank_file_with_questions_as_comments(
    tmp_path: Path, model: LoadedModel
) -> None:
    path = tmp_path / "client.yaml"
    args = ["init", "-o", str(path), "--lang", "en", "--organisation", "Acme"]
    result = runner.invoke(app, [*args, "--respondent", "Ada"])
    assert result.exit_code == 0, result.output
    assert f"Wrote a blank answers file: {path}" in result.output
    assert f"siqassess assess {path}" in result.output
    answers = read_answers(path, model)
    assert (answers.organisation, answers.respondent, answers.language) == ("Acme", "Ada", "en")
    assert all(a is None for a in answers.answers.values())
    assert len(answers.answers) == 32
    text = path.read_text(encoding="utf-8")
    assert "# F1.1  Describe how you find out" in text


def test_init_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("keep me", encoding="utf-8")
    result = runner.invoke(app, ["init", "-o", str(path)])
    assert result.exit_code == 2
    assert "exists; pass --force" in result.output
    assert path.read_text(encoding="utf-8") == "keep me"
    assert runner.invoke(app, ["init", "-o", str(path), "--force"]).exit_code == 0
    assert "format: 1" in path.read_text(encoding="utf-8")


def test_init_default_name_is_dated_in_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LANG", "sv_SE.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    result = runner.invoke(app, ["init"])
    assert result.exit_code == 0, result.output
    name = f"siq-{dt.date.today().isoformat()}.yaml"
    assert (tmp_path / name).exists()
    assert "Skrev en tom svarsfil" in result.output
    assert "# F1.1  Beskriv hur ni" in (tmp_path / name).read_text(encoding="utf-8")


def test_assess_without_terminal_exits_2_and_names_the_offline_path(tmp_path: Path) -> None:
    result = runner.invoke(app, ["assess", str(tmp_path / "a.yaml")])
    assert result.exit_code == 2
    assert "needs an interactive terminal" in result.output
    assert "siqassess init" in result.output and "siqassess score" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "a.yaml").exists()


def test_resuming_a_bad_file_is_an_error_with_its_location(write: object) -> None:
    path = write("bad.yaml", "format: 1\nmodel: {id: siq-2019-1}\nanswers: {}\n")  # type: ignore[operator]
    with pytest.raises(ValidationError) as caught:
        drive(path, "")
    assert "bad.yaml:2:" in str(caught.value)


def test_assess_without_terminal_says_so_in_swedish(tmp_path: Path) -> None:
    result = runner.invoke(app, ["assess", str(tmp_path / "a.yaml"), "--lang", "sv"])
    assert result.exit_code == 2
    assert "siqassess assess behöver en interaktiv terminal" in result.output
    assert "`siqassess init -o FIL`" in result.output
