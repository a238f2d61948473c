"""The cells of a questionnaire workbook: where a cell is, and how its value is read.

Each reader takes what Excel or LibreOffice really stores (floats, text numbers with a decimal
comma, yes/no in either language, dates as dates or text) and raises ``Bad`` with a catalogue
key when the value cannot be what the column asks for.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from siqassess.io.xlsx_layout import cell_list
from siqassess.io.xlsx_text import in_every_language, text

_YES = {"ja", "yes", "j", "y", "x", "true", "sant"}
_NO = {"nej", "no", "n", "false", "falskt"}
_STATUS = ("planned", "in_progress", "done")
_GROUPS = re.compile(r"(?<=\d)[ \u202f](?=\d{3}(?!\d))")


@dataclass(frozen=True)
class Cell:
    """A cell read in read-only mode (empty ones know no coordinate) and where it is."""

    cell: Any
    row: int
    col: int

    @property
    def ref(self) -> str:
        """The cell's A1 reference."""
        from openpyxl.utils import get_column_letter

        return f"{get_column_letter(self.col + 1)}{self.row}"

    @property
    def raw(self) -> Any:
        """The stored value."""
        return self.cell.value


def cell_at(row: Sequence[Any], index: int, col: int) -> Cell:
    return Cell(row[col], index, col)


class Bad(Exception):
    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


def shown_value(raw: Any) -> str:
    shown = raw.isoformat() if isinstance(raw, dt.date) else str(raw)
    return shown if len(shown) <= 40 else shown[:37] + "..."


def _number(raw: object, lang: str) -> float | None:
    if isinstance(raw, bool | dt.date):
        raise Bad("not_number")
    if isinstance(raw, int | float):
        return float(raw)
    if not isinstance(raw, str):
        raise Bad("not_number")
    # "1 234,5" as Swedish writes it: a space (or a narrow one) groups thousands.
    grouped = _GROUPS.sub("", raw.strip())
    cleaned = grouped.replace(",", ".").replace("\u00a0", "")
    if not cleaned:
        return None
    try:
        return float(cleaned)
    except ValueError:
        raise Bad("not_number") from None


def _yes_no(raw: object, lang: str) -> bool:
    if isinstance(raw, bool):
        return raw
    word = str(raw).strip().casefold()
    if word in _YES or word in {y.casefold() for y in in_every_language("yes")}:
        return True
    if word in _NO or word in {n.casefold() for n in in_every_language("no")} or not word:
        return False
    raise Bad("not_yes_no", yes=text(lang, "yes"), no=text(lang, "no"))


def _text(raw: object, lang: str) -> str | None:
    if isinstance(raw, dt.datetime):
        return raw.date().isoformat() if raw.time() == dt.time() else raw.isoformat()
    if isinstance(raw, dt.date):
        return raw.isoformat()
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    shown = str(raw)
    return shown if shown else None


def _list(raw: object, lang: str) -> list[str]:
    return cell_list(_text(raw, lang) or "")


def _date(raw: object, lang: str) -> dt.date | None:
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    if isinstance(raw, str):
        if not raw.strip():
            return None
        try:
            return dt.date.fromisoformat(raw.strip())
        except ValueError:
            pass
    raise Bad("not_date")


def _status(raw: object, lang: str) -> str:
    word = str(raw).strip().casefold()
    for status in _STATUS:
        names = {status, status.replace("_", " ")}
        names |= {name.casefold() for name in in_every_language(f"status_{status}")}
        if word in names:
            return status
    choices = ", ".join(text(lang, f"status_{s}") for s in _STATUS)
    raise Bad("not_status", choices=choices)


PARSE: dict[str, Callable[[object, str], object]] = {
    "number": _number,
    "yes_no": _yes_no,
    "text": _text,
    "list": _list,
    "date": _date,
    "status": _status,
}
