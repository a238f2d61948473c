"""The questionnaire's reference sheets and the Actions sheet: Levels, Instructions, Actions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from siqassess.criteria.tree import LoadedModel
from siqassess.io.answers import AnswersFile
from siqassess.io.xlsx_layout import ACTION_COLUMNS, BULLET, HEAD_ROW, HEADER_FIELDS, Column
from siqassess.io.xlsx_print import a4_landscape
from siqassess.io.xlsx_rules import date_rule, id_rule, number_rule, status_rule
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


def levels_sheet(wb: Workbook, model: LoadedModel, lang: str) -> dict[str, str]:
    """The Levels sheet; returns each scale's lookup range for the level column."""
    from openpyxl.styles import Alignment, Font

    ws = wb.create_sheet(text(lang, "sheet_levels"))
    heads = ("col_scale", "col_from", "col_to", "col_band", "col_descriptor")
    for index, key in enumerate(heads, start=1):
        put(ws, 1, index, text(lang, key)).font = Font(bold=True)
    for letter, width in zip("ABCDE", (18, 6, 6, 18, 80), strict=True):
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
            fit_height(ws, row, {5: 80})
            row += 1
        ranges[scale_id] = f"'{ws.title}'!$B${first}:$E${row - 1}"
        if scale.placement:  # below the lookup range, so the level column never finds it
            put(ws, row, 1, scale.name.get(lang, scale_id))
            put(ws, row, 4, text(lang, "placement")).font = Font(italic=True)
            put(ws, row, 5, scale.placement.get(lang, "")).alignment = Alignment(
                wrap_text=True, vertical="top"
            )
            fit_height(ws, row, {5: 80})
            row += 1
    ws.freeze_panes = "A2"
    a4_landscape(ws)
    protect(ws)
    return ranges


def actions_sheet(
    wb: Workbook,
    model: LoadedModel,
    answers: AnswersFile,
    lang: str,
    questions: tuple[Column, ...] = (),
) -> None:
    """The Actions sheet: a row per action, linked to its area for improvement by Id and No;
    the area's text shows beside the number, looked up on the Questions sheet."""
    from openpyxl.styles import Alignment, PatternFill, Protection
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(text(lang, "sheet_actions"))
    style_header(ws, ACTION_COLUMNS, lang)
    ws.row_dimensions[HEAD_ROW].height = 32
    col = {c.key: i for i, c in enumerate(ACTION_COLUMNS, start=1)}
    letter = {k: get_column_letter(i) for k, i in col.items()}
    rules = {
        "id": id_rule(lang, [leaf.id for leaf in model.leaves]),
        "no": number_rule(lang),
        "due": date_rule(lang),
        "status": status_rule(lang),
    }
    for rule in rules.values():
        ws.add_data_validation(rule)
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
                put(ws, row, col["action"], action.text)
                put(ws, row, col["owner"], action.owner or None)
                put(ws, row, col["due"], action.due)
                put(ws, row, col["status"], text(lang, f"status_{action.status}"))
    # Room for the client's own actions: whole answer columns are unlocked by their column
    # style, so no empty rows are written (and none has to be read back).
    for column in ACTION_COLUMNS:
        if column.answer:
            dim = ws.column_dimensions[letter[column.key]]
            dim.protection = Protection(locked=False)
            dim.fill = PatternFill("solid", fgColor=INPUT_FILL)
            if column.key == "due":
                dim.number_format = "yyyy-mm-dd"
    for free in range(HEAD_ROW + 1, row + 1):
        for column in ACTION_COLUMNS:
            if column.answer:
                unlock(ws.cell(row=free, column=col[column.key]))
    last_row = HEAD_ROW + LINKED_ROWS
    for key, rule in rules.items():
        rule.add(f"{letter[key]}{HEAD_ROW + 1}:{letter[key]}{last_row}")
    if questions:
        _linked_areas(ws, lang, questions, letter, last_row)
    for free in range(HEAD_ROW + 1, last_row + 1):
        ws.cell(row=free, column=col["improvement"]).alignment = Alignment(
            wrap_text=True, vertical="top"
        )
    last = get_column_letter(len(ACTION_COLUMNS))
    ws.auto_filter.ref = f"A{HEAD_ROW}:{last}{max(row, HEAD_ROW + 1)}"
    a4_landscape(ws)
    # One page of rows to write on, not the 200 of looked-up areas (empty, but printed).
    ws.print_area = f"A{HEAD_ROW}:{last}{max(row, HEAD_ROW) + PRINTED_ROWS}"
    protect(ws)


PRINTED_ROWS = 20
"""Empty rows printed under the actions, for a respondent to write on."""

LINKED_ROWS = 200
"""Rows of the Actions sheet whose area for improvement is looked up as it is typed."""


def _linked_areas(
    ws: Any, lang: str, questions: tuple[Column, ...], letter: dict[str, str], last_row: int
) -> None:
    """The area for improvement each row's Id and No point at: line No of the question's
    list (its bullets dropped), so a client sees what their "1" refers to."""
    from openpyxl.utils import get_column_letter

    keys = [c.key for c in questions]
    sheet = text(lang, "sheet_questions").replace("'", "''")
    areas = get_column_letter(keys.index("improvements") + 1)
    ids = get_column_letter(keys.index("key") + 1)
    for row in range(HEAD_ROW + 1, last_row + 1):
        leaf, number = f"{letter['id']}{row}", f"{letter['no']}{row}"
        found = f"INDEX('{sheet}'!${areas}:${areas},MATCH({leaf},'{sheet}'!${ids}:${ids},0))"
        lines = f'SUBSTITUTE(SUBSTITUTE({found},"{BULLET}",""),CHAR(10),REPT(" ",500))'
        nth = f"TRIM(MID({lines},({number}-1)*500+1,500))"
        ws[f"{letter['improvement']}{row}"] = f'=IF(OR({leaf}="",{number}=""),"",IFERROR({nth},""))'


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
    header: dict[str, object] = {
        "organisation": answers.organisation or None,
        "unit": answers.unit or None,
        "respondent": answers.respondent or None,
        "date": answers.date,
        "role": answers.role or None,
    }
    for key in HEADER_FIELDS:
        put(ws, row, 1, key)
        put(ws, row, 2, text(lang, key))
        cell = put(ws, row, 3, header[key])
        if key == "date":
            cell.number_format = "yyyy-mm-dd"
            rule = date_rule(lang)
            ws.add_data_validation(rule)
            rule.add(cell.coordinate)
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
        "id": text(lang, "col_id"),
        "no": text(lang, "col_no"),
        "improvements": text(lang, "col_improvements"),
        "improvement": text(lang, "col_improvement"),
    }
    for step in range(1, 7):
        row += 1
        put(ws, row, 2, text(lang, f"step_{step}", **names)).alignment = wrap
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=3)
        fit_height(ws, row, {2: 128})
    row += 1  # the Measures sheet (rule 16), said apart from the numbered steps
    measures = text(lang, "measures_step", measures=text(lang, "sheet_measures"))
    put(ws, row, 2, measures).alignment = wrap
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
    a4_landscape(ws)
    protect(ws)
