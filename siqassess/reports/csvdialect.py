"""The CSV dialects: the default one, and the one Swedish Excel opens in columns.

Swedish Excel splits a CSV file on the list separator of the system's region, ``;``, and
reads ``17,2`` as a number; it takes the file as UTF-8 only when it starts with a byte order
mark. ``excel-sv`` writes just that. ``excel`` (commas, a decimal point, no BOM) stays the
default for every language but Swedish. Every figure is rounded as the reports round it (one
decimal), so no cell reads ``17.200000000000003``.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from typing import IO, Any


@dataclass(frozen=True)
class CsvDialect:
    """How numbers and cells are separated, and whether the file starts with a BOM."""

    name: str
    delimiter: str
    decimal: str
    bom: bool

    def number(self, value: float | None, digits: int = 1) -> str:
        """A figure rounded as the reports round it, trailing zeros dropped; "" for none."""
        if value is None:
            return ""
        text = f"{round(float(value), digits):.{digits}f}"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        if text in ("-0", ""):
            text = "0"
        return text.replace(".", self.decimal)

    def writer(self, out: IO[str]) -> Any:
        """A ``csv.writer`` in this dialect (``\\n`` line ends, as before)."""
        return csv.writer(out, delimiter=self.delimiter, lineterminator="\n")

    @property
    def start(self) -> str:
        """What the file starts with: the BOM, or nothing."""
        return "\ufeff" if self.bom else ""


EXCEL = CsvDialect("excel", ",", ".", bom=False)
EXCEL_SV = CsvDialect("excel-sv", ";", ",", bom=True)
DIALECTS: dict[str, CsvDialect] = {d.name: d for d in (EXCEL, EXCEL_SV)}


def dialect_for(option: str | None, lang: str | None) -> CsvDialect:
    """``--csv-dialect``, else ``excel-sv`` for ``--lang sv``, else ``excel``.

    ``lang`` is the language chosen by the user (``--lang`` or the config), never a file's:
    the same command gives the same file on every machine of a CI run.
    """
    if option is not None:
        return DIALECTS[option]
    return EXCEL_SV if lang == "sv" else EXCEL
