"""``compare`` and ``aggregate``: two assessments over time, or a team's answers."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from siqassess.cli import term
from siqassess.cli.app import app
from siqassess.cli.emit import emit_rendered
from siqassess.cli.inputs import require_files
from siqassess.cli.options import LANG_NAMES, CsvDialectOpt, Lang, ModelOpt, OutOpt
from siqassess.reports.formats import AGGREGATE, COMPARE, format_help, pick_format

if TYPE_CHECKING:
    from siqassess.core.aggregate import Aggregate

TemplateDirOpt = Annotated[
    Path | None,
    typer.Option(
        "--template-dir",
        help="Your templates (md, html, pdf); each overrides the built-in one of that name.",
        readable=False,
    ),
]


@app.command()
def compare(
    old: Annotated[Path, typer.Argument(help="The earlier answers file.", readable=False)],
    new: Annotated[Path, typer.Argument(help="The later answers file.", readable=False)],
    fmt: Annotated[str | None, typer.Option("--format", "-f", help=format_help("compare"))] = None,
    output: OutOpt = None,
    strict_model: Annotated[
        bool, typer.Option("--strict-model", help="Exit 1 if the two files' models differ.")
    ] = False,
    model: ModelOpt = None,
    old_model: Annotated[
        str | None,
        typer.Option(
            "--old-model", help="The model (id or file) of OLD, when it is not the one OLD names."
        ),
    ] = None,
    new_model: Annotated[
        str | None,
        typer.Option(
            "--new-model", help="The model (id or file) of NEW, when it is not the one NEW names."
        ),
    ] = None,
    lang: Annotated[
        Lang | None, typer.Option("--lang", "-l", help=f"md/html: {LANG_NAMES} (default: NEW's).")
    ] = None,
    template_dir: TemplateDirOpt = None,
) -> None:
    """Compare two assessments: Δ = new − old for every node, with both coverages.

    Lists the biggest improvements and declines and the leaves that crossed their target.
    A different model (id, version or content hash) is reported loudly, and only the
    leaves both models have are compared; --strict-model makes it an error.
    """
    from siqassess.cli.speech import message_language
    from siqassess.core.compare import compare_assessments
    from siqassess.io import groupio
    from siqassess.reports import groupout
    from siqassess.reports.formats.interface import CompareJob

    chosen = pick_format(COMPARE, fmt, output)
    require_files(old, new)
    old_a, new_a = groupio.read_pair(
        str(old),
        str(new),
        model=model,
        old_model=old_model,
        new_model=new_model,
    )
    cmp = compare_assessments(old_a, new_a)
    job = CompareJob(
        old_a,
        new_a,
        cmp,
        lang=lang,
        output=output,
        template_dir=template_dir,
    )
    said = message_language(lang)
    for line in groupout.check_drift(job.document(), strict=strict_model, lang=said):
        term.warn(line, said)
    emit_rendered(chosen.render_compare(job), output)


@app.command()
def aggregate(
    paths: Annotated[
        list[str], typer.Argument(help="Answers files (one per respondent), folders or globs.")
    ],
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format", "-f", help=format_help("aggregate", "; yaml is a consensus answers file")
        ),
    ] = None,
    output: OutOpt = None,
    spread: Annotated[
        float | None,
        typer.Option(
            "--spread",
            min=0,
            max=100,
            help="Flag a leaf to discuss when max − min ≥ this (default: 30).",
        ),
    ] = None,
    min_respondents: Annotated[
        int | None,
        typer.Option(
            "--min-respondents", min=1, help="Fewer answers files is an error (default: 2)."
        ),
    ] = None,
    discuss_top: Annotated[
        int | None,
        typer.Option(
            "--discuss-top",
            min=0,
            help="Reports show this many 'discuss first' leaves up front (default: 5).",
        ),
    ] = None,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=1, help="Read the files in this many processes.")
    ] = 1,
    model: ModelOpt = None,
    lang: Annotated[
        Lang | None,
        typer.Option("--lang", "-l", help=f"{LANG_NAMES} (default: the first file's language)."),
    ] = None,
    template_dir: TemplateDirOpt = None,
    csv_dialect: CsvDialectOpt = None,
    by_role: Annotated[
        bool,
        typer.Option(
            "--by-role",
            help="For the facilitator: each role's mean per question and the gap between roles "
            "(table, md or html).",
        ),
    ] = False,
    role_gap: Annotated[
        float,
        typer.Option("--role-gap", min=0, max=100, help="--by-role flags gaps of this or more."),
    ] = 20.0,
    calibration: Annotated[
        bool,
        typer.Option(
            "--calibration",
            help="For the facilitator: each assessor's offset from the group mean, pairs within "
            "10 points, and Krippendorff's alpha (table, md or html); not for the organisation.",
        ),
    ] = False,
    allow_mixed: Annotated[
        bool,
        typer.Option(
            "--allow-mixed",
            help="Combine files of different organisations, or dated more than six months "
            "apart (refused by default: that is what benchmark is for).",
        ),
    ] = False,
) -> None:
    """Combine a team's answers files: mean, median, min, max and spread for every leaf.

    Leaves where the team disagrees (max − min ≥ --spread) are flagged; reports show the
    first --discuss-top of them (widest range first) up front, the rest in the full table.
    All files must answer the same model, for one organisation, dated within six months
    (--allow-mixed overrides the last two). --format yaml writes the consensus draft
    (status: draft): the leaves to discuss blank, with everyone's own score and argument
    beside them; elsewhere the mean rounded to the scale as a suggestion; for the meeting
    to agree, and `consensus close` to check. --by-role and --calibration show the
    facilitator the roles' means and how each assessor scores against the group.
    Fewer than --min-respondents files is a usage error (exit 2).
    """
    from siqassess.core.aggregate import DISCUSS_TOP, SPREAD, combine
    from siqassess.csvsafe import dialect_for
    from siqassess.io import groupio
    from siqassess.reports.formats.interface import GroupJob

    chosen = pick_format(AGGREGATE, fmt, output)
    require_files(*paths)
    top = discuss_top
    loaded, people = groupio.read_group(
        paths, model=model, min_respondents=min_respondents, jobs=jobs, allow_mixed=allow_mixed
    )
    agg = combine(loaded, people, threshold=SPREAD if spread is None else spread)
    if by_role or calibration:
        _facilitator(agg, fmt, output, lang, by_role=by_role, calibration=calibration, gap=role_gap)
        return
    job = GroupJob(
        loaded,
        agg,
        lang=lang,
        output=output,
        template_dir=template_dir,
        discuss_top=DISCUSS_TOP if top is None else int(top),
        csv=dialect_for(csv_dialect, lang),
    )
    emit_rendered(chosen.render_aggregate(job), output)


def _facilitator(
    agg: Aggregate,
    fmt: str | None,
    output: Path | None,
    lang: str | None,
    *,
    by_role: bool,
    calibration: bool,
    gap: float,
) -> None:
    """``--by-role`` and ``--calibration``: what the meeting's facilitator sees."""
    from siqassess import config
    from siqassess.cli.emit import emit
    from siqassess.core.calibration import by_role as split
    from siqassess.core.calibration import calibration as calibrate
    from siqassess.core.consensus import common_spelling
    from siqassess.errors import UsageError, msg
    from siqassess.i18n import language_for, t
    from siqassess.reports import facilitator

    chosen = fmt or (output.suffix.lstrip(".").lower() if output is not None else "table")
    chosen = {"markdown": "md", "htm": "html", "txt": "table"}.get(chosen, chosen)
    if chosen not in facilitator.FORMATS:
        raise UsageError(msg("err_facilitator_format", format=chosen))
    language = language_for(config.text("lang", lang) or agg.people[0].language)
    sections = [facilitator.role_section(split(agg, gap), language)] if by_role else []
    if calibration:
        sections += facilitator.calibration_section(calibrate(agg), language)
    org = common_spelling([p.organisation for p in agg.people])
    title = t(language, "fac_title", org=org) if org else t(language, "fac_title_plain")
    emit(facilitator.render(sections, chosen, language, title), output)
