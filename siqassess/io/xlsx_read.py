"""Read a questionnaire workbook into the same data an answers YAML file parses to.

Only answer cells are trusted, rows are matched by the hidden leaf id that travels with them
(so a client may sort, filter, insert rows and columns), and every bad cell is reported with
``file.xlsx:Sheet!Cell``. :mod:`xlsx_stream` parses only the sheets read, through defusedxml
(no entity expansion), never evaluates a formula and never follows an external link;
:mod:`xlsx_guard` bounds sizes before that.
"""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from siqassess.errors import (
    InputError,
    Location,
    NotAnswersError,
    Problem,
    ValidationError,
    dotted,
)
from siqassess.io.xlsx_cells import PARSE, Bad, Cell, cell_at, shown_value
from siqassess.io.xlsx_guard import MAX_CELLS, MAX_ROWS, open_zip, read_bytes
from siqassess.io.xlsx_layout import (
    HEADER_FIELDS,
    MAGIC,
    META_SHEET,
)
from siqassess.io.xlsx_text import error, file_error, in_every_language, text
from siqassess.io.yamlio import KeyPath, Source

MAX_COLS = 64
"""Columns read per row; the layout uses 14, the rest leaves room for a client's own."""


@dataclass
class XlsxSource(Source):
    """Maps key paths of the read data back to ``Sheet!Cell`` in the workbook."""

    cells: dict[tuple[str | int, ...], str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    """Cells that could not be read; their values are left out of the data."""

    def locate(self, path: KeyPath) -> Location:
        """The cell of the longest known prefix of ``path``; the file when none is known."""
        key = tuple(path)
        while key:
            if key in self.cells:
                return Location(self.name, cell=self.cells[key])
            key = key[:-1]
        return Location(self.name, cell=self.cells.get((), ""))


class _Reader:
    """One workbook being read: its sheets, the problems found so far, the cell map."""

    def __init__(self, name: str, lang: str) -> None:
        self.name = name
        self.lang = lang
        self.problems: list[Problem] = []
        self.source = XlsxSource(name, "")
        self.cells = 0

    def rows(self, ws: Any) -> Iterator[tuple[int, Sequence[Any]]]:
        ws.reset_dimensions()  # never trust the declared size: it may claim a million rows
        for index, row in enumerate(ws.iter_rows(max_col=MAX_COLS), start=1):
            if index > MAX_ROWS:
                limit = f"{MAX_ROWS} rows"
                raise _input(
                    self.name, file_error(self.lang, "too_big", what=ws.title, limit=limit)
                )
            self.cells += sum(1 for c in row if c.value is not None)
            if self.cells > MAX_CELLS:
                limit = f"{MAX_CELLS} cells"
                raise _input(self.name, file_error(self.lang, "too_big", what="cells", limit=limit))
            yield index, row

    def bad(self, ws: Any, at: Cell, path: tuple[str | int, ...], message: str) -> None:
        where = Location(self.name, cell=f"{ws.title}!{at.ref}")
        self.problems.append(Problem(where, message, dotted(list(path))))

    def mark(self, ws: Any, at: Cell, path: tuple[str | int, ...]) -> None:
        self.source.cells[path] = f"{ws.title}!{at.ref}"

    def value(self, ws: Any, at: Cell, path: tuple[str | int, ...], kind: str) -> Any:
        """An answer cell's value as ``kind``; a problem and ``None`` when it cannot be."""
        self.mark(ws, at, path)
        cell = at.cell
        raw = cell.value
        if raw is None:
            return None
        if cell.data_type == "f" or not isinstance(raw, str | int | float | dt.datetime | dt.date):
            self.bad(ws, at, path, error(self.lang, "formula"))
            return None
        try:
            return PARSE[kind](raw, self.lang)
        except Bad as exc:
            self.bad(ws, at, path, error(self.lang, exc.key, value=shown_value(raw), **exc.values))
            return None


def _input(name: str, message: str) -> InputError:
    return InputError(Problem(Location(name), message))


def read_workbook(path: Path) -> tuple[dict[str, Any], XlsxSource]:
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
            raise _input(name, file_error(lang, "bad_xml", detail=_cause(exc))) from None


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
        raise _input(name, file_error(lang, "bad_xml", detail=_cause(exc))) from None


def _read(wb: Any, name: str, lang: str) -> tuple[dict[str, Any], XlsxSource]:
    if META_SHEET not in wb.sheetnames:
        raise NotAnswersError(Problem(Location(name), file_error(lang, "not_questionnaire")))
    reader = _Reader(name, lang)
    meta, leaves = _metadata(reader, wb[META_SHEET])
    if meta.get("magic") != MAGIC:
        raise NotAnswersError(Problem(Location(name), file_error(lang, "not_questionnaire")))
    reader.lang = lang = str(meta.get("language") or lang)
    data: dict[str, Any] = {
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
    data.update(_header(reader, _sheet(reader, wb, "sheet_instructions")))
    answers = _questions(reader, _sheet(reader, wb, "sheet_questions"), leaves)
    _actions(reader, wb, answers)
    data["answers"] = answers
    # Bad cells are reported with the model checks (off-scale values, N/A without a reason),
    # so a client sees every problem at once: answers_from_data picks these up.
    reader.source.problems = reader.problems
    return data, reader.source


def _int(value: Any) -> Any:
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _float(value: Any) -> Any:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else value


def _json(reader: _Reader, value: Any, what: str) -> Any:
    try:
        return json.loads(str(value))
    except ValueError:
        raise _input(reader.name, error(reader.lang, "bad_meta", what=what)) from None


def _sheet(reader: _Reader, wb: Any, key: str) -> Any:
    """The sheet ``key`` by its name in the questionnaire's language, else in any language."""
    title = text(reader.lang, key)
    for name in (title, *in_every_language(key)):
        if name in wb.sheetnames:
            return wb[name]
    raise _input(reader.name, error(reader.lang, "missing_sheet", sheet=title))


def _metadata(reader: _Reader, ws: Any) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """The key/value pairs, each marked with its cell, and the leaf table (id → group)."""
    meta: dict[str, Any] = {}
    leaves: dict[str, dict[str, Any]] = {}
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
    reader: _Reader, ws: Any, row: Sequence[Any], index: int, leaf: str
) -> dict[str, Any]:
    """What the metadata keeps of a leaf beyond the visible answer: group figures, last year."""
    extras: dict[str, Any] = {}
    group = row[2].value if len(row) > 2 else None
    if group:
        extras["group"] = _json(reader, group, f"group {leaf}")
    last_year = row[3].value if len(row) > 3 else None
    if last_year is not None:
        extras["last_year"] = _int(last_year)
        reader.mark(ws, cell_at(row, index, 3), ("answers", leaf, "last_year"))
    return extras


def _header(reader: _Reader, ws: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    seen: set[str] = set()
    for index, row in reader.rows(ws):
        key = row[0].value
        if key in HEADER_FIELDS:
            seen.add(key)
            kind = "date" if key == "date" else "text"
            value = reader.value(ws, cell_at(row, index, 2), (key,), kind)
            if value is not None:
                out[key] = value
            if len(seen) == len(HEADER_FIELDS):
                break  # the rest is instructions; no need to parse it
    return out


def _columns(reader: _Reader, ws: Any, rows: Iterator[tuple[int, Sequence[Any]]]) -> dict[str, int]:
    """The machine keys of the hidden key row (the first rows), as key → column index."""
    for index, row in rows:
        keys = {str(c.value): i for i, c in enumerate(row) if isinstance(c.value, str)}
        if "id" in keys:
            next(rows, None)  # the visible header row under it
            return keys
        if index >= 3:
            break
    raise _input(reader.name, error(reader.lang, "missing_column", what="id"))


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


def _questions(
    reader: _Reader, ws: Any, leaves: dict[str, dict[str, Any]]
) -> dict[str, dict[str, Any] | None]:
    rows = reader.rows(ws)
    col = _columns(reader, ws, rows)
    missing = [key for key in ("key", *_ANSWER_KINDS) if key not in col]
    if missing:
        raise _input(reader.name, error(reader.lang, "missing_column", what=missing[0]))
    found: dict[str, int] = {}
    answers: dict[str, dict[str, Any] | None] = {}
    for index, row in rows:
        key_cell = cell_at(row, index, col["key"])
        key = key_cell.raw
        if key is None or (isinstance(key, str) and not key.strip()):
            continue  # a heading, an empty row, or a row the client added
        leaf = str(key).strip()
        if leaf not in leaves:
            message = error(reader.lang, "unknown_id", value=leaf)
            reader.bad(ws, key_cell, ("answers",), message)
            continue
        if leaf in found:
            message = error(reader.lang, "duplicate_id", id=leaf, row=found[leaf])
            reader.bad(ws, key_cell, ("answers", leaf), message)
            continue
        found[leaf] = index
        reader.mark(ws, cell_at(row, index, col["id"]), ("answers", leaf))
        answer: dict[str, Any] = {}
        for field_name, kind in _ANSWER_KINDS.items():
            at = cell_at(row, index, col[field_name])
            value = reader.value(ws, at, ("answers", leaf, field_name), kind)
            if value is not None and value is not False and value != []:
                answer[field_name] = value
        answer.update(leaves[leaf])
        answers[leaf] = answer or None
    for leaf in leaves:
        if leaf not in found:
            where = Location(reader.name, cell=ws.title)
            message = error(reader.lang, "missing_row", id=leaf)
            reader.problems.append(Problem(where, message, f"answers.{leaf}"))
    return answers


def _actions(reader: _Reader, wb: Any, answers: dict[str, dict[str, Any] | None]) -> None:
    """Attach the Actions sheet's rows to their areas for improvement, by leaf and number."""
    ws = _sheet(reader, wb, "sheet_actions")
    rows = reader.rows(ws)
    col = _columns(reader, ws, rows)
    kinds = {"id": "text", "no": "number", "action": "text", "owner": "text", "due": "date"}
    for index, row in rows:
        cells = {k: cell_at(row, index, col[k]) for k in (*kinds, "status") if k in col}
        if all(c.raw in (None, "") for c in cells.values()):
            continue
        leaf = reader.value(ws, cells["id"], ("answers",), "text")
        leaf = leaf.strip() if isinstance(leaf, str) else leaf
        answer = answers.get(leaf) if leaf else None
        if leaf not in answers:
            reader.bad(ws, cells["id"], ("answers",), error(reader.lang, "unknown_id", value=leaf))
            continue
        items = (answer or {}).get("improvements", [])
        number = reader.value(ws, cells["no"], ("answers", leaf, "improvements"), "number")
        if number is None or not number.is_integer() or not 1 <= number <= len(items):
            message = error(reader.lang, "not_no", value=shown_value(cells["no"].raw), id=leaf)
            reader.bad(ws, cells["no"], ("answers", leaf, "improvements"), message)
            continue
        position = int(number) - 1
        item = items[position]
        if isinstance(item, str):
            item = items[position] = {"text": item, "actions": []}
        path = ("answers", leaf, "improvements", position, "actions", len(item["actions"]))
        action: dict[str, Any] = {}
        for key in ("action", "owner", "due"):
            name = "text" if key == "action" else key
            value = reader.value(ws, cells[key], (*path, name), kinds[key])
            if value is not None:
                action[name] = value
        if "status" in cells and cells["status"].raw not in (None, ""):
            action["status"] = reader.value(ws, cells["status"], (*path, "status"), "status")
        if "text" not in action:
            reader.bad(ws, cells["action"], (*path, "text"), error(reader.lang, "action_text"))
            continue
        item["actions"].append(action)
