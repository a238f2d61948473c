"""An output path that cannot be written gives one error line and leaves no file behind."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from siqassess.cli import app

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
EXAMPLE = str(EXAMPLES / "norrvik-2026.yaml")
COMMANDS = {
    "score": ["score", EXAMPLE, "--lang", "en"],
    # The examples are Swedish files: --lang en asks for English messages.
    "report-html": ["report", EXAMPLE, "-f", "html", "--lang", "en"],
    "report-md": ["report", EXAMPLE, "-f", "md", "--lang", "en"],
    "compare": ["compare", str(EXAMPLES / "norrvik-2025.yaml"), EXAMPLE, "-f", "html", "-l", "en"],
    "aggregate": ["aggregate", str(EXAMPLES / "team"), "-f", "yaml"],
    "export": ["model", "export"],
    "schema": ["schema", "answers"],
}
runner = CliRunner()


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_output_into_a_missing_folder(name: str, tmp_path: Path) -> None:
    out = tmp_path / "no" / "such" / "folder" / "out"
    result = runner.invoke(app, [*COMMANDS[name], "-o", str(out)])
    assert result.exit_code == 1, result.output
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"siqassess: error: {out.parent}/")
    assert line.endswith(f": folder {out.parent} does not exist")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_output_on_a_full_disk_keeps_the_old_file(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    out.write_text("the old report\n")

    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    result = runner.invoke(app, [*COMMANDS[name], "-o", str(out)])
    assert result.exit_code == 1, result.output
    # The Markdown report writes its chart beside it first: that is the write that fails.
    failed = f"{out}-radar.svg" if name == "report-md" else str(out)
    assert (
        result.stderr == f"siqassess: error: {failed}: cannot write: no space left on the device\n"
    )
    assert "Traceback" not in result.output
    assert out.read_text() == "the old report\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out"]
