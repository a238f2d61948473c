"""Find a questionnaire's sheets by name, or by what they hold when a client renamed them.

A renamed sheet is read all the same and reported as a warning, so one rename never hides the
other problems of the file. Each sheet is known by the hidden keys the writer put in it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from siqassess.errors import InputError, Location, Msg, Problem
from siqassess.io.xlsx_layout import META_SHEET
from siqassess.io.xlsx_source import cell_msg
from siqassess.io.xlsx_text import in_every_language, text

if TYPE_CHECKING:
    from siqassess.io.xlsx_reader import Reader

_PEEK = 12
"""Rows looked at to know a sheet by its content: the keys are in the first few."""

_SIGNS: dict[str, tuple[int, frozenset[str]]] = {
    "sheet_questions": (0, frozenset({"key", "score", "na", "reason"})),
    "sheet_actions": (0, frozenset({"no", "action", "owner", "due"})),
    "sheet_instructions": (1, frozenset({"organisation", "respondent", "date"})),
    "sheet_measures": (0, frozenset({"name", "direction", "year", "comparison_source"})),
}
"""Per sheet: 0 for keys along a row, 1 for keys down column A; and the keys it must hold."""


def find_sheet(reader: Reader, wb: Any, key: str, optional: bool = False) -> Any:
    """The sheet ``key`` by its name in the workbook's language, in any language, else by its
    hidden keys (a warning then names the rename); an error only when none holds them (or,
    when ``optional``, ``None``: a sheet that older workbooks do not have)."""
    title = text(reader.lang, key)
    for name in (title, *in_every_language(key)):
        if name in wb.sheetnames:
            return wb[name]
    for name in wb.sheetnames:
        if name != META_SHEET and _holds(wb[name], key):
            message = Msg("wb_warn_renamed", (("sheet", title), ("name", name)))
            where = Location(reader.name, cell=name)
            reader.source.warnings.append(Problem(where, message.text(reader.lang)))
            return wb[name]
    if optional:
        return None
    message = cell_msg("missing_sheet", sheet=title)
    raise InputError(Problem(Location(reader.name), message.text(reader.lang)))


def _holds(ws: Any, key: str) -> bool:
    """Whether the first rows of ``ws`` hold the hidden keys of the sheet ``key``."""
    down, signs = _SIGNS[key]
    seen: set[str] = set()
    for number, row in ws.numbered_rows(16):
        if number > _PEEK:
            break
        if down:
            seen.add(str(row[0].value))
        else:
            seen |= {str(c.value) for c in row if isinstance(c.value, str)}
        if signs <= seen:
            return True
    return False
