"""``report``: the gap report of one assessment."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path
from typing import Annotated

import typer

from siqassess.cli.app import app
from siqassess.cli.emit import emit_rendered
from siqassess.cli.inputs import require_files
from siqassess.cli.options import Lang, ModelOpt, OutOpt
from siqassess.cli.term import color_wanted
from siqassess.reports.formats import format_help, pick_format


@app.command()
def report(
    file: Annotated[Path, typer.Argument(help="The answers file to report on.")],
    fmt: Annotated[str | None, typer.Option("--format", "-f", help=format_help("report"))] = None,
    output: OutOpt = None,
    lang: Annotated[
        Lang | None, typer.Option("--lang", "-l", help="sv or en (default: the file's language).")
    ] = None,
    template_dir: Annotated[
        Path | None,
        typer.Option("--template-dir", help="Your templates; each overrides the built-in one."),
    ] = None,
    title: Annotated[str | None, typer.Option("--title", help="The report's title.")] = None,
    summary: Annotated[
        bool,
        typer.Option(
            "--summary",
            help="HTML and PDF: the overview only (tiles, charts, table, top areas), 1-2 pages.",
        ),
    ] = False,
    model: ModelOpt = None,
) -> None:
    """Write a gap report: coverage, scores against target, charts, priorities and strengths.

    Markdown saved with -o gets its radar charts as SVG files beside it.
    """
    from siqassess.core.scoring import score as score_answers
    from siqassess.io.answers import leaf_inputs
    from siqassess.reports import context, formats
    from siqassess.reports.formats.interface import ReportJob
    from siqassess.textsafe import Styled

    chosen = pick_format("report", fmt, output)
    require_files(file)
    from siqassess import config

    model = config.text("model", model)
    template_dir = config.path("template_dir", template_dir)
    loaded, answers = context.load_assessment(file, model)
    result = score_answers(loaded, leaf_inputs(answers), answers.default_target)
    chosen_lang = config.text("lang", lang.value if lang else None)
    language = context.report_language(answers, loaded, chosen_lang)
    data = context.build_context(loaded, answers, result, lang=language, title=title)
    if summary:
        data = dict(data, summary=True)
    fancy = chosen.name == "txt" and output is None and color_wanted(sys.stdout)
    job = ReportJob(data, output=output, template_dir=template_dir, fancy=fancy)
    done = formats.render(chosen, job)
    if fancy:  # every file text in it was made visible; only our own colours are left
        text = done.text if done.text.endswith("\n") else done.text + "\n"
        done = dataclasses.replace(done, text=Styled(text))
    emit_rendered(done, output)
