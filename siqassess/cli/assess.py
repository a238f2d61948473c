"""``init`` and ``assess``: start an answers file, or walk through the model interactively."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from siqassess.cli.app import app
from siqassess.cli.handled import EXIT_INTERRUPTED
from siqassess.cli.options import AnswersFormat, LangOpt, ModelOpt

if TYPE_CHECKING:
    from siqassess.criteria.tree import LoadedModel
    from siqassess.io.answers import AnswersFile


@app.command()
def init(
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Where to write (default: siq-YYYY-MM-DD.yaml).",
            readable=False,
        ),
    ] = None,
    model: ModelOpt = None,
    lang: LangOpt = None,
    organisation: Annotated[str, typer.Option("--organisation", help="Organisation.")] = "",
    respondent: Annotated[str, typer.Option("--respondent", help="Who answers.")] = "",
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
    fmt: Annotated[
        AnswersFormat | None,
        typer.Option("--format", "-f", help="yaml or xlsx (default: from -o's extension)."),
    ] = None,
    last: Annotated[
        Path | None,
        typer.Option(
            "--from",
            help="Start from last year's answers file: findings, evidence, notes, targets and "
            "actions carry over; scores start blank, last year's shown beside each.",
            readable=False,
        ),
    ] = None,
) -> None:
    """Write a blank answers file, every question as a comment, to fill in with an editor.

    With -o FILE.xlsx or --format xlsx: a questionnaire workbook to send to a respondent who
    fills it in with Excel or LibreOffice; every command reads it back.
    """
    from siqassess.errors import UsageError, msg
    from siqassess.i18n import default_language, t
    from siqassess.interview.paths import default_path
    from siqassess.io.answers import new_answers
    from siqassess.io.models import resolve_model
    from siqassess.reports.formats import INIT, pick_format

    # Files are read back by their extension, so -o's has to match the format.
    chosen = pick_format(INIT, fmt.value if fmt else None, output)
    path = output or default_path().with_suffix(chosen.extensions[0])
    if path.exists() and not force:
        raise UsageError(msg("err_exists", path=path))
    loaded = resolve_model(model)
    language = default_language(lang)
    if last is not None:
        answers = _from_last_year(last, loaded)
        answers.organisation = organisation or answers.organisation
        answers.respondent = respondent or answers.respondent
        language = lang or answers.language
    else:
        answers = new_answers(
            loaded, organisation=organisation, respondent=respondent, language=language
        )
        from siqassess import config

        answers.default_target = config.number("target", None)
    chosen.write_answers(path, answers, loaded)
    said = "" if chosen.name == "yaml" else "wb_"  # a workbook's own wording of the next step
    if last is not None:
        print(t(language, "init_carried", out=path, path=last))
    else:
        print(t(language, f"{said}init_written", path=path))
    print(t(language, f"{said}init_next", path=path))


def _from_last_year(last: Path, model: LoadedModel) -> AnswersFile:
    import datetime as dt

    from siqassess.io.nextyear import next_year, read_last_year

    return next_year(read_last_year(last, model), model, dt.date.today())


@app.command()
def assess(
    file: Annotated[
        Path | None,
        typer.Argument(help="Answers file to create or resume (default: dated).", readable=False),
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
    A workbook (.xlsx) is not resumed here: `convert` it to YAML first.
    """
    from siqassess.interview import walk as interview
    from siqassess.textsafe import terminal_ui

    if file is not None:
        refuse_workbook(file)
    with terminal_ui():
        outcome = interview.run(
            file,
            model_option=model,
            lang_option=lang,
            organisation=organisation,
            respondent=respondent,
        )
    if outcome.ending == "interrupted":
        raise typer.Exit(EXIT_INTERRUPTED)


def refuse_workbook(file: Path) -> None:
    """The interview saves YAML after every answer; a workbook is converted first, not resumed."""
    from siqassess.errors import UsageError, msg
    from siqassess.io.anyfile import is_workbook

    if is_workbook(file):
        yaml_file = file.with_suffix(".yaml")
        raise UsageError(msg("assess_workbook", file=file, yaml_file=yaml_file))
