"""aggregate --discuss-top N: reports show the first N "discuss first" leaves, JSON all."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from siqassess.cli import app

from .conftest import AnswersWriter, ModelWriter

runner = CliRunner()


@pytest.fixture
def split(mini_model: ModelWriter, answers: AnswersWriter) -> list[str]:
    """Two respondents; ranges B.1 100, then A.1, A.2 and R2 60 (equal SD: by id), R1 10."""
    model_path, model = mini_model()
    one = {"A.1": 0, "A.2": 20, "B.1": 0, "R1": 50, "R2": 10}
    two = {"A.1": 60, "A.2": 80, "B.1": 100, "R1": 60, "R2": 70}
    files = [
        answers(model, f"{name}.yaml", given, respondent=name, language="en")
        for name, given in (("One", one), ("Two", two))
    ]
    return [*map(str, files), "-m", str(model_path)]


def _section(text: str, start: str, end: str) -> str:
    at = text.index(start)
    return text[at : text.index(end, at)]


def test_markdown_shows_the_first_n_and_names_the_rest(split: list[str]) -> None:
    result = runner.invoke(app, ["aggregate", *split, "-f", "md", "--discuss-top", "2"])
    assert result.exit_code == 0, result.output
    assert _section(result.stdout, "| | Question", "## Below target") == (
        "| | Question | Spread | One | Two | Mean |\n"
        "|---|---|--:|--:|--:|--:|\n"
        "| B.1 | Describe how you do B1. | **100** | 0 | 100 | 50 |\n"
        "| A.1 | Describe how you do A1. | **60** | 0 | 60 | 30 |\n"
        "\n"
        "2 more questions are flagged to discuss: A.2, R2. "
        "They are marked \\! in “Spread per question”.\n"
        "\n"
    )
    # The rest stay flagged in the full table.
    table = result.stdout[result.stdout.index("## Spread per question") :]
    flagged = re.findall(r"^\| (\S+) \|.*\| ! \|$", table, re.MULTILINE)
    assert flagged == ["A.1", "A.2", "B.1", "R2"]


def test_default_is_five_and_swedish_names_the_rest_in_swedish(split: list[str]) -> None:
    full = runner.invoke(app, ["aggregate", *split, "-f", "md"])
    assert full.exit_code == 0 and "flagged to discuss" not in full.stdout
    section = _section(full.stdout, "## Discuss first", "## Below target")
    assert section.count(" | **") == 4  # all four flagged leaves fit in five
    sv = runner.invoke(app, ["aggregate", *split, "-f", "md", "--discuss-top", "3", "-l", "sv"])
    assert "Ytterligare 1 fråga är flaggad att diskutera: R2. Den har \\! i" in sv.stdout


def test_table_shows_the_first_n_and_names_the_rest(split: list[str]) -> None:
    result = runner.invoke(app, ["aggregate", *split, "--discuss-top", "1"])
    assert result.exit_code == 0, result.output
    tail = result.stdout[result.stdout.index("Leaf   Spread") :]
    rows = [line.split() for line in tail.splitlines()[2:] if line.strip()]
    assert rows == [
        ["B.1", "100", "0", "100"],
        ["3", "more", "leaves", "to", "discuss:", "A.1,", "A.2,", "R2", "(marked", "!", "in",
         "the", "leaves", "table)"],
    ]  # fmt: skip


def test_html_and_config_key(split: list[str], tmp_path: Path) -> None:
    env = {"SIQASSESS_DISCUSS_TOP": "3"}
    result = runner.invoke(app, ["aggregate", *split, "-f", "html"], env=env)
    assert result.exit_code == 0, result.output
    discuss = _section(result.stdout, '<table class="discuss">', "</section>")
    assert re.findall(r"<tr><td>([^<]+)</td>", discuss) == ["B.1", "A.1", "A.2"]
    assert '<p class="discuss-more">1 more question is flagged to discuss: R2.' in discuss
    bad = runner.invoke(app, ["aggregate", *split], env={"SIQASSESS_DISCUSS_TOP": "two"})
    assert bad.exit_code == 2
    assert "discuss_top must be a whole number from 0 to 1000, not 'two'" in bad.stderr


def test_json_keeps_the_whole_ranked_list(split: list[str]) -> None:
    result = runner.invoke(app, ["aggregate", *split, "-f", "json", "--discuss-top", "1"])
    assert result.exit_code == 0, result.output
    ranked = [d["id"] for d in json.loads(result.stdout)["discuss"]]
    assert ranked == ["B.1", "A.1", "A.2", "R2"]


def test_zero_shows_no_rows_but_still_names_them(split: list[str]) -> None:
    result = runner.invoke(app, ["aggregate", *split, "-f", "md", "--discuss-top", "0"])
    assert result.exit_code == 0, result.output
    section = _section(result.stdout, "## Discuss first", "## Below target")
    assert "| | Question" not in section and "No question has" not in section
    assert "4 more questions are flagged to discuss: B.1, A.1, A.2, R2." in section
