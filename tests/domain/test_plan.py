"""Rule 12: `siqassess plan` lists the written areas for improvement and actions by priority."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from typer.testing import CliRunner

from siqassess.cli import app

runner = CliRunner()
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "norrvik-2026.yaml"


def test_markdown_checklist_in_priority_order_with_results_apart() -> None:
    result = runner.invoke(app, ["plan", str(EXAMPLE), "--lang", "en"])
    assert result.exit_code == 0, result.output
    text = result.stdout
    heads = [line.split()[1:3] for line in text.splitlines() if line.startswith("## ")]
    # F5.2, F3.4, F5.5, F1.2 in the areas-for-improvement ranks 1, 2, 3, 5 (F5.7, rank 4, has
    # no written finding); then R2 from the results under target.
    assert heads == [["1.", "F5.2"], ["2.", "F3.4"], ["3.", "F5.5"], ["5.", "F1.2"], ["2.", "R2"]]
    assert text.startswith("# Action plan: Norrvik Kommun\n")
    assert "_Areas for improvement: gap 50, 7.1 points at stake_" in text
    assert "_Results under target: gap 20, 20 points at stake_" in text
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
    bad = runner.invoke(app, ["plan", str(EXAMPLE), "-f", "pdf"])
    assert bad.exit_code == 2
