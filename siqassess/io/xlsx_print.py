"""How the questionnaire prints: readable on paper at arm's length, saved in the file.

The Questions sheet is too wide to print whole at a readable size (its answer columns alone
are wider than a page), so its print area is what a respondent reads at a meeting: the
question, its guidance, the score and what the level means, one page wide on A4 landscape
at about 10 pt, each success factor and result area starting a new page. The Levels sheet
prints every level's description in full.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from siqassess.io.xlsx_layout import HEAD_ROW, Column

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

PRINTED = ("id", "part", "question", "guidance", "score", "level")
"""The Questions sheet's printed columns (they are its first, so the area is one block)."""


def a4_landscape(ws: Worksheet) -> None:
    """A4 landscape, narrow margins, one page wide and as many tall as needed."""
    from openpyxl.worksheet.page import PageMargins
    from openpyxl.worksheet.properties import PageSetupProperties

    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.5, bottom=0.5, header=0.3, footer=0.3)


def print_questions(ws: Worksheet, columns: tuple[Column, ...], breaks: list[int]) -> None:
    """The Questions sheet's print area, title row and a page break before each section."""
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.pagebreak import Break, RowBreak

    keys = [c.key for c in columns]
    last = max(keys.index(key) for key in PRINTED) + 1
    a4_landscape(ws)
    ws.print_area = f"A{HEAD_ROW}:{get_column_letter(last)}{ws.max_row}"
    ws.print_title_rows = f"{HEAD_ROW}:{HEAD_ROW}"
    ws.row_breaks = RowBreak()
    for row in breaks:
        ws.row_breaks.append(Break(id=row))
