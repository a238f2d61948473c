"""Rule 11: written findings are checked by `validate` and reach the JSON result document."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from siqassess.cli import app

runner = CliRunner()
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "norrvik-2026.yaml"


def test_empty_findings_and_actions_are_reported_where_they_are(tmp_path: Path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    text = text.replace(
        "    - Medborgardialog inför alla större gatuprojekt, med återkoppling till de boende.\n",
        "    - '  '\n",
    )
    text = text.replace("  - Lärdomar från försök sprids inte till andra enheter.\n", "  - ''\n")
    text = text.replace("text: Avsätt en innovationspott i budget 2027", "text: ' '")
    bad = tmp_path / "bad.yaml"
    bad.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["validate", str(bad)], env={"LC_ALL": "sv_SE.UTF-8"})
    assert result.exit_code == 1
    lines = [line for line in result.stdout.splitlines() if line.startswith(str(bad))]
    assert [line.split(": ", 1)[1] for line in lines] == [
        # The user's locale is Swedish, so the problems are too.
        "en styrka är tom [answers.F1.1.strengths[0]]",
        "en åtgärd är tom [answers.F5.2.improvements[0].actions[0].text]",
        "ett förbättringsområde är tomt [answers.F5.2.improvements[1]]",
    ]


def test_score_json_carries_the_findings_in_model_order() -> None:
    result = runner.invoke(app, ["score", str(EXAMPLE), "-f", "json"])
    assert result.exit_code == 0, result.output
    findings = json.loads(result.stdout)["files"][0]["findings"]
    assert [f["id"] for f in findings] == [
        "F1.1",
        "F1.2",
        "F1.4",
        "F3.2",
        "F3.4",
        "F4.1",
        "F5.2",
        "F5.5",
        "R2",
    ]
    f34 = next(f for f in findings if f["id"] == "F3.4")
    assert f34["strengths"] == []
    assert f34["improvements"][0]["actions"][0] == {
        "text": "Delegationsordningen ses över med arbetslagen",
        "owner": "Anna Lind",
        "due": "2027-03-31",
        "status": "in_progress",
    }
    assert findings[1]["improvements"] == [
        {"text": "Brukare deltar inte i utvecklingen av VA- och avfallstjänster.", "actions": []}
    ]
