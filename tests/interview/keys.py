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
CTRL_C = "\x03"
ESC_ENTER = "\x1b\r"

# Below the 11 levels (0..100), counted upwards from the top with wrap-around:
SAVE_EXIT, OVERVIEW, BACK, SKIP, NA = (UP * n for n in range(1, 6))


def level(value: int, current: int = 0) -> str:
    """Move from the pointer at ``current`` to ``value`` and pick it."""
    steps = (value - current) // 10
    return (DOWN * steps if steps >= 0 else UP * -steps) + ENTER


def answer(value: int, current: int = 0) -> str:
    """Pick a level, then go straight on to the next question."""
    return level(value, current) + ENTER


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
