"""Option types shared by several commands."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

import typer

from siqassess.i18n import languages

if TYPE_CHECKING:
    Lang = str
else:
    Lang = Literal[languages()]
    """The shipped languages, one catalogue package each: Typer offers them as choices."""


def _either(codes: tuple[str, ...]) -> str:
    """ "en or sv", "de, en or sv": the shipped languages, as a help text names them."""
    return codes[0] if len(codes) == 1 else f"{', '.join(codes[:-1])} or {codes[-1]}"


LANG_NAMES = _either(languages())
"""The shipped languages for a help text, derived from the catalogues."""


class AnswersFormat(StrEnum):
    """Formats of an answers file."""

    yaml = "yaml"
    xlsx = "xlsx"


ModelOpt = Annotated[
    str | None,
    typer.Option("--model", "-m", help="A built-in model id (see `model list`) or a model file."),
]
OutOpt = Annotated[
    Path | None,
    typer.Option(
        "--output", "-o", help="Write here (atomically) instead of stdout.", readable=False
    ),
]
LangOpt = Annotated[
    Lang | None,
    typer.Option(
        "--lang", "-l", help=f"{LANG_NAMES} (default: the file's, else config, else the locale)."
    ),
]


class CsvDialectName(StrEnum):
    """``--csv-dialect``'s values (``siqassess.csvsafe.DIALECTS``)."""

    excel = "excel"
    excel_sv = "excel-sv"


CsvDialectOpt = Annotated[
    CsvDialectName | None,
    typer.Option(
        "--csv-dialect",
        help="csv: excel (commas, decimal point) or excel-sv (semicolons, decimal comma and a "
        "BOM, as Swedish Excel opens it). Default: excel-sv with --lang sv, else excel.",
    ),
]
