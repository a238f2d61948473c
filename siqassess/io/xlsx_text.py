"""The workbooks' texts: keys of the i18n catalogue's ``# --- workbook ---`` block.

The questionnaire's texts are ``wb_<key>``, messages about its cells ``wb_err_<key>`` and about
a whole file ``wb_file_<key>``, in every shipped language (English where one lacks a text).
"""

from __future__ import annotations

from siqassess.i18n import languages, t


def text(lang: str, key: str, **values: object) -> str:
    """A workbook text in ``lang``."""
    return t(lang, f"wb_{key}", **values)


def error(lang: str, key: str, **values: object) -> str:
    """A message about a cell, in ``lang``."""
    return t(lang, f"wb_err_{key}", **values)


def file_error(lang: str, key: str, **values: object) -> str:
    """A message about a whole file, in ``lang``."""
    return t(lang, f"wb_file_{key}", **values)


def in_every_language(key: str) -> list[str]:
    """The text ``key`` in every shipped language, without repeats.

    For reading what a client's spreadsheet may hold in any language (sheet names, yes/no).
    """
    found: list[str] = []
    for code in languages():
        shown = text(code, key)
        if shown not in found:
            found.append(shown)
    return found
