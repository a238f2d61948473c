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
from siqassess.errors import Location, Problem, ValidationError
from siqassess.io.answers import Answer, AnswersFile, Improvement
from siqassess.io.xlsx_layout import (
    ACTION_COLUMNS,
    HEAD_ROW,
    HEADER_FIELDS,
    KEY_ROW,
    MAGIC,
    META_SHEET,
    QUESTION_COLUMNS,
    WORKBOOK_FORMAT,
    Column,
    list_cell,
)
from siqassess.io.xlsx_text import text

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

_INPUT_FILL = "FFF4C2"
_HEAD_FILL = "DDE4EE"
_SECTION_FILL = "EEF1F5"


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
    """The workbook as bytes: Instructions, Questions, Actions, Levels, hidden metadata."""
    from openpyxl import Workbook

    lang = answers.language if answers.language in model.spec.languages else "en"
    wb = Workbook()
    levels = _levels(wb, model, lang)
    rows = _questions(wb, model, answers, lang, levels)
    _actions(wb, model, answers, lang)
    _instructions(wb, model, answers, lang)
    _metadata(wb, model, answers, rows)
    del wb[wb.sheetnames[0]]  # the default empty sheet
    order = ("sheet_instructions", "sheet_questions", "sheet_actions", "sheet_levels")
    titles = [text(lang, key) for key in order] + [META_SHEET]
    for index, title in enumerate(titles):
        wb.move_sheet(title, offset=index - wb.sheetnames.index(title))
    wb.active = 0
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


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


def _style_header(ws: Worksheet, columns: tuple[Column, ...], lang: str) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    for index, column in enumerate(columns, start=1):
        put(ws, KEY_ROW, index, column.key)
        cell = put(ws, HEAD_ROW, index, text(lang, column.header))
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=_HEAD_FILL)
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


def _protect(ws: Worksheet) -> None:
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


def _unlock(cell: Any) -> None:
    from openpyxl.styles import PatternFill, Protection

    cell.protection = Protection(locked=False)
    cell.fill = PatternFill("solid", fgColor=_INPUT_FILL)


