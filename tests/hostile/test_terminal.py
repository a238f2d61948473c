"""No control sequence, markup or bidi override from a file reaches the terminal (#11 §5).

The end-to-end tests run the real program on a pseudo-terminal and feed what it wrote to a
terminal emulator (pyte), then look at the screen a user would see.
"""

from __future__ import annotations

import io
import os
import shutil
import sys
from pathlib import Path

import pexpect
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from rich.table import Table

from siqassess.textsafe import BIDI, console, is_visible, one_line, visible

from .cases import blank_answers

pyte = pytest.importorskip("pyte")

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "norrvik-2026.yaml"

# Screen clear, cursor home, window title, OSC 52 clipboard, OSC 8 link, colour, C1 CSI, bidi,
# a carriage return and erase-line that would hide the text before it, and Rich markup.
EVIL = (
    r"\e[2J\e[HTITLE\e]0;pwned\a\e]52;c;aGVsbG8=\a\e]8;;http://evil.example/\e\\click\e]8;;\e\\"
    r" \e[31mred\e[0m \x9b2J \u202Eevil\u202C \u2066iso\u2069 \rFAKE\e[2K [/x] [link=http://e]L[/link]"
)
BAD_OUTPUT = ["\x1b]", "\x1b[2J", "\x1b[H", "\x1b[31m", "\x9b", "\x1b[2K", "\r", *BIDI]


def _evil_answers(folder: Path, name: str = "evil.yaml", respondent: str = "Eva") -> Path:
    text = blank_answers(folder)
    text = text.replace("organisation: Acme", f'organisation: "{EVIL}"')
    text = text.replace("respondent: Eva", f'respondent: "{respondent}"')
    text = text.replace("    score: null\n", f'    score: 50\n    note: "{EVIL}"\n')
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _on_terminal(args: list[str], cwd: Path) -> tuple[bytes, int]:
    """Run siqassess on a pseudo-terminal; return everything it wrote and its exit code."""
    child = pexpect.spawn(
        sys.executable,
        ["-m", "siqassess", *args],
        cwd=str(cwd),
        dimensions=(50, 160),
        env={**os.environ, "COLUMNS": "160", "LINES": "50", "TERM": "xterm-256color"},
        timeout=120,
    )
    child.expect(pexpect.EOF)
    child.close()
    assert isinstance(child.before, bytes)
    return child.before, child.exitstatus or 0


def _screen(raw: bytes) -> pyte.Screen:
    screen = pyte.Screen(160, 50)
    stream = pyte.ByteStream(screen)
    stream.feed(raw.replace(b"\n", b"\r\n") if b"\r\n" not in raw else raw)
    return screen


def _check(raw: bytes) -> str:
    text = raw.decode("utf-8", "replace")
    for bad in BAD_OUTPUT:
        assert bad not in text.replace("\r\n", "\n"), (bad, text)
    screen = _screen(raw)
    assert screen.title == "" and screen.icon_name == ""
    return "\n".join(line.rstrip() for line in screen.display)


def test_score_table_shows_file_texts_as_text(tmp_path: Path) -> None:
    evil = _evil_answers(tmp_path, respondent=EVIL)
    raw, code = _on_terminal(["score", str(EXAMPLE), str(evil)], tmp_path)
    shown = _check(raw)
    assert code == 0
    assert "Norrvik" in shown  # the other file's row is still there
    assert "␛[2J" in shown and "[/x]" in shown and "⟨U+202E⟩evil" in shown
    assert "␍FAKE" in shown


def test_aggregate_table_shows_file_texts_as_text(tmp_path: Path) -> None:
    team = tmp_path / "team"
    shutil.copytree(EXAMPLE.parent / "team", team)
    _evil_answers(team, respondent=EVIL)
    # The evil file names another organisation: --allow-mixed, so the table is still shown.
    raw, code = _on_terminal(["aggregate", "--allow-mixed", str(team)], tmp_path)
    _check(raw)
    assert code == 0
    assert "␛]0;pwned␇" in raw.decode()


def test_error_lines_cannot_be_erased_or_faked(tmp_path: Path) -> None:
    text = blank_answers(tmp_path).replace(
        "answers:\n", 'answers:\n  "X\\r\\e[2K\\e[32mok, all valid\\e[0m\\u202E": {score: 10}\n', 1
    )
    path = tmp_path / "keys.yaml"
    path.write_text(text, encoding="utf-8")
    for command in (["validate"], ["score"], ["report"]):
        raw, code = _on_terminal([*command, str(path)], tmp_path)
        shown = _check(raw)
        assert code == 1, shown
        assert "keys.yaml:" in shown


def test_fancy_text_report_keeps_its_colours_but_not_the_files(tmp_path: Path) -> None:
    evil = _evil_answers(tmp_path)
    raw, code = _on_terminal(["report", str(evil)], tmp_path)
    assert code == 0
    _check(raw)
    assert "]52;c;aGVsbG8=" in raw.decode()  # shown as text (the context drops the ESC)
    assert b"\x1b[32m" in raw  # our green score bars are still coloured


def test_model_show_tree_shows_texts_as_text(tmp_path: Path) -> None:
    model = (Path(__file__).resolve().parents[2] / "models" / "siq_2019_1.yaml").read_text("utf-8")
    evil = model.replace("en: SIQ Management Model}", f'en: "{EVIL}"}}', 1)
    assert evil != model
    path = tmp_path / "evil-model.yaml"
    path.write_text(evil, encoding="utf-8")
    raw, _ = _on_terminal(["model", "show", str(path), "-l", "en"], tmp_path)
    _check(raw)


# -- the functions --


UNSAFE = st.characters(
    codec="utf-8", categories=["Cc", "Cf", "Zl", "Zp", "Lu", "Ll", "Zs", "Nd"]
) | st.sampled_from([*BIDI, "\x1b", "\x9b", "\x7f", "\r", "\x85"])


@given(st.text(UNSAFE, max_size=60))
@example("\x1b[2J")
@example("\u202eabc")
@example("a\rb")
def test_visible_leaves_nothing_a_terminal_acts_on(text: str) -> None:
    shown = visible(text)
    assert is_visible(shown)
    assert not any(c in shown for c in BIDI)
    assert all(c in "\n\t" or not (ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F) for c in shown)
    line = one_line(text)
    assert "\n" not in line and "\u2028" not in line and "\t" not in line


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("\x1b[2J", "␛[2J"),
        ("a\rb", "a␍b"),
        ("\x07", "␇"),
        ("\x00", "␀"),
        ("\x7f", "␡"),
        ("\x9b", "⟨U+009B⟩"),
        ("\u202eevil", "⟨U+202E⟩evil"),
        ("\u2066x\u2069", "⟨U+2066⟩x⟨U+2069⟩"),
        ("\u200f", "⟨U+200F⟩"),
        ("line\nnext\ttab", "line\nnext\ttab"),
        ("Åsa Öberg – 100 %", "Åsa Öberg – 100 %"),
    ],
)
def test_visible_placeholders(raw: str, shown: str) -> None:
    assert visible(raw) == shown


def test_rich_console_does_not_interpret_markup_or_escapes() -> None:
    buffer = io.StringIO()
    table = Table("Organisation")
    table.add_row("[/x] [link=http://e]L[/link] [bold]b[/bold] \x1b]8;;http://e\x1b\\")
    console(file=buffer, width=80, force_terminal=True).print(table)
    out = buffer.getvalue()
    assert "[/x] [link=http://e]L[/link] [bold]b[/bold] ␛]8;;http://e␛\\" in out
    assert "\x1b]" not in out
