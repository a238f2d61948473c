"""The installed program in a pseudo-terminal, rendered by pyte, to assert what a person sees."""

from __future__ import annotations

import os
import shutil
import sys
import time
from collections.abc import Callable
from typing import Any

import pexpect
import pyte

ENTER = "\r"
ESC = "\x1b"
TIMEOUT = 60.0
"""Generous: the suite runs on two shared cores."""


def command() -> list[str]:
    """The installed ``siqassess``, else the module."""
    found = shutil.which("siqassess")
    return [found] if found else [sys.executable, "-m", "siqassess"]


class _Screen(pyte.Screen):  # type: ignore[misc]
    """pyte has no alternate screen; entering or leaving it starts from a clear screen."""

    def set_mode(self, *modes: int, **kwargs: Any) -> None:
        if kwargs.get("private") and 1049 in modes:
            self.erase_in_display(2)
            self.cursor_position()
        super().set_mode(*modes, **kwargs)

    def reset_mode(self, *modes: int, **kwargs: Any) -> None:
        if kwargs.get("private") and 1049 in modes:
            self.erase_in_display(2)
            self.cursor_position()
        super().reset_mode(*modes, **kwargs)


class Terminal:
    """A terminal of ``rows`` × ``columns`` running ``siqassess args``; counts the keys sent."""

    def __init__(self, args: list[str], rows: int, columns: int, **env: str) -> None:
        self.rows, self.columns = rows, columns
        self.screen = _Screen(columns, rows)
        self.stream = pyte.ByteStream(self.screen)
        cmd = command()
        # pexpect does not answer cursor-position requests; without this each screen waits.
        environ = {**os.environ, "TERM": "xterm", "PROMPT_TOOLKIT_NO_CPR": "1", **env}
        self.child = pexpect.spawn(
            cmd[0], [*cmd[1:], *args], env=environ, dimensions=(rows, columns), timeout=TIMEOUT
        )
        self.keys = 0

    @property
    def lines(self) -> list[str]:
        """The screen's rows, trailing blanks removed."""
        return [line.rstrip() for line in self.screen.display]

    @property
    def text(self) -> str:
        """The whole screen as text."""
        return "\n".join(self.lines)

    def _read(self) -> bool:
        try:
            data = self.child.read_nonblocking(65536, timeout=0.5)
        except pexpect.TIMEOUT:
            return True
        except pexpect.EOF:
            return False
        self.stream.feed(data)
        return True

    def wait(self, condition: str | Callable[[str], bool], timeout: float = TIMEOUT) -> str:
        """Read output until ``condition`` (text on screen, or a test of it) holds."""
        deadline = time.monotonic() + timeout
        while True:
            text = self.text
            if condition(text) if callable(condition) else condition in text:
                return text
            alive = self._read()
            if not alive or time.monotonic() > deadline:
                raise AssertionError(f"never on screen: {condition!r}; the screen:\n{text}")

    def press(self, *keys: str) -> None:
        """Send keys, one keystroke each."""
        for key in keys:
            self.child.send(key)
            self.keys += 1

    def type(self, text: str) -> None:
        """Type text, one keystroke per character."""
        self.child.send(text)
        self.keys += len(text)

    def finish(self) -> int:
        """Read to the end of the program; its exit status."""
        while self._read():
            pass
        self.child.close()
        return int(self.child.exitstatus if self.child.exitstatus is not None else -1)

    def close(self) -> None:
        """Stop the program if it still runs."""
        if self.child.isalive():
            self.child.close(force=True)
