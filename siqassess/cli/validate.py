"""``validate``: check model and answers files."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from siqassess.cli.app import app
from siqassess.cli.handled import EXIT_FINDINGS, EXIT_USAGE
from siqassess.cli.inputs import missing_files
from siqassess.cli.options import ModelOpt


class CheckFormat(StrEnum):
    """Output formats of ``validate``."""

    text = "text"
    json = "json"
    github = "github"


@app.command()
def validate(
    paths: Annotated[
        list[Path], typer.Argument(help="Model files and answers files, detected by content.")
    ],
    fmt: Annotated[
        CheckFormat,
        typer.Option("--format", "-f", help="text, json, or github (pull-request annotations)."),
    ] = CheckFormat.text,
    model: ModelOpt = None,
) -> None:
    """Check model and answers files; report every problem as file:line:column.

    Answers files are checked against the model they name (or --model). Exit code 1 if
    any file has problems.
    """
    from siqassess.io import validation

    reports = [validation.check_file(path, model) for path in paths]
    render = {
        CheckFormat.text: validation.render_text,
        CheckFormat.json: validation.render_json,
        CheckFormat.github: validation.render_github,
    }[fmt]
    out = render(reports)
    if out:
        print(out)
    if missing_files(paths):
        raise typer.Exit(EXIT_USAGE)
    if not all(r.valid for r in reports):
        raise typer.Exit(EXIT_FINDINGS)
