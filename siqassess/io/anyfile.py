"""The one place that reads an answers file of any format: YAML, or a questionnaire workbook."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from siqassess.io.yamlio import Source, parse, read_text


def is_workbook(path: Path | str) -> bool:
    """Whether ``path`` is read as a workbook (.xlsx, .xlsm; .xls and .ods are refused there)."""
    from siqassess.io.xlsx_guard import is_workbook_name

    return is_workbook_name(path)


def read_document(path: Path | str) -> tuple[Any, Source]:
    """Parsed data and its source map, by extension: YAML text or an .xlsx questionnaire.

    A workbook becomes the same data the YAML file would parse to, and its source maps key
    paths to ``Sheet!Cell``; so every check and message after this is shared. openpyxl is
    imported only here, only for a workbook.
    """
    if is_workbook(path):
        from siqassess.io.xlsx_read import read_workbook

        return read_workbook(Path(path))
    return parse(str(path), read_text(Path(path)))
