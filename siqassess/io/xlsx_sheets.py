"""The questionnaire's reference sheets and the Actions sheet: Levels, Instructions, Actions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from siqassess.criteria.tree import LoadedModel
from siqassess.io.answers import AnswersFile
from siqassess.io.xlsx_layout import ACTION_COLUMNS, HEAD_ROW, HEADER_FIELDS
from siqassess.io.xlsx_style import (
    INPUT_FILL,
    fit_height,
    fit_width,
    num,
    protect,
    put,
    style_header,
    unlock,
)
from siqassess.io.xlsx_text import text

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook


def levels_sheet(wb: Workbook, model: LoadedModel, lang: str) -> dict[str, str]:
    """The Levels sheet; returns each scale's lookup range for the level column."""
    from openpyxl.styles import Alignment, Font

    ws = wb.create_sheet(text(lang, "sheet_levels"))
    heads = ("col_scale", "col_from", "col_to", "col_band", "col_descriptor")
    for index, key in enumerate(heads, start=1):
        put(ws, 1, index, text(lang, key)).font = Font(bold=True)
    for letter, width in zip("ABCDE", (26, 8, 8, 22, 90), strict=True):
        ws.column_dimensions[letter].width = width
    ranges: dict[str, str] = {}
    row = 2
    for scale_id, scale in model.spec.scales.items():
        first = row
        for band in scale.bands:
            put(ws, row, 1, scale.name.get(lang, scale_id))
            put(ws, row, 2, num(band.min))
            put(ws, row, 3, num(band.max))
            put(ws, row, 4, band.label.get(lang, ""))
            put(ws, row, 5, band.descriptor.get(lang, ""))
            ws.cell(row=row, column=5).alignment = Alignment(wrap_text=True, vertical="top")
            fit_height(ws, row, {5: 90})
            row += 1
        ranges[scale_id] = f"'{ws.title}'!$B${first}:$E${row - 1}"
        if scale.placement:  # below the lookup range, so the level column never finds it
            put(ws, row, 1, scale.name.get(lang, scale_id))
            put(ws, row, 4, text(lang, "placement")).font = Font(italic=True)
            put(ws, row, 5, scale.placement.get(lang, "")).alignment = Alignment(
                wrap_text=True, vertical="top"
            )
            fit_height(ws, row, {5: 90})
            row += 1
    ws.freeze_panes = "A2"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    fit_width(ws)
    protect(ws)
    return ranges


def actions_sheet(wb: Workbook, model: LoadedModel, answers: AnswersFile, lang: str) -> None:
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    ws = wb.create_sheet(text(lang, "sheet_actions"))
    style_header(ws, ACTION_COLUMNS, lang)
    col = {c.key: i for i, c in enumerate(ACTION_COLUMNS, start=1)}
    statuses = [text(lang, f"status_{s}") for s in ("planned", "in_progress", "done")]
    status_list = DataValidation(type="list", formula1=f'"{",".join(statuses)}"', allow_blank=True)
    ws.add_data_validation(status_list)
    row = HEAD_ROW
    for leaf in model.leaves:
        answer = answers.answer(leaf.id)
        for number, item in enumerate(answer.improvements if answer else [], start=1):
            if isinstance(item, str):
                continue
            for action in item.actions:
                row += 1
                put(ws, row, col["id"], leaf.id)
                put(ws, row, col["no"], number)
                put(ws, row, col["improvement"], item.text)
                put(ws, row, col["action"], action.text)
                put(ws, row, col["owner"], action.owner or None)
                put(ws, row, col["due"], action.due)
                put(ws, row, col["status"], text(lang, f"status_{action.status}"))
    # Room for the client's own actions: whole answer columns are unlocked by their column
    # style, so no empty rows are written (and none has to be read back).
    from openpyxl.styles import PatternFill, Protection

    for column in ACTION_COLUMNS:
        if column.answer:
            dim = ws.column_dimensions[get_column_letter(col[column.key])]
            dim.protection = Protection(locked=False)
            dim.fill = PatternFill("solid", fgColor=INPUT_FILL)
            if column.key == "due":
                dim.number_format = "yyyy-mm-dd"
    for free in range(HEAD_ROW + 1, row + 1):
        for column in ACTION_COLUMNS:
            if column.answer:
                unlock(ws.cell(row=free, column=col[column.key]))
    status = get_column_letter(col["status"])
    status_list.add(f"{status}{HEAD_ROW + 1}:{status}{HEAD_ROW + 1000}")
    last = get_column_letter(len(ACTION_COLUMNS))
    ws.auto_filter.ref = f"A{HEAD_ROW}:{last}{max(row, HEAD_ROW + 1)}"
    protect(ws)


def instructions_sheet(wb: Workbook, model: LoadedModel, answers: AnswersFile, lang: str) -> None:
    from openpyxl.styles import Alignment, Font

    ws = wb.create_sheet(text(lang, "sheet_instructions"))
    ws.column_dimensions["A"].hidden = True
    ws.column_dimensions["B"].width = 28
    ws.column_dimensions["C"].width = 100
    wrap = Alignment(wrap_text=True, vertical="top")
    name = model.spec.name.get(lang, model.id)
    put(ws, 1, 2, text(lang, "title", model=name, version=model.version)).font = Font(
        bold=True, size=14
    )
    put(ws, 3, 2, text(lang, "header_title")).font = Font(bold=True)
    row = 4
    header: dict[str, Any] = {
        "organisation": answers.organisation or None,
        "unit": answers.unit or None,
        "respondent": answers.respondent or None,
        "date": answers.date,
    }
    for key in HEADER_FIELDS:
        put(ws, row, 1, key)
        put(ws, row, 2, text(lang, key))
        cell = put(ws, row, 3, header[key])
        if key == "date":
            cell.number_format = "yyyy-mm-dd"
        unlock(cell)
        row += 1
    row += 1
    put(ws, row, 2, text(lang, "steps_title")).font = Font(bold=True)
    names = {
        "questions": text(lang, "sheet_questions"),
        "actions": text(lang, "sheet_actions"),
        "score": text(lang, "col_score"),
        "na": text(lang, "col_na"),
        "reason": text(lang, "col_reason"),
        "yes": text(lang, "yes"),
    }
    for step in range(1, 7):
        row += 1
        put(ws, row, 2, text(lang, f"step_{step}", **names)).alignment = wrap
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=3)
        fit_height(ws, row, {2: 128})
    row += 2
    put(ws, row, 2, text(lang, "scale_title")).font = Font(bold=True)
    for scale_id, scale in model.spec.scales.items():
        row += 1
        put(ws, row, 2, scale.name.get(lang, scale_id)).font = Font(italic=True)
        for band in scale.bands:
            row += 1
            span = (
                f"{num(band.min)}–{num(band.max)}" if band.min != band.max else f"{num(band.min)}"
            )
            put(ws, row, 2, f"{span}  {band.label.get(lang, '')}")
            put(ws, row, 3, band.descriptor.get(lang, "")).alignment = wrap
            fit_height(ws, row, {3: 100})
        if scale.placement:
            row += 1
            put(ws, row, 2, text(lang, "placement")).font = Font(italic=True)
            put(ws, row, 3, scale.placement.get(lang, "")).alignment = wrap
            fit_height(ws, row, {3: 100})
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    fit_width(ws)
    protect(ws)
