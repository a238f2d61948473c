"""Model files as data: every valid case loads, every invalid case fails where it says."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from siqassess.io.validation import check_file

CASES = Path(__file__).resolve().parents[1] / "cases" / "models"
VALID = sorted((CASES / "valid").glob("*.yaml"))
INVALID = sorted((CASES / "invalid").glob("*.yaml"))


def _expectation(path: Path) -> tuple[str, str]:
    first = path.read_bytes().split(b"\n", 1)[0].decode("utf-8", "replace")
    found = re.match(r"# (expect|expect-count): (.*)$", first)
    assert found, f"{path.name} must start with '# expect: LINE:COL MESSAGE'"
    return found.group(1), found.group(2)


@pytest.mark.parametrize("path", VALID, ids=[p.stem for p in VALID])
def test_valid_model_loads(path: Path) -> None:
    report = check_file(path)
    assert report.kind == "model"
    assert report.problems == []


@pytest.mark.parametrize("path", INVALID, ids=[p.stem for p in INVALID])
def test_invalid_model_is_reported_at_its_location(path: Path) -> None:
    kind, expected = _expectation(path)
    report = check_file(path)
    assert not report.valid
    if kind == "expect-count":
        assert len(report.problems) == int(expected)
        return
    where, message = expected.split(" ", 1)
    line, column = (int(n) for n in where.split(":"))
    hits = [p for p in report.problems if message in p.message]
    assert hits, f"no problem mentions {message!r}: {report.problems}"
    assert (hits[0].location.line, hits[0].location.column) == (line, column)
    assert hits[0].location.file == str(path)


def test_cases_are_found() -> None:
    assert len(VALID) >= 2
    assert len(INVALID) >= 20


def test_built_in_model_is_valid() -> None:
    root = Path(__file__).resolve().parents[2]
    report = check_file(root / "models" / "siq_2019_1.yaml")
    assert report.valid, report.problems
