"""Terminal tables of score, compare and aggregate fit 80 and 120 columns and a pipe, in both
languages, with names wrapped at spaces or shortened with "…", never split inside a word."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pexpect
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from typer.testing import CliRunner

from siqassess.cli import app
from siqassess.i18n import Plural, catalogue
from siqassess.io.models import resolve_model
from siqassess.reports.fit import MAX_LINES, TextColumn, label, table_width, widths
from siqassess.textfit import shorten, shorten_path, wrap_cell

runner = CliRunner()
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
OLD, NEW = EXAMPLES / "norrvik-2025.yaml", EXAMPLES / "norrvik-2026.yaml"
TEAM = EXAMPLES / "team"
COMMANDS = {
    "score": ["score", "examples/norrvik-2025.yaml", "examples/norrvik-2026.yaml", "examples/team"],
    "score --detail": ["score", "--detail", "examples/norrvik-2026.yaml", "examples/team"],
    "compare": ["compare", "examples/norrvik-2025.yaml", "examples/norrvik-2026.yaml"],
    "aggregate": ["aggregate", "examples/team"],
}


_PUNCTUATION = "()[],.;:!"


def _vocabulary() -> set[str]:
    """Every word the tables may show: model names, organisations, respondents, catalogue texts."""
    model = resolve_model("siq-2019-1")
    texts = [text for node in model.nodes.values() for text in node.name.values()]
    for lang in ("en", "sv"):
        for text in catalogue(lang).texts.values():
            texts.extend(text.forms.values() if isinstance(text, Plural) else [text])
    for path in [OLD, NEW, *TEAM.glob("*.yaml")]:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith(("organisation:", "respondent:")):
                texts.append(line.partition(":")[2])
    words = {word.strip(_PUNCTUATION) for text in texts for word in text.split()}
    # Ids and numbers in the catalogues ("F1.1", "Excel 2007-365") are no words to split: else
    # the column F1 and the score 65 would count as pieces of them.
    return {word for word in words if not any(c.isdigit() for c in word)}


VOCABULARY = _vocabulary()


def _split_words(text: str) -> list[str]:
    """Tokens that are a piece of a known word but neither a word nor shortened with "…"."""
    bad = []
    for token in text.split():
        token = token.strip(_PUNCTUATION)
        if len(token) < 2 or token in VOCABULARY or token.endswith("…"):
            continue
        if any(w.startswith(token) or w.endswith(token) for w in VOCABULARY):
            bad.append(token)
    return bad


@pytest.fixture(autouse=True)
def _in_repo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(EXAMPLES.parent)


@pytest.mark.parametrize("width", [80, 120])
@pytest.mark.parametrize("lang", ["en", "sv"])
@pytest.mark.parametrize("command", list(COMMANDS))
def test_tables_fit_the_width_and_never_split_a_word(command: str, lang: str, width: int) -> None:
    result = runner.invoke(app, [*COMMANDS[command], "--lang", lang], env={"COLUMNS": str(width)})
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= width
    assert _split_words(result.stdout) == []
    assert "ways_of_working" not in result.stdout
    assert not {line.split()[0] for line in lines if line.strip()} & {"results", "total"}


def test_score_table_speaks_swedish_with_a_decimal_comma() -> None:
    result = runner.invoke(app, COMMANDS["score"], env={"COLUMNS": "120"})  # Swedish files
    assert result.exit_code == 0, result.output
    out = result.stdout
    head = next(line for line in out.splitlines() if line.startswith("Fil "))
    words = ["Fil", "Organisation", "Svarande", "Poäng", "Av", "1000", "Täckning", "Svagast"]
    assert head.split() == words
    row = next(line for line in out.splitlines() if "norrvik-2025.yaml" in line)
    assert row.split()[-6:] == ["Ledningsgruppen", "42,5", "425", "32/0/0", "F5", "24"]
    assert "Svagast: den framgångsfaktor som har lägst poäng." in out
    english = runner.invoke(app, [*COMMANDS["score"], "--lang", "en"], env={"COLUMNS": "120"})
    row = next(line for line in english.stdout.splitlines() if "norrvik-2025.yaml" in line)
    assert row.split()[-6:] == ["Ledningsgruppen", "42.5", "425", "32/0/0", "F5", "24"]
    assert "Weakest: the success factor with the lowest score." in english.stdout


def test_shortened_names_keep_their_ids_at_80_columns() -> None:
    result = runner.invoke(app, COMMANDS["aggregate"], env={"COLUMNS": "80"})
    rows = [line.strip() for line in result.stdout.splitlines()]
    factor = next(row for row in rows if row.startswith("F5 "))
    assert factor.startswith("F5 Förbättrar verksamheten") and "…" in factor.split("  ")[0]
    assert factor.split()[-6:] == ["36,7", "70,0", "33,3", "25,0", "45,0", "6/1/0"]


@pytest.mark.parametrize("command", ["score", "compare", "aggregate"])
def test_a_piped_table_is_100_columns_wide(command: str) -> None:
    result = runner.invoke(app, COMMANDS[command], env={"COLUMNS": None})
    assert result.exit_code == 0, result.output
    assert max(len(line) for line in result.stdout.splitlines()) == 100
    assert _split_words(result.stdout) == []


def test_a_table_on_a_terminal_takes_its_width() -> None:
    """The real program on an 80-column pseudo-terminal without COLUMNS: the table fits it."""
    pyte = pytest.importorskip("pyte")
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    child = pexpect.spawn(
        sys.executable,
        ["-m", "siqassess", *COMMANDS["score"], "--lang", "en"],
        cwd=str(EXAMPLES.parent),
        dimensions=(40, 80),
        env={**env, "TERM": "xterm-256color"},
        timeout=120,
    )
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert isinstance(child.before, bytes)
    screen = pyte.Screen(80, 40)
    pyte.ByteStream(screen).feed(child.before)
    shown = "\n".join(line.rstrip() for line in screen.display)
    assert "Weakest: the success factor with the lowest score." in shown
    assert "…norrvik-2025.yaml" in shown and "…/anna-lind.yaml" in shown
    assert _split_words(shown) == []
    raw_lines = child.before.decode("utf-8").replace("\r\n", "\n").split("\n")
    assert max(len(re.sub(r"\x1b\[[0-9;]*m", "", line)) for line in raw_lines) <= 80


def test_compare_on_a_terminal_in_swedish_fits_it() -> None:
    """compare in Swedish on an 80-column pseudo-terminal: every line fits, no word split."""
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    child = pexpect.spawn(
        sys.executable,
        ["-m", "siqassess", *COMMANDS["compare"]],  # the files are Swedish
        cwd=str(EXAMPLES.parent),
        dimensions=(40, 80),
        env={**env, "TERM": "xterm-256color"},
        timeout=120,
    )
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert isinstance(child.before, bytes)
    text = re.sub(r"\x1b\[[0-9;]*m", "", child.before.decode("utf-8").replace("\r\n", "\n"))
    lines = text.split("\n")
    assert max(len(line) for line in lines) <= 80
    assert _split_words(text) == []
    totals = next(line.split() for line in lines if line.startswith("Totalt "))
    assert totals == ["Totalt", "42,5", "54,3", "+11,8", "32/0/0", "30/2/0"]
    assert any(line.startswith("    F1 Skapar värde") for line in lines)


# -- the pieces --


def test_shorten_cuts_after_a_word_where_that_keeps_most_of_it() -> None:
    assert shorten("Creates value with customers", 20) == "Creates value with…"
    assert shorten("Ledningsgruppen", 10) == "Ledningsg…"
    assert shorten("short", 10) == "short"


def test_paths_keep_their_file_name() -> None:
    assert shorten_path("examples/team/anna-lind.yaml", 18) == "…/anna-lind.yaml"
    assert shorten_path("examples/norrvik-2025.yaml", 18) == "…norrvik-2025.yaml"


def test_labels_keep_indent_and_id() -> None:
    text = "    F1 Skapar värde med kunder och intressenter"
    assert label(text, 24) == "    F1 Skapar värde med…"
    assert label(text, 9) == "    F1"


def test_width_is_columns_else_the_terminal_else_100() -> None:
    assert table_width(None, {"COLUMNS": "80"}) == 80
    assert table_width(None, {}) == 100
    assert table_width(None, {"COLUMNS": "5"}) == 40  # never absurdly narrow


@given(
    st.lists(st.text(st.sampled_from("ab cdé"), min_size=1, max_size=60), min_size=1, max_size=4),
    st.integers(40, 140),
)
@example(["Anna Lind, förvaltningschef", "Johan Berg, enhetschef gata/park"], 40)
def test_wrapped_cells_fit_and_keep_whole_words(cells: list[str], width: int) -> None:
    columns = [TextColumn(f"Head {i}") for i in range(len(cells))] + [TextColumn("Score", "number")]
    rows = [[*cells, "100,0"]]
    sizes = widths(columns, rows, width)
    assert sizes[-1] == 5  # numbers are never cut
    for cell, size in zip(cells, sizes, strict=False):
        lines = wrap_cell(cell, size, MAX_LINES).split("\n")
        assert all(len(line) <= size for line in lines)
        for line in lines:
            for word in line.split():
                assert word.endswith("…") or word in cell.split()
