"""Read the Measures sheet: rows grouped into measures by result area and name.

Each row is one year of a measure (or a row without a year, for a comparison of no year or a
measure without values). A row that cannot be read is reported at the cell to fix, never
dropped; the checks of the answers file itself (a year after the assessment's, a comparison
without a source) are reported at the cells the values came from, through the cell map.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from siqassess.io.xlsx_cells import Cell, cell_at, shown_value
from siqassess.io.xlsx_guard import MAX_MEASURE_ROWS
from siqassess.io.xlsx_reader import columns
from siqassess.io.xlsx_rules import DIRECTIONS, FIRST_YEAR, LAST_YEAR
from siqassess.io.xlsx_source import cell_msg, quoted
from siqassess.io.xlsx_text import in_every_language, text

if TYPE_CHECKING:
    from siqassess.io.xlsx_reader import Reader

_KEYS = (
    "id",
    "name",
    "unit",
    "direction",
    "year",
    "value",
    "target",
    "comparison",
    "comparison_source",
    "follows_from",
    "source",
    "suggested",
)
_DATA = _KEYS[2:-1]
"""The cells that make a row data, beyond the area's id and the measure's name."""
_HEADINGS = {
    "unit": "col_unit",
    "direction": "col_direction",
    "follows_from": "col_follows_from",
    "source": "col_source",
}
_SPLIT = re.compile(r"[,;\s]+")


@dataclass
class _Measure:
    """A measure being gathered from its rows."""

    index: int
    row: int
    data: dict[str, object] = field(default_factory=dict)
    """The measure as raw data, for the answers file's schema to check."""
    rows: dict[str, int] = field(default_factory=dict)
    """The row each measure-wide field was read from, to name it when another row differs."""
    values: dict[int, int] = field(default_factory=dict)
    targets: dict[int, int] = field(default_factory=dict)
    yearly: dict[str, dict[int, object]] = field(default_factory=dict)
    """``values`` and ``targets`` by year, the same objects as in ``data``."""
    compared: list[dict[str, object]] | None = None
    """``comparisons``, the same list as in ``data``, once there is one."""

    def by_year(self, key: str) -> dict[int, object]:
        """The ``values`` or ``targets`` by year, put into ``data`` when first asked for."""
        found = self.yearly.get(key)
        if found is None:
            found = self.yearly[key] = {}
            self.data[key] = found
        return found

    def comparisons(self) -> list[dict[str, object]]:
        """The comparisons, put into ``data`` when first asked for."""
        if self.compared is None:
            self.compared = []
            self.data["comparisons"] = self.compared
        return self.compared


class _Sheet:
    """The measures read so far, per result area."""

    def __init__(self, reader: Reader, ws: Any, answers: dict[str, dict[str, object] | None]):
        self.reader = reader
        self.ws = ws
        self.answers = answers
        self.found: dict[tuple[str, str], _Measure] = {}
        self.lists: dict[str, list[dict[str, object]]] = {}

    def measure(
        self, leaf: str, name: str, cells: dict[str, Cell]
    ) -> tuple[_Measure, tuple[str | int, ...]]:
        key = (leaf, name)
        items = self.lists.setdefault(leaf, [])
        if key not in self.found:
            if not items:  # where "measures belong on a result area" points
                self.reader.mark(self.ws, cells["id"], ("answers", leaf, "measures"))
            self.found[key] = _Measure(len(items), cells["name"].row, {"name": name})
            items.append(self.found[key].data)
        found = self.found[key]
        return found, ("answers", leaf, "measures", found.index)


def read_measures(
    reader: Reader, ws: Any | None, answers: dict[str, dict[str, object] | None]
) -> None:
    """Attach the Measures sheet's rows to their result areas, as ``measures`` lists."""
    if ws is None:
        return  # a workbook written before the sheet existed
    rows = reader.rows(ws, MAX_MEASURE_ROWS)
    col = columns(reader, ws, rows)
    sheet = _Sheet(reader, ws, answers)
    for index, row in rows:
        cells = {k: cell_at(row, index, col[k]) for k in _KEYS if k in col}
        if all(_empty(c) for k, c in cells.items() if k != "suggested"):
            continue
        _row(sheet, cells)
    for leaf, items in sheet.lists.items():
        answer = answers.get(leaf)
        if answer is None:
            answer = answers[leaf] = {}
        answer["measures"] = items


def _empty(cell: Cell) -> bool:
    return cell.raw is None or (isinstance(cell.raw, str) and not cell.raw.strip())


def _row(sheet: _Sheet, cells: dict[str, Cell]) -> None:
    reader, ws, lang = sheet.reader, sheet.ws, sheet.reader.lang
    suggested = _suggested(cells.get("suggested"))
    if suggested is not None and all(_empty(cells[k]) for k in _DATA if k in cells):
        return  # a suggested measure's name, written for the respondent, with no data yet
    leaf = reader.value(ws, cells["id"], ("answers",), "text")
    leaf = leaf.strip() if isinstance(leaf, str) else leaf
    if not leaf:
        message = cell_msg("measure_no_id", id=quoted(lang, "col_id"))
        reader.bad(ws, cells["id"], ("answers",), message)
        return
    if leaf not in sheet.answers:
        reader.bad(ws, cells["id"], ("answers",), cell_msg("unknown_area", value=leaf))
        return
    name = reader.value(ws, cells["name"], ("answers", leaf), "text")
    name = name.strip() if isinstance(name, str) else name
    if not name:
        message = cell_msg("measure_no_name", name=quoted(lang, "col_measure"))
        reader.bad(ws, cells["name"], ("answers", leaf), message)
        return
    measure, path = sheet.measure(leaf, name, cells)
    reader.mark(ws, cells["name"], path)
    if suggested is not None:
        measure.data.setdefault("suggested", suggested)
    _measure_wide(sheet, cells, measure, path)
    year = _year(sheet, cells, path)
    _values(sheet, cells, measure, path, year)
    _comparison(sheet, cells, measure, path, year)


