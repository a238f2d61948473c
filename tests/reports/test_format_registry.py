"""One registry of output formats serves every writing command (#21): plan, validate, init and
convert pick their format by the same rule, with the same messages, as score and report."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from siqassess.cli import app
from siqassess.reports.formats import COMMANDS, FORMATS, commands_of, names_for
from siqassess.reports.formats.interface import PlanJob, Rendered, WritesPlan

runner = CliRunner()
EXAMPLE = str(Path(__file__).resolve().parents[2] / "examples" / "norrvik-2026.yaml")


def test_every_writing_command_lists_its_formats_in_the_registry() -> None:
    assert {c: names_for(c) for c in COMMANDS} == {
        "score": ["table", "json", "jsonl", "csv", "xlsx"],
        "report": ["txt", "md", "html", "pdf", "docx"],
        "compare": ["table", "json", "md", "html", "pdf", "docx", "xlsx"],
        "aggregate": ["table", "json", "csv", "md", "html", "pdf", "docx", "yaml", "xlsx"],
        "plan": ["csv", "txt", "md", "html", "pdf", "docx", "xlsx"],
        "init": ["yaml", "xlsx"],
        "convert": ["yaml", "xlsx"],
        "validate": ["text", "json", "github"],
        "export": ["json"],
        "schema": ["json"],
    }
    assert commands_of(FORMATS["xlsx"]) == {
        "score",
        "compare",
        "aggregate",
        "plan",
        "init",
        "convert",
    }


def test_a_format_without_its_commands_method_cannot_be_registered() -> None:
    """mypy reports this where ``FORMATS`` is built ("Cannot instantiate abstract class")."""

    class Half(WritesPlan):
        name = "half"

    with pytest.raises(TypeError, match="render_plan"):
        Half()  # type: ignore[abstract]

    class Whole(WritesPlan):
        name = "whole"

        def render_plan(self, job: PlanJob) -> Rendered:
            return Rendered("ok")

    assert commands_of(Whole()) == {"plan"}


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            "siqassess: error: plan cannot write yaml ('actions.yaml'); use one of csv, txt, md, "
            "html, pdf, docx, xlsx\n",
        ),
        (
            "sv",
            "siqassess: fel: plan kan inte skriva yaml ('actions.yaml'); använd något av csv, "
            "txt, md, html, pdf, docx, xlsx\n",
        ),
    ],
)
def test_plan_refuses_an_extension_it_cannot_write(
    lang: str, expected: str, tmp_path: Path
) -> None:
    """The plan once wrote its Markdown checklist into actions.html; it writes html now, and
    still no answers file."""
    out = tmp_path / "actions.yaml"
    result = runner.invoke(app, ["plan", EXAMPLE, "-o", str(out), "--lang", lang])
    assert (result.exit_code, result.stderr) == (2, expected)
    assert not out.exists()


def test_plan_cannot_tell_the_format_of_an_unknown_extension(tmp_path: Path) -> None:
    out = tmp_path / "actions.text"
    result = runner.invoke(app, ["plan", EXAMPLE, "-o", str(out), "--lang", "en"])
    assert result.exit_code == 2
    assert result.stderr == (
        "siqassess: error: cannot tell the format from 'actions.text' (use .csv, .docx, .htm, "
        ".html, .markdown, .md, .pdf, .txt, .xlsx or --format)\n"
    )
    assert not out.exists()


def test_validate_names_its_formats_like_every_command() -> None:
    result = runner.invoke(app, ["validate", EXAMPLE, "-f", "sarif", "--lang", "en"])
    assert result.exit_code == 2
    assert result.stderr == (
        "siqassess: error: validate cannot write 'sarif'; use one of text, json, github\n"
    )


def test_convert_refuses_a_format_that_is_no_answers_file(tmp_path: Path) -> None:
    english = tmp_path / "answers.yaml"
    assert runner.invoke(app, ["init", "--lang", "en", "-o", str(english)]).exit_code == 0
    out = tmp_path / "answers.csv"
    env = {"LANGUAGE": "en", "LC_ALL": "en_GB.UTF-8", "LANG": "en_GB.UTF-8"}
    result = runner.invoke(app, ["convert", str(english), "-o", str(out)], env=env)
    assert result.exit_code == 2
    assert result.stderr == (
        "siqassess: error: convert cannot write csv ('answers.csv'); use one of yaml, xlsx\n"
    )
    assert not out.exists()


def test_init_names_the_workbook_by_its_format(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["init", "-f", "xlsx", "--lang", "en"])
    assert result.exit_code == 0, result.output
    written = [p.suffix for p in tmp_path.iterdir()]
    assert written == [".xlsx"]
