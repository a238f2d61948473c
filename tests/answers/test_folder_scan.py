"""A folder scan reads every input format and names every file it passes over (#21).

One table of input formats (``io.formats``) serves every command: ``.xlsm`` is read in a
folder as it is by name, and a client's answers saved as ``.ods``, ``.xls``, ``.csv`` or
``.numbers`` are named, with the advice to save them as ``.xlsx``, and make the exit code 1.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from siqassess.cli import app
from siqassess.i18n import t

runner = CliRunner()
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
KINDS = [("client.numbers", "Numbers"), ("client.ods", "ods"), ("export.csv", "CSV"),
         ("old.xls", "xls")]  # fmt: skip


def _hint(lang: str, kind: str) -> str:
    """The workbook reader's one message for a file it cannot read, with its advice."""
    return t(lang, "wb_file_old_format", kind=kind)


FOREIGN_EN = [f"siqassess: error: {{d}}/{name}: {_hint('en', kind)}" for name, kind in KINDS]


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three team members' YAML, one answered workbook saved with macros, a client's files in
    other spreadsheet formats, and files that are plainly no answers."""
    folder = tmp_path_factory.mktemp("scan") / "mixed"
    folder.mkdir()
    for person in sorted((EXAMPLES / "team").glob("*.yaml")):
        shutil.copy(person, folder / person.name)
    book = folder.parent / "book.xlsx"
    result = runner.invoke(app, ["convert", str(EXAMPLES / "norrvik-2026.yaml"), "-o", str(book)])
    assert result.exit_code == 0, result.output
    book.rename(folder / "macro.xlsm")
    for name in ("client.ods", "old.xls", "export.csv", "client.numbers"):
        (folder / name).write_bytes(b"not read")
    (folder / "README.md").write_text("# Answers\n", encoding="utf-8")
    (folder / "logo.png").write_bytes(b"\x89PNG")
    return folder


def _errors(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if "cannot be read" in line or "går inte" in line]


def test_score_reads_xlsm_and_names_each_foreign_file(mixed: Path) -> None:
    result = runner.invoke(app, ["score", str(mixed), "-f", "json", "--lang", "en"])
    assert result.exit_code == 1
    assert _errors(result.stderr) == [line.format(d=mixed) for line in FOREIGN_EN]
    scored = result.stdout
    assert "macro.xlsm" in scored  # skipped in a folder before, while scored by name
    assert scored.count('"file":') == 4
    assert "README.md" not in result.stderr  # said only with -v


def test_score_names_them_in_swedish(mixed: Path) -> None:
    result = runner.invoke(app, ["score", str(mixed), "-f", "json", "--lang", "sv"])
    assert result.exit_code == 1
    said = f"siqassess: fel: {mixed}/client.ods: {_hint('sv', 'ods')}"
    assert said in result.stderr.splitlines()


def test_verbose_lists_the_files_that_are_no_answers_in_one_line(mixed: Path) -> None:
    result = runner.invoke(app, ["-v", "score", str(mixed), "-f", "json", "--lang", "en"])
    files = f"{mixed}/README.md, {mixed}/logo.png"
    line = f"siqassess: skipped 2 files that are not answers files: {files}"
    assert line in result.stderr.splitlines()
    result = runner.invoke(app, ["-v", "score", str(mixed), "-f", "json", "--lang", "sv"])
    line = f"siqassess: hoppade över 2 filer som inte är svarsfiler: {files}"
    assert line in result.stderr.splitlines()


def test_aggregate_names_the_files_it_could_not_read(mixed: Path) -> None:
    result = runner.invoke(app, ["aggregate", str(mixed), "-f", "json", "--lang", "en"])
    assert result.exit_code == 1
    assert _errors(result.stderr) == [line.format(d=mixed) for line in FOREIGN_EN]


def test_validate_takes_folders_and_globs(mixed: Path) -> None:
    result = runner.invoke(app, ["validate", str(mixed), "--lang", "en"])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert (
        f"{mixed}/macro.xlsm: ok (answers to siq-2019-1 2019:1,"
        " 30 answered · 2 not applicable · 0 missing)" in lines
    )
    assert f"{mixed}/client.ods: {_hint('en', 'ods')}" in lines
    assert lines[-1] == "8 files checked: 4 invalid, 4 problems"
    result = runner.invoke(app, ["validate", f"{mixed}/*.yaml", "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1] == "3 files checked: all valid"
