"""``plan``: the action plan of one assessment, in priority order (rule 12)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from siqassess.cli.app import app
from siqassess.cli.emit import emit_rendered
from siqassess.cli.inputs import require_files
from siqassess.cli.options import LANG_NAMES, CsvDialectOpt, Lang, ModelOpt, OutOpt
from siqassess.reports.formats import PLAN, format_help, pick_format


@app.command()
def plan(
    file: Annotated[
        Path, typer.Argument(help="The answers file whose actions to list.", readable=False)
    ],
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help=format_help("plan"),
        ),
    ] = None,
    output: OutOpt = None,
    lang: Annotated[
        Lang | None,
        typer.Option("--lang", "-l", help=f"{LANG_NAMES} (default: the file's language)."),
    ] = None,
    model: ModelOpt = None,
    csv_dialect: CsvDialectOpt = None,
) -> None:
    """Write the action plan: areas for improvement and their actions, most urgent first.

    Markdown is a checklist to paste into an issue tracker; csv and xlsx have one row per
    action; txt, html, docx and pdf are a document to read, print or send, one table of
    actions per question.
    """
    from siqassess import config
    from siqassess.core.plan import action_plan
    from siqassess.core.scoring import score
    from siqassess.csvsafe import dialect_for
    from siqassess.io.answers import leaf_inputs
    from siqassess.io.assessment import read_assessment
    from siqassess.io.models import Models
    from siqassess.reports import context
    from siqassess.reports.formats.interface import PlanJob

    chosen = pick_format(PLAN, fmt, output)
    require_files(file)
    read = read_assessment(file, Models(model))
    loaded, answers = read.model, read.answers
    result = score(loaded, leaf_inputs(answers), answers.default_target)
    language = context.report_language(answers, loaded, lang)
    findings = {k: a.improvements for k, a in answers.answers.items() if a is not None}
    entries = action_plan(result, findings, [leaf.id for leaf in loaded.leaves])
    csv = dialect_for(csv_dialect, config.text("lang", lang))
    date = answers.date.isoformat() if answers.date else None
    job = PlanJob(entries, loaded, language, answers.organisation, csv, date, answers)
    emit_rendered(chosen.render_plan(job), output)
