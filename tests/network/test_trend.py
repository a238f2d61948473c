"""`siqassess trend`: one organisation over five years, gaps never zeros, model change loud."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from siqassess.cli import app
from siqassess.io.answers import Answer, dump_answers, new_answers
from siqassess.io.models import load_model

from .conftest import ROOT, check_golden

runner = CliRunner()


@pytest.fixture
def at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run from the repository root, so file names in reports do not depend on the checkout."""
    monkeypatch.chdir(ROOT)


@pytest.mark.parametrize(
    ("lang", "fmt"), [("sv", "md"), ("en", "md"), ("sv", "html"), ("en", "table")]
)
def test_trend_report_matches_golden(
    lang: str, fmt: str, at_root: None, request: pytest.FixtureRequest
) -> None:
    result = runner.invoke(app, ["trend", "examples/trend", "-f", fmt, "--lang", lang])
    assert result.exit_code == 0, result.output
    ext = {"md": "md", "html": "html", "table": "txt"}[fmt]
    check_golden(f"trend.{lang}.{ext}", result.stdout, request)


def test_a_year_not_applicable_is_a_gap_and_each_row_says_how_many_years(at_root: None) -> None:
    result = runner.invoke(app, ["trend", "examples/trend", "-f", "json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert [y["date"] for y in doc["years"]] == [f"{y}-10-20" for y in range(2022, 2027)]
    nodes = {n["id"]: n for n in doc["nodes"]}
    f53 = nodes["F5.3"]
    # 2023 not applicable, 2025 unanswered: gaps (null), never zeros; three years scored.
    assert [p["score"] for p in f53["points"]] == [20.0, None, 40.0, None, 40.0]
    assert f53["years_scored"] == 3
    assert [p["coverage"] for p in f53["points"]][1] == {"answered": 0, "na": 1, "missing": 0}
    # The change after a gap is over the two years between the scored points.
    assert f53["points"][2]["change"] == 20.0
    assert f53["points"][2]["per_year"] == pytest.approx(
        20.0 / ((dt.date(2024, 10, 20) - dt.date(2022, 10, 20)).days / 365.25)
    )
    assert nodes["total"]["direction"] == "improving"
    assert doc["model_changes"] == []


def test_the_terminal_table_shows_a_gap_as_a_dash_and_the_years_behind_each_row(
    at_root: None,
) -> None:
    result = runner.invoke(app, ["trend", "examples/trend", "--lang", "sv"])
    row = next(line for line in result.stdout.splitlines() if line.strip().startswith("F5.3"))
    assert row.split()[-8:] == ["20", "–", "40", "–", "40", "3/5", "+5", "förbättras"]


def _write(folder: Path, model_file: Path | None, year: int, org: str = "Norrvik Kommun") -> Path:
    from siqassess.io.models import resolve_model

    model = load_model(model_file) if model_file else resolve_model(None)
    answers = new_answers(model, organisation=org, date=dt.date(year, 5, 1))
    for leaf in model.leaves:
        answers.answers[leaf.id] = Answer(score=40 + 10 * (year - 2022) % 60)
    path = folder / f"{year}.yaml"
    path.write_text(dump_answers(answers, model), encoding="utf-8")
    return path


def test_a_change_of_model_between_years_is_said_loudly(tmp_path: Path) -> None:
    text = (ROOT / "models" / "siq_2019_1.yaml").read_text(encoding="utf-8")
    changed = tmp_path / "model-2019-2.yaml"
    changed.write_text(text.replace('version: "2019:1"', 'version: "2019:2"', 1), encoding="utf-8")
    assert "2019:2" in changed.read_text(encoding="utf-8")
    files = [
        _write(tmp_path, None, 2022),
        _write(tmp_path, None, 2023),
        _write(tmp_path, changed, 2024),
    ]
    args = ["trend", *map(str, files), "--model", str(changed), "--lang", "en"]
    result = runner.invoke(app, [*args, "-f", "md"])
    assert result.exit_code == 0, result.output
    assert (
        "MODEL CHANGED between 2023-05-01 and 2024-05-01: version 2019:1 → 2019:2" in result.stdout
    )
    assert "warning: MODEL CHANGED between 2023-05-01 and 2024-05-01" in result.stderr
    doc = json.loads(runner.invoke(app, [*args, "-f", "json"]).stdout)
    assert doc["model_changes"][0]["changed"][0] == "version"


def test_files_of_different_organisations_are_an_error(tmp_path: Path) -> None:
    files = [_write(tmp_path, None, 2022), _write(tmp_path, None, 2023)]
    files.append(_write(tmp_path, None, 2024, org="Åby kommun"))
    result = runner.invoke(app, ["trend", *map(str, files), "--lang", "en"])
    assert result.exit_code == 1
    assert result.stderr == (
        f"siqassess: error: {files[2]}: organisation “Åby kommun” differs from “Norrvik Kommun” "
        f"in {files[0]}: trend follows one organisation; to set organisations side by side, use "
        "siqassess benchmark\n"
    )


def test_fewer_than_three_assessments_is_a_usage_error_in_swedish_too(tmp_path: Path) -> None:
    files = [_write(tmp_path, None, 2022), _write(tmp_path, None, 2023)]
    result = runner.invoke(app, ["trend", *map(str, files), "--lang", "sv"])
    assert result.exit_code == 2
    assert result.stderr == (
        "siqassess: fel: trend behöver minst 3 självvärderingar av samma organisation; fick 2\n"
    )


@pytest.mark.parametrize("fmt", ["xlsx", "jsonl"])
def test_machine_formats_hold_one_row_per_node_with_typed_values(
    fmt: str, at_root: None, tmp_path: Path
) -> None:
    out = tmp_path / f"trend.{fmt}"
    result = runner.invoke(app, ["trend", "examples/trend", "-o", str(out)])
    assert result.exit_code == 0, result.output
    if fmt == "jsonl":
        lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        assert len(lines) == 40 * 5
        gap = next(x for x in lines if x["node"] == "F5.3" and x["date"] == "2023-10-20")
        assert gap["score"] is None and gap["years_scored"] == 3
        return
    import openpyxl

    sheet = openpyxl.load_workbook(out).worksheets[0]
    header = [c.value for c in sheet[1]]
    assert header[3:8] == ["2022", "2023", "2024", "2025", "2026"]
    rows = {r[0]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert rows["F5.3"][3:8] == (20, None, 40, None, 40)
    assert isinstance(rows["total"][3], float)


def test_trend_json_validates_against_the_published_schema(at_root: None) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((ROOT / "schemas" / "trend.schema.json").read_text(encoding="utf-8"))
    doc = json.loads(runner.invoke(app, ["trend", "examples/trend", "-f", "json"]).stdout)
    jsonschema.validate(doc, schema)
