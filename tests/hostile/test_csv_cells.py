"""Every text cell of every CSV is neutralised by one function; CR splits no row (#23 §5)."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st
from typer.testing import CliRunner

from siqassess.cli import app
from siqassess.csvsafe import CsvDialect, csv_document, csv_row
from siqassess.textsafe import inert_cell

from .test_formats import _answers

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "norrvik-2026.yaml"


def _rows(text: str, delimiter: str = ",") -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def test_a_lone_cr_is_quoted_so_the_row_stays_whole() -> None:
    text = csv_row(["a\r=2+2", "b\n=1+1", 3])
    assert text == '"a\r=2+2","b\n=1+1",3\n'
    assert _rows(text) == [["a\r=2+2", "b\n=1+1", "3"]]


def test_text_is_always_neutralised_and_numbers_never_are() -> None:
    assert csv_row(["=1+1", "-2.5", -2.5, 7, None, ""]) == "'=1+1,'-2.5,-2.5,7,,\n"


def test_a_dialect_is_data() -> None:
    swedish = CsvDialect(delimiter=";", decimal=",")
    assert csv_row(["a;b", 1.5, 2.0, "=x"], swedish) == '"a;b";1,5;2;\'=x\n'


@given(st.lists(st.lists(st.text(max_size=12), min_size=1, max_size=4), min_size=1, max_size=4))
@example([["x\r=2+2", "y"], ["\r", "\n\r"]])
@example([['"', ","], ["@SUM(A1)", "\t=1"]])
def test_every_row_reads_back_whole_and_inert(rows: list[list[str]]) -> None:
    back = _rows(csv_document(rows))
    assert back == [[inert_cell(c) for c in row] for row in rows]


def test_score_csv_keeps_a_cr_inside_its_cell(tmp_path: Path) -> None:
    path = _answers(tmp_path, "Acme\\r=2+2", [])
    result = runner.invoke(app, ["score", "-f", "csv", str(path)])
    assert result.exit_code == 0, result.output
    rows = _rows(result.stdout)
    assert {len(r) for r in rows} == {12}
    assert rows[1][1] == "Acme\r=2+2"
    assert not [c for r in rows for c in r if c.startswith(("=", "+", "@"))]


def test_plan_csv_neutralises_every_text_cell(tmp_path: Path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    text = text.replace("owner: Anna Lind", "owner: '=2+2'")
    text = text.replace(
        "- text: Delegationsordningen ses över med arbetslagen",
        '- text: "Delegation\\r=1+1"',
    )
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["plan", "-f", "csv", str(path)])
    assert result.exit_code == 0, result.output
    rows = _rows(result.stdout)
    assert {len(r) for r in rows} == {9}
    assert rows[3][5:7] == ["Delegation\r=1+1", "'=2+2"]
    assert not [c for r in rows for c in r if c.startswith(("=", "+", "@"))]


def test_no_csv_is_written_except_through_csvsafe() -> None:
    """One function writes every CSV: no other module uses the ``csv`` module to write.

    Reading CSV (``measures import`` reads a CSV file with ``csv.reader``) is not writing.
    """
    offenders = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "siqassess").rglob("*.py")
        if p.name != "csvsafe.py"
        and re.search(r"csv\.writer|csv\.DictWriter|from csv import", p.read_text())
    ]
    assert offenders == []
