"""One questionnaire workbook being read: its limits, the cell map, the problems found so far.

Shared by :mod:`xlsx_read` (the questions sheet) and the sheets it delegates
(:mod:`xlsx_actions`, :mod:`xlsx_find`), which therefore import this module rather than the
reader that imports them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import Any

from siqassess.errors import InputError, Location, Msg, Problem
from siqassess.i18n import grouped
from siqassess.io.xlsx_cells import PARSE, Bad, Cell, shown_value
from siqassess.io.xlsx_guard import MAX_CELLS, MAX_ROWS
from siqassess.io.xlsx_source import XlsxSource, cell_msg, quoted
from siqassess.io.xlsx_text import file_error

MAX_COLS = 64
"""Columns read per row; the layout uses 14, the rest leaves room for a client's own."""


class Reader:
    """One workbook being read: its sheets, the problems found so far, the cell map."""

    def __init__(self, name: str, lang: str) -> None:
        self.name = name
        self.lang = lang
        self.problems: list[Problem] = []
        self.source = XlsxSource(name, "")
        self.cells = 0
        self.today = dt.date.today()
        self.assessed: dt.date | None = None

    def rows(self, ws: Any, most: int = MAX_ROWS) -> Iterator[tuple[int, Sequence[Any]]]:
        """The rows that hold anything, with their numbers; the limits count only those."""
        held = 0
        for index, row in ws.numbered_rows(MAX_COLS):
            filled = sum(1 for c in row if c.value is not None)
            if not filled:
                continue  # an empty row costs nothing, however far down it is
            held += 1
            if held > most:
                limit = _grouped(self.lang, most)
                raise input_error(
                    self.name, file_error(self.lang, "too_big_rows", sheet=ws.title, limit=limit)
                )
            self.cells += filled
            if self.cells > MAX_CELLS:
                limit = _grouped(self.lang, MAX_CELLS)
                raise input_error(self.name, file_error(self.lang, "too_big_cells", limit=limit))
            yield index, row

    def bad(self, ws: Any, at: Cell, path: tuple[str | int, ...], message: Msg) -> None:
        self.problems.append(self.problem(ws, at, message))

    def warn(self, ws: Any, at: Cell, message: Msg) -> None:
        self.source.warnings.append(self.problem(ws, at, message))

    def problem(self, ws: Any, at: Cell, message: Msg) -> Problem:
        """A problem at a cell, in the workbook's language: the client's, who typed it."""
        where = Location(self.name, cell=f"{ws.title}!{at.ref}")
        return Problem(where, message.text(self.lang))

    def mark(self, ws: Any, at: Cell, path: tuple[str | int, ...]) -> None:
        self.source.cells[path] = f"{ws.title}!{at.ref}"

    def value(self, ws: Any, at: Cell, path: tuple[str | int, ...], kind: str) -> Any:
        """An answer cell's value as ``kind``; a problem and ``None`` when it cannot be."""
        self.mark(ws, at, path)
        cell = at.cell
        raw = cell.value
        if raw is None:
            return None
        if cell.data_type == "f" or not isinstance(raw, str | int | float | dt.datetime | dt.date):
            self.bad(ws, at, path, cell_msg("formula"))
            return None
        if kind == "number" and getattr(cell, "percent", False) and isinstance(raw, int | float):
            typed = _plain(raw * 100)
            self.bad(ws, at, path, cell_msg("percent", typed=f"{typed}%", value=typed))
            return None
        try:
            return PARSE[kind](raw, self.lang)
        except Bad as exc:
            self.bad(ws, at, path, cell_msg(exc.key, value=shown_value(raw), **exc.values))
            return None

    def date_warnings(self, ws: Any, at: Cell, when: Any, due: bool) -> None:
        """A date far from the assessment: Calc reads "31 mars" as 1931-03-01 and "7 dec" as
        2007-12-01, and such a year is almost never meant."""
        if not isinstance(when, dt.date):
            return
        shown = when.isoformat()
        if not due:
            if abs((when - self.today).days) > 3652:
                self.warn(ws, at, Msg("wb_warn_date_far", (("date", shown),)))
            return
        start = self.assessed or self.today
        if when < start:
            params = (("date", shown), ("assessed", start.isoformat()))
            self.warn(ws, at, Msg("wb_warn_due_before", params))
        elif (when - start).days > 3652:
            params = (("date", shown), ("assessed", start.isoformat()))
            self.warn(ws, at, Msg("wb_warn_due_far", params))


def _grouped(lang: str, value: int) -> str:
    """A limit as the language writes it: 5,000 or 5 000."""
    return grouped(lang, value)


def _plain(value: float) -> int | float:
    rounded = round(value, 6)
    return int(rounded) if float(rounded).is_integer() else rounded


def input_error(name: str, message: str) -> InputError:
    return InputError(Problem(Location(name), message))


def columns(reader: Reader, ws: Any, rows: Iterator[tuple[int, Sequence[Any]]]) -> dict[str, int]:
    """The machine keys of the hidden key row (the first rows), as key → column index."""
    for index, row in rows:
        keys = {str(c.value): i for i, c in enumerate(row) if isinstance(c.value, str)}
        if "id" in keys:
            next(rows, None)  # the visible header row under it
            return keys
        if index >= 3:
            break
    message = cell_msg("missing_column", what=quoted(reader.lang, "col_id"))
    raise InputError(Problem(Location(reader.name, cell=ws.title), message.text(reader.lang)))
