"""Keystrokes of a whole 32-question assessment with no notes, start and finish included.

The real program runs in a pseudo-terminal (pexpect) rendered by a terminal emulator (pyte).
Each key is sent only once the screen it belongs to is shown, and every key is counted:
the language (Enter), the organisation (Enter), the respondent (Enter), then a digit and
Enter per question; after the last one the walk finishes by itself and shows the summary.

Run: python benchmarks/keystrokes.py [--rows 24] [--columns 80] [--lang en]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

import pexpect
import pyte

BUDGET = 70
QUESTIONS = 32


class Terminal:
    """``siqassess`` in a pseudo-terminal of ``rows`` × ``columns``; counts the keys sent."""

    def __init__(self, args: list[str], rows: int, columns: int, lang: str) -> None:
        self.screen = pyte.Screen(columns, rows)
        self.stream = pyte.ByteStream(self.screen)
        found = shutil.which("siqassess")
        cmd = [found] if found else [sys.executable, "-m", "siqassess"]
        locale = "sv_SE.UTF-8" if lang == "sv" else "en_GB.UTF-8"
        env = {**os.environ, "TERM": "xterm", "PROMPT_TOOLKIT_NO_CPR": "1", "LANG": locale}
        env.pop("LC_ALL", None)
        env.pop("LC_MESSAGES", None)
        self.child = pexpect.spawn(
            cmd[0], [*cmd[1:], *args], env=env, dimensions=(rows, columns), timeout=60
        )
        self.keys = 0

    def wait(self, text: str) -> None:
        """Read output until ``text`` is on the screen."""
        deadline = time.monotonic() + 60
        while text not in "\n".join(self.screen.display):
            if time.monotonic() > deadline:
                raise SystemExit(f"never on screen: {text!r}")
            try:
                self.stream.feed(self.child.read_nonblocking(65536, timeout=0.5))
            except pexpect.TIMEOUT:
                continue
            except pexpect.EOF:
                raise SystemExit(f"the program ended before {text!r} was shown") from None

    def press(self, *keys: str) -> None:
        """Send keys, one keystroke each."""
        for key in keys:
            self.child.send(key)
            self.keys += 1


def walk(rows: int, columns: int, lang: str) -> tuple[int, str]:
    """Run the whole assessment; the keystrokes and the file's final status."""
    sv = lang == "sv"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "walk.yaml"
        term = Terminal(["assess", str(path)], rows, columns, lang)
        term.wait("Språk / Language")
        term.press("\r")
        term.wait("Organisation")
        term.press("\r")
        term.wait("Ditt namn" if sv else "Your name")
        term.press("\r")
        for n in range(1, QUESTIONS + 1):
            term.wait(f"{'Fråga' if sv else 'Question'} {n} {'av' if sv else 'of'} {QUESTIONS}  ·")
            term.press(str(n % 10), "\r")
        term.wait("siqassess report")
        term.child.expect(pexpect.EOF)
        term.child.close()
        status = "complete" if "status: complete" in path.read_text(encoding="utf-8") else "?"
        return term.keys, status


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=24)
    parser.add_argument("--columns", type=int, default=80)
    parser.add_argument("--lang", choices=("sv", "en"), default="en")
    args = parser.parse_args()
    keys, status = walk(args.rows, args.columns, args.lang)
    per = (keys - 3) / QUESTIONS
    print(
        f"{QUESTIONS} questions, {args.columns}×{args.rows}, {args.lang}: {keys} keystrokes "
        f"including start and finish ({per:.1f} per question; budget {BUDGET}); "
        f"file status: {status}"
    )
    if keys > BUDGET or status != "complete":
        raise SystemExit(1)


if __name__ == "__main__":
    main()
