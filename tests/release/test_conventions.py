"""--help without type noise; --color, NO_COLOR, FORCE_COLOR; -q and -v (issue #15)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from siqassess.cli import app, term

from .helpers import NEW, run_cli

runner = CliRunner()


def _commands() -> list[list[str]]:
    root: Any = typer.main.get_command(app)
    ctx = typer.Context(root)
    out: list[list[str]] = [[]]
    for name in root.list_commands(ctx):  # commands are built on first use (cli/lazy.py)
        command = root.get_command(ctx, name)
        out.append([name])
        out += [[name, sub] for sub in getattr(command, "commands", {})]
    return out


@pytest.mark.parametrize("words", _commands(), ids=lambda w: " ".join(w) or "root")
def test_help_shows_no_python_types(words: list[str]) -> None:
    result = runner.invoke(app, [*words, "--help"], env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    text = result.stdout
    for noise in ("<bool>", "<str>", "<path>", "<list[", "<int", "<float", "{", "}"):
        assert noise not in text, f"{noise!r} in help of {' '.join(words)}"
    # No fragment such as "Model (id or file) OLD answers." as an option's help.
    assert not re.search(r"\) (OLD|NEW) answers", text)


ESC = b"\x1b["


def test_color_always_never_and_the_environment() -> None:
    assert ESC in run_cli("--color", "always", "report", NEW).stdout
    assert ESC not in run_cli("--color", "never", "report", NEW, env={"FORCE_COLOR": "1"}).stdout
    assert ESC in run_cli("report", NEW, env={"FORCE_COLOR": "1"}).stdout
    assert ESC not in run_cli("report", NEW, env={"FORCE_COLOR": "1", "NO_COLOR": "1"}).stdout
    assert ESC not in run_cli("report", NEW).stdout  # auto: not a terminal


def test_verbose_names_skipped_files_and_quiet_silences_notices_but_not_errors(
    tmp_path: Path,
) -> None:
    other = tmp_path / "ci.yml"
    other.write_text("jobs: {}\n", encoding="utf-8")
    plain = run_cli("validate", "--lang", "en", NEW, other)
    verbose = run_cli("-v", "validate", "--lang", "en", NEW, other)
    quiet = run_cli("-q", "-v", "validate", "--lang", "en", NEW, other)
    assert plain.returncode == verbose.returncode == quiet.returncode == 0
    assert plain.stderr == b"" and quiet.stderr == b""
    notice = f"siqassess: skipped {other}: neither a model nor an answers file\n"
    assert verbose.stderr.decode() == notice
    missing = run_cli("-q", "report", "no-such-file.yaml")
    assert missing.returncode == 2 and b"siqassess: error:" in missing.stderr


def test_warn_and_notice_follow_quiet_and_verbose(capsys: pytest.CaptureFixture[str]) -> None:
    try:
        term.configure(term.ColorMode.auto, quiet=False, verbose=False)
        term.warn("w1")
        term.notice("n1")
        term.configure(term.ColorMode.auto, quiet=True, verbose=True)
        term.warn("w2")
        term.notice("n2")
        term.configure(term.ColorMode.auto, quiet=False, verbose=True)
        term.notice("n3")
    finally:
        term.configure(term.ColorMode.auto, quiet=False, verbose=False)
    assert capsys.readouterr().err == "siqassess: warning: w1\nsiqassess: n3\n"
