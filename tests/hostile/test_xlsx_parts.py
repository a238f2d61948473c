"""Small workbook parts that cost without bound: every string is bounded first (#23 §3).

Each case is a few hundred KB to 1 MB; before, each took more than 30 s. A subprocess with
a timeout, so that a regression fails instead of hanging the suite.
"""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from .test_xlsx import QUESTIONS, _good, _rezip


def _member(name: str) -> str:
    return zipfile.ZipFile(io.BytesIO(_good())).read(name).decode()


def brackets_in_a_number_format() -> bytes:
    code = "[" * 400_000
    styles = _member("xl/styles.xml").replace('formatCode="yyyy-mm-dd"', f'formatCode="{code}"')
    return _rezip({"xl/styles.xml": styles.encode()})


def a_million_letters_in_a_cell_reference() -> bytes:
    sheet = _member(QUESTIONS).replace('<c r="A4"', f'<c r="{"A" * 1_000_000}4"', 1)
    return _rezip({QUESTIONS: sheet.encode()})


def a_long_row_number() -> bytes:
    sheet = _member(QUESTIONS).replace('<row r="4"', f'<row r="{"9" * 200_000}"', 1)
    return _rezip({QUESTIONS: sheet.encode()})


CASES: dict[str, tuple[Callable[[], bytes], str]] = {
    # An absurd format is no date format: the date cell is then a number, said in one line.
    "format": (
        brackets_in_a_number_format,
        "Instructions!C7: “46363” is not a date; type it as YYYY-MM-DD (for example 2027-03-31)",
    ),
    "reference": (
        a_million_letters_in_a_cell_reference,
        "the workbook cannot be read (ValueError)",
    ),
    "row": (a_long_row_number, "the workbook cannot be read (ValueError)"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_pathological_part_is_answered_at_once(case: str, tmp_path: Path) -> None:
    make, message = CASES[case]
    path = tmp_path / f"{case}.xlsx"
    path.write_bytes(make())
    done = subprocess.run(
        [sys.executable, "-m", "siqassess", "validate", str(path), "--lang", "en"],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert done.returncode == 1
    assert done.stdout.splitlines()[0] in (f"{path}: {message}", f"{path}:{message}")
