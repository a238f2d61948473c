"""The report command: formats from OUT, atomic files, languages, and clean errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from report_helpers import EXAMPLE
from typer.testing import CliRunner

from siqassess.cli import app

runner = CliRunner()


def test_stdout_defaults_to_plain_text_in_the_files_language() -> None:
    result = runner.invoke(app, ["report", str(EXAMPLE)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Gapanalys: Norrvik Kommun\n")
    assert "Täckning: 30 besvarade · 2 ej tillämpliga · 0 saknas (32 frågor)" in result.stdout
    assert "\x1b[" not in result.stdout  # no colour when stdout is not a terminal


def test_format_is_inferred_from_out_and_charts_land_beside_markdown(tmp_path: Path) -> None:
    for name, start in (
        ("r.html", "<!DOCTYPE html>"),
        ("r.htm", "<!DOCTYPE html>"),
        ("r.txt", "Self"),
    ):
        out = tmp_path / name
        result = runner.invoke(app, ["report", str(EXAMPLE), "-o", str(out), "--lang", "en"])
        assert result.exit_code == 0, result.output
        assert out.read_text(encoding="utf-8").startswith(start) or start == "Self"
    out = tmp_path / "board.md"
    result = runner.invoke(app, ["report", str(EXAMPLE), "-o", str(out), "--title", "Styrelsen"])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("# Styrelsen\n")
    assert (tmp_path / "board-radar.svg").read_text(encoding="utf-8").startswith("<svg")
    assert (tmp_path / "board-results-radar.svg").exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("board")) == [
        "board-radar.svg",
        "board-results-radar.svg",
        "board.md",
    ]


def test_a_format_contradicting_the_extension_is_a_usage_error(tmp_path: Path) -> None:
    out = tmp_path / "report.txt"
    args = ["report", str(EXAMPLE), "-f", "html", "-o", str(out), "--lang", "en"]
    result = runner.invoke(app, args)  # --lang en: the example is a Swedish file
    assert result.exit_code == 2
    assert result.stderr == (
        "siqassess: error: --format html contradicts the extension of 'report.txt' (txt); "
        "change one of them\n"
    )
    assert list(tmp_path.iterdir()) == []


def test_an_unknown_extension_is_a_usage_error(tmp_path: Path) -> None:
    args = ["report", str(EXAMPLE), "-o", str(tmp_path / "r.odt")]
    result = runner.invoke(app, args, env={"LC_ALL": "sv_SE.UTF-8"})
    assert result.exit_code == 2
    # The user's locale is Swedish, so the usage error is too.
    assert "siqassess: fel: kan inte avgöra formatet av 'r.odt' (använd .docx" in result.stderr
    english = runner.invoke(
        app, ["report", str(EXAMPLE), "-l", "en", "-o", str(tmp_path / "r.odt")]
    )
    assert "siqassess: error: cannot tell the format from 'r.odt' (use .docx" in english.stderr
    assert not (tmp_path / "r.odt").exists()


def test_a_broken_template_exits_1_with_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "report.txt.j2").write_text("{{ nope }}\n", encoding="utf-8")
    args = ["report", str(EXAMPLE), "--template-dir", str(tmp_path), "--lang", "en"]
    result = runner.invoke(app, args)  # --lang en: the example is a Swedish file
    assert result.exit_code == 1
    assert result.stderr.startswith(f"siqassess: error: {tmp_path / 'report.txt.j2'}:1:1: ")
    assert "Traceback" not in result.output


def test_sandbox_escape_exits_1_without_output_file(tmp_path: Path) -> None:
    (tmp_path / "report.html.j2").write_text("{{ ''.__class__.__mro__ }}", encoding="utf-8")
    out = tmp_path / "r.html"
    result = runner.invoke(
        app, ["report", str(EXAMPLE), "--template-dir", str(tmp_path), "-o", str(out)]
    )
    assert result.exit_code == 1
    assert "sandbox" in result.stderr
    assert not out.exists()


def test_a_missing_template_dir_is_a_usage_error(tmp_path: Path) -> None:
    args = ["report", str(EXAMPLE), "--template-dir", str(tmp_path / "x")]
    result = runner.invoke(app, args, env={"LC_ALL": "sv_SE.UTF-8"})
    assert result.exit_code == 2
    assert "mallmappen finns inte" in result.stderr  # the user's locale is Swedish


def test_an_invalid_answers_file_is_reported_with_its_location(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    text = EXAMPLE.read_text(encoding="utf-8").replace("score: 60", "score: 65", 1)
    bad.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["report", str(bad), "--lang", "en"])  # a Swedish file
    assert result.exit_code == 1
    assert f"{bad}:" in result.stderr and "not on the scale" in result.stderr


def test_a_bug_in_our_own_filter_is_an_internal_error_not_a_template_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from siqassess.reports import render

    def broken(value: float | None, target: float | None) -> str:
        raise TypeError("a bug in svgbar")

    monkeypatch.setattr(render, "bar_svg", broken)
    result = runner.invoke(app, ["report", str(EXAMPLE), "-f", "html", "--lang", "en"])
    assert result.exit_code == 3
    assert result.stderr == (
        "siqassess: internal error: TypeError: a bug in svgbar "
        "(rerun with --traceback and report it)\n"
    )
