"""The ONE emitter: text to stdout, or atomically to a file."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import typer

from siqassess.cli.handled import EXIT_FINDINGS


def emit(text: str, output: Path | None) -> None:
    """Write ``text`` (ending in one newline) to stdout, or atomically to ``output``."""
    text = text if text.endswith("\n") else text + "\n"
    if output is None:
        sys.stdout.write(text)
        return
    from siqassess.io.yamlio import write_atomic

    write_atomic(output, text)


@contextlib.contextmanager
def quiet_broken_pipe() -> Iterator[None]:
    """End quietly (exit 1) when the reader of stdout goes away, as with `| head`."""
    try:
        yield
    except BrokenPipeError:
        # Point stdout at /dev/null so the interpreter's final flush does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(EXIT_FINDINGS) from None
