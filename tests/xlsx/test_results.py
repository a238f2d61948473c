"""Results to Excel: `score`, `aggregate` and `compare` with -o x.xlsx or --format xlsx."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest

from .helpers import cli

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
OLD, NEW = EXAMPLES / "norrvik-2025.yaml", EXAMPLES / "norrvik-2026.yaml"


def _sheet(path: Path, name: str) -> list[list[object]]:
    ws = openpyxl.load_workbook(path)[name]
    return [[c.value for c in row] for row in ws.iter_rows()]


def test_score_workbook_has_typed_numbers_and_a_sheet_per_view(tmp_path: Path) -> None:
    out = tmp_path / "scores.xlsx"
    result = cli("score", str(OLD), str(NEW), "-o", str(out), "--lang", "en")
    assert result.exit_code == 0, result.output
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Totals", "Nodes", "Below target", "Results below target"]
    totals = wb["Totals"]
    assert [c.value for c in totals[1]][:3] == ["File", "Organisation", "Unit"]
    score = totals["I3"]
    assert (totals["I1"].value, score.value, score.data_type) == ("Score", 54.3, "n")
    assert score.number_format == "0.0"
    assert totals["P3"].value == 0 and totals["N3"].value == 30  # missing, answered
    for ws in wb:
        assert ws.freeze_panes == "A2" and ws.auto_filter.ref.startswith("A1:")
    nodes = _sheet(out, "Nodes")
    assert len(nodes) == 1 + 2 * 40  # a row per file per node
    assert nodes[4][:5] == [str(OLD), "F1.1", "criterion", "F1", 50]


def test_format_option_writes_xlsx_to_stdout_when_piped(tmp_path: Path) -> None:
    result = cli("score", "--format", "xlsx", str(NEW))
    assert result.exit_code == 0
    assert result.stdout_bytes.startswith(b"PK\x03\x04")


def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    text = NEW.read_text(encoding="utf-8")
    evil = tmp_path / "=cmd|' calc'!A0.yaml"
    evil.write_text(
        text.replace("organisation: Norrvik Kommun", 'organisation: \'=HYPERLINK("x","y")\'')
        .replace("respondent: Ledningsgruppen", "respondent: '+1+1'")
        .replace("unit: Tekniska förvaltningen", "unit: '@SUM(A1)'"),
        encoding="utf-8",
    )
    out = tmp_path / "r.xlsx"
    assert cli("score", str(evil), "-o", str(out), "--lang", "en").exit_code == 0
    ws = openpyxl.load_workbook(out)["Totals"]
    row = {ws.cell(row=1, column=c).value: ws.cell(row=2, column=c) for c in range(1, 6)}
    assert row["Organisation"].value == '=HYPERLINK("x","y")'
    assert row["File"].value == str(evil)
    for cell in row.values():
        assert cell.data_type == "s"
    assert "<f>" not in _raw_sheet(out)


def _raw_sheet(path: Path) -> str:
    import zipfile

    with zipfile.ZipFile(path) as z:
        return "".join(z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/"))


def test_aggregate_workbook_has_discuss_and_respondents(tmp_path: Path) -> None:
    out = tmp_path / "group.xlsx"
    result = cli("aggregate", str(EXAMPLES / "team"), "-o", str(out))
    assert result.exit_code == 0, result.output
    wb = openpyxl.load_workbook(out)
    # The team's files are Swedish, so the workbook is, as the terminal table would be.
    assert wb.sheetnames == [
        "Totalt", "Alla delar", "Diskutera först", "Under målet", "Resultat under målet",
        "Bedömare",
    ]  # fmt: skip
    discuss = _sheet(out, "Diskutera först")
    assert discuss[0][:5] == ["Id", "Spridning", "Lägst", "Högst", "Medel"]
    assert discuss[1][:4] == ["F1.2", 40, 30, 70]
    nodes = _sheet(out, "Alla delar")
    assert nodes[0][-3:] == [
        "Anna Lind, förvaltningschef", "Johan Berg, enhetschef gata/park",
        "Sara Ek, kvalitetssamordnare",
    ]  # fmt: skip
    assert nodes[1][-3:] == [57.9, 44.1, 61.25]


def test_compare_workbook_has_old_new_and_delta(tmp_path: Path) -> None:
    out = tmp_path / "cmp.xlsx"
    result = cli("compare", str(OLD), str(NEW), "-o", str(out), "--lang", "en")
    assert result.exit_code == 0, result.output
    assert openpyxl.load_workbook(out).sheetnames == [
        "Files", "Nodes", "Improved", "Declined", "Reached target", "Fell below target"
    ]  # fmt: skip
    assert [r[0] for r in _sheet(out, "Files")] == ["Which", "old", "new"]
    nodes = _sheet(out, "Nodes")
    assert nodes[0][:4] == ["Id", "Kind", "Parent", "Old score"]
    assert nodes[0][-1] == "Change"
    total = nodes[1]
    assert total[0] == "total" and total[-1] == pytest.approx(total[9] - total[3])
    assert _sheet(out, "Improved")[1][:4] == ["F4.3", 40, 60, 20]


def test_compare_workbook_in_the_files_language(tmp_path: Path) -> None:
    out = tmp_path / "cmp.xlsx"
    assert cli("compare", str(OLD), str(NEW), "-o", str(out)).exit_code == 0
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == [
        "Filer", "Alla delar", "Förbättringar", "Försämringar", "Nådde målet", "Föll under målet"
    ]  # fmt: skip
    assert [c.value for c in wb["Filer"]["A"]] == ["Vilken", "tidigare", "senaste"]
    assert [c.value for c in wb["Alla delar"][1]][3:5] == ["Tidigare poäng", "Tidigare mål"]


def test_score_workbook_in_the_files_language(tmp_path: Path) -> None:
    out = tmp_path / "scores.xlsx"
    assert cli("score", str(NEW), "-o", str(out)).exit_code == 0
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Totalt", "Alla delar", "Under målet", "Resultat under målet"]
    assert [c.value for c in wb["Totalt"][1]][8:11] == ["Poäng", "Poäng av 1000", "Möjliga poäng"]
    assert wb["Totalt"]["I2"].value == 54.3 and wb["Totalt"]["I2"].number_format == "0.0"


def test_results_workbooks_in_a_folder_are_skipped_by_scans(tmp_path: Path) -> None:
    team = tmp_path / "team"
    shutil.copytree(EXAMPLES / "team", team)
    assert cli("aggregate", str(team), "-o", str(team / "group.xlsx")).exit_code == 0
    again = cli("aggregate", str(team), "-f", "json")
    assert again.exit_code == 0, again.output
    named = cli("score", str(team / "group.xlsx"))
    assert named.exit_code == 1
    assert named.stderr.strip() == (
        f"siqassess: error: {team / 'group.xlsx'}: not a siqassess questionnaire; "
        "make one with `siqassess init -o FILE.xlsx`"
    )


def test_report_cannot_write_xlsx(tmp_path: Path) -> None:
    result = cli("report", str(NEW), "-o", str(tmp_path / "r.xlsx"), env={"LC_ALL": "sv_SE.UTF-8"})
    assert result.exit_code == 2
    assert "report kan inte skriva xlsx ('r.xlsx')" in result.output  # a Swedish user
