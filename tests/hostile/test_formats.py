"""Outputs for other programs: Markdown links and cells, CSV formulas, bidi in reports (#11 §8)."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from typer.testing import CliRunner

from siqassess.cli import app
from siqassess.reports.context import safe_href
from siqassess.reports.render import md_href
from siqassess.textsafe import BIDI, inert_cell

from .cases import blank_answers

runner = CliRunner()


def _answers(folder: Path, organisation: str, evidence: list[str], note: str = "") -> Path:
    text = blank_answers(folder).replace("organisation: Acme", f'organisation: "{organisation}"')
    items = "".join(f'\n    - "{e}"' for e in evidence)
    extra = f'\n    note: "{note}"' if note else ""
    listed = f"\n    evidence:{items}" if evidence else ""
    text = text.replace("    score: null\n", f"    score: 50{extra}{listed}\n", 1)
    path = folder / "answers.yaml"
    path.write_text(text, encoding="utf-8")
    return path


# -- Markdown --

SCHEME_TRICKS = [
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "javascript&colon;alert(1)",
    "javascript&#58;alert(1)",
    "javascript&#x3a;alert(1)",
    "javascript&#X3A;alert(1)",
    "jav&#x61;script:alert(1)",
    "javascript&colon alert(1)",
    "&#106;avascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "//evil.example/x",
    " javascript:alert(1)",
]


@pytest.mark.parametrize("href", SCHEME_TRICKS)
def test_disguised_schemes_are_not_links(href: str) -> None:
    assert safe_href(href) is None


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_disguised_schemes_stay_text_in_reports(fmt: str, tmp_path: Path) -> None:
    path = _answers(tmp_path, "Acme", [h.replace('"', "'") for h in SCHEME_TRICKS])
    result = runner.invoke(app, ["report", "-f", fmt, str(path)])
    assert result.exit_code == 0, result.output
    out = result.stdout.lower()
    assert "](javascript" not in out and "](jav" not in out and "](&#" not in out
    assert 'href="javascript' not in out and 'href="jav' not in out and 'href="&' not in out
    assert "](data:" not in out and 'href="data:' not in out


def test_pipe_in_an_evidence_url_does_not_split_the_cell(tmp_path: Path) -> None:
    links = ["https://example.com/a|b|c", "https://example.com/x)y](z", "https://e.se/?q=1&r=2"]
    path = _answers(tmp_path, "Acme", [*links, "later evidence"])
    result = runner.invoke(app, ["report", "-f", "md", str(path)])
    assert result.exit_code == 0, result.output
    rows = [line for line in result.stdout.splitlines() if "later evidence" in line]
    assert rows, result.stdout
    for row in rows:
        if row.startswith("|"):
            cells = [c for c in _split_cells(row)]
            assert len(cells) == 8, row  # the table's eight columns, evidence in one
    assert "https://example.com/a%7Cb%7Cc" in result.stdout
    assert "(https://e.se/?q=1&r=2)" in result.stdout  # a query string keeps its meaning


def _split_cells(row: str) -> list[str]:
    cells, current, escaped = [], "", False
    for char in row.strip()[1:-1]:
        if char == "|" and not escaped:
            cells.append(current)
            current = ""
        else:
            current += char
        escaped = char == "\\" and not escaped
    return [*cells, current]


@given(st.text(max_size=40))
@example("a|b&colon;c")
@example("x)](javascript:alert(1))")
def test_md_href_leaves_nothing_that_ends_or_decodes_a_link(value: str) -> None:
    href = md_href(value)
    assert not set(href) & set("()<> |\\`")


# -- bidi and controls in reports --


@pytest.mark.parametrize("fmt", ["md", "txt", "html"])
def test_bidi_and_controls_never_reach_a_report(fmt: str, tmp_path: Path) -> None:
    sneaky = "\\u202Eevil\\u202C \\u2067iso\\u2069 \\x1b[2J \\x9b"
    path = _answers(tmp_path, f"Org {sneaky}", ["e \\u202E x"], note=f"n {sneaky}")
    out = tmp_path / f"report.{fmt}"
    result = runner.invoke(app, ["report", "-f", fmt, str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert not set(text) & set(BIDI + "\x1b\x9b")
    assert "⟨U+202E⟩evil" in text


# -- CSV --

FORMULAS = [
    "=1+1",
    " =1+1",
    "\u00a0=1+1",
    "\u3000=1+1",
    "\t=1+1",
    "\r=1+1",
    "\n=1+1",
    "\u200b=1+1",
    "\ufeff=1+1",
    "＝1+1",
    "﹦1+1",
    "+1+1",
    "＋1+1",
    "-1+1",
    "－1+1",
    "@SUM(1;1)",
    "＠SUM(1;1)",
    "|calc",
    "%1",
]
HARMLESS = ["Acme AB", "Åsa Öberg", "1+1=2", "Kommun – Norrvik", "日本"]


@pytest.mark.parametrize("cell", FORMULAS)
def test_formula_cells_are_neutralised(cell: str) -> None:
    assert inert_cell(cell) == "'" + cell


@pytest.mark.parametrize("cell", HARMLESS)
def test_ordinary_cells_are_kept(cell: str) -> None:
    assert inert_cell(cell) == cell


@given(st.text(max_size=20))
def test_a_neutralised_cell_never_starts_a_formula(cell: str) -> None:
    out = inert_cell(cell)
    assert out == cell or out == "'" + cell
    stripped = out.lstrip()
    assert not stripped or stripped[0] not in "=+-@＝＋－＠﹦﹢﹣﹫"


def _score_csv(tmp_path: Path, organisation: str) -> list[list[str]]:
    path = _answers(tmp_path, organisation.replace("\\", "\\\\").replace('"', '\\"'), [])
    result = runner.invoke(app, ["score", "-f", "csv", str(path)])
    assert result.exit_code == 0, result.output
    return list(csv.reader(io.StringIO(result.stdout)))


@pytest.mark.parametrize("organisation", FORMULAS[:2] + FORMULAS[9:12])
def test_score_csv_neutralises_the_organisation(organisation: str, tmp_path: Path) -> None:
    rows = _score_csv(tmp_path, organisation)
    assert rows[1][1] == "'" + organisation


@pytest.mark.soffice
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
def test_libreoffice_evaluates_none_of_the_cells(tmp_path: Path) -> None:
    """Open our CSV in LibreOffice and save it back: no cell may come back computed."""
    cells = [c for c in FORMULAS if "\n" not in c and "\r" not in c]
    raw = tmp_path / "raw.csv"
    # The control: the same cells unneutralised, to show LibreOffice does evaluate formulas.
    raw.write_text("=1+1\n", encoding="utf-8")
    safe = tmp_path / "safe.csv"
    with safe.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([[inert_cell(c)] for c in cells])
    out = tmp_path / "out"
    profile = tmp_path / "profile"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--infilter=CSV:44,34,76,1,,0,false,true,false,false,false,-1,true",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1",
            "--outdir",
            str(out),
            str(raw),
            str(safe),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    assert (out / "raw.csv").read_text(encoding="utf-8").strip() == "2"
    back = [row[0] if row else "" for row in csv.reader((out / "safe.csv").open(encoding="utf-8"))]
    assert len(back) == len(cells)
    for sent, got in zip(cells, back, strict=True):
        assert got not in ("2", "1", "#NAME?", "Err:508", "#VALUE!"), (sent, got)
        assert got.lstrip("'").strip() == sent.strip() or sent.strip() in got, (sent, got)
