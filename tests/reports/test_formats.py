"""One rule picks the output format of every writing command: --format, else -o's extension."""

from __future__ import annotations

import csv
import importlib
import importlib.util
import io
import json
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from siqassess.cli import app
from siqassess.errors import UsageError
from siqassess.reports.formats import DEFAULTS, EXTENSIONS, FORMATS, commands_of, pick_format

runner = CliRunner()
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
OLD, NEW = str(EXAMPLES / "norrvik-2025.yaml"), str(EXAMPLES / "norrvik-2026.yaml")
TEAM = str(EXAMPLES / "team")
ARGS = {
    "score": ["score", NEW],
    "report": ["report", NEW],
    "compare": ["compare", OLD, NEW],
    "aggregate": ["aggregate", TEAM],
}


class _Html(HTMLParser):
    """Collects the tags and ids of a page, and whether it has a <table>."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.ids: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.ids += [value for name, value in attrs if name == "id" and value]


def _run(*argv: str) -> tuple[int, str]:
    # The examples are Swedish files; these tests assert the English messages.
    lang = [] if "--lang" in argv or argv[0] in ("schema", "model") else ["--lang", "en"]
    result = runner.invoke(app, [*argv, *lang])
    return result.exit_code, result.stderr


@pytest.mark.parametrize(
    ("command", "name"),
    [(c, f.name) for c in ARGS for f in FORMATS.values() if c in commands_of(f) and f.extensions],
    ids=str,
)
def test_the_extension_of_o_picks_the_format(command: str, name: str, tmp_path: Path) -> None:
    out = tmp_path / f"out{FORMATS[name].extensions[0]}"
    code, err = _run(*ARGS[command], "-o", str(out))
    assert code == 0, err
    if FORMATS[name].binary:  # pdf: tests/release/test_pdf.py; xlsx: tests/xlsx read it back
        assert out.read_bytes().startswith(b"%PDF-" if name == "pdf" else b"PK\x03\x04")
        return
    text = out.read_text(encoding="utf-8")
    if name == "json":
        assert isinstance(json.loads(text), dict)
    elif name == "csv":
        rows = list(csv.reader(io.StringIO(text)))
        assert len(rows) > 10 and len({len(r) for r in rows}) == 1
    elif name == "html":
        page = _Html()
        page.feed(text)
        assert text.startswith("<!DOCTYPE html>")
        assert {"html", "body", "table", "svg"} <= set(page.tags)
    elif name == "md":
        assert text.startswith("# ") and "\n| " in text
        assert "─" not in text  # not the terminal table
    elif name == "yaml":
        assert "\nanswers:\n" in text
    elif name == "txt":
        assert "Norrvik" in text


def test_compare_to_html_writes_the_html_report_not_the_table(tmp_path: Path) -> None:
    """Issue #15, bug 1: `compare OLD NEW -o progress.html` wrote the terminal table."""
    out = tmp_path / "progress.html"
    code, err = _run("compare", OLD, NEW, "-o", str(out), "--lang", "en")
    assert code == 0, err
    page = _Html()
    page.feed(out.read_text(encoding="utf-8"))
    assert page.tags[0] == "html" and "table" in page.tags
    assert len(page.ids) == len(set(page.ids))
    assert "Δ = new − old" not in out.read_text(encoding="utf-8")


