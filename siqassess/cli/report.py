"""``report``: the gap report of one assessment."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from siqassess.cli.app import app
from siqassess.cli.options import Lang, ModelOpt, OutOpt


class ReportFormat(StrEnum):
    """Output formats of ``report``."""

    md = "md"
    html = "html"
    txt = "txt"


@app.command()
def report(
    file: Annotated[Path, typer.Argument(help="The answers file to report on.")],
    fmt: Annotated[
        ReportFormat | None,
        typer.Option(
            "--format", "-f", help="md, html or txt (default: from OUT's extension, else txt)."
        ),
    ] = None,
    output: OutOpt = None,
    lang: Annotated[
        Lang | None, typer.Option("--lang", "-l", help="sv or en (default: the file's language).")
    ] = None,
    template_dir: Annotated[
        Path | None,
        typer.Option("--template-dir", help="Your templates; each overrides the built-in one."),
    ] = None,
    title: Annotated[str | None, typer.Option("--title", help="The report's title.")] = None,
    model: ModelOpt = None,
) -> None:
    """Write a gap report: coverage, scores against target, charts, priorities and strengths.

    Markdown saved with -o gets its radar charts as SVG files beside it.
    """
    from siqassess.core.scoring import score as score_answers
    from siqassess.io.answers import leaf_inputs
    from siqassess.reports import context, render

    kind = render.infer_format(fmt.value if fmt else None, output)
    loaded, answers = context.load_assessment(file, model)
    result = score_answers(loaded, leaf_inputs(answers), answers.default_target)
    language = context.report_language(answers, loaded, lang.value if lang else None)
    data = context.build_context(loaded, answers, result, lang=language, title=title)
    fancy = kind == "txt" and output is None and sys.stdout.isatty()
    done = render.render_report(data, kind, output=output, template_dir=template_dir, fancy=fancy)
    if output is None:
        sys.stdout.write(done.text if done.text.endswith("\n") else done.text + "\n")
    else:
        render.write_report(done, output)
