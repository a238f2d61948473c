"""Rule 12: `siqassess plan` lists the written areas for improvement and actions by priority."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import openpyxl
from typer.testing import CliRunner

from siqassess.cli import app

runner = CliRunner()
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "norrvik-2026.yaml"


def test_markdown_checklist_in_priority_order_with_results_apart() -> None:
    result = runner.invoke(app, ["plan", str(EXAMPLE), "--lang", "en"])
    assert result.exit_code == 0, result.output
    text = result.stdout
    heads = [line.split()[1] for line in text.splitlines() if line.startswith("## ")]
    # F5.2, F3.4, F5.5, F1.2 in the below-target ranks 1, 2, 3, 5 (F5.7, rank 4, has no
    # written finding); then R2 from the results below target. A heading carries no number
    # (1, 2, 3, 5, 2 read as a broken count, #27): the rank is said under it, in words.
    assert heads == ["F5.2", "F3.4", "F5.5", "F1.2", "R2"]
    assert text.startswith("# Action plan: Norrvik Kommun\n")
    assert "_Below target, rank 1 in the gap report: gap 50, 7.1 points at stake_" in text
    assert "_Results below target, rank 2 in the gap report: gap 20, 20 points at stake_" in text
    # A finished action is ticked, and so is an area whose every action is done.
    assert "- [x] Innovationsprojekt saknar budget, mål och uppföljning.\n" in text
    assert (
        "  - [x] Avsätt en innovationspott i budget 2027 · owner: Ledningsgruppen · due 2026-12-15"
        in text
    )
    assert (
        "  - [ ] Delegationsordningen ses över med arbetslagen · owner: Anna Lind"
        " · due 2027-03-31 · in progress\n" in text
    )
    assert "- [ ] Lärdomar från försök sprids inte till andra enheter.\n" in text


def test_csv_has_one_row_per_action_and_is_chosen_by_extension(tmp_path: Path) -> None:
    out = tmp_path / "plan.csv"
    result = runner.invoke(app, ["plan", str(EXAMPLE), "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [(r["rank"], r["leaf"], r["status"]) for r in rows] == [
        ("1", "F5.2", "done"),
        ("1", "F5.2", ""),
        ("2", "F3.4", "in_progress"),
        ("2", "F3.4", "planned"),
        ("3", "F5.5", ""),
        ("5", "F1.2", ""),
        ("2", "R2", ""),
    ]
    assert rows[2]["owner"] == "Anna Lind" and rows[2]["due"] == "2027-03-31"
    assert rows[6]["list"] == "results_below"


def test_swedish_plan_and_an_unknown_format() -> None:
    result = runner.invoke(app, ["plan", str(EXAMPLE)])
    assert result.exit_code == 0
    assert result.stdout.startswith("# Handlingsplan: Norrvik Kommun\n")
    assert "· senast 2027-03-31 · pågår" in result.stdout
    assert "\n## F5.2 Beskriv hur ni främjar mer genomgripande innovation" in result.stdout
    assert "_Under målet, plats 1 i gaprapporten: gap 50, 7,1 poäng att vinna_" in result.stdout
    assert "_Resultat under målet, plats 2 i gaprapporten: gap 20, 20 poäng att vinna_" in (
        result.stdout
    )
    bad = runner.invoke(app, ["plan", str(EXAMPLE), "-f", "json"])
    assert bad.exit_code == 2


def test_xlsx_plan_has_typed_cells_in_priority_order(tmp_path: Path) -> None:
    out = tmp_path / "plan.xlsx"
    result = runner.invoke(app, ["plan", str(EXAMPLE), "-o", str(out), "--lang", "en"])
    assert result.exit_code == 0, result.output
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Action plan"]
    ws = wb["Action plan"]
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    assert rows[0] == [
        "Rank", "List", "Id", "Question", "Gap", "Points at stake", "Area for improvement",
        "Action", "Owner", "Due", "Status",
    ]  # fmt: skip
    assert [(r[0], r[2], r[10]) for r in rows[1:]] == [
        (1, "F5.2", "done"),
        (1, "F5.2", None),
        (2, "F3.4", "in progress"),
        (2, "F3.4", "planned"),
        (3, "F5.5", None),
        (5, "F1.2", None),
        (2, "R2", None),
    ]
    assert rows[7][1] == "Results below target" and rows[1][1] == "Below target"
    assert rows[3][6:10] == [
        "Beslut om små inköp och arbetsordning ligger kvar hos enhetschef.",
        "Delegationsordningen ses över med arbetslagen",
        "Anna Lind",
        dt.datetime(2027, 3, 31),
    ]
    due, gap, points = ws["J4"], ws["E4"], ws["F2"]
    assert due.is_date and due.number_format == "yyyy-mm-dd"
    assert (gap.value, gap.data_type, gap.number_format) == (40, "n", "0.0")
    assert points.number_format == "0.0" and round(points.value, 2) == 7.14
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:K8"
    assert ws.column_dimensions["D"].width == 50 and ws.column_dimensions["J"].width == 14


def test_xlsx_plan_in_swedish_and_formula_text_stays_text(tmp_path: Path) -> None:
    evil = tmp_path / "evil.yaml"
    text = EXAMPLE.read_text(encoding="utf-8")
    evil.write_text(
        text.replace("owner: Anna Lind", 'owner: \'=HYPERLINK("http://x","y")\'').replace(
            "- text: Delegationsordningen ses", "- text: +1+1"
        ),
        encoding="utf-8",
    )
    out = tmp_path / "plan.bin"
    result = runner.invoke(app, ["plan", str(evil), "-f", "xlsx", "-o", str(out)])
    assert result.exit_code == 0, result.output
    ws = openpyxl.load_workbook(io.BytesIO(out.read_bytes()))["Handlingsplan"]
    assert [c.value for c in ws[1]][8:11] == ["Ansvarig", "Klart senast", "Status"]
    assert ws["B2"].value == "Under målet" and ws["K4"].value == "pågår"
    owner, action = ws["I4"], ws["H4"]
    assert (owner.value, owner.data_type) == ('=HYPERLINK("http://x","y")', "s")
    assert (action.value, action.data_type) == ("+1+1 över med arbetslagen", "s")


def test_xlsx_plan_with_no_findings_has_only_the_header(tmp_path: Path) -> None:
    bare = tmp_path / "bare.yaml"
    assert runner.invoke(app, ["init", "-o", str(bare), "--lang", "en"]).exit_code == 0
    out = tmp_path / "plan.xlsx"
    assert runner.invoke(app, ["plan", str(bare), "-o", str(out)]).exit_code == 0
    ws = openpyxl.load_workbook(out).active
    assert ws.max_row == 1 and ws["A1"].value == "Rank"


def test_markdown_shows_file_texts_as_inert_text(tmp_path: Path) -> None:
    """An escape sequence or Markdown markup in the file is text in the plan (#11 §5, §8)."""
    text = EXAMPLE.read_text(encoding="utf-8")
    text = text.replace("organisation: Norrvik Kommun", 'organisation: "Nor\\e[2Jrvik\\u202E"')
    text = text.replace(
        "Innovationsprojekt saknar budget, mål och uppföljning.",
        "'[klick](javascript:alert(1)) | <b>x</b>'",
    )
    path = tmp_path / "hostile.yaml"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["plan", str(path), "--lang", "en"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "\x1b" not in out and "\u202e" not in out
    assert out.startswith("# Action plan: Nor\u241b\\[2Jrvik\u27e8U+202E\u27e9\n")
    assert "- [x] \\[klick\\](javascript:alert(1)) \\| \\<b\\>x\\</b\\>\n" in out
