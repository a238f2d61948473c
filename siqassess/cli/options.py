"""Option types shared by several commands."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer


class Lang(StrEnum):
    """Languages of the model and the reports."""

    sv = "sv"
    en = "en"


class AnswersFormat(StrEnum):
    """Formats of an answers file."""

    yaml = "yaml"
    xlsx = "xlsx"


ModelOpt = Annotated[
    str | None,
    typer.Option("--model", "-m", help="A built-in model id (see `model list`) or a model file."),
]
OutOpt = Annotated[
    Path | None, typer.Option("--output", "-o", help="Write here (atomically) instead of stdout.")
]
LangOpt = Annotated[
    Lang | None,
    typer.Option("--lang", "-l", help="sv or en (default: the file's, else the locale)."),
]
