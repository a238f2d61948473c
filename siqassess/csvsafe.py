"""The one CSV encoder: every text cell neutralised, every line break quoted.

Every CSV the tool writes goes through :func:`csv_row`. A cell is typed: ``str`` is text and
is always neutralised by :func:`siqassess.textsafe.inert_cell` (OWASP's CSV-injection
guidance), so no writer can forget a column; ``int``/``float`` are numbers and are written as
numbers (a negative gap stays ``-2.5``, never ``'-2.5``); ``None`` is an empty cell.

Python's ``csv`` module quotes a cell with a line feed but not one with a lone carriage
return when the line terminator is ``\\n``, and a spreadsheet then splits the row. Here a
cell is quoted when it holds the delimiter, a quote, a CR or an LF.

A :class:`CsvDialect` carries what differs between spreadsheets (the delimiter, the decimal
mark and a byte-order mark: Swedish Excel wants ``;``, ``,`` and a BOM, or it opens the whole
file in one column), so a new dialect is data, not a writer. Every figure is rounded as the
reports round it (one decimal), in every dialect, so no cell reads ``17.200000000000003``.
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
    bom: bool = False
    """Start the file with a UTF-8 byte-order mark (Excel reads UTF-8 only after one)."""
    digits: int = 1
    """Decimals kept in a figure: as the reports show it."""


PLAIN = CsvDialect()
"""RFC 4180 cells with ``\\n`` rows: what ``-f csv`` has always written (``excel``)."""

EXCEL_SV = CsvDialect(delimiter=";", decimal=",", bom=True)
"""What Excel and LibreOffice in a Swedish locale open in columns (``excel-sv``)."""

DIALECTS: dict[str, CsvDialect] = {"excel": PLAIN, "excel-sv": EXCEL_SV}
"""``--csv-dialect``'s names."""

_LANG_DIALECT = {"sv": "excel-sv"}
"""The dialect a user's language implies; any other language keeps ``excel``."""


def dialect_for(name: str | None, lang: str | None) -> CsvDialect:
    """``--csv-dialect`` when given, else the one the user's chosen language implies.

    ``lang`` is the language the user chose (``--lang`` or the configuration), never a file's:
    the layout follows the reader's spreadsheet, not the language the answers were written in.
    """
    chosen = name or _LANG_DIALECT.get(lang or "", "excel")
    return DIALECTS[chosen]


def csv_head(dialect: CsvDialect = PLAIN) -> str:
    """What a whole CSV file starts with: the BOM when the dialect wants one."""
    return "\ufeff" if dialect.bom else ""


def csv_number(value: float | None, dialect: CsvDialect = PLAIN) -> str:
    """A number as written in a cell: empty for null, rounded to the dialect's decimals, no
    trailing ``.0`` on whole numbers, the dialect's decimal mark."""
    if value is None:
        return ""
    if isinstance(value, bool):
        raise TypeError("a CSV cell is text or a number, never a bool")
    if isinstance(value, int):
        return str(value)
    rounded = round(float(value), dialect.digits) + 0.0  # + 0.0: no "-0"
    if rounded.is_integer():
        return str(int(rounded))
    text = repr(rounded)
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


def csv_document(
    rows: Iterable[Sequence[Cell]], dialect: CsvDialect = PLAIN, *, whole: bool = True
) -> str:
    """Every row, in order; a ``whole`` file starts with :func:`csv_head` (a piece of a
    streamed file does not)."""
    body = "".join(csv_row(r, dialect) for r in rows)
    return csv_head(dialect) + body if whole else body