def test_aggregate_to_html_and_md_and_csv(tmp_path: Path) -> None:
    """Issue #15, bug 1: `aggregate team/ -o team.html` wrote the terminal table."""
    for name in ("team.html", "team.md", "team.csv"):
        code, err = _run("aggregate", TEAM, "-o", str(tmp_path / name))
        assert code == 0, err
    assert (tmp_path / "team.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert (tmp_path / "team.md").read_text(encoding="utf-8").startswith("# ")
    head = (tmp_path / "team.csv").read_text(encoding="utf-8").splitlines()[0]
    assert head.startswith("node,kind,parent,mean,target,gap,min,max,")


@pytest.mark.parametrize("command", sorted(ARGS))
def test_a_format_contradicting_the_extension_is_exit_2(command: str, tmp_path: Path) -> None:
    fmt = "json" if command != "report" else "md"
    out = tmp_path / "out.html"
    code, err = _run(*ARGS[command], "-f", fmt, "-o", str(out))
    assert code == 2
    assert err == (
        f"siqassess: error: --format {fmt} contradicts the extension of 'out.html' (html); "
        "change one of them\n"
    )
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", sorted(ARGS))
def test_an_unknown_extension_without_format_is_exit_2(command: str, tmp_path: Path) -> None:
    code, err = _run(*ARGS[command], "-o", str(tmp_path / "out.odt"))
    assert code == 2
    assert err.startswith("siqassess: error: cannot tell the format from 'out.odt' (use ")
    assert err.endswith(" or --format)\n")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", sorted(ARGS))
def test_a_format_the_command_cannot_write_is_exit_2(command: str, tmp_path: Path) -> None:
    code, err = _run(*ARGS[command], "-f", "nosuch")
    assert code == 2
    assert err.startswith(f"siqassess: error: {command} cannot write 'nosuch'; use one of ")


def test_an_extension_of_a_format_the_command_lacks_is_exit_2(tmp_path: Path) -> None:
    code, err = _run("score", NEW, "-o", str(tmp_path / "scores.html"))
    assert code == 2
    assert err == (
        "siqassess: error: score cannot write html ('scores.html'); use one of table, json, jsonl, "
        "csv, xlsx\n"
    )


def test_format_errors_speak_the_files_language(tmp_path: Path) -> None:
    code, err = _run("score", NEW, "-o", str(tmp_path / "scores.html"), "--lang", "sv")
    assert code == 2
    assert err == (
        "siqassess: fel: score kan inte skriva html ('scores.html'); använd något av table, json, "
        "jsonl, csv, xlsx\n"
    )
    code, err = _run("report", NEW, "-f", "md", "-o", str(tmp_path / "r.html"), "--lang", "sv")
    assert err == (
        "siqassess: fel: --format md stämmer inte med filändelsen i 'r.html' (html); "
        "ändra en av dem\n"
    )


def test_an_unknown_extension_with_format_is_allowed(tmp_path: Path) -> None:
    out = tmp_path / "scores.data"
    code, err = _run("score", NEW, "-f", "json", "-o", str(out))
    assert code == 0, err
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == 1


def test_extensions_match_case_insensitively(tmp_path: Path) -> None:
    out = tmp_path / "scores.JSON"
    code, err = _run("score", NEW, "-o", str(out))
    assert code == 0, err
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == 1


def test_pick_format_rules() -> None:
    assert pick_format("score", None, None).name == "table"
    assert pick_format("score", None, Path("out")).name == "table"
    assert pick_format("report", None, None).name == "txt"
    assert pick_format("aggregate", None, Path("c.yml")).name == "yaml"
    assert pick_format("compare", "md", Path("c.markdown")).name == "md"
    with pytest.raises(UsageError):
        pick_format("compare", None, Path("c.csv"))


def test_every_format_module_serves_the_commands_the_registry_names() -> None:
    functions = {
        "score": "score_writer",
        "report": "render_report",
        "compare": "render_compare",
        "aggregate": "render_aggregate",
    }
    for fmt in FORMATS.values():
        if importlib.util.find_spec(fmt.module) is None:
            continue  # validate's text and github: written by io.validation
        module = importlib.import_module(fmt.module)
        for command, function in functions.items():
            assert hasattr(module, function) == (command in commands_of(fmt)), (fmt.name, command)
    assert set(DEFAULTS) >= set(functions)
    assert all(ext == ext.lower() and ext.startswith(".") for ext in EXTENSIONS)


def test_help_states_the_aggregate_defaults() -> None:
    from siqassess.core.aggregate import MIN_RESPONDENTS, SPREAD

    help_text = runner.invoke(app, ["aggregate", "--help"], env={"COLUMNS": "200"}).stdout
    text = " ".join(help_text.split())
    assert f"(default: {SPREAD:g})" in text
    assert f"(default: {MIN_RESPONDENTS})" in text
