"""Read a questionnaire workbook into the same data an answers YAML file parses to.

Only answer cells are trusted, rows are matched by the hidden leaf id that travels with them
(so a client may sort, filter, insert rows and columns), and every bad cell is reported with
``file.xlsx:Sheet!Cell``. Nothing a client types is dropped silently: a cell that counts only
together with another (a reason without N/A, an action without its area) is reported at the
cell. :mod:`xlsx_stream` parses only the sheets read, through defusedxml (no entity expansion),
never evaluates a formula and never follows an external link; :mod:`xlsx_guard` bounds sizes
before that, and the rows here are counted by what they hold, never by their address.
"""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from siqassess.errors import (
    InputError,
    Location,
    Msg,
    NotAnswersError,
    Problem,
    ValidationError,
)
from siqassess.io.xlsx_cells import cell_at, shown_value
from siqassess.io.xlsx_guard import open_zip, read_bytes
from siqassess.io.xlsx_layout import HEADER_FIELDS, MAGIC, META_SHEET, QUESTION_COLUMNS
from siqassess.io.xlsx_reader import Reader, columns, input_error
from siqassess.io.xlsx_source import XlsxSource, cell_msg, quoted, warn_msg
from siqassess.io.xlsx_text import error, file_error, in_every_language, text

__all__ = ["XlsxSource", "read_workbook"]


def read_workbook(path: Path) -> tuple[dict[str, object], XlsxSource]:
    """Read a questionnaire workbook as answers data and the map from its keys to cells.

    Raises :class:`InputError` for a file that is not a readable questionnaire, and one
    :class:`ValidationError` listing every bad answer cell.
    """
    from siqassess.i18n import default_language

    name = str(path)
    lang = default_language(None)
    raw = read_bytes(path, lang)
    with open_zip(name, raw, lang) as archive:
        wb = _load(name, archive, lang)
        try:
            return _read(wb, name, lang)
        except (InputError, ValidationError):
            raise
        except Exception as exc:  # a malformed part, found while its rows are read
            raise input_error(name, file_error(lang, "bad_xml", detail=_cause(exc))) from None


def _cause(exc: BaseException) -> str:
    """The name of the innermost cause (a wrapped EntitiesForbidden, say)."""
    while exc.__cause__ is not None or exc.__context__ is not None:
        exc = exc.__cause__ or exc.__context__  # type: ignore[assignment]
    return type(exc).__name__


def _load(name: str, archive: zipfile.ZipFile, lang: str) -> Any:
    from siqassess.io.xlsx_stream import StreamBook

    try:
        return StreamBook(archive)
    except Exception as exc:  # defusedxml's refusals, broken XML, bad zip members
        raise input_error(name, file_error(lang, "bad_xml", detail=_cause(exc))) from None


def _read(wb: Any, name: str, lang: str) -> tuple[dict[str, object], XlsxSource]:
    from siqassess.io.xlsx_actions import read_actions
    from siqassess.io.xlsx_find import find_sheet
    from siqassess.io.xlsx_measures_read import read_measures

    if META_SHEET not in wb.sheetnames:
        raise NotAnswersError(Problem(Location(name), file_error(lang, "not_questionnaire")))
    reader = Reader(name, lang)
    meta, leaves = _metadata(reader, wb[META_SHEET])
    if meta.get("magic") != MAGIC:
        raise NotAnswersError(Problem(Location(name), file_error(lang, "not_questionnaire")))
    reader.lang = lang = str(meta.get("language") or lang)
    reader.source.lang = lang
    reader.source.sheets = list(wb.sheetnames)
    data: dict[str, object] = {
        "format": _int(meta.get("answers_format")),
        "model": {
            "id": meta.get("model_id"),
            "version": meta.get("model_version"),
            "sha256": meta.get("model_sha256"),
        },
        "language": meta.get("language"),
        "status": meta.get("status"),
    }
    if meta.get("default_target") is not None:
        data["default_target"] = _float(meta["default_target"])
    if meta.get("respondents"):
        data["respondents"] = _json(reader, meta["respondents"], "respondents")
    data.update(_header(reader, find_sheet(reader, wb, "sheet_instructions")))
    answers = _questions(reader, find_sheet(reader, wb, "sheet_questions"), leaves)
    read_actions(reader, find_sheet(reader, wb, "sheet_actions"), answers)
    read_measures(reader, find_sheet(reader, wb, "sheet_measures", optional=True), answers)
    data["answers"] = answers
    # Bad cells are reported with the model checks (off-scale values, N/A without a reason),
    # so a client sees every problem at once: answers_from_data picks these up.
    reader.source.problems = reader.problems
    reader.source.warnings = reader.source.arrange(reader.source.warnings)
    return data, reader.source


