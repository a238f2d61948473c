"""Cells and sheets of the questionnaire workbook: text cells, answer cells, headers, printing.

Every value goes through :func:`put`, so text is always a text cell (never a formula) and a
control character an xlsx cell cannot hold is refused with the cell it was meant for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from siqassess.errors import Location, Problem, ValidationError
from siqassess.io.xlsx_layout import HEAD_ROW, KEY_ROW, Column
from siqassess.io.xlsx_text import text

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

INPUT_FILL = "FFF4C2"
HEAD_FILL = "DDE4EE"
SECTION_FILL = "EEF1F5"


def put(ws: Worksheet, row: int, col: int, value: Any) -> Any:
    """Set a cell; text stays text (never a formula) and is refused if a cell cannot hold it."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    cell = ws.cell(row=row, column=col)
    if isinstance(value, str):
        if ILLEGAL_CHARACTERS_RE.search(value):
            where = f"{ws.title}!{cell.coordinate}"
            message = f"{where}: the text has a control character that an xlsx cell cannot hold"
            raise ValidationError(Problem(Location(""), message))
        cell.value = value
        cell.data_type = "s"  # "=1+1" stays text: no formula ever comes from data
    else:
        cell.value = value
    return cell


def style_header(ws: Worksheet, columns: tuple[Column, ...], lang: str) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    for index, column in enumerate(columns, start=1):
        put(ws, KEY_ROW, index, column.key)
        cell = put(ws, HEAD_ROW, index, text(lang, column.header))
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=HEAD_FILL)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.column_dimensions[get_column_letter(index)].width = column.width
    ws.row_dimensions[KEY_ROW].hidden = True
    ws.freeze_panes = f"A{HEAD_ROW + 1}"
    ws.print_title_rows = f"{HEAD_ROW}:{HEAD_ROW}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    from openpyxl.worksheet.properties import PageSetupProperties

    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)


def protect(ws: Worksheet) -> None:
    # No password: the lock prevents accidents, not a determined client.
    ws.protection.sheet = True
    ws.protection.autoFilter = False
    ws.protection.sort = False
    ws.protection.formatColumns = False
    ws.protection.formatRows = False


def fit_height(ws: Worksheet, row: int, widths: dict[int, float]) -> None:
    """Set a row's height to show its wrapped text: Calc and Excel do not grow it on opening."""
    lines = 1
    for col, width in widths.items():
        value = ws.cell(row=row, column=col).value
        if isinstance(value, str) and not value.startswith("=IF("):
            per_line = max(1, int(width * 1.15))
            lines = max(lines, sum(-(-max(1, len(part)) // per_line) for part in value.split("\n")))
    ws.row_dimensions[row].height = 15 * min(lines, 26) + 2


def unlock(cell: Any) -> None:
    from openpyxl.styles import PatternFill, Protection

    cell.protection = Protection(locked=False)
    cell.fill = PatternFill("solid", fgColor=INPUT_FILL)


def num(value: float | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def fit_width(ws: Worksheet) -> None:
    """Print one page wide, as many pages tall as needed."""
    from openpyxl.worksheet.properties import PageSetupProperties

    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
