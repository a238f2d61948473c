"""The compare and aggregate commands on the example files: formats, errors and exit codes."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from siqassess.cli import app

from .conftest import NEW_EXAMPLE, OLD_EXAMPLE, TEAM, AnswersWriter, ModelWriter

runner = CliRunner()
GOLDEN = Path(__file__).parent / "golden"


def check_golden(name: str, text: str, request: pytest.FixtureRequest) -> None:
    """Compare ``text`` with golden file ``name``; rewrite it with --update-golden."""
    request.getfixturevalue("golden")(GOLDEN / name, text)


def test_compare_table_matches_golden(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Relative paths: the header line wraps at the table's width, so its length must not
    # depend on where the checkout is.
    monkeypatch.chdir(OLD_EXAMPLE.parent.parent)
    old, new = (f"examples/{p.name}" for p in (OLD_EXAMPLE, NEW_EXAMPLE))
    result = runner.invoke(app, ["compare", old, new])
    assert result.exit_code == 0, result.output
    # The examples are Swedish: the total row is named, in Swedish, not shown by its id, and
    # numbers have a decimal comma.
    rows = [line.split() for line in result.stdout.splitlines()]
    assert ["Totalt", "42,5", "54,3", "+11,8", "32/0/0", "30/2/0"] in rows
    check_golden("compare.table.txt", result.stdout, request)


def test_compare_json_has_both_coverages_and_null_not_zero() -> None:
    result = runner.invoke(app, ["compare", str(OLD_EXAMPLE), str(NEW_EXAMPLE), "-f", "json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["drift"]["drifted"] is False
    nodes = {n["id"]: n for n in doc["nodes"]}
    assert nodes["total"]["old"]["coverage"] == {"answered": 32, "na": 0, "missing": 0}
    assert nodes["total"]["new"]["coverage"] == {"answered": 30, "na": 2, "missing": 0}
    assert nodes["F5.3"]["new"]["score"] is None and nodes["F5.3"]["delta"] is None
    assert [c["id"] for c in doc["crossed_up"]] == ["F3.2", "F4.1", "R4"]


def test_compare_drift_warns_and_strict_model_fails(
    mini_model: ModelWriter, answers: AnswersWriter
) -> None:
    old_path, old_model = mini_model("v1.yaml")
    new_path, new_model = mini_model("v2.yaml", ('version: "1"', 'version: "2"'))
    old = answers(old_model, "2025.yaml", {"A.1": 40})
    new = answers(new_model, "2026.yaml", {"A.1": 60})
    args = ["compare", str(old), str(new), "--old-model", str(old_path)]
    args += ["--new-model", str(new_path), "--lang", "en"]  # the files are Swedish
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    changed = "The model version changed: 1 → 2."
    assert "MODEL DRIFT" in result.stdout and changed in result.stdout
    assert f"siqassess: warning: {changed}" in result.stderr
    # The report is in the files' own language; the messages follow the user's locale.
    swedish = runner.invoke(app, [*args[:-2]], env={"LC_ALL": "en_GB.UTF-8"})
    assert "MODELLEN HAR ÄNDRATS" in swedish.stdout
    assert "Modellens version har ändrats: 1 → 2." in swedish.stdout
    assert f"siqassess: warning: {changed}" in swedish.stderr
    swede = runner.invoke(app, [*args[:-2]], env={"LC_ALL": "sv_SE.UTF-8"})
    assert "siqassess: varning: Modellens version har ändrats: 1 → 2." in swede.stderr
    strict = runner.invoke(app, [*args, "--strict-model"])
    assert strict.exit_code == 1
    assert "error: " in strict.stderr
    assert "--strict-model: The model version changed" in strict.stderr
    assert strict.stdout == ""


def test_compare_unknown_model_names_the_file(
    mini_model: ModelWriter, answers: AnswersWriter
) -> None:
    _, model = mini_model()
    old = answers(model, "2025.yaml", {"A.1": 40})
    result = runner.invoke(app, ["compare", str(old), str(NEW_EXAMPLE), "--lang", "en"])
    assert result.exit_code == 1
    assert "2025.yaml:7:3: answers model 'mini', which is not built in" in result.stderr
    assert "Traceback" not in result.output


def test_aggregate_table_matches_golden(request: pytest.FixtureRequest) -> None:
    result = runner.invoke(app, ["aggregate", *map(str, TEAM)])
    assert result.exit_code == 0, result.output
    check_golden("aggregate.table.txt", result.stdout, request)


def test_aggregate_accepts_a_folder_and_json_lists_every_respondent() -> None:
    result = runner.invoke(app, ["aggregate", str(TEAM[0].parent), "-f", "json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert [r["file"] for r in doc["respondents"]] == [str(p) for p in TEAM]
    f12 = next(n for n in doc["nodes"] if n["id"] == "F1.2")
    assert f12["stats"]["discuss"] and f12["stats"]["spread"] == 40
    assert doc["discuss"][0]["id"] == "F1.2"
    assert doc["total"]["coverage"] == {"answered": 30, "na": 2, "missing": 0}


def test_aggregate_csv_neutralises_formulas(
    mini_model: ModelWriter, answers: AnswersWriter
) -> None:
    path, model = mini_model()
    files = [
        answers(model, "a.yaml", {"A.1": 40}, respondent='=HYPERLINK("x")'),
        answers(model, "b.yaml", {"A.1": 70}, respondent="Bo"),
    ]
    result = runner.invoke(app, ["aggregate", *map(str, files), "-m", str(path), "-f", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0][-2:] == ['\'=HYPERLINK("x")', "Bo"]
    a1 = next(r for r in rows if r[0] == "A.1")
    assert a1[3] == "55" and a1[-2:] == ["40", "70"]  # numbers stay numbers
    b1 = next(r for r in rows if r[0] == "B.1")
    assert b1[3] == ""  # nobody scored it: empty, not 0


def test_aggregate_too_few_respondents_is_a_usage_error() -> None:
    result = runner.invoke(app, ["aggregate", str(TEAM[0])], env={"LC_ALL": "sv_SE.UTF-8"})
    assert result.exit_code == 2
    assert result.stderr == (
        "siqassess: fel: aggregate behöver minst 2 svarsfiler (--min-respondents), fick 1\n"
    )
    english = runner.invoke(app, ["aggregate", str(TEAM[0]), "--lang", "en"])
    assert english.stderr == (
        "siqassess: error: aggregate needs at least 2 answers files (--min-respondents), got 1\n"
    )
    one = runner.invoke(app, ["aggregate", str(TEAM[0]), "--min-respondents", "3", "-l", "sv"])
    assert "aggregate behöver minst 3 svarsfiler (--min-respondents), fick 1" in one.stderr
    one = runner.invoke(app, ["aggregate", str(TEAM[0]), "--min-respondents", "1"])
    assert one.exit_code == 0, one.output


def test_aggregate_model_mismatch_names_the_files(
    mini_model: ModelWriter, answers: AnswersWriter
) -> None:
    _, v1 = mini_model("v1.yaml")
    _, v2 = mini_model("v2.yaml", ('version: "1"', 'version: "2"'))
    a = answers(v1, "a.yaml", {"A.1": 40})
    b = answers(v2, "b.yaml", {"A.1": 70})
    result = runner.invoke(app, ["aggregate", str(a), str(b), "--lang", "en"])
    assert result.exit_code == 1
    line = result.stderr.strip()
    assert line.startswith(f"siqassess: error: {b}:")
    assert f"but {a} answers mini 1" in line and "all files must answer the same model" in line
    swedish = runner.invoke(app, ["aggregate", str(a), str(b), "-l", "sv"]).stderr.strip()
    assert swedish.startswith(f"siqassess: fel: {b}:")
    assert f"men {a} svarar på mini 1" in swedish
    assert "kontrollsumma" in swedish and "alla filer måste svara på samma modell" in swedish


def test_consensus_yaml_round_trips_through_validate_and_score(tmp_path: Path) -> None:
    out = tmp_path / "consensus.yaml"
    result = runner.invoke(app, ["aggregate", *map(str, TEAM), "-f", "yaml", "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "respondents:\n- Anna Lind, förvaltningschef\n" in text
    assert runner.invoke(app, ["validate", str(out)]).exit_code == 0
    scored = runner.invoke(app, ["score", str(out), "-f", "json"])
    assert scored.exit_code == 0, scored.output
    assert json.loads(scored.stdout)["files"][0]["total"]["coverage"]["na"] == 2


def test_compare_markdown_file_gets_its_charts_beside_it(tmp_path: Path) -> None:
    out = tmp_path / "progress.md"
    args = ["compare", str(OLD_EXAMPLE), str(NEW_EXAMPLE), "-f", "md", "-o", str(out)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "](progress-radar.svg)" in out.read_text(encoding="utf-8")
    assert (tmp_path / "progress-radar.svg").read_text(encoding="utf-8").startswith("<svg")
    assert (tmp_path / "progress-results-radar.svg").exists()


def test_drifted_compare_table_matches_golden(
    mini_model: ModelWriter,
    answers: AnswersWriter,
    request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A new model version that dropped a result area and added a criterion."""
    old_path, old_model = mini_model("v1.yaml")
    new_path, new_model = mini_model(
        "v2.yaml",
        ('version: "1"', 'version: "2"'),
        (
            "  - id: R2\n    name: {sv: Resultat två, en: Results two}\n"
            "    question: {sv: Beskriv era resultat., en: Describe your results.}\n",
            "",
        ),
        (
            "      - id: B.1\n",
            "      - id: B.2\n        question: {sv: Ny fråga., en: A new question.}\n"
            "      - id: B.1\n",
        ),
    )
    given_old = {"A.1": 40, "A.2": 50, "B.1": 60, "R1": 30, "R2": 90}
    given_new = {"A.1": 60, "A.2": 50, "B.1": "na", "B.2": 70, "R1": 50}
    old = answers(old_model, "2025.yaml", given_old, date=dt.date(2025, 10, 1))
    new = answers(new_model, "2026.yaml", given_new, date=dt.date(2026, 10, 1))
    monkeypatch.chdir(old.parent)  # relative paths: wrapping must not depend on tmp_path
    args = ["compare", old.name, new.name, "--old-model", str(old_path)]
    result = runner.invoke(app, [*args, "--new-model", str(new_path)])
    assert result.exit_code == 0, result.output
    check_golden("compare-drift.table.txt", result.stdout, request)
