"""Write an answers file as a questionnaire workbook that a client fills in with Excel or Calc.

openpyxl writes it (it reads it back too, and xlsxwriter would add a second library for no
feature we need). Only the answer cells are unlocked; the sheets are protected without a
password, so a client cannot break the layout by accident but can still lift protection.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from siqassess.criteria.tree import LoadedModel, Node, scale_values
from siqassess.io.answers import Answer, AnswersFile, Improvement
from siqassess.io.xlsx_layout import (
    HEAD_ROW,
    MAGIC,
    META_SHEET,
    WORKBOOK_FORMAT,
    Column,
    list_cell,
    question_columns,
)
from siqassess.io.xlsx_measures import measures_sheet
from siqassess.io.xlsx_print import print_questions
from siqassess.io.xlsx_rules import score_rule, yes_no_rule
from siqassess.io.xlsx_sheets import actions_sheet, instructions_sheet, levels_sheet
from siqassess.io.xlsx_style import (
    SECTION_FILL,
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
    from openpyxl.worksheet.worksheet import Worksheet


def write_questionnaire(path: Path, answers: AnswersFile, model: LoadedModel) -> None:
    """Write ``answers`` as a questionnaire workbook, atomically."""
    save_bytes(path, questionnaire_bytes(answers, model))


def save_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically, by the rules of every ``-o`` (io/files.py):
    never over an input, through (not over) a device or FIFO, a symlink's target replaced."""
    from siqassess.io.files import atomic_writer

    with atomic_writer(path) as handle:
        handle.flush()
        cast(Any, handle).buffer.write(data)


def questionnaire_bytes(answers: AnswersFile, model: LoadedModel) -> bytes:
    """The workbook as bytes: Instructions, Questions, Actions, Measures, Levels, hidden
    metadata."""
    from openpyxl import Workbook

    lang = answers.language if answers.language in model.spec.languages else "en"
    wb = Workbook()
    levels = levels_sheet(wb, model, lang)
    rows, columns = _questions(wb, model, answers, lang, levels)
    actions_sheet(wb, model, answers, lang, columns)
    measures_sheet(wb, model, answers, lang)
    instructions_sheet(wb, model, answers, lang)
    _metadata(wb, model, answers, rows)
    del wb[wb.sheetnames[0]]  # the default empty sheet
    order = (
        "sheet_instructions",
        "sheet_questions",
        "sheet_actions",
        "sheet_measures",
        "sheet_levels",
    )
    titles = [text(lang, key) for key in order] + [META_SHEET]
    for index, title in enumerate(titles):
        wb.move_sheet(title, offset=index - wb.sheetnames.index(title))
    wb.active = 0
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _guidance(node: Node, lang: str) -> str:
    parts = [node.help.get(lang, "")] if node.help else []
    parts.extend("– " + m.get(lang, "") for m in node.measures)
    return "\n".join(p for p in parts if p)


