"""``convert``: an answers file between YAML and a questionnaire workbook, both ways."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from siqassess.cli.app import app
from siqassess.cli.options import ModelOpt


@app.command()
def convert(
    source: Annotated[
        Path, typer.Argument(help="The answers file: .yaml or .xlsx.", readable=False)
    ],
    output: Annotated[
        Path,
        typer.Option("--output", "-o", help="Where to write: .yaml/.yml or .xlsx.", readable=False),
    ],
    model: ModelOpt = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Convert an answers file between YAML and xlsx, keeping every answer and finding.

    The input is checked first, exactly as `validate` does; an invalid file is not converted.
    """
    from siqassess.core.coverage import coverage_of, coverage_text
    from siqassess.core.status import status
    from siqassess.errors import UsageError, msg
    from siqassess.io.assessment import read_assessment
    from siqassess.io.files import output_target
    from siqassess.io.models import Models
    from siqassess.io.xlsx_text import text
    from siqassess.reports.formats import CONVERT, pick_format

    chosen = pick_format(CONVERT, None, output)
    if not output.suffix:
        raise UsageError(msg("conv_extension", output=str(output)))
    output_target(output, [source])  # the one rule: never the input, by path, link or inode
    if output.exists() and not force:
        raise UsageError(msg("conv_exists", output=str(output)))
    read = read_assessment(source, Models(model))
    loaded, answers = read.model, read.answers
    chosen.write_answers(output, answers, loaded)
    c = coverage_of(status(answers.answers.get(leaf.id)) for leaf in loaded.leaves)
    coverage = coverage_text(answers.language, c.answered, c.na, c.missing)
    print(text(answers.language, "converted", out=output, coverage=coverage))
