"""``trend``: one organisation's assessments over the years."""

from __future__ import annotations

from typing import Annotated

import typer

from siqassess import config
from siqassess.cli import term
from siqassess.cli.app import app
from siqassess.cli.emit import emit_rendered
from siqassess.cli.inputs import require_files
from siqassess.cli.options import LANG_NAMES, Lang, OutOpt
from siqassess.reports.netformats import format_help


@app.command()
def trend(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Three or more assessments of one organisation: files, folders or globs."
        ),
    ],
    fmt: Annotated[str | None, typer.Option("--format", "-f", help=format_help())] = None,
    output: OutOpt = None,
    model: Annotated[
        list[str] | None,
        typer.Option(
            "--model",
            "-m",
            help="A model (id or file) some files answer; give it once per model. "
            "Each file is read with the one its model reference names.",
        ),
    ] = None,
    lang: Annotated[
        Lang | None,
        typer.Option("--lang", "-l", help=f"{LANG_NAMES} (default: the latest file's)."),
    ] = None,
) -> None:
    """Follow one organisation over the years: every node's scores, targets and coverage.

    Ordered by date: the change per year and the direction over the series, each resting only
    on the years the node was scored (a year it was N/A is a gap, never a zero). A change of
    model between years is reported loudly. Files of different organisations are an error.
    """
    from siqassess.cli.speech import message_language
    from siqassess.core.trend import trend as compute
    from siqassess.documents.trend import trend_document
    from siqassess.i18n import default_language
    from siqassess.io.trendio import points, read_series
    from siqassess.reports.netformats import pick
    from siqassess.reports.trendout import render_trend
    from siqassess.reports.trendview import drift_lines

    chosen = pick("trend", fmt, output)
    require_files(*paths)
    series = read_series(paths, models=model or ())
    doc = trend_document(series, compute(points(series)))
    latest = series.assessments[-1]
    said = message_language(lang)
    language = default_language(config.text("lang", lang), latest.answers.language)
    for line in drift_lines(doc, said):
        term.warn(line, said)
    models = [a.model for a in series.assessments]
    files = [a.answers for a in series.assessments]
    emit_rendered(render_trend(chosen, doc, models, language, files), output)
