"""The workbook carries the respondent's role (rule 14) and reads it back."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from siqassess.cli import app
from siqassess.io.answers import read_answers
from siqassess.io.models import resolve_model

TEAM = Path(__file__).resolve().parents[2] / "examples/team"


@pytest.mark.parametrize(
    ("lang", "label"),
    [
        ("en", "Role (for example ledning, chef, medarbetare)"),
        ("sv", "Roll (till exempel ledning, chef, medarbetare)"),
    ],
)
def test_the_role_goes_to_the_workbook_and_back(tmp_path: Path, lang: str, label: str) -> None:
    source = tmp_path / "johan.yaml"
    text = (TEAM / "johan-berg.yaml").read_text(encoding="utf-8")
    source.write_text(text.replace("language: sv", f"language: {lang}"), encoding="utf-8")
    book = tmp_path / "johan.xlsx"
    assert runner_ok(["convert", str(source), "-o", str(book)])
    sheet = openpyxl.load_workbook(book).worksheets[0]
    rows = {row[0].value: (row[1].value, row[2].value) for row in sheet.iter_rows(max_col=3)}
    assert rows["role"] == (label, "chef")
    back = tmp_path / "back.yaml"
    assert runner_ok(["convert", str(book), "-o", str(back)])
    assert read_answers(back, resolve_model("siq-2019-1")).role == "chef"


def runner_ok(args: list[str]) -> bool:
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    return True
