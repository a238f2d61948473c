"""Terminal tables that fit their width: words wrap at spaces or shorten with "…", never split.

Rich, left to itself, folds a cell that does not fit inside a word ("Organisati/on",
"stakehold/ers"). Here every cell is laid out before Rich sees it: each column gets a width,
text is wrapped at spaces, a word or name that still does not fit is shortened with an ellipsis
(a node keeps its id, a path its file name), and numbers are never cut.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import IO, Any, Literal

from siqassess.textfit import shorten, shorten_path, wrap_cell

PIPED_WIDTH = 100
"""The width of a table written to a pipe or a file, when ``COLUMNS`` is not set."""
MIN_WIDTH, MAX_WIDTH = 40, 400
MAX_LINES = 6
"""A text cell wraps onto at most this many lines; the last is shortened with "…"."""

Kind = Literal["text", "path", "label", "number"]


def table_width(stream: IO[Any] | None = None, environ: Mapping[str, str] | None = None) -> int:
    """The width to draw tables at: ``COLUMNS`` when set, else the terminal's, else 100.

    A table written to a pipe or a file has no terminal to fit, so it gets a fixed width that
    is the same on every machine (``stream`` None or not a terminal).
    """
    env = os.environ if environ is None else environ
    columns = env.get("COLUMNS", "").strip()
    if columns.isdigit() and int(columns) > 0:
        return max(MIN_WIDTH, min(int(columns), MAX_WIDTH))
    if stream is not None:
        try:
            if stream.isatty():
                size = os.get_terminal_size(stream.fileno()).columns
                return max(MIN_WIDTH, min(size, MAX_WIDTH))
        except (AttributeError, OSError, ValueError):
            pass
    return PIPED_WIDTH


def label(text: str, width: int) -> str:
    """A node's "  F1 Creates value with customers" in ``width``: the indent and the id (the
    first word) always whole, the name shortened with "…" or left out."""
    if len(text) <= width:
        return text
    body = text.lstrip(" ")
    pad = text[: len(text) - len(body)]
    node_id, _, name = body.partition(" ")
    room = width - len(pad) - len(node_id) - 1
    if room < 4 or not name:
        return pad + node_id
    return f"{pad}{node_id} {shorten(name, room)}"


def _id_width(text: str) -> int:
    body = text.lstrip(" ")
    return len(text) - len(body) + len(body.partition(" ")[0])


@dataclass(frozen=True)
class TextColumn:
    """One column: its header, what its cells are, and how they are laid out."""

    header: str
    kind: Kind = "text"


def _natural(column: TextColumn, cells: Sequence[str]) -> int:
    return max([len(column.header), *(max(map(len, c.split("\n"))) for c in cells if c)])


def _floors(column: TextColumn, cells: Sequence[str]) -> tuple[int, int]:
    """The least width that keeps the header's words whole, and the least that keeps the data."""
    longest = max([len(c) for c in cells] or [0])
    word = max(len(w) for w in column.header.split() or [""])
    if column.kind == "number":
        hard = longest
    elif column.kind == "label":
        hard = max([_id_width(c) for c in cells] or [0])
    elif column.kind == "path":  # the file name is what tells the rows apart: keep it
        hard = min(max([len(c.rsplit("/", 1)[-1]) + 1 for c in cells] or [3]), longest, 24)
    else:
        hard = min(longest, 3)
    return max(hard, min(word, _natural(column, cells))), hard


def _fill(base: list[int], top: Sequence[int], extra: int) -> list[int]:
    """Share ``extra`` characters over columns growing from ``base`` towards ``top``, narrowest
    wants first (water-filling), so a short column is never starved by a long one."""
    widths = list(base)
    pending = sorted((i for i in range(len(widths)) if top[i] > widths[i]), key=lambda i: top[i])
    while pending and extra > 0:
        fair = extra // len(pending)
        i = pending[0]
        if top[i] - widths[i] <= fair:
            extra -= top[i] - widths[i]
            widths[i] = top[i]
            pending.pop(0)
            continue
        for k, j in enumerate(pending):
            widths[j] += fair + (1 if k < extra % len(pending) else 0)
        break
    return widths