def _int(value: Any) -> Any:
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _float(value: Any) -> Any:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else value


def _json(reader: Reader, value: Any, what: str) -> Any:
    try:
        return json.loads(str(value))
    except ValueError:
        raise input_error(reader.name, error(reader.lang, "bad_meta", what=what)) from None


def _metadata(reader: Reader, ws: Any) -> tuple[dict[str, object], dict[str, dict[str, object]]]:
    """The key/value pairs, each marked with its cell, and the leaf table (id → group)."""
    meta: dict[str, object] = {}
    leaves: dict[str, dict[str, object]] = {}
    in_table = False
    paths = {
        "model_id": ("model", "id"),
        "model_version": ("model", "version"),
        "model_sha256": ("model", "sha256"),
    }
    for index, row in reader.rows(ws):
        key, value = row[0].value, row[1].value
        if key == "leaf":
            in_table = True
        elif in_table and isinstance(key, str):
            leaves[key] = _leaf_extras(reader, ws, row, index, key)
        elif isinstance(key, str) and not in_table:
            meta[key] = value
            reader.mark(ws, cell_at(row, index, 1), paths.get(key, (key,)))
    if ("model", "id") in reader.source.cells:
        reader.source.cells[("model",)] = reader.source.cells[("model", "sha256")]
    return meta, leaves


def _leaf_extras(
    reader: Reader, ws: Any, row: Sequence[Any], index: int, leaf: str
) -> dict[str, object]:
    """What the metadata keeps of a leaf beyond the visible answer: group figures, last year."""
    extras: dict[str, object] = {}
    group = row[2].value if len(row) > 2 else None
    if group:
        extras["group"] = _json(reader, group, f"group {leaf}")
    last_year = row[3].value if len(row) > 3 else None
    if last_year is not None:
        extras["last_year"] = _int(last_year)
        reader.mark(ws, cell_at(row, index, 3), ("answers", leaf, "last_year"))
    return extras


def _header(reader: Reader, ws: Any) -> dict[str, object]:
    out: dict[str, object] = {}
    seen: set[str] = set()
    for index, row in reader.rows(ws):
        key = row[0].value
        if key in HEADER_FIELDS:
            seen.add(key)
            kind = "date" if key == "date" else "text"
            at = cell_at(row, index, 2)
            value = reader.value(ws, at, (key,), kind)
            if value is not None:
                out[key] = value
            if key == "date" and isinstance(value, dt.date):
                reader.assessed = value
                reader.date_warnings(ws, at, value, due=False)
            if len(seen) == len(HEADER_FIELDS):
                break  # the rest is instructions; no need to parse it
    return out


_ANSWER_KINDS = {
    "score": "number",
    "na": "yes_no",
    "reason": "text",
    "target": "number",
    "note": "text",
    "evidence": "list",
    "strengths": "list",
    "improvements": "list",
}


_HEADINGS = {c.key: c.header for c in QUESTION_COLUMNS}


