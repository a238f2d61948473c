"""Rule 13: N/A is rare and examined — model policy, validate, reports and compare."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from siqassess.cli import app
from siqassess.core.na import FlaggedNa, flagged_na
from siqassess.io.answers import read_answers
from siqassess.io.models import resolve_model

runner = CliRunner()
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
OLD, NEW = EXAMPLES / "norrvik-2025.yaml", EXAMPLES / "norrvik-2026.yaml"


def test_the_built_in_model_flags_na_on_every_leaf() -> None:
    model = resolve_model("siq-2019-1")
    assert {leaf.not_applicable for leaf in model.leaves} == {"flagged"}


def test_flagged_na_lists_the_leaves_with_their_reasons_for_lint() -> None:
    model = resolve_model("siq-2019-1")
    answers = read_answers(NEW, model)
    found = flagged_na(model, answers.answers)
    assert [f.id for f in found] == ["F5.3", "R3"]
    assert found[0] == FlaggedNa(
        "F5.3",
        "criterion",
        "Vi har inte gjort någon systematisk jämförelse med andra kommuner under året. "
        "Kolada-jämförelsen sköts centralt och ingår inte i förvaltningens uppdrag.",
    )
    assert found[1].kind == "result_area"


def _model_with(tmp_path: Path, policy_line: str) -> Path:
    text = (Path(__file__).resolve().parents[2] / "models/siq_2019_1.yaml").read_text("utf-8")
    text = text.replace("not_applicable: flagged\n", policy_line, 1)
    # R3 refuses N/A on its own, whatever the model says.
    text = text.replace(
        "  - id: R3\n    weight: 1\n", "  - id: R3\n    weight: 1\n    not_applicable: refused\n"
    )
    path = tmp_path / "strict.yaml"
    path.write_text(text, "utf-8")
    return path


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "this question may not be marked not applicable in this model: give it a score"),
        ("sv", "frågan får inte markeras som ej tillämplig i den här modellen: ge den en poäng"),
    ],
)
def test_validate_refuses_na_on_a_refused_leaf(tmp_path: Path, lang: str, expected: str) -> None:
    model = _model_with(tmp_path, "not_applicable: allowed\n")
    result = runner.invoke(app, ["validate", str(NEW), "--model", str(model), "--lang", lang])
    assert result.exit_code == 1
    lines = [line for line in result.stdout.splitlines() if expected in line]
    assert len(lines) == 1, result.stdout
    assert "[answers.R3.na]" in lines[0]
    # F5.3 is N/A too, but this model allows it there.
    assert "F5.3" not in result.stdout


def test_an_allowed_na_is_not_listed_to_be_examined(tmp_path: Path) -> None:
    model = _model_with(tmp_path, "not_applicable: allowed\n")
    result = runner.invoke(app, ["score", str(NEW), "--model", str(model), "-f", "json"])
    # R3 is refused: the file does not validate, so score reports it.
    assert result.exit_code == 1


def test_score_json_and_table_list_the_flagged_na() -> None:
    result = runner.invoke(app, ["score", str(NEW), "-f", "json"])
    assert result.exit_code == 0, result.output
    flagged = json.loads(result.stdout)["files"][0]["na_flagged"]
    assert [item["id"] for item in flagged] == ["F5.3", "R3"]
    table = runner.invoke(app, ["score", str(NEW), str(OLD)])
    assert "Ej tillämpliga – att pröva:" in table.stdout
    assert f"{NEW}: F5.3, R3" in table.stdout.replace("\n", "")


@pytest.mark.parametrize(
    ("lang", "heading", "asks"),
    [
        ("en", "## Not applicable – to be examined", "How do you work on this today?"),
        ("sv", "## Ej tillämpliga – att pröva", "Hur arbetar ni med detta i dag?"),
    ],
)
def test_the_gap_report_lists_flagged_na_under_its_own_heading(
    lang: str, heading: str, asks: str
) -> None:
    result = runner.invoke(app, ["report", str(NEW), "-f", "md", "--lang", lang])
    assert result.exit_code == 0, result.output
    section = result.stdout.split(heading, 1)[1].split("\n## ", 1)[0]
    assert "| F5.3 |" in section and "| R3 |" in section
    assert "Kolada-jämförelsen sköts centralt" in section
    assert asks in section


def test_compare_warns_first_and_shows_the_like_for_like_change() -> None:
    result = runner.invoke(app, ["compare", str(OLD), str(NEW), "--lang", "en", "-f", "md"])
    assert result.exit_code == 0, result.output
    top = result.stdout.split("## Overview", 1)[0]
    assert (
        "F5.3 was scored 20 last time and is marked not applicable now: the totals are not "
        "like for like." in top
    )
    assert "R3 was scored 30 last time" in top
    assert (
        "Like for like, over the 30 questions both scored: 445 → 543 (+98); "
        "reported: 425 → 543 (+118)." in top
    )


def test_compare_table_and_json_carry_the_like_for_like_totals() -> None:
    table = runner.invoke(app, ["compare", str(OLD), str(NEW)], env={"COLUMNS": "200"})
    assert table.exit_code == 0, table.output
    head = table.stdout.split("Poäng 0–100")[0]
    assert "F5.3 fick 20 poäng förra gången och är nu markerad som ej tillämplig" in head
    assert (
        "Jämförbart, över de 30 frågor som båda bedömningarna poängsatte: 445 → 543 (+98); "
        "redovisat: 425 → 543 (+118)." in head
    )
    doc = json.loads(runner.invoke(app, ["compare", str(OLD), str(NEW), "-f", "json"]).stdout)
    assert [w["id"] for w in doc["went_na"]] == ["F5.3", "R3"]
    like = doc["like_for_like"]
    assert like["compared_leaves"] == 30
    assert round(like["old"] * 10) == 445 and round(like["new"] * 10) == 543


def test_compare_without_a_change_in_answered_leaves_has_no_like_for_like() -> None:
    doc = json.loads(runner.invoke(app, ["compare", str(NEW), str(NEW), "-f", "json"]).stdout)
    assert doc["went_na"] == [] and doc["like_for_like"] is None


def test_a_model_names_only_its_own_criteria_as_related(tmp_path: Path) -> None:
    text = (Path(__file__).resolve().parents[2] / "models/siq_2019_1.yaml").read_text("utf-8")
    text = text.replace("related: [F2.2, F2.3, F3.2]", "related: [F2.2, F9.9]", 1)
    text = text.replace("  - min: 350\n", "  - min: 90\n", 1)
    path = tmp_path / "bad.yaml"
    path.write_text(text, "utf-8")
    result = runner.invoke(app, ["validate", str(path), "--lang", "en"])
    assert result.exit_code == 1
    assert "'F9.9' is not a criterion of this model" in result.stdout
    assert "maturity band at 90 does not come after the band at 100" in result.stdout


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        (
            "en",
            "norrvik-2026.yaml:167:5: warning SIQ004 F5.3 is marked not applicable: say why an "
            "examiner should accept it [answers.F5.3.na]",
        ),
        (
            "sv",
            "norrvik-2026.yaml:167:5: varning SIQ004 F5.3 är markerad som ej tillämplig: motivera "
            "varför en examinator ska godta det [answers.F5.3.na]",
        ),
    ],
)
def test_lint_flags_a_flagged_na_and_not_an_allowed_one(
    tmp_path: Path, lang: str, line: str
) -> None:
    flagged = runner.invoke(app, ["lint", str(NEW), "--lang", lang])
    found = [x for x in flagged.stdout.splitlines() if "SIQ004" in x]
    assert len(found) == 2, flagged.stdout
    assert found[0].endswith(line), found[0]
    assert "R3" in found[1]
    # The same file against a model that allows N/A everywhere: no SIQ004 at all.
    text = (EXAMPLES.parent / "models/siq_2019_1.yaml").read_text("utf-8")
    allowed = tmp_path / "allowed.yaml"
    allowed.write_text(text.replace("not_applicable: flagged\n", "not_applicable: allowed\n"))
    quiet = runner.invoke(app, ["lint", str(NEW), "--model", str(allowed), "--lang", lang])
    assert "SIQ004" not in quiet.stdout, quiet.stdout
