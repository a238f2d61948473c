"""``report``: the gap report or the feedback report of one assessment."""

from __future__ import annotations

import dataclasses
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from siqassess.cli.app import app
from siqassess.cli.emit import emit_rendered
from siqassess.cli.inputs import require_files
from siqassess.cli.options import LANG_NAMES, Lang, ModelOpt, OutOpt
from siqassess.cli.term import color_wanted
from siqassess.reports.formats import REPORT, format_help, pick_format

if TYPE_CHECKING:
    from siqassess.io.models import Models


class Kind(StrEnum):
    """Which report: the gap report, or the feedback report of written findings."""

    gap = "gap"
    feedback = "feedback"


@app.command()
def report(
    file: Annotated[Path, typer.Argument(help="The answers file to report on.", readable=False)],
    fmt: Annotated[str | None, typer.Option("--format", "-f", help=format_help("report"))] = None,
    output: OutOpt = None,
    lang: Annotated[
        Lang | None,
        typer.Option("--lang", "-l", help=f"{LANG_NAMES} (default: the file's language)."),
    ] = None,
    template_dir: Annotated[
        Path | None,
        typer.Option(
            "--template-dir",
            help="Your templates; each overrides the built-in one.",
            readable=False,
        ),
    ] = None,
    title: Annotated[str | None, typer.Option("--title", help="The report's title.")] = None,
    summary: Annotated[
        bool,
        typer.Option(
            "--summary",
            help="The gap report's overview only (totals, factor table, top areas; charts in "
            "HTML and PDF): 1-2 pages.",
        ),
    ] = False,
    kind: Annotated[
        Kind,
        typer.Option(
            "--kind",
            "-k",
            help="gap: scores against target and priorities; feedback: the strengths and areas "
            "for improvement per criterion, then the score profile (återföringsrapport).",
        ),
    ] = Kind.gap,
    previous: Annotated[
        Path | None,
        typer.Option(
            "--previous",
            help="Last year's assessment: with --kind feedback, a change of 20 points or more "
            "since then is a question for the site visit.",
        ),
    ] = None,
    model: ModelOpt = None,
) -> None:
    """Write a gap report, or with --kind feedback the strengths and areas for improvement.

    The gap report: coverage, scores against target, charts and priorities. The feedback
    report (återföringsrapport): the written strengths and areas for improvement per
    criterion, with evidence and actions, then each part's score profile.

    Markdown saved with -o gets the gap report's radar charts as SVG files beside it.
    """
    from siqassess.core.scoring import score as score_answers
    from siqassess.errors import UsageError, msg
    from siqassess.io.answers import leaf_inputs
    from siqassess.io.assessment import read_assessment
    from siqassess.io.models import Models
    from siqassess.reports import context
    from siqassess.reports.formats.interface import ReportJob
    from siqassess.textsafe import Styled

    chosen = pick_format(REPORT, fmt, output)
    if summary and kind is Kind.feedback:
        raise UsageError(msg("fb_summary_gap_only"))
    require_files(file, *([previous] if previous else []))
    read = read_assessment(file, Models(model))
    loaded, answers = read.model, read.answers
    from siqassess.core.agree import draft_line

    draft = draft_line(loaded, answers, str(file))
    if draft is not None:
        from siqassess.cli import term
        from siqassess.cli.speech import message_language

        if not term.SETTINGS.quiet:
            print(draft.text(message_language(lang)), file=sys.stderr)
    result = score_answers(loaded, leaf_inputs(answers), answers.default_target)
    chosen_lang = lang
    language = context.report_language(answers, loaded, chosen_lang)
    fancy = chosen.name == "txt" and output is None and color_wanted(sys.stdout)
    if kind is Kind.feedback:
        from siqassess.reports.feedback import TEMPLATE, build_feedback

        before = None if previous is None else _scores(previous, Models(model))
        found = build_feedback(loaded, answers, result, lang=language, title=title, previous=before)
        job = ReportJob(found, output, template_dir, fancy, template=TEMPLATE)
    else:
        data = context.build_context(
            loaded,
            answers,
            result,
            lang=language,
            title=title,
            draft=draft is not None,  # the report itself says it is no agreed result
            summary=summary,
        )
        job = ReportJob(data, output=output, template_dir=template_dir, fancy=fancy)
    done = chosen.render_report(job)
    if fancy:  # every file text in it was made visible; only our own colours are left
        text = done.text if done.text.endswith("\n") else done.text + "\n"
        done = dataclasses.replace(done, text=Styled(text))
    emit_rendered(done, output)


def _scores(path: Path, models: Models) -> dict[str, float]:
    """The leaf scores of last year's assessment (``--previous``). It is read against the
    same models as this year's file: a file of another model is refused as it would be alone."""
    from siqassess.io.assessment import read_assessment

    old = read_assessment(path, models)
    return {
        leaf: float(a.score)
        for leaf, a in old.answers.answers.items()
        if a is not None and a.score is not None and not a.na
    }
