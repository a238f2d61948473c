"""English texts: what a client types into the questionnaire workbook, and what is said back."""

from __future__ import annotations

from siqassess.i18n.catalogue import Plural, Text

_SAVE_AS = (
    "open it and save it as an Excel workbook: in LibreOffice, File > Save As, file type "
    "“Excel 2007-365 (.xlsx)”, then “Use Excel 2007-365!”; in Excel, File > Save As, "
    "“Excel Workbook (*.xlsx)”"
)

TEXTS: dict[str, Text] = {
    "warning_count": Plural(one="{n} warning", other="{n} warnings"),
    "wb_col_no": "No.",
    "wb_step_5": (
        "5. Actions go on the sheet {actions}, one per row. Link each to its area for "
        "improvement: the question's id (for example F1.1) under {id}, and under {no} the "
        "number of the area in that question's column {improvements} (1 for the first line, 2 "
        "for the second). The area's text then shows under {improvement}."
    ),
    # cells that cannot be read
    "wb_err_formula": "a formula in an answer cell; type the value instead",
    "wb_err_percent": "{typed} was typed with a per-cent sign; type {value} without it",
    "wb_err_not_number": "“{value}” is not a number; type it in digits (for example 70)",
    "wb_err_not_yes_no": "“{value}” is neither {yes} nor {no}; choose one from the list",
    "wb_err_not_date": "“{value}” is not a date; type it as YYYY-MM-DD (for example 2027-03-31)",
    "wb_err_not_status": "“{value}” is not a status; choose {choices}",
    "wb_err_off_step": "{value} is not on the scale; choose {below} or {above}",
    "wb_err_off_range": "{value} is not on the scale; choose a value from {min} to {max}",
    "wb_err_score_and_na": (
        "{na} is {yes} and there is a score too; clear {score}, or choose {no} under {na}"
    ),
    "wb_err_na_reason": "{na} is {yes}; write under {reason} why the question does not apply",
    "wb_warn_reason_without_na": (
        "a reason is written under {reason} but {na} is not {yes}; choose {yes} under {na} "
        "(and clear the score), or clear the reason"
    ),
    "wb_err_not_a_question_row": (
        "this row is no question's (it has no {id}), so what is typed here is not read; move it "
        "to the row of its question"
    ),
    # the Actions sheet
    "wb_err_action_no_id": (
        "this action has no question; type the question's id (for example F1.1) under {id}"
    ),
    "wb_err_no_missing": (
        "the number of the area for improvement is missing; type which line of {improvements} "
        "of {id} this action is for ({choices})"
    ),
    "wb_err_no_missing_none": (
        "the number of the area for improvement is missing, and {id} has none; write the area "
        "under {improvements} on the question's row first, then type its number here (1)"
    ),
    "wb_err_not_no": (
        "{id} has no area for improvement number {value}; type which line of {improvements} "
        "this action is for ({choices})"
    ),
    "wb_err_not_no_none": (
        "{id} has no area for improvement number {value}; write the area under {improvements} "
        "on the question's row first"
    ),
    "wb_err_action_text": "this row has no action; write it under {action}, or clear the row",
    "wb_err_unknown_id": "“{value}” is no question of this questionnaire; type an id like F1.1",
    "wb_err_duplicate_id": "question {id} is on two rows (also row {row}); delete one of them",
    "wb_err_missing_row": "the row of question {id} is missing; undo the deletion",
    "wb_err_missing_column": "the column {what} is missing; undo the deletion of a hidden column",
    "wb_err_missing_sheet": "the sheet “{sheet}” is missing; undo the deletion",
    "wb_err_bad_meta": "the metadata sheet is damaged ({what}); make a new questionnaire",
    # read, but probably not meant
    "wb_warn_date_far": (
        "the date {date} is more than ten years from today; check the year, and type dates as "
        "YYYY-MM-DD"
    ),
    "wb_warn_due_before": (
        "the due date {date} is before the assessment ({assessed}); check the year, and type "
        "dates as YYYY-MM-DD"
    ),
    "wb_warn_due_far": (
        "the due date {date} is more than ten years after the assessment ({assessed}); check "
        "the year, and type dates as YYYY-MM-DD"
    ),
    "wb_warn_target_without_score": (
        "an own target under {target} counts only with a score; choose a score under {score}"
    ),
    "wb_warn_renamed": (
        "the sheet “{sheet}” is named “{name}”; it was read all the same, but give it back its name"
    ),
    # whole files
    "wb_file_old_format": "a {kind} file cannot be read: " + _SAVE_AS,
    "wb_file_not_questionnaire": (
        "not a siqassess questionnaire; make one with `siqassess init -o FILE.xlsx`"
    ),
    "wb_file_not_zip": (
        "not an Excel workbook (.xlsx): the file is empty, damaged or of another kind"
    ),
    "wb_file_too_big_rows": (
        "the sheet {sheet} has more than {limit} rows with content, and a questionnaire has "
        "under 100; delete the rows that were added"
    ),
    "wb_file_too_big_cells": (
        "the workbook has more than {limit} cells with content, and a questionnaire has a few "
        "hundred; delete the sheets or rows that were added"
    ),
    "wb_file_too_big_file": (
        "the workbook is larger than {limit}, and a questionnaire is about 25 KB; remove "
        "pictures and added sheets, and save it again"
    ),
    "wb_file_too_big_members": (
        "the workbook has more than {limit} parts, and a questionnaire about 20; remove added "
        "sheets, pictures and objects, and save it again"
    ),
    "wb_file_too_big_uncompressed": (
        "the workbook holds more than {limit} once unpacked, and a questionnaire about 200 KB; "
        "remove pictures and added sheets, and save it again"
    ),
    "wb_file_external": "the workbook has external links ({part}); remove them and save again",
    "wb_file_macro": "the workbook has macros; save it as .xlsx without macros",
    "wb_file_bad_xml": "the workbook cannot be read ({detail})",
    # data validation in the workbook itself
    "wb_dv_title": "Not allowed here",
    "wb_dv_score": "Choose one of {values} (without a per-cent sign), or leave it empty.",
    "wb_dv_yes_no": "Choose {yes} or {no}, or leave it empty.",
    "wb_dv_status": "Choose {choices}.",
    "wb_dv_date": "Type a date from {first} to {last} as YYYY-MM-DD, for example {example}.",
    "wb_dv_id": "Type the id of a question, for example F1.1.",
    "wb_dv_no": (
        "Type the number of the area for improvement: 1 for the first line of the question's "
        "{improvements}, 2 for the second."
    ),
}
