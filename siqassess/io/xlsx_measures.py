"""Write the Measures sheet: one row per measure and year, and the model's suggestions as names.

A measure's rows share its result area's id and its name. Its unit, direction, links and
source stand on its first row; each row holds one year's value and target and at most one
comparison (of that year, or of no year when the row has none), in the order the answers file
lists them, so a file read back is the file written. Rows of the model's suggested measures
that have no data yet are written with their names only, for a respondent to fill in.
"""

from __future__ import annotations

from copy import copy
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from siqassess.core.measure_types import Comparison, Measure
from siqassess.criteria.tree import LoadedModel
from siqassess.io.answers import AnswersFile
from siqassess.io.xlsx_layout import HEAD_ROW, MEASURE_COLUMNS
from siqassess.io.xlsx_print import a4_landscape
from siqassess.io.xlsx_rules import area_rule, decimal_rule, direction_rule, year_rule
from siqassess.io.xlsx_style import (
    INPUT_FILL,
    fit_height,
    num,
    protect,
    put,
    style_header,
    unlock,
)
from siqassess.io.xlsx_text import text

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook

_WRAPPED = ("name", "comparison_source", "follows_from", "source")
"""The columns whose text may run over more than one line."""
FREE_ROWS = 200
"""Rows under the measures whose cells are checked as they are typed."""


@dataclass(frozen=True)
class MeasureRow:
    """One row of a measure: a year (or none), its value and target, one comparison."""

    year: int | None = None
    value: float | None = None
    target: float | None = None
    comparison: Comparison | None = None


def _key(year: int | None) -> int:
    return -1 if year is None else year


def measure_rows(measure: Measure) -> list[MeasureRow]:
    """A measure's rows: its years in order, with each comparison placed on a row of its year
    after the previous comparison's row, so reading the rows in order gives the comparisons
    in their order. Always at least one row (a measure without data still has its name)."""
    years = sorted(set(measure.values) | set(measure.targets))
    rows = [MeasureRow(y, measure.values.get(y), measure.targets.get(y)) for y in years]
    after = 0
    for comparison in measure.comparisons:
        at = next(
            (
                i
                for i in range(after, len(rows))
                if rows[i].year == comparison.year and rows[i].comparison is None
            ),
            None,
        )
        if at is None:
            key = _key(comparison.year)
            at = next((i for i in range(after, len(rows)) if _key(rows[i].year) > key), len(rows))
            rows.insert(at, MeasureRow(comparison.year))
        row = rows[at]
        rows[at] = MeasureRow(row.year, row.value, row.target, comparison)
        after = at + 1
    return rows or [MeasureRow()]


def _direction(lang: str, direction: str) -> str:
    return text(lang, f"direction_{direction}")


def _style_rows(ws: Any, first: int, last: int, answer_columns: list[int]) -> None:
    """Unlock and shade the answer cells of rows ``first`` to ``last``: the first row's cells
    are styled, the rest copy their style (openpyxl styles 10,000 rows this way in a blink)."""
    from openpyxl.styles import Alignment

    wrap = Alignment(wrap_text=True, vertical="top")
    year = MEASURE_COLUMNS.index(next(c for c in MEASURE_COLUMNS if c.key == "year")) + 1
    styles = {}
    for column in answer_columns:
        cell = ws.cell(row=first, column=column)
        unlock(cell)
        cell.alignment = wrap
        if column == year:
            cell.number_format = "0"
        styles[column] = cell._style
    for line_no in range(first + 1, last + 1):
        for column, style in styles.items():
            ws.cell(row=line_no, column=column)._style = copy(style)


def measures_sheet(wb: Workbook, model: LoadedModel, answers: AnswersFile, lang: str) -> None:
    """The Measures sheet, with every measure of the answers and each result area's suggested
    measures that have none yet."""
    from openpyxl.styles import PatternFill, Protection
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(text(lang, "sheet_measures"))
    style_header(ws, MEASURE_COLUMNS, lang)
    ws.row_dimensions[HEAD_ROW].height = 32
    col = {c.key: i for i, c in enumerate(MEASURE_COLUMNS, start=1)}
    letter = {k: get_column_letter(i) for k, i in col.items()}
    ws.column_dimensions[letter["suggested"]].hidden = True
    areas = [leaf for leaf in model.leaves if leaf.kind == "result_area"]
    rules = {
        "id": area_rule(lang, [leaf.id for leaf in areas]),
        "direction": direction_rule(lang),
        "year": year_rule(lang),
        "value": decimal_rule(lang),
        "target": decimal_rule(lang),
        "comparison": decimal_rule(lang),
    }
    for rule in rules.values():
        ws.add_data_validation(rule)
    row = HEAD_ROW
    for leaf in areas:
        answer = answers.answer(leaf.id)
        measures = answer.measures if answer else []
        for measure in measures:
            for index, line in enumerate(measure_rows(measure)):
                row += 1
                put(ws, row, col["id"], leaf.id)
                put(ws, row, col["name"], measure.name)
                put(ws, row, col["year"], line.year)
                put(ws, row, col["value"], num(line.value))
                put(ws, row, col["target"], num(line.target))
                if line.comparison is not None:
                    put(ws, row, col["comparison"], num(line.comparison.value))
                    put(ws, row, col["comparison_source"], line.comparison.source)
                put(ws, row, col["suggested"], measure.suggested)
                if index == 0:
                    put(ws, row, col["unit"], measure.unit or None)
                    put(ws, row, col["direction"], _direction(lang, measure.direction))
                    shown = ", ".join(measure.follows_from)
                    put(ws, row, col["follows_from"], shown or None)
                    put(ws, row, col["source"], measure.source or None)
        taken = {m.suggested for m in measures}
        for number, name in enumerate(leaf.measures, start=1):
            if number not in taken:
                row += 1
                put(ws, row, col["id"], leaf.id)
                put(ws, row, col["name"], name.get(lang, ""))
                put(ws, row, col["suggested"], number)
    for column in MEASURE_COLUMNS:
        if column.answer:
            dim = ws.column_dimensions[letter[column.key]]
            dim.protection = Protection(locked=False)
            dim.fill = PatternFill("solid", fgColor=INPUT_FILL)
    if row > HEAD_ROW:
        _style_rows(ws, HEAD_ROW + 1, row, [col[c.key] for c in MEASURE_COLUMNS if c.answer])
    wrapped = {col[k]: c.width for c in MEASURE_COLUMNS for k in (c.key,) if k in _WRAPPED}
    for line_no in range(HEAD_ROW + 1, row + 1):
        fit_height(ws, line_no, wrapped)  # Calc and Excel do not grow a row on opening
    last_row = row + FREE_ROWS
    for key, rule in rules.items():
        rule.add(f"{letter[key]}{HEAD_ROW + 1}:{letter[key]}{last_row}")
    last = get_column_letter(len(MEASURE_COLUMNS) - 1)
    ws.auto_filter.ref = f"A{HEAD_ROW}:{last}{max(row, HEAD_ROW + 1)}"
    a4_landscape(ws)
    protect(ws)