def _questions(
    reader: Reader, ws: Any, leaves: dict[str, dict[str, object]]
) -> dict[str, dict[str, object] | None]:
    rows = reader.rows(ws)
    col = columns(reader, ws, rows)
    missing = [key for key in ("key", *_ANSWER_KINDS) if key not in col]
    if missing:
        heading = quoted(reader.lang, _HEADINGS.get(missing[0], "col_id"))
        message = cell_msg("missing_column", what=heading)
        raise InputError(Problem(Location(reader.name, cell=ws.title), message.text(reader.lang)))
    found: dict[str, int] = {}
    answers: dict[str, dict[str, object] | None] = {}
    for index, row in rows:
        key_cell = cell_at(row, index, col["key"])
        key = key_cell.raw
        if key is None or (isinstance(key, str) and not key.strip()):
            _row_not_read(reader, ws, row, index, col)
            continue  # a heading, an empty row, or a row the client added
        leaf = str(key).strip()
        if leaf not in leaves:
            reader.bad(ws, key_cell, ("answers",), cell_msg("unknown_id", value=leaf))
            continue
        if leaf in found:
            message = cell_msg("duplicate_id", id=leaf, row=found[leaf])
            reader.bad(ws, key_cell, ("answers", leaf), message)
            continue
        found[leaf] = index
        reader.mark(ws, cell_at(row, index, col["id"]), ("answers", leaf))
        answer: dict[str, object] = {}
        for field_name, kind in _ANSWER_KINDS.items():
            at = cell_at(row, index, col[field_name])
            value = reader.value(ws, at, ("answers", leaf, field_name), kind)
            if value is not None and value is not False and value != []:
                answer[field_name] = value
        _together(reader, ws, row, index, col, answer, leaves[leaf])
        answer.update(leaves[leaf])
        answers[leaf] = answer or None
    for leaf in leaves:
        if leaf not in found:
            where = Location(reader.name, cell=ws.title)
            message = cell_msg("missing_row", id=leaf)
            reader.problems.append(Problem(where, message.text(reader.lang)))
            # Still a question of this questionnaire: its measures rows are not each reported
            # as naming an unknown result area; the deleted row is said once.
            answers.setdefault(leaf, None)
    return answers


def _row_not_read(
    reader: Reader, ws: Any, row: Sequence[Any], index: int, col: dict[str, int]
) -> None:
    """A row without a question (one the client added) whose answer cells hold something."""
    for name in _ANSWER_KINDS:
        at = cell_at(row, index, col[name])
        if at.raw is not None and str(at.raw).strip():
            reader.bad(ws, at, (), cell_msg("not_a_question_row", id=quoted(reader.lang, "col_id")))
            return


def _together(
    reader: Reader,
    ws: Any,
    row: Sequence[Any],
    index: int,
    col: dict[str, int],
    answer: dict[str, object],
    extras: dict[str, object],
) -> None:
    """Cells that count only together with another: a reason needs N/A, a target a score."""
    lang = reader.lang
    if answer.get("reason") and not answer.get("na"):
        message = warn_msg(
            "reason_without_na",
            reason=quoted(lang, "col_reason"),
            na=quoted(lang, "col_na"),
            yes=text(lang, "yes"),
        )
        reader.warn(ws, cell_at(row, index, col["reason"]), message)
    carried = "last_year" in extras  # init --from carries targets over before any score
    if "target" in answer and "score" not in answer and not answer.get("na") and not carried:
        message = Msg(
            "wb_warn_target_without_score",
            (("target", quoted(lang, "col_target")), ("score", quoted(lang, "col_score"))),
        )
        reader.warn(ws, cell_at(row, index, col["target"]), message)


def shown(raw: Any) -> str:
    """A cell's value as the message quotes it."""
    return shown_value(raw)


def sheet_names(key: str, lang: str) -> list[str]:
    """The names a sheet may have: in the workbook's language first, then in any."""
    title = text(lang, key)
    return [title, *(n for n in in_every_language(key) if n != title)]
