"""Every command reads an answers file the same way (io/assessment.py), so a file that is not
one gets the same message, in the user's language, from each of them."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from siqassess.cli import app
from siqassess.io.assessment import read_assessment

runner = CliRunner()

EXAMPLE = Path(__file__).parents[2] / "examples" / "norrvik-2025.yaml"

NOT_ANSWERS = {
    "sv": "ingen svarsfil (den har varken nyckeln `answers` eller `model`)",
    "en": "not an answers file (it has no `answers` or `model` key)",
}
WORD = {"sv": "fel", "en": "error"}


def _commands(path: Path, out: Path) -> dict[str, list[str]]:
    return {
        "score": ["score", str(path)],
        "report": ["report", str(path)],
        "plan": ["plan", str(path)],
        "compare": ["compare", str(path), str(path)],
        "convert": ["convert", str(path), "-o", str(out)],
    }


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("command", ["score", "report", "plan", "compare", "convert"])
def test_a_list_is_not_an_answers_file_in_every_command(
    tmp_path: Path, command: str, lang: str
) -> None:
    path = tmp_path / "list.yaml"
    path.write_text("- a\n- b\n", encoding="utf-8")
    args = _commands(path, tmp_path / "out.xlsx")[command]
    env = {"LC_ALL": "", "LC_MESSAGES": "", "LANG": f"{lang}_SE.UTF-8" if lang == "sv" else "C"}
    if command != "convert":
        args = [*args, "--lang", lang]
    result = runner.invoke(app, args, env=env)
    assert result.exit_code == 1, result.output
    expected = f"siqassess: {WORD[lang]}: {path}:1:1: {NOT_ANSWERS[lang]}\n"
    assert expected in result.stderr
    assert not (tmp_path / "out.xlsx").exists()


def test_the_assessment_carries_the_file_its_model_and_language() -> None:
    read = read_assessment(EXAMPLE)
    assert (read.file, read.model.id, read.language) == (str(EXAMPLE), "siq-2019-1", "sv")
    # The one fallback: a language the model lacks gives the model's first language.
    assert read.model.language("de") == read.model.language(None) == "sv"
