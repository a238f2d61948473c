"""Read the Actions sheet: each row an action, linked to an area for improvement by number.

Column Id names the question and column No the area for improvement in that question's list
(1 for the first). A row that cannot be linked is reported at the cell to fix, never dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from siqassess.io.xlsx_cells import Cell, cell_at, shown_value
from siqassess.io.xlsx_reader import columns
from siqassess.io.xlsx_source import cell_msg, quoted

if TYPE_CHECKING:
    from siqassess.io.xlsx_reader import Reader

_KINDS = {"id": "text", "no": "number", "action": "text", "owner": "text", "due": "date"}


def read_actions(reader: Reader, ws: Any, answers: dict[str, dict[str, object] | None]) -> None:
    """Attach the Actions sheet's rows to their areas for improvement, by leaf and number."""
    rows = reader.rows(ws)
    col = columns(reader, ws, rows)
    for index, row in rows:
        cells = {k: cell_at(row, index, col[k]) for k in (*_KINDS, "status") if k in col}
        if all(c.raw is None or not str(c.raw).strip() for c in cells.values()):
            continue
        _row(reader, ws, cells, answers)


def _row(
    reader: Reader, ws: Any, cells: dict[str, Cell], answers: dict[str, dict[str, object] | None]
) -> None:
    lang = reader.lang
    leaf = reader.value(ws, cells["id"], ("answers",), "text")
    leaf = leaf.strip() if isinstance(leaf, str) else leaf
    if not leaf:
        message = cell_msg("action_no_id", id=quoted(lang, "col_id"))
        reader.bad(ws, cells["id"], ("answers",), message)
        return
    if leaf not in answers:
        reader.bad(ws, cells["id"], ("answers",), cell_msg("unknown_id", value=leaf))
        return
    answer = answers.get(leaf)
    found = (answer or {}).get("improvements")
    items: list[object] = found if isinstance(found, list) else []
    where = ("answers", leaf, "improvements")
    if cells["no"].raw is None or not str(cells["no"].raw).strip():
        message = _no_message(lang, leaf, len(items), "no_missing", "")
        reader.bad(ws, cells["no"], where, message)
        return
    number = reader.value(ws, cells["no"], where, "number")
    if number is None:
        return  # not a number: reported by value()
    if not number.is_integer() or not 1 <= number <= len(items):
        value = shown_value(cells["no"].raw)
        reader.bad(ws, cells["no"], where, _no_message(lang, leaf, len(items), "not_no", value))
        return
    position = int(number) - 1
    item = items[position]
    if isinstance(item, str):
        item = items[position] = {"text": item, "actions": []}
    actions = item.get("actions") if isinstance(item, dict) else None
    if not isinstance(actions, list):  # the questions sheet writes each area as a text
        return
    path = ("answers", leaf, "improvements", position, "actions", len(actions))
    action: dict[str, object] = {}
    for key in ("action", "owner", "due"):
        name = "text" if key == "action" else key
        value = reader.value(ws, cells[key], (*path, name), _KINDS[key])
        if value is not None:
            action[name] = value
    if "due" in action:
        reader.date_warnings(ws, cells["due"], action["due"], due=True)
    if "status" in cells and cells["status"].raw not in (None, ""):
        status = reader.value(ws, cells["status"], (*path, "status"), "status")
        if status is not None:
            action["status"] = status
    if "text" not in action:
        message = cell_msg("action_text", action=quoted(lang, "col_action"))
        reader.bad(ws, cells["action"], (*path, "text"), message)
        return
    actions.append(action)


def _no_message(lang: str, leaf: str, count: int, key: str, value: str) -> Any:
    """What to type in column No: a number from 1 to the question's count of areas."""
    improvements = quoted(lang, "col_improvements")
    if count == 0:
        return cell_msg(f"{key}_none", value=value, id=leaf, improvements=improvements)
    choices = "1" if count == 1 else f"1–{count}"
    return cell_msg(key, value=value, id=leaf, choices=choices, improvements=improvements)