def _suggested(cell: Cell | None) -> int | None:
    raw = None if cell is None else cell.raw
    if isinstance(raw, int | float) and not isinstance(raw, bool) and float(raw).is_integer():
        return int(raw) if 1 <= raw <= 999 else None
    return None


def _measure_wide(
    sheet: _Sheet, cells: dict[str, Cell], measure: _Measure, path: tuple[str | int, ...]
) -> None:
    """Unit, direction, links and source: on any one of the measure's rows, or the same on
    each; a row that says otherwise is reported."""
    reader, ws, lang = sheet.reader, sheet.ws, sheet.reader.lang
    for key in ("unit", "direction", "follows_from", "source"):
        at = cells.get(key)
        if at is None or _empty(at):
            continue
        raw = reader.value(ws, at, (*path, key), "text")
        if raw is None:
            continue
        value: object = raw
        if key == "direction":
            value = _direction(raw)
            if value is None:
                choices = ", ".join(text(lang, f"direction_{d}") for d in DIRECTIONS)
                message = cell_msg("not_direction", value=shown_value(raw), choices=choices)
                reader.bad(ws, at, (*path, key), message)
                continue
        elif key == "follows_from":
            value = [part for part in _SPLIT.split(raw) if part]
        if key in measure.data and measure.data[key] != value:
            heading = quoted(lang, _HEADINGS[key])
            first = measure.rows[key]
            message = cell_msg(
                "measure_differs", what=heading, name=measure.data["name"], row=first
            )
            reader.bad(ws, at, (*path, key), message)
            continue
        if key not in measure.data:
            measure.data[key] = value
            measure.rows[key] = at.row


def _direction(raw: str) -> str | None:
    word = raw.strip().casefold()
    for direction in DIRECTIONS:
        names = {direction} | {n.casefold() for n in in_every_language(f"direction_{direction}")}
        if word in names:
            return direction
    return None


def _year(sheet: _Sheet, cells: dict[str, Cell], path: tuple[str | int, ...]) -> int | None:
    at = cells.get("year")
    if at is None or _empty(at):
        return None
    reader, ws = sheet.reader, sheet.ws
    number = reader.value(ws, at, (*path, "year"), "number")
    if number is None:
        return None  # not a number: reported by value()
    if not float(number).is_integer() or not FIRST_YEAR <= number <= LAST_YEAR:
        message = cell_msg("not_year", value=shown_value(at.raw), first=FIRST_YEAR, last=LAST_YEAR)
        reader.bad(ws, at, (*path, "year"), message)
        return None
    return int(number)


def _values(
    sheet: _Sheet,
    cells: dict[str, Cell],
    measure: _Measure,
    path: tuple[str | int, ...],
    year: int | None,
) -> None:
    """A year's value and target; each needs the year, and a year only one of each."""
    reader, ws, lang = sheet.reader, sheet.ws, sheet.reader.lang
    for key, plural, seen in (
        ("value", "values", measure.values),
        ("target", "targets", measure.targets),
    ):
        at = cells.get(key)
        if at is None or _empty(at):
            continue
        number = reader.value(ws, at, (*path, plural), "number")
        if number is None:
            continue
        if year is None:
            message = cell_msg("measure_no_year", year=quoted(lang, "col_year"))
            reader.bad(ws, at, (*path, plural), message)
            continue
        if year in seen:
            name = measure.data["name"]
            message = cell_msg("measure_year_twice", name=name, year=year, row=seen[year])
            reader.bad(ws, at, (*path, plural, year), message)
            continue
        seen[year] = at.row
        measure.by_year(plural)[year] = number
        reader.mark(ws, cells["year"], (*path, plural, year))


def _comparison(
    sheet: _Sheet,
    cells: dict[str, Cell],
    measure: _Measure,
    path: tuple[str | int, ...],
    year: int | None,
) -> None:
    """A comparison value with its source; the row's year, if any, is the comparison's."""
    reader, ws, lang = sheet.reader, sheet.ws, sheet.reader.lang
    at, source_at = cells.get("comparison"), cells.get("comparison_source")
    has_value = at is not None and not _empty(at)
    has_source = source_at is not None and not _empty(source_at)
    if not has_value and not has_source:
        return
    items = measure.comparisons()
    here = (*path, "comparisons", len(items))
    if at is None or not has_value:
        message = cell_msg("comparison_no_value", value=quoted(lang, "col_comparison"))
        reader.bad(ws, at or source_at, here, message)  # type: ignore[arg-type]
        return
    value = reader.value(ws, at, (*here, "value"), "number")
    if value is None:
        return
    reader.mark(ws, at, here)
    source = ""
    if source_at is not None:
        found = reader.value(ws, source_at, (*here, "source"), "text")
        source = found if isinstance(found, str) else ""
    item: dict[str, object] = {"value": value, "source": source}
    if year is not None:
        item["year"] = year
        reader.mark(ws, cells["year"], (*here, "year"))
    items.append(item)
