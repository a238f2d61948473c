"""``init`` and ``assess``: start an answers file, or walk through the model interactively."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from siqassess.cli.app import app
from siqassess.cli.handled import EXIT_INTERRUPTED
from siqassess.cli.options import LangOpt, ModelOpt


@app.command()
def init(
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="Where to write (default: siq-assessment-YYYY-MM-DD.yaml)."
        ),
    ] = None,
    model: ModelOpt = None,
    lang: LangOpt = None,
    organisation: Annotated[str, typer.Option("--organisation", help="Organisation.")] = "",
    respondent: Annotated[str, typer.Option("--respondent", help="Who answers.")] = "",
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write a blank answers file, every question as a comment, to fill in with an editor."""
    from siqassess.criteria.load import resolve_model
    from siqassess.errors import UsageError
    from siqassess.i18n import default_language, t
    from siqassess.interview.walk import default_path
    from siqassess.io.answers import new_answers, save_answers

    path = output or default_path()
    if path.exists() and not force:
        raise UsageError(f"{path} exists; pass --force to overwrite it, or -o another file")
    loaded = resolve_model(model)
    language = default_language(lang.value if lang else None)
    answers = new_answers(
        loaded, organisation=organisation, respondent=respondent, language=language
    )
    save_answers(path, answers, loaded)
    print(t(language, "init_written", path=path))
    print(t(language, "init_next", path=path))


@app.command()
def assess(
    file: Annotated[
        Path | None, typer.Argument(help="Answers file to create or resume (default: dated).")
    ] = None,
    model: ModelOpt = None,
    lang: LangOpt = None,
    organisation: Annotated[
        str | None, typer.Option("--organisation", help="Organisation (else asked).")
    ] = None,
    respondent: Annotated[
        str | None, typer.Option("--respondent", help="Who answers (else asked).")
    ] = None,
) -> None:
    """Walk through the model question by question; every answer is saved at once.

    Resumes FILE if it exists. Ctrl-C saves and exits 130.

    Needs a terminal. Without one: `init`, edit the file, then `score` or `report`.
    """
    from siqassess.interview import walk as interview

    outcome = interview.run(
        file,
        model_option=model,
        lang_option=lang.value if lang else None,
        organisation=organisation,
        respondent=respondent,
    )
    if outcome.ending == "interrupted":
        raise typer.Exit(EXIT_INTERRUPTED)
