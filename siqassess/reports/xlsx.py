"""Results as an Excel workbook: one sheet per view, typed numbers, never a formula.

Numbers are numeric cells with the format ``0.0``; Excel and Calc show them with the reader's
decimal separator (a comma in Swedish), so sums and pivots work. Every text is a text cell,
even one starting with ``=``, ``+``, ``-`` or ``@``, so nothing in a file name or an
organisation's name runs as a formula. Sheet names and headers are in the user's language
(catalogue keys ``wb_s_<view>`` and ``wb_h_<field>``, the field names of the JSON and CSV
outputs); ids, kinds and statuses stay the JSON's values, so filters match across formats.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from siqassess.i18n import t

Cell = str | int | float | dt.date | None
Row = Mapping[str, Any]

_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


@dataclass(frozen=True)
class Column:
    """A column: its header and how to take its value from a row dict."""

    header: str
    get: Callable[[Row], Cell]
    number: str = ""
    """The number format of a numeric or date column, for example ``0.0`` or ``yyyy-mm-dd``."""
    width: float | None = None
    """The column's width in characters; by default from the header's length."""
    own: bool = False
    """Whether the header is data (a respondent's name), never looked up in the catalogue."""


@dataclass
class Sheet:
    """One sheet: its name, columns and rows."""

    name: str
    columns: Sequence[Column]
    rows: list[Row] = field(default_factory=list)


def key(name: str, number: str = "", width: float | None = None) -> Column:
    """A column holding ``row[name]``."""
    return Column(name, lambda row: row.get(name), number, width)


def path(header: str, *keys: str, number: str = "", own: bool = False) -> Column:
    """A column holding ``row[keys[0]][keys[1]]…`` (``None`` where a step is missing)."""

    def get(row: Row) -> Cell:
        value: Any = row
        for step in keys:
            value = value.get(step) if isinstance(value, Mapping) else None
        return value  # type: ignore[no-any-return]

    return Column(header, get, number, own=own)


SCORE = "0.0"
COUNT = "0"
DATE = "yyyy-mm-dd"


def localised(tables: list[Sheet], lang: str) -> list[Sheet]:
    """The tables with sheet names and headers in ``lang`` (a name's own header kept)."""
    out = []
    for table in tables:
        columns = [
            c if c.own else replace(c, header=t(lang, f"wb_h_{c.header}")) for c in table.columns
        ]
        out.append(Sheet(t(lang, f"wb_s_{table.name}"), columns, table.rows))
    return out


def workbook_bytes(tables: Iterable[Sheet]) -> bytes:
    """The workbook: each table a sheet with a bold frozen header and an autofilter."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    del wb[wb.sheetnames[0]]
    for table in tables:
        ws = wb.create_sheet(table.name[:31])
        for col, column in enumerate(table.columns, start=1):
            _put(ws, 1, col, column.header).font = Font(bold=True)
            width = column.width or max(10, min(40, len(column.header) + 2))
            ws.column_dimensions[get_column_letter(col)].width = width
        for index, row in enumerate(table.rows, start=2):
            for col, column in enumerate(table.columns, start=1):
                cell = _put(ws, index, col, column.get(row))
                if column.number and isinstance(cell.value, int | float | dt.date):
                    cell.number_format = column.number
        ws.freeze_panes = "A2"
        last = get_column_letter(max(1, len(table.columns)))
        ws.auto_filter.ref = f"A1:{last}{max(2, len(table.rows) + 1)}"
    if not wb.sheetnames:
        wb.create_sheet("empty")
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _put(ws: Any, row: int, col: int, value: Any) -> Any:
    cell = ws.cell(row=row, column=col)
    if isinstance(value, bool):
        cell.value = "yes" if value else "no"
        cell.data_type = "s"
    elif isinstance(value, int | float | dt.date):
        cell.value = value  # a date is a real date cell, so Excel sorts and filters it as one
    elif value is None:
        pass
    else:
        cell.value = _ILLEGAL.sub("", str(value))
        cell.data_type = "s"  # "=cmd|…" stays text: never a formula
    return cell


# -- the views of each command --

_COVERAGE = (
    path("answered", "coverage", "answered", number=COUNT),
    path("na", "coverage", "na", number=COUNT),
    path("missing", "coverage", "missing", number=COUNT),
)
_PRIORITY = (
    key("rank", COUNT),
    key("id"),
    key("score", SCORE),
    key("target", SCORE),
    key("gap", SCORE),
    key("importance", "0.000"),
    key("priority", SCORE),
    key("points_at_stake", SCORE),
)


def score_tables(docs: Sequence[Row], lang: str) -> list[Sheet]:
    """``score``: totals per file, every node per file, and the priority lists."""
    file = key("file")
    totals = Sheet(
        "totals",
        (
            file,
            key("organisation"),
            key("unit"),
            key("respondent"),
            key("date"),
            key("status"),
            path("model", "model", "id"),
            path("version", "model", "version"),
            path("score", "total", "score", number=SCORE),
            path("points", "total", "points", number=SCORE),
            path("max_points", "total", "max_points", number=COUNT),
            path("target", "total", "target", number=SCORE),
            path("gap", "total", "gap", number=SCORE),
            path("answered", "total", "coverage", "answered", number=COUNT),
            path("na", "total", "coverage", "na", number=COUNT),
            path("missing", "total", "coverage", "missing", number=COUNT),
        ),
        list(docs),
    )
    node_columns = (
        file,
        key("node"),
        key("kind"),
        key("parent"),
        key("score", SCORE),
        key("target", SCORE),
        key("gap", SCORE),
        key("effective_weight", "0.000"),
        *_COVERAGE,
    )
    nodes = Sheet("nodes", node_columns)
    tables = [totals, nodes]
    for name in ("improvements", "results_below_target"):
        tables.append(Sheet(name, (file, *_PRIORITY)))
    for doc in docs:
        nodes.rows.extend({**n, "file": doc["file"], "node": n["id"]} for n in doc["nodes"])
        for table in tables[2:]:
            table.rows.extend({**item, "file": doc["file"]} for item in doc.get(table.name, []))
    return localised(tables, lang)


def aggregate_tables(doc: Row, lang: str) -> list[Sheet]:
    """``aggregate``: the group's totals, every node with each respondent, the discuss list."""
    names = [r["name"] for r in doc["respondents"]]
    per_person = tuple(path(name, "respondents", name, number=SCORE, own=True) for name in names)
    total = {**doc["total"], "respondents": len(names), "spread": doc["spread_threshold"]}
    totals = Sheet(
        "totals",
        (
            key("score", SCORE),
            key("points", SCORE),
            key("max_points", COUNT),
            key("target", SCORE),
            key("gap", SCORE),
            *_COVERAGE,
            key("respondents", COUNT),
            key("spread", SCORE),
        ),
        [total],
    )
    nodes = Sheet(
        "nodes",
        (
            key("id"),
            key("kind"),
            key("parent"),
            key("score", SCORE),
            key("target", SCORE),
            key("gap", SCORE),
            key("min", SCORE),
            key("max", SCORE),
            *_COVERAGE,
            *per_person,
        ),
        list(doc["nodes"]),
    )
    scores = tuple(path(name, "scores", name, number=SCORE, own=True) for name in names)
    discuss = Sheet(
        "discuss",
        (
            key("id"),
            key("spread", SCORE),
            key("min", SCORE),
            key("max", SCORE),
            key("mean", SCORE),
            *scores,
        ),
        list(doc["discuss"]),
    )
    people = Sheet("respondents", (key("name"), key("file")), list(doc["respondents"]))
    priorities = [
        Sheet(name, _PRIORITY, list(doc.get(name, [])))
        for name in ("improvements", "results_below_target")
    ]
    return localised([totals, nodes, discuss, *priorities, people], lang)


def compare_tables(doc: Row, lang: str) -> list[Sheet]:
    """``compare``: both files, every node old and new with Δ, and the change lists."""
    files = Sheet(
        "files",
        (
            key("which"),
            key("file"),
            key("organisation"),
            key("unit"),
            key("respondent"),
            key("date"),
            path("model", "model", "id"),
            path("version", "model", "version"),
        ),
        [{**doc[side], "which": t(lang, f"wb_v_{side}")} for side in ("old", "new")],
    )
    sides = []
    for side in ("old", "new"):
        sides += [
            path(f"{side}_score", side, "score", number=SCORE),
            path(f"{side}_target", side, "target", number=SCORE),
            path(f"{side}_gap", side, "gap", number=SCORE),
            path(f"{side}_answered", side, "coverage", "answered", number=COUNT),
            path(f"{side}_na", side, "coverage", "na", number=COUNT),
            path(f"{side}_missing", side, "coverage", "missing", number=COUNT),
        ]
    nodes = Sheet(
        "nodes",
        (key("id"), key("kind"), key("parent"), *sides, key("delta", SCORE)),
        list(doc["nodes"]),
    )
    change = (
        key("id"),
        key("old", SCORE),
        key("new", SCORE),
        key("delta", SCORE),
        key("old_target", SCORE),
        key("new_target", SCORE),
    )
    lists = [
        Sheet(f"compare_{name}", change, list(doc.get(name, [])))
        for name in ("improvements", "declines", "crossed_up", "crossed_down")
    ]
    return localised([files, nodes, *lists], lang)
