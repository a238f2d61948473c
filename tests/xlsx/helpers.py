"""Make questionnaires and edit them the way a client does, with openpyxl."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
from typer.testing import CliRunner

from siqassess.cli import app
from siqassess.criteria.tree import LoadedModel
from siqassess.io.answers import AnswersFile, new_answers
from siqassess.io.xlsx_write import write_questionnaire

runner = CliRunner()


def make(
    path: Path, model: LoadedModel, lang: str = "en", answers: AnswersFile | None = None
) -> Path:
    """Write a questionnaire (blank unless ``answers``) to ``path``."""
    answers = answers or new_answers(
        model, organisation="Norrvik", respondent="Eva", language=lang, date=None
    )
    write_questionnaire(path, answers, model)
    return path


def edit(path: Path, change: Callable[[Any], None], out: Path | None = None) -> Path:
    """Open the workbook as a client's spreadsheet would, change it, save it."""
    wb = openpyxl.load_workbook(path)
    change(wb)
    wb.save(out or path)
    return out or path


def row_of(ws: Any, leaf: str) -> int:
    """The row that holds ``leaf``, by its hidden key (the column keyed ``key`` in row 1)."""
    column = [c.value for c in ws[1]].index("key") + 1
    for row in range(1, ws.max_row + 1):
        if ws.cell(row=row, column=column).value == leaf:
            return row
    raise AssertionError(f"no row for {leaf}")


def cli(*args: str, env: dict[str, str] | None = None) -> Any:
    """Run siqassess in-process (``env``: for example the user's locale)."""
    return runner.invoke(app, list(args), env=env)
