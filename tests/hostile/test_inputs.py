"""Every file-reading command survives hostile files: one located line, a known exit code."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from siqassess.cli import app

from .cases import FAILING, PASSING

runner = CliRunner()
COMMANDS = [["validate"], ["score", "-f", "json"], ["report"]]
# The hostile answers files say `language: sv`, so their messages are Swedish ("fel").
ERROR_LINE = re.compile(r"^siqassess: (error|fel): \S.*:(\d+:\d+:)? ")


def _run(command: list[str], path: Path) -> tuple[int, str, str]:
    result = runner.invoke(app, [*command, str(path)])
    return result.exit_code, result.stdout, result.stderr


# `score` scans a folder for answers files instead of refusing it; see test_score_hostile.
MATRIX = [
    pytest.param(case, command, id=f"{case}-{command[0]}")
    for case in sorted(FAILING)
    for command in COMMANDS
    if not (case == "directory" and command[0] == "score")
]


@pytest.mark.parametrize(("case", "command"), MATRIX)
def test_hostile_file_gives_a_located_one_line_error(
    case: str, command: list[str], tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    path = FAILING[case](tmp_path, bool(request.config.getoption("--slow")))
    code, out, err = _run(command, path)
    assert code == 1, (out, err)
    text = out + err
    assert "Traceback" not in text
    assert str(path) in text
    if command[0] != "validate":
        # Every line names the file and a location, and nothing else is printed.
        lines = err.splitlines()
        assert lines, err
        assert all(str(path) in line and ERROR_LINE.match(line) for line in lines), err


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
@pytest.mark.parametrize("case", sorted(PASSING))
def test_odd_but_valid_file_is_accepted(case: str, command: list[str], tmp_path: Path) -> None:
    path = PASSING[case](tmp_path, False)
    code, out, err = _run(command, path)
    assert code == 0, (out, err)


def test_no_code_runs_from_tags(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    path = tmp_path / "evil.yaml"
    path.write_text(f"a: !!python/object/apply:os.system ['touch {marker}']\n")
    for command in COMMANDS:
        _run(command, path)
    assert not marker.exists()


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # CI runs as root, which reads any file: make the one open call refuse it instead.
    path = tmp_path / "secret.yaml"
    path.write_text("a: 1\n")
    real_open = os.open

    def deny(name: Any, *args: Any, **kwargs: Any) -> int:
        if str(name) == str(path):
            raise PermissionError(13, "Permission denied")
        return real_open(name, *args, **kwargs)

    monkeypatch.setattr(os, "open", deny)
    code, out, err = _run(["validate"], path)
    assert (code, out.splitlines()[0], err) == (1, f"{path}: permission denied", "")
    other = tmp_path / "other.yaml"
    other.write_text("a: 1\n")
    for command in [*COMMANDS[1:], ["aggregate", str(other)], ["compare", str(other)]]:
        code, out, err = _run(command, path)
        assert code == 1, (command, out, err)
        assert f"siqassess: error: {path}: permission denied\n" in err, command
        assert len(err.splitlines()) <= 2
