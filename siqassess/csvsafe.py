"""The one CSV encoder: every text cell neutralised, every line break quoted.

Every CSV the tool writes goes through :func:`csv_row`. A cell is typed: ``str`` is text and
is always neutralised by :func:`siqassess.textsafe.inert_cell` (OWASP's CSV-injection
guidance), so no writer can forget a column; ``int``/``float`` are numbers and are written as
numbers (a negative gap stays ``-2.5``, never ``'-2.5``); ``None`` is an empty cell.

Python's ``csv`` module quotes a cell with a line feed but not one with a lone carriage
return when the line terminator is ``\\n``, and a spreadsheet then splits the row. Here a
cell is quoted when it holds the delimiter, a quote, a CR or an LF.

A :class:`CsvDialect` carries what differs between spreadsheets (the delimiter and the
decimal mark: Swedish Excel wants ``;`` and ``,``), so a new dialect is data, not a writer.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from siqassess.textsafe import inert_cell

Cell = str | int | float | None
"""A CSV cell: text (neutralised), a number, or empty."""


@dataclass(frozen=True)
class CsvDialect:
    """How a CSV is laid out for one kind of spreadsheet."""

    delimiter: str = ","
    """Between cells."""
    decimal: str = "."
    """The decimal mark of numbers."""
    newline: str = "\n"
    """After each row."""


PLAIN = CsvDialect()
"""RFC 4180 cells with ``\\n`` rows: what ``-f csv`` has always written."""


def csv_number(value: float | None, dialect: CsvDialect = PLAIN) -> str:
    """A number as written in a cell: empty for null, no trailing ``.0`` on whole numbers."""
    if value is None:
        return ""
    if isinstance(value, bool):
        raise TypeError("a CSV cell is text or a number, never a bool")
    if isinstance(value, int) or float(value).is_integer():
        return str(int(value))
    text = repr(float(value))
    return text.replace(".", dialect.decimal) if dialect.decimal != "." else text


def _quoted(text: str, dialect: CsvDialect) -> str:
    if any(c in text for c in ('"', "\r", "\n", dialect.delimiter)):
        return '"' + text.replace('"', '""') + '"'
    return text


def csv_cell(value: Cell, dialect: CsvDialect = PLAIN) -> str:
    """One cell, neutralised (text) or formatted (number), and quoted when it must be."""
    if value is None:
        return ""
    if isinstance(value, str):
        return _quoted(inert_cell(value), dialect)
    return _quoted(csv_number(value, dialect), dialect)


def csv_row(cells: Sequence[Cell], dialect: CsvDialect = PLAIN) -> str:
    """One row, with its line ending (a row of one empty cell is ``""``, not a blank line)."""
    text = dialect.delimiter.join(csv_cell(c, dialect) for c in cells)
    return (text or ('""' if cells else "")) + dialect.newline


def csv_document(rows: Iterable[Sequence[Cell]], dialect: CsvDialect = PLAIN) -> str:
    """Every row, in order."""
    return "".join(csv_row(r, dialect) for r in rows)
