"""Narrow and odd terminals (#23 §6): numbers are never cut, and nothing is drawn zero wide.

- Below the width a table's numbers, ids and file names need, `score` and `compare` show one
  record per block ("Header: value" lines) instead of cutting them ('1…', '+2…').
- ``COLUMNS=0`` means "not set" (as for ``shutil.get_terminal_size``): the interview's summary
  is drawn at the terminal's width, closing line included.
- At 80×24 the overview shows each factor's progress whole; a name gives way instead.
- The resume menu's "Done: show the summary" goes straight to the summary.
"""

from __future__ import annotations

import re
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from interview.term import ENTER, Terminal
from typer.testing import CliRunner

from siqassess.cli import app

ROOT = Path(__file__).resolve().parents[2]
OLD, NEW = ROOT / "examples" / "norrvik-2025.yaml", ROOT / "examples" / "norrvik-2026.yaml"
runner = CliRunner()
CUT_NUMBER = re.compile(r"[\d+−-]…")

SCORE_BLOCK = {
    "en": [
        "File: norrvik-2026.yaml",
        "Organisation: Norrvik Kommun",
        "Respondent: Ledningsgruppen",
        "Score: 54.3",
        "Points: 543",
        "Coverage: 30/2/0",
        "Weakest: F5 35",
    ],
    "sv": [
        "Fil: norrvik-2026.yaml",
        "Organisation: Norrvik Kommun",
        "Svarande: Ledningsgruppen",
        "Poäng: 54,3",
        "Av 1000: 543",
        "Täckning: 30/2/0",
        "Svagast: F5 35",
    ],
}


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_a_score_table_too_narrow_for_its_numbers_is_one_block_per_file(
    lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(NEW.parent)
    done = runner.invoke(app, ["score", NEW.name, "--lang", lang], env={"COLUMNS": "40"})
    assert done.exit_code == 0, done.output
    lines = done.stdout.splitlines()
    start = lines.index(SCORE_BLOCK[lang][0])
    assert lines[start : start + 7] == SCORE_BLOCK[lang]
    assert not CUT_NUMBER.search(done.stdout)


COMPARE_TOTAL = {
    "en": ["Node: Total", "Old: 42.5", "New: 54.3", "Δ: +11.8", "Old cov.: 32/0/0"],
    "sv": ["Del: Totalt", "Tidigare: 42,5", "Senaste: 54,3", "Δ: +11,8", "Täckn. tid.: 32/0/0"],
}


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_a_compare_table_too_narrow_for_its_numbers_is_one_block_per_node(lang: str) -> None:
    args = ["compare", str(OLD), str(NEW), "--lang", lang]
    done = runner.invoke(app, args, env={"COLUMNS": "40"})
    assert done.exit_code == 0, done.output
    lines = done.stdout.splitlines()
    start = lines.index(COMPARE_TOTAL[lang][0])
    assert lines[start : start + 5] == COMPARE_TOTAL[lang]
    assert "Δ: +10,0" in lines or "Δ: +10.0" in lines  # a leaf's change, whole
    assert not CUT_NUMBER.search(done.stdout)


def test_a_compare_table_that_fits_is_still_a_table() -> None:
    done = runner.invoke(
        app, ["compare", str(OLD), str(NEW), "--lang", "en"], env={"COLUMNS": "80"}
    )
    assert done.exit_code == 0
    assert any(re.fullmatch(r"Total\s+42\.5\s+54\.3\s+\+11\.8\s+32/0/0\s+30/2/0", line.strip())
               for line in done.stdout.splitlines())  # fmt: skip
    assert "Node: Total" not in done.stdout


# -- the interview, on a pseudo-terminal rendered by pyte --

needs_pty = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")


@pytest.fixture
def tmp_path() -> Iterator[Path]:
    """A folder with a short name: pytest's own make the file's path longer than 80 columns,
    and the summary's last line prints the path whole (never shortened), so the summary's
    title would scroll off a 24-line screen. Long paths are tested in
    tests/interview/test_fit_messages.py."""
    with tempfile.TemporaryDirectory(prefix="siq") as name:
        yield Path(name)


def _resume(tmp_path: Path, lang: str, **env: str) -> Terminal:
    path = tmp_path / "done.yaml"
    shutil.copy(NEW, path)  # every question answered: the resume menu offers the summary first
    return Terminal(["assess", str(path), "--lang", lang], 24, 80, **env)


@needs_pty
def test_done_in_the_resume_menu_goes_straight_to_the_summary(tmp_path: Path) -> None:
    term = _resume(tmp_path, "sv")
    try:
        term.wait("1) Klar: visa sammanfattningen")
        term.press(ENTER)
        shown = term.wait("Klart: 30 besvarade · 2 ej tillämpliga · 0 saknas.", timeout=30)
        assert "Sammanfattning – Norrvik Kommun" in shown
        assert "Vart vill du gå?" not in shown
        assert term.finish() == 0
    finally:
        term.close()


@needs_pty
def test_columns_0_draws_the_summary_at_the_terminals_width(tmp_path: Path) -> None:
    term = _resume(tmp_path, "en", COLUMNS="0", LINES="0")
    try:
        term.wait("1) Done: show the summary")
        term.press(ENTER)
        shown = term.wait("Done: 30 answered · 2 not applicable · 0 missing.", timeout=30)
        rows = [line for line in shown.splitlines() if line.startswith("F1 Creates value")]
        assert rows and rows[0].endswith("4 / 0 / 0")  # the row is whole, coverage included
        assert term.finish() == 0
    finally:
        term.close()


@needs_pty
def test_the_overview_at_80x24_shows_each_progress_whole(tmp_path: Path) -> None:
    term = _resume(tmp_path, "sv")
    try:
        term.wait("3) Översikt")
        term.press("3", ENTER)
        shown = term.wait("Vart vill du gå?")
        rows = [line for line in shown.splitlines() if re.match(r" *\d\) ✔ ", line)]
        assert [len(line) <= 80 for line in rows] == [True] * 6
        assert [line.rsplit("  ", 1)[-1].strip() for line in rows] == [
            "4/4",
            "5/5",
            "5/5",
            "6/6",
            "7/7, 1 ej tillämplig",
            "5/5, 1 ej tillämplig",
        ]
    finally:
        term.close()