def _questions(
    wb: Workbook, model: LoadedModel, answers: AnswersFile, lang: str, levels: dict[str, str]
) -> tuple[dict[str, int], tuple[Column, ...]]:
    """The Questions sheet; returns the row of each leaf, and the sheet's columns."""
    from openpyxl.styles import Alignment
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    ws = wb.create_sheet(text(lang, "sheet_questions"))
    columns = question_columns(any(a and a.last_year is not None for a in answers.answers.values()))
    style_header(ws, columns, lang)
    col = {c.key: i for i, c in enumerate(columns, start=1)}
    letter = {k: get_column_letter(i) for k, i in col.items()}
    ws.column_dimensions[letter["key"]].hidden = True
    yes, no = text(lang, "yes"), text(lang, "no")
    yes_no = yes_no_rule(lang)
    lists: dict[str, DataValidation] = {}
    ws.add_data_validation(yes_no)
    rows: dict[str, int] = {}
    row = HEAD_ROW
    wrap = Alignment(wrap_text=True, vertical="top")
    widths = {i: c.width for i, c in enumerate(columns, start=1) if c.key != "key"}
    ws.row_dimensions[HEAD_ROW].height = 32
    sections = {node.id for node in model.sections}
    breaks: list[int] = []
    for node in model.root.walk():
        if node.id in sections:
            row += 1
            if node.kind == "group":
                continue
            _heading(ws, row, node, lang, len(columns))
            breaks.append(row - 1)
            continue
        if not node.is_leaf:
            continue
        row += 1
        rows[node.id] = row
        scale = node.scale or ""
        steps = list(scale_values(model.scale_of(node)))
        values = ",".join(str(v) for v in steps)
        if values not in lists:  # one dropdown per distinct list of values
            lists[values] = score_rule(lang, steps)
            ws.add_data_validation(lists[values])
        parent = model.parents[node.id]
        part = node.name if node.kind == "result_area" else parent.name
        put(ws, row, col["id"], node.id)
        put(ws, row, col["part"], part.get(lang, ""))
        put(ws, row, col["question"], (node.question or node.name).get(lang, ""))
        put(ws, row, col["guidance"], _guidance(node, lang))
        put(ws, row, col["key"], node.id)
        score = f"{letter['score']}{row}"
        rng = levels[scale]
        look = f'VLOOKUP({score},{rng},3,TRUE)&": "&VLOOKUP({score},{rng},4,TRUE)'
        ws.cell(
            row=row, column=col["level"]
        ).value = f'=IF(ISNUMBER({score}),IFERROR({look},""),"")'
        answer = answers.answer(node.id)
        _answer_cells(ws, row, col, answer, yes, no)
        if "last_year" in col and answer is not None and answer.last_year is not None:
            shown = text(lang, "col_na") if answer.last_year == "na" else num(answer.last_year)
            put(ws, row, col["last_year"], shown)  # locked: it is shown, never read back
        for index in range(1, len(columns) + 1):
            ws.cell(row=row, column=index).alignment = wrap
        for key in ("score", "target"):
            lists[values].add(f"{letter[key]}{row}")
        fit_height(ws, row, widths)
        yes_no.add(f"{letter['na']}{row}")
    last = get_column_letter(len(columns))
    ws.auto_filter.ref = f"A{HEAD_ROW}:{last}{row}"
    print_questions(ws, columns, breaks[1:])
    protect(ws)
    return rows, columns


def _heading(ws: Worksheet, row: int, node: Node, lang: str, width: int) -> None:
    """A success factor's or result area's heading row, shaded across the sheet."""
    from openpyxl.styles import Font, PatternFill

    put(ws, row, 1, node.id)
    put(ws, row, 2, node.name.get(lang, ""))
    for index in range(1, width + 1):
        ws.cell(row=row, column=index).fill = PatternFill("solid", fgColor=SECTION_FILL)
        ws.cell(row=row, column=index).font = Font(bold=True)


def _answer_cells(
    ws: Worksheet, row: int, col: dict[str, int], answer: Answer | None, yes: str, no: str
) -> None:
    a = answer or Answer()
    values: dict[str, object] = {
        "score": num(a.score),
        "na": yes if a.na else None,
        "reason": a.reason,
        "target": num(a.target),
        "note": a.note,
        "evidence": list_cell(a.evidence) if a.evidence else None,
        "strengths": list_cell(a.strengths) if a.strengths else None,
        "improvements": list_cell([_text(i) for i in a.improvements]) if a.improvements else None,
    }
    for key, value in values.items():
        cell = put(ws, row, col[key], value)
        unlock(cell)


def _text(item: str | Improvement) -> str:
    return item if isinstance(item, str) else item.text


def _metadata(wb: Workbook, model: LoadedModel, answers: AnswersFile, rows: dict[str, int]) -> None:
    ws = wb.create_sheet(META_SHEET)
    pairs: list[tuple[str, Any]] = [
        ("magic", MAGIC),
        ("format", WORKBOOK_FORMAT),
        ("answers_format", answers.format),
        ("model_id", model.id),
        ("model_version", model.version),
        ("model_sha256", model.sha256),
        ("language", answers.language),
        ("status", answers.status),
        ("default_target", num(answers.default_target)),
        (
            "respondents",
            json.dumps(answers.respondents) if answers.respondents is not None else None,
        ),
    ]
    for row, (key, value) in enumerate(pairs, start=1):
        put(ws, row, 1, key)
        put(ws, row, 2, value)
    row = len(pairs) + 2
    for index, head in enumerate(("leaf", "row", "group", "last_year"), start=1):
        put(ws, row, index, head)
    for leaf in model.leaves:
        row += 1
        answer = answers.answer(leaf.id)
        group = answer.group.model_dump_json() if answer and answer.group else None
        put(ws, row, 1, leaf.id)
        put(ws, row, 2, rows[leaf.id])
        put(ws, row, 3, group)
        if answer is not None and answer.last_year is not None:
            # Kept here, not read from the visible column: a client cannot change it by accident.
            put(ws, row, 4, answer.last_year if answer.last_year == "na" else num(answer.last_year))
    ws.sheet_state = "hidden"
    protect(ws)