def widths(columns: Sequence[TextColumn], rows: Sequence[Sequence[str]], width: int) -> list[int]:
    """Each column's width so that the table fits ``width``, where the data allows it."""
    cells = [[row[i] for row in rows] for i in range(len(columns))]
    natural = [_natural(c, cs) for c, cs in zip(columns, cells, strict=True)]
    room = width - 3 * (len(columns) - 1)  # one space of padding each side, one between
    if sum(natural) <= room:
        return natural
    floors = [_floors(c, cs) for c, cs in zip(columns, cells, strict=True)]
    soft = [f[0] for f in floors]
    if sum(soft) <= room:
        return _fill(soft, natural, room - sum(soft))
    hard = [f[1] for f in floors]
    return _fill(hard, soft, room - sum(hard))


def fits(columns: Sequence[TextColumn], rows: Sequence[Sequence[str]], width: int) -> bool:
    """Whether a table of ``rows`` fits ``width`` with every number, id and file name whole."""
    cells = [[row[i] for row in rows] for i in range(len(columns))]
    hard = [_floors(c, cs)[1] for c, cs in zip(columns, cells, strict=True)]
    return sum(hard) + 3 * (len(columns) - 1) <= width


def blocks(
    columns: Sequence[TextColumn],
    rows: Sequence[Sequence[str]],
    *,
    title: str | None = None,
    caption: str | None = None,
) -> Any:
    """The table as one block per record, "Header: value" a line, for a terminal too narrow
    for its columns: a value wraps at spaces, and a number is never cut."""
    from rich.console import Group
    from rich.text import Text

    from siqassess.textsafe import one_line

    heads = [" ".join(one_line(c.header).split()) for c in columns]
    parts: list[Any] = [Text(title, style="bold")] if title else []
    for row in rows:
        lines = [f"{h}: {v.strip()}" if h else v.strip() for h, v in zip(heads, row, strict=True)]
        parts.append(Text("\n".join(line for line in lines if line.strip())))
        parts.append(Text(""))
    if caption:
        parts.append(Text(caption, style="dim"))
    return Group(*parts)


def _cell(kind: Kind, text: str, width: int) -> str:
    if kind == "path":
        return shorten_path(text, width)
    if kind == "text":
        return wrap_cell(text, width, MAX_LINES)
    if kind == "label":
        return label(text, width)
    return text


def fitted(
    columns: Sequence[TextColumn],
    rows: Sequence[Sequence[str]],
    width: int,
    *,
    title: str | None = None,
    caption: str | None = None,
) -> Any:
    """A Rich table of ``rows`` that fits ``width``, with a title and a caption.

    Cells are passed whole: a ``text`` cell is wrapped, a ``path`` and a ``label`` (indent, id,
    name) shortened, a ``number`` never touched. Texts from files are made one visible line first.
    """
    from rich import box
    from rich.table import Table

    from siqassess.textsafe import one_line

    safe = [[one_line(cell) for cell in row] for row in rows]
    if not fits(columns, safe, width):
        return blocks(columns, safe, title=title, caption=caption)
    sizes = widths(columns, safe, width)
    table = Table(
        box=box.SIMPLE_HEAD,
        title=title,
        caption=caption,
        show_edge=False,
        pad_edge=False,
        collapse_padding=False,
    )
    for column, size in zip(columns, sizes, strict=True):
        table.add_column(
            wrap_cell(one_line(column.header), size, 2),
            justify="right" if column.kind == "number" else "left",
            width=size,
            no_wrap=True,
            overflow="ellipsis",
        )
    for row in safe:
        table.add_row(
            *(_cell(c.kind, cell, s) for c, cell, s in zip(columns, row, sizes, strict=True))
        )
    return table