def _num(value: float | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def _levels(wb: Workbook, model: LoadedModel, lang: str) -> dict[str, str]:
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
            put(ws, row, 2, _num(band.min))
            put(ws, row, 3, _num(band.max))
            put(ws, row, 4, band.label.get(lang, ""))
            put(ws, row, 5, band.descriptor.get(lang, ""))
            ws.cell(row=row, column=5).alignment = Alignment(wrap_text=True, vertical="top")
            fit_height(ws, row, {5: 90})
            row += 1
        ranges[scale_id] = f"'{ws.title}'!$B${first}:$E${row - 1}"
    ws.freeze_panes = "A2"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    _fit_width(ws)
    _protect(ws)
    return ranges


def _guidance(node: Node, lang: str) -> str:
    parts = [node.help.get(lang, "")] if node.help else []
    parts.extend("– " + m.get(lang, "") for m in node.measures)
    return "\n".join(p for p in parts if p)


def _questions(
    wb: Workbook, model: LoadedModel, answers: AnswersFile, lang: str, levels: dict[str, str]
) -> dict[str, int]:
    """The Questions sheet; returns the row of each leaf."""
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    ws = wb.create_sheet(text(lang, "sheet_questions"))
    _style_header(ws, QUESTION_COLUMNS, lang)
    col = {c.key: i for i, c in enumerate(QUESTION_COLUMNS, start=1)}
    letter = {k: get_column_letter(i) for k, i in col.items()}
    ws.column_dimensions[letter["key"]].hidden = True
    yes, no = text(lang, "yes"), text(lang, "no")
    yes_no = DataValidation(type="list", formula1=f'"{yes},{no}"', allow_blank=True)
    lists: dict[str, DataValidation] = {}
    ws.add_data_validation(yes_no)
    rows: dict[str, int] = {}
    row = HEAD_ROW
    wrap = Alignment(wrap_text=True, vertical="top")
    widths = {i: c.width for i, c in enumerate(QUESTION_COLUMNS, start=1) if c.key != "key"}
    ws.row_dimensions[HEAD_ROW].height = 32
    sections = {node.id for node in model.sections}
    for node in model.root.walk():
        if node.id in sections:
            row += 1
            if node.kind == "group":
                continue
            put(ws, row, 1, node.id)
            put(ws, row, 2, node.name.get(lang, ""))
            for index in range(1, len(QUESTION_COLUMNS) + 1):
                ws.cell(row=row, column=index).fill = PatternFill("solid", fgColor=_SECTION_FILL)
                ws.cell(row=row, column=index).font = Font(bold=True)
            continue
        if not node.is_leaf:
            continue
        row += 1
        rows[node.id] = row
        scale = node.scale or ""
        values = ",".join(str(v) for v in scale_values(model.scale_of(node)))
        if values not in lists:  # one dropdown per distinct list of values
            lists[values] = DataValidation(type="list", formula1=f'"{values}"', allow_blank=True)
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
        _answer_cells(ws, row, col, answers.answer(node.id), yes, no)
        for index in range(1, len(QUESTION_COLUMNS) + 1):
            ws.cell(row=row, column=index).alignment = wrap
        for key in ("score", "target"):
            lists[values].add(f"{letter[key]}{row}")
        fit_height(ws, row, widths)
        yes_no.add(f"{letter['na']}{row}")
    last = get_column_letter(len(QUESTION_COLUMNS))
    ws.auto_filter.ref = f"A{HEAD_ROW}:{last}{row}"
    _protect(ws)
    return rows


def _answer_cells(
    ws: Worksheet, row: int, col: dict[str, int], answer: Answer | None, yes: str, no: str
) -> None:
    a = answer or Answer()
    values: dict[str, Any] = {
        "score": _num(a.score),
        "na": yes if a.na else None,
        "reason": a.reason,
        "target": _num(a.target),
        "note": a.note,
        "evidence": list_cell(a.evidence) if a.evidence else None,
        "strengths": list_cell(a.strengths) if a.strengths else None,
        "improvements": list_cell([_text(i) for i in a.improvements]) if a.improvements else None,
    }
    for key, value in values.items():
        cell = put(ws, row, col[key], value)
        _unlock(cell)


def _text(item: str | Improvement) -> str:
    return item if isinstance(item, str) else item.text


def _actions(wb: Workbook, model: LoadedModel, answers: AnswersFile, lang: str) -> None:
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    ws = wb.create_sheet(text(lang, "sheet_actions"))
    _style_header(ws, ACTION_COLUMNS, lang)
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
            dim.fill = PatternFill("solid", fgColor=_INPUT_FILL)
            if column.key == "due":
                dim.number_format = "yyyy-mm-dd"
    for free in range(HEAD_ROW + 1, row + 1):
        for column in ACTION_COLUMNS:
            if column.answer:
                _unlock(ws.cell(row=free, column=col[column.key]))
    status = get_column_letter(col["status"])
    status_list.add(f"{status}{HEAD_ROW + 1}:{status}{HEAD_ROW + 1000}")
    last = get_column_letter(len(ACTION_COLUMNS))
    ws.auto_filter.ref = f"A{HEAD_ROW}:{last}{max(row, HEAD_ROW + 1)}"
    _protect(ws)


def _instructions(wb: Workbook, model: LoadedModel, answers: AnswersFile, lang: str) -> None:
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
        _unlock(cell)
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
                f"{_num(band.min)}–{_num(band.max)}"
                if band.min != band.max
                else f"{_num(band.min)}"
            )
            put(ws, row, 2, f"{span}  {band.label.get(lang, '')}")
            put(ws, row, 3, band.descriptor.get(lang, "")).alignment = wrap
            fit_height(ws, row, {3: 100})
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    _fit_width(ws)
    _protect(ws)


def _fit_width(ws: Worksheet) -> None:
    """Print one page wide, as many pages tall as needed."""
    from openpyxl.worksheet.properties import PageSetupProperties

    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)


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
        ("default_target", _num(answers.default_target)),
        (
            "respondents",
            json.dumps(answers.respondents) if answers.respondents is not None else None,
        ),
    ]
    for row, (key, value) in enumerate(pairs, start=1):
        put(ws, row, 1, key)
        put(ws, row, 2, value)
    row = len(pairs) + 2
    for index, head in enumerate(("leaf", "row", "group"), start=1):
        put(ws, row, index, head)
    for leaf in model.leaves:
        row += 1
        answer = answers.answer(leaf.id)
        group = answer.group.model_dump_json() if answer and answer.group else None
        put(ws, row, 1, leaf.id)
        put(ws, row, 2, rows[leaf.id])
        put(ws, row, 3, group)
    ws.sheet_state = "hidden"
    _protect(ws)
