"""Key sequences and a driver for the interview through a prompt_toolkit pipe."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput
from rich.console import Console

from siqassess.interview import walk as interview

ENTER = "\r"
DOWN = "\x1b[B"
UP = "\x1b[A"
RIGHT = "\x1b[C"
LEFT = "\x1b[D"
CTRL_C = "\x03"
CTRL_U = "\x15"
ALT_ENTER = "\x1b\r"

# The question screen's one-key commands.
SKIP, BACK, NA, OVERVIEW, SAVE_EXIT = RIGHT, LEFT, "n", "o", "q"
NOTE, STRENGTH, IMPROVEMENT, EVIDENCE, TARGET, HELP = "a", "s", "i", "e", "t", "?"


def key(value: int) -> str:
    """The key that puts the cursor on a level of the 0–100 scale."""
    return "+" if value == 100 else str(value // 10)


def answer(value: int) -> str:
    """Pick a level and confirm it: the walk goes on to the next question."""
    return key(value) + ENTER


def drive(path: Path | None, keys: str, **options: Any) -> tuple[interview.Outcome, str]:
    """Run a session with ``keys`` as typed input; the input ends after them."""
    console = Console(file=io.StringIO(), width=100, color_system=None)
    options.setdefault("lang_option", "en")
    options.setdefault("organisation", "Acme")
    options.setdefault("respondent", "Ada")
    with create_pipe_input() as pipe:
        pipe.send_text(keys)
        pipe.close()
        outcome = interview.run(path, input=pipe, output=DummyOutput(), console=console, **options)
    text = console.file.getvalue()  # type: ignore[attr-defined]
    return outcome, text
