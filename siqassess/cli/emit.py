"""The ONE emitter: what a command writes goes to stdout, or atomically to ``-o``'s file."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, cast

import typer

from siqassess.cli.handled import EXIT_FINDINGS
from siqassess.errors import UsageError, msg

if TYPE_CHECKING:
    from siqassess.reports.formats.interface import Rendered


def _ended(text: str) -> str:
    return text if text.endswith("\n") else text + "\n"


def emit(text: str, output: Path | None) -> None:
    """Write ``text`` (ending in one newline) to stdout, or atomically to ``output``."""
    if output is None:
        sys.stdout.write(_ended(text))
        return
    from siqassess.io.yamlio import write_atomic

    write_atomic(output, _ended(text))


def emit_rendered(rendered: Rendered, output: Path | None) -> None:
    """Write a rendered output; with ``-o``, its attachments (chart files) beside it first."""
    if rendered.data is not None:
        with open_output(output, binary=True) as out:
            out.write(rendered.data)
        return
    if output is not None:
        from siqassess.io.yamlio import write_atomic

        for path, text in rendered.attachments.items():
            write_atomic(path, text)
    if rendered.pieces is not None:
        with open_output(output) as out:
            for piece in rendered.pieces:
                out.write(piece)
        return
    emit(rendered.text, output)


@contextlib.contextmanager
def open_output(output: Path | None, *, binary: bool = False) -> Iterator[IO[Any]]:
    """A stream to ``output`` that replaces the file only when complete, else stdout.

    Binary output (xlsx, pdf) is refused on a terminal: it needs ``-o``.
    """
    if output is None:
        if not binary:
            yield sys.stdout
            return
        if sys.stdout.isatty():
            raise UsageError(msg("fmt_binary"))
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    from siqassess.io.yamlio import atomic_writer

    with atomic_writer(output) as handle:
        yield cast(Any, handle).buffer if binary else handle


@contextlib.contextmanager
def quiet_broken_pipe() -> Iterator[None]:
    """End quietly (exit 1) when the reader of stdout goes away, as with `| head`."""
    try:
        yield
    except BrokenPipeError:
        # Point stdout at /dev/null so the interpreter's final flush does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(EXIT_FINDINGS) from None
