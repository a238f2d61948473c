"""CSV that Swedish Excel opens in columns (#28): ``;``, a decimal comma and a BOM with
``--lang sv`` or ``--csv-dialect excel-sv``; commas and points stay the default otherwise.
Every figure is rounded as the reports round it."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from siqassess.cli import app
from siqassess.csvsafe import EXCEL_SV, PLAIN, csv_document, csv_number, dialect_for

runner = CliRunner()
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
TEAM = str(EXAMPLES / "team")
NEW = str(EXAMPLES / "norrvik-2026.yaml")
COMMANDS = {
    "score": ["score", NEW, TEAM, "-f", "csv"],
    "aggregate": ["aggregate", TEAM, "-f", "csv"],
    "plan": ["plan", NEW, "-f", "csv"],
}

HEADS = {
    "score": ("file", "organisation", "respondent"),
    "aggregate": ("node", "kind", "parent"),
    "plan": ("rank", "list", "leaf"),
}


def _csv(command: str, *extra: str) -> str:
    result = runner.invoke(app, [*COMMANDS[command], *extra])
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_swedish_csv_has_semicolons_a_decimal_comma_and_a_bom(command: str) -> None:
    text = _csv(command, "--lang", "sv")
    assert text.startswith("\ufeff")
    assert text[1:].splitlines()[0].split(";")[:3] == list(HEADS[command])
    english = _csv(command, "--lang", "en", "--csv-dialect", "excel-sv")
    assert english.startswith("\ufeff") and english[1:].startswith(HEADS[command][0] + ";")


def test_swedish_figures_use_the_decimal_comma() -> None:
    rows = _csv("aggregate", "--lang", "sv").splitlines()
    assert rows[1] == "total;total;;55;70;15;44,1;61,2;30;2;0;;;;;;;57,9;44,1;61,2"


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_english_csv_is_unchanged(command: str) -> None:
    text = _csv(command, "--lang", "en")
    assert text.splitlines()[0].split(",")[:3] == list(HEADS[command])
    swedish = _csv(command, "--lang", "sv", "--csv-dialect", "excel")
    assert swedish.splitlines()[0].split(",")[:3] == list(HEADS[command])


def test_every_figure_is_rounded_as_the_reports_round_it() -> None:
    """Today's score wrote Norrvik's total gap as 17.200000000000003."""
    for command in COMMANDS:
        for lang, separator in (("en", ","), ("sv", ";")):
            text = _csv(command, "--lang", lang).lstrip("\ufeff")
            for row in csv.reader(io.StringIO(text), delimiter=separator):
                unrounded = [c for c in row if re.fullmatch(r"-?\d+[.,]\d{2,}", c)]
                assert unrounded == [], (command, row)
    assert "total,total,,54.3,71.5,17.2,30,2,0" in _csv("score", "--lang", "en")


@pytest.mark.parametrize(
    ("value", "plain", "swedish"),
    [(17.200000000000003, "17.2", "17,2"), (-0.04, "0", "0"), (-2.46, "-2.5", "-2,5"),
     (50.0, "50", "50"), (7, "7", "7"), (None, "", "")],
)  # fmt: skip
def test_a_figure_is_rounded_to_one_decimal_in_every_dialect(
    value: float | None, plain: str, swedish: str
) -> None:
    assert (csv_number(value, PLAIN), csv_number(value, EXCEL_SV)) == (plain, swedish)


def test_a_swedish_cell_with_a_semicolon_or_decimal_comma_text_is_quoted() -> None:
    text = csv_document([("a;b", 1.25, "x,y")], EXCEL_SV)
    assert text == '\ufeff"a;b";1,2;x,y\n'


def test_the_dialect_follows_the_option_then_the_chosen_language() -> None:
    assert dialect_for(None, "sv") is EXCEL_SV
    assert dialect_for(None, "en") is PLAIN
    assert dialect_for(None, None) is PLAIN
    assert dialect_for("excel", "sv") is PLAIN
    assert dialect_for("excel-sv", "en") is EXCEL_SV


def test_score_with_several_processes_writes_the_same_swedish_csv() -> None:
    assert _csv("score", "--lang", "sv", "-j", "2") == _csv("score", "--lang", "sv")


def _calc(csv_file: Path, options: str, folder: Path) -> list[list[object]]:
    """Open ``csv_file`` in headless Calc with the import ``options``; its first sheet's rows."""
    import openpyxl

    out = folder / f"calc-{csv_file.stem}"
    subprocess.run(
        ["soffice", f"-env:UserInstallation={(folder / 'lo-profile').as_uri()}", "--headless",
         f"--infilter=CSV:{options}", "--convert-to", "xlsx", "--outdir", str(out), str(csv_file)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    sheet = openpyxl.load_workbook(out / f"{csv_file.stem}.xlsx").worksheets[0]
    return [list(row) for row in sheet.iter_rows(values_only=True)]


@pytest.mark.office
@pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice (soffice)")
def test_calc_opens_each_dialect_in_its_locale_with_numbers_in_their_columns(
    tmp_path: Path,
) -> None:
    sv, en = tmp_path / "sv.csv", tmp_path / "en.csv"
    for path, lang in ((sv, "sv"), (en, "en")):
        result = runner.invoke(app, [*COMMANDS["aggregate"], "--lang", lang, "-o", str(path)])
        assert result.exit_code == 0, result.output
    # Field separator ; or , (59, 44), quote ", UTF-8 (76), from line 1, locale sv-SE or en-GB.
    for rows in (_calc(sv, "59,34,76,1,,1053", tmp_path), _calc(en, "44,34,76,1,,2057", tmp_path)):
        assert rows[0][:4] == ["node", "kind", "parent", "mean"]
        total = rows[1]
        assert total[:8] == ["total", "total", None, 55, 70, 15, 44.1, 61.2]
        assert total[-3:] == [57.9, 44.1, 61.2]


def test_a_configured_swedish_language_picks_the_swedish_dialect(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SIQASSESS_LANG", "sv")
    assert _csv("plan").startswith("\ufeffrank;list;leaf;")
    assert _csv("plan", "--lang", "en").startswith("rank,list,leaf,")
    monkeypatch.setenv("SIQASSESS_LANG", "en")
    assert _csv("aggregate").startswith("node,kind,parent,")
