"""One measure's values over the years from a CSV file: two or three columns (year; value;
optional target), or Kolada's export of one key figure (a header row of years, a row per
municipality). The delimiter and the decimal mark are detected; Swedish CSV uses ``;`` and a
decimal comma."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass

from siqassess.errors import Location, Problem, ValidationError, msg

_YEAR = re.compile(r"\s*(\d{4})\s*")
_BLANK = {"", "..", "-", "–", ".", "x"}
"""Cells that mean "no value": Kolada writes ``..`` for a suppressed or missing figure."""
_SPACES = str.maketrans("", "", " \u00a0\u202f'")
_HEADER_YEAR = ("år", "year", "period", "ar")
_HEADER_VALUE = ("värde", "value", "varde", "utfall")
_HEADER_TARGET = ("mål", "target", "mal")


@dataclass(frozen=True)
class Imported:
    """Values and targets per year, and the rows the file had for other units (comparisons)."""

    values: dict[int, float]
    targets: dict[int, float]
    layout: str
    """``columns`` (year; value; target) or ``kolada`` (a header row of years)."""
    others: dict[str, dict[int, float]]
    """In Kolada's layout, every other row's values by its name (``Riket``, …)."""


def delimiter_of(text: str) -> str:
    """``;`` or a tab when the first lines have one, else ``,``."""
    head = "\n".join(text.splitlines()[:10])
    for candidate in (";", "\t"):
        if candidate in head:
            return candidate
    return ","


def _number(cell: str, comma: bool) -> float | None:
    text = cell.translate(_SPACES).replace("−", "-")
    if comma:
        text = text.replace(",", ".")
    try:
        value = float(text)
    except ValueError:
        return None
    return value if abs(value) < 1e12 else None


def _rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text), delimiter=delimiter_of(text)))


def parse_measure_csv(text: str, name: str, row: str | None = None) -> Imported:
    """The values in ``text`` (the file ``name``); every cell that is not a number, a year or
    blank is a located problem. ``row`` picks a row in Kolada's layout (default: the first)."""
    rows = _rows(text.removeprefix("\ufeff"))
    comma = delimiter_of(text) != "," and any(
        re.fullmatch(r"\s*-?[\d \u00a0]+,\d+\s*", cell) for r in rows for cell in r
    )
    for number, cells in enumerate(rows):
        years = [i for i, cell in enumerate(cells) if _YEAR.fullmatch(cell)]
        if len(years) >= 2 and len(years) >= len([c for c in cells if c.strip()]) - 2:
            return _kolada(rows, number, years, name, row, comma)
    return _columns(rows, name, comma)


def _problem(name: str, line: int, column: int, message: object) -> Problem:
    return Problem.of(Location(name, line, column), message)  # type: ignore[arg-type]


def _columns(rows: list[list[str]], name: str, comma: bool) -> Imported:
    """year; value; optional target, with or without a header row."""
    values: dict[int, float] = {}
    targets: dict[int, float] = {}
    problems: list[Problem] = []
    year_at, value_at, target_at = 0, 1, 2
    for line, cells in enumerate(rows, 1):
        if not any(cell.strip() for cell in cells):
            continue
        if not _YEAR.fullmatch(cells[year_at] if year_at < len(cells) else ""):
            lowered = [cell.strip().casefold() for cell in cells]
            if line == 1 or (not values and not problems):
                year_at, value_at, target_at = _header(lowered, (year_at, value_at, target_at))
                continue
            problems.append(_problem(name, line, 1, msg("err_csv_year", cell=cells[year_at][:40])))
            continue
        year = int(cells[year_at])
        for at, into in ((value_at, values), (target_at, targets)):
            cell = cells[at] if at < len(cells) else ""
            if cell.strip() in _BLANK:
                continue
            value = _number(cell, comma)
            if value is None:
                problems.append(_problem(name, line, at + 1, msg("err_csv_number", cell=cell[:40])))
            elif year in into:
                problems.append(_problem(name, line, 1, msg("err_csv_twice", year=year)))
            else:
                into[year] = value
    if problems:
        raise ValidationError(problems)
    if not values:
        raise ValidationError(_problem(name, 0, 0, msg("err_csv_empty")))
    return Imported(values, targets, "columns", {})


def _header(cells: list[str], at: tuple[int, int, int]) -> tuple[int, int, int]:
    """Which columns hold the year, the value and the target, by their headings."""
    found = list(at)
    for i, cell in enumerate(cells):
        for slot, names in enumerate((_HEADER_YEAR, _HEADER_VALUE, _HEADER_TARGET)):
            if any(cell == n or cell.startswith(n + " ") for n in names):
                found[slot] = i
    return found[0], found[1], found[2]


def _kolada(
    rows: list[list[str]], header: int, years: list[int], name: str, pick: str | None, comma: bool
) -> Imported:
    """A header row of years and one row per unit; the unit's name is in the first column."""
    head = rows[header]
    series: dict[str, dict[int, float]] = {}
    order: list[str] = []
    problems: list[Problem] = []
    for line, cells in enumerate(rows[header + 1 :], header + 2):
        label = next((cell.strip() for cell in cells[: years[0]] if cell.strip()), "")
        if not label:
            continue
        values: dict[int, float] = {}
        for i in years:
            cell = cells[i] if i < len(cells) else ""
            if cell.strip() in _BLANK:
                continue
            value = _number(cell, comma)
            if value is None:
                problems.append(_problem(name, line, i + 1, msg("err_csv_number", cell=cell[:40])))
            else:
                values[int(head[i])] = value
        series[label] = values
        order.append(label)
    if problems:
        raise ValidationError(problems)
    if not order:
        raise ValidationError(_problem(name, header + 1, 1, msg("err_csv_empty")))
    chosen = pick if pick is not None else order[0]
    match = next((label for label in order if label.casefold() == chosen.casefold()), None)
    if match is None:
        found = ", ".join(order[:10])
        raise ValidationError(_problem(name, 0, 0, msg("err_csv_no_row", row=chosen, rows=found)))
    others = {label: values for label, values in series.items() if label != match}
    return Imported(series[match], {}, "kolada", others)
