"""The one error map: messages and exit codes, --traceback kept in Typer's context object."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from siqassess.cli import app
from siqassess.cli.emit import emit_rendered
from siqassess.errors import InputError
from siqassess.reports.formats.interface import Rendered

runner = CliRunner()
EXAMPLE = str(Path(__file__).resolve().parents[2] / "examples" / "norrvik-2026.yaml")


def test_an_error_is_one_line_without_a_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: 1\nanswers: [\n", encoding="utf-8")
    result = runner.invoke(app, ["report", str(bad)])
    assert result.exit_code == 1
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith(f"siqassess: error: {bad}:")
    assert "Traceback" not in result.output


def test_traceback_option_lets_the_error_through(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: 1\nanswers: [\n", encoding="utf-8")
    result = runner.invoke(app, ["--traceback", "report", str(bad)])
    assert isinstance(result.exception, InputError)


def test_the_traceback_option_does_not_leak_into_the_next_run(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: 1\nanswers: [\n", encoding="utf-8")
    runner.invoke(app, ["--traceback", "report", str(bad)])
    result = runner.invoke(app, ["report", str(bad)])
    assert result.exit_code == 1
    assert result.stderr.startswith("siqassess: error: ")


def test_a_usage_error_of_an_option_is_exit_2_not_an_internal_error() -> None:
    result = runner.invoke(app, ["model", "export", "-f", "xml"])
    assert result.exit_code == 2
    assert "internal error" not in result.output


def test_ctrl_c_is_exit_130(monkeypatch: pytest.MonkeyPatch) -> None:
    from siqassess.io import assessment

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(assessment, "read_assessment", interrupted)
    result = runner.invoke(app, ["report", EXAMPLE, "--lang", "en"])
    assert result.exit_code == 130
    assert result.stderr == "siqassess: interrupted\n"


def test_emit_writes_attachments_beside_the_file_and_binary_data(tmp_path: Path) -> None:
    out = tmp_path / "r.md"
    emit_rendered(Rendered("# R", {tmp_path / "r-radar.svg": "<svg/>\n"}), out)
    assert out.read_text(encoding="utf-8") == "# R\n"
    assert (tmp_path / "r-radar.svg").read_text(encoding="utf-8") == "<svg/>\n"
    book = tmp_path / "r.bin"
    emit_rendered(Rendered(data=b"PK\x03\x04\xff"), book)
    assert book.read_bytes() == b"PK\x03\x04\xff"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r-radar.svg", "r.bin", "r.md"]


def test_emit_refuses_binary_data_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    from siqassess.errors import UsageError

    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    with pytest.raises(UsageError, match="binary; write it to a file with -o"):
        emit_rendered(Rendered(data=b"%PDF"), None)
