"""File names that are not valid UTF-8, found in a scanned folder (#23 §4).

Python hands such a name over with each bad byte as a lone surrogate; JSON, a UTF-8 file and a
workbook refuse those, so `score . -f json` crashed half-way through its document (exit 3).
Every output now shows the name the one way (``textsafe.shown_path``): each bad byte as ``\\xff``.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from siqassess.cli import app
from siqassess.textsafe import shown_path

from .cases import EXAMPLE_EN

runner = CliRunner()
BAD = os.fsdecode(b"bad\xff\xfe.yaml")
SHOWN = "./bad\\xff\\xfe.yaml"

pytestmark = pytest.mark.skipif(
    sys.platform in ("win32", "darwin"), reason="the file system must take names that are not UTF-8"
)


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copy(EXAMPLE_EN, tmp_path / BAD)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_one_function_shows_each_bad_byte_and_leaves_good_names_alone() -> None:
    assert shown_path(BAD) == "bad\\xff\\xfe.yaml"
    assert shown_path("räkning/å.yaml") == "räkning/å.yaml"
    assert shown_path("x\ud800y") == "x\\ud800y"  # a lone surrogate that is no byte


def test_score_json_names_the_file_escaped(folder: Path) -> None:
    done = runner.invoke(app, ["score", ".", "-f", "json"])
    assert done.exit_code == 0, done.output
    assert [f["file"] for f in json.loads(done.stdout)["files"]] == [SHOWN]


def test_score_jsonl_names_the_file_escaped(folder: Path) -> None:
    done = runner.invoke(app, ["score", ".", "-f", "jsonl"])
    assert done.exit_code == 0, done.output
    (line,) = done.stdout.splitlines()
    assert json.loads(line)["file"] == SHOWN


def test_csv_written_with_o_names_the_file_escaped(folder: Path) -> None:
    out = folder / "out.csv"
    done = runner.invoke(app, ["score", ".", "-f", "csv", "-o", str(out)])
    assert done.exit_code == 0, done.output
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert {row[0] for row in rows[1:]} == {SHOWN}


def test_the_table_names_the_file_escaped(folder: Path) -> None:
    done = runner.invoke(app, ["score", ".", "--lang", "en"])
    assert done.exit_code == 0, done.output
    rows = [line for line in done.stdout.splitlines() if line.startswith(SHOWN + "  ")]
    assert len(rows) == 1 and "543" in rows[0]


def test_score_xlsx_names_the_file_escaped(folder: Path) -> None:
    from openpyxl import load_workbook

    out = folder / "scores.xlsx"
    done = runner.invoke(app, ["score", ".", "-f", "xlsx", "-o", str(out)])
    assert done.exit_code == 0, done.output
    cells = {c.value for row in load_workbook(out).worksheets[0].iter_rows() for c in row}
    assert SHOWN in cells


def test_validate_and_its_problems_name_the_file_escaped(folder: Path) -> None:
    (folder / os.fsdecode(b"\xffbroken.yaml")).write_text("x: [\n", encoding="utf-8")
    done = runner.invoke(app, ["validate", ".", "-f", "json", "--lang", "en"])
    assert done.exit_code == 1, done.output
    files = json.loads(done.stdout)["files"]
    assert [f["file"] for f in files] == ["bad\\xff\\xfe.yaml", "\\xffbroken.yaml"]
    assert files[1]["problems"][0]["file"] == "\\xffbroken.yaml"
    scored = runner.invoke(app, ["score", ".", "-f", "jsonl", "--lang", "en"])
    assert scored.exit_code == 1
    assert scored.stderr == (
        "siqassess: error: ./\\xffbroken.yaml:2:1: did not find expected node content\n"
    )
