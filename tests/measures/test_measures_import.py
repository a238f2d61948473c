"""`siqassess measures import`: a measure's values from CSV (Swedish or not, or Kolada's layout)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from siqassess.cli import app
from siqassess.io.answers import read_answers, save_answers
from siqassess.io.models import resolve_model

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[2]
KOLADA = Path(__file__).resolve().parent / "data" / "kolada-sjukfranvaro.csv"


@pytest.fixture
def answers(tmp_path: Path) -> Path:
    """Norrvik's 2026 answers without their measures: each test imports its own."""
    model = resolve_model("siq-2019-1")
    found = read_answers(ROOT / "examples" / "norrvik-2026.yaml", model)
    for leaf, answer in found.answers.items():
        if answer is not None:
            found.answers[leaf] = answer.model_copy(update={"measures": []})
    path = tmp_path / "a.yaml"
    save_answers(path, found, model)
    return path


def _r2(path: Path) -> list[object]:
    answer = read_answers(path, resolve_model("siq-2019-1")).answer("R2")
    assert answer is not None
    return list(answer.measures)


def test_swedish_csv_with_semicolons_and_decimal_commas(tmp_path: Path, answers: Path) -> None:
    csv = tmp_path / "sjukfrånvaro.csv"
    csv.write_text("År;Värde;Mål\n2023;6,8;6,0\n2024;7,1;\n2025;1 007,4;6\n", encoding="utf-8")
    result = runner.invoke(
        app, ["measures", "import", str(csv), str(answers), "--leaf", "R2", "--unit", "%"]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout == f"Läste in 3 värden för 'sjukfrånvaro' till R2 i {answers}\n"
    (measure,) = _r2(answers)
    assert measure.name == "sjukfrånvaro" and measure.unit == "%"  # type: ignore[attr-defined]
    assert measure.values == {2023: 6.8, 2024: 7.1, 2025: 1007.4}  # type: ignore[attr-defined]
    assert measure.targets == {2023: 6.0, 2025: 6.0}  # type: ignore[attr-defined]


def test_comma_csv_without_a_header_into_another_file(tmp_path: Path, answers: Path) -> None:
    csv = tmp_path / "nki.csv"
    csv.write_text("2022,66\n2024,69.5\n", encoding="utf-8")
    out = tmp_path / "out.yaml"
    before = answers.read_bytes()
    result = runner.invoke(
        app,
        ["measures", "import", str(csv), str(answers), "--leaf", "R1", "-o", str(out), "-l", "en"],
    )
    assert result.exit_code == 0, result.output
    assert result.stdout == f"Imported 2 values of 'nki' into R1 in {out}\n"
    assert answers.read_bytes() == before
    assert "values: {2022: 66, 2024: 69.5}" in out.read_text(encoding="utf-8")


def test_kolada_layout_with_a_row_and_comparisons(answers: Path) -> None:
    args = ["measures", "import", str(KOLADA), str(answers), "--leaf", "R2"]
    args += ["--name", "Sjukfrånvaro", "--direction", "lower", "--row", "norrvik"]
    args += ["--compare", "Riket", "--compare", "Liknande kommuner", "--source", "Kolada"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    (measure,) = _r2(answers)
    assert measure.values == {2021: 6.5, 2022: 6.8, 2023: 7.1, 2024: 7.4, 2025: 7.2}  # type: ignore[attr-defined]
    # Riket's 2025 figure is suppressed (..): its latest figure is 2024's.
    assert [(c.source, c.year, c.value) for c in measure.comparisons] == [  # type: ignore[attr-defined]
        ("Kolada, Riket", 2024, 7.0),
        ("Kolada, Liknande kommuner", 2025, 6.8),
    ]
    # Importing again updates the same measure rather than adding a second one.
    again = runner.invoke(app, args)
    assert again.exit_code == 0, again.output
    assert len(_r2(answers)) == 1


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en", "bad.csv:3:2: 'sju' is not a number"), ("sv", "bad.csv:3:2: 'sju' är inget tal")],
)
def test_a_cell_that_is_not_a_number_is_located(
    tmp_path: Path, answers: Path, lang: str, expected: str
) -> None:
    csv = tmp_path / "bad.csv"
    csv.write_text("year;value\n2024;6\n2025;sju\n", encoding="utf-8")
    before = answers.read_bytes()
    result = runner.invoke(
        app, ["measures", "import", str(csv), str(answers), "--leaf", "R2", "-l", lang]
    )
    assert result.exit_code == 1
    assert result.stderr.strip().endswith(expected)
    assert str(tmp_path) in result.stderr and "Traceback" not in result.output
    assert answers.read_bytes() == before


def test_only_a_result_area_takes_measures_and_an_unknown_row_is_named(answers: Path) -> None:
    wrong = runner.invoke(app, ["measures", "import", str(KOLADA), str(answers), "--leaf", "F1.1"])
    assert wrong.exit_code == 2
    assert "measures belong on a result area; F1.1 is not one" in wrong.stderr or (
        "mätetal hör till ett resultatområde; F1.1 är inget sådant" in wrong.stderr
    )
    missing = runner.invoke(
        app,
        [
            "measures",
            "import",
            str(KOLADA),
            str(answers),
            "--leaf",
            "R2",
            "--row",
            "Umeå",
            "-l",
            "en",
        ],
    )
    assert missing.exit_code == 1
    assert "no row 'Umeå'; the file has: Norrvik, Liknande kommuner, Riket" in missing.stderr


def test_convert_carries_imported_measures_into_the_workbook_and_back(
    tmp_path: Path, answers: Path
) -> None:
    csv = tmp_path / "nki.csv"
    csv.write_text("2022,66\n2024,69.5\n", encoding="utf-8")
    assert (
        runner.invoke(app, ["measures", "import", str(csv), str(answers), "--leaf", "R1"]).exit_code
        == 0
    )
    out = tmp_path / "a.xlsx"
    result = runner.invoke(app, ["convert", str(answers), "-o", str(out)])
    assert result.exit_code == 0, result.output
    back = tmp_path / "back.yaml"
    result = runner.invoke(app, ["convert", str(out), "-o", str(back)])
    assert result.exit_code == 0, result.output
    before = yaml.safe_load(answers.read_text("utf-8"))["answers"]["R1"]["measures"]
    assert yaml.safe_load(back.read_text("utf-8"))["answers"]["R1"]["measures"] == before
    assert before[0]["values"] == {2022: 66, 2024: 69.5}
