"""``benchmark``: a network's members side by side, anonymously; ``benchmark contribute``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from siqassess import config
from siqassess.cli import term
from siqassess.cli.app import app
from siqassess.cli.emit import emit, emit_rendered
from siqassess.cli.handled import EXIT_FINDINGS
from siqassess.cli.inputs import require_files
from siqassess.cli.options import LANG_NAMES, Lang, ModelOpt, OutOpt
from siqassess.reports.netformats import format_help

SUMMARY = "Place a network's members anonymously among their peers, by code, small groups hidden."


class _BuildByDefault(TyperGroup):
    """``benchmark PATHS…`` builds the report; ``benchmark contribute FILE`` is a subcommand."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("-h", "--help"):
            args = ["build", *args]
        return super().parse_args(ctx, args)


bench = typer.Typer(
    cls=_BuildByDefault,
    no_args_is_help=True,
    help=f"{SUMMARY}\n\n"
    "siqassess benchmark PATHS… -o network.html builds the network's report (see build); "
    "siqassess benchmark contribute FILE -o bidrag.yaml writes a member's anonymised "
    "contribution.",
)
app.add_typer(bench, name="benchmark")


@bench.command("contribute")
def contribute(
    file: Annotated[Path, typer.Argument(help="The member's agreed answers file (YAML or xlsx).")],
    output: OutOpt = None,
    segment: Annotated[
        str | None,
        typer.Option("--segment", help="The member's segment, a short tag: kommun-20-50k."),
    ] = None,
    year: Annotated[
        int | None,
        typer.Option("--year", min=1900, max=2200, help="The year (default: the file's date)."),
    ] = None,
    model: ModelOpt = None,
) -> None:
    """Write the anonymised contribution a member sends its network coordinator.

    It holds the leaf scores, N/A flags, targets, coverage, the model's id, version and
    checksum, the year and the segment (--segment, else the file's), and no name, note,
    finding, evidence or respondent.
    """
    from siqassess.errors import Location, Problem, UsageError, msg
    from siqassess.io.assessment import read_assessment
    from siqassess.io.contribution import SEGMENT_PATTERN, contribution, dump_contribution
    from siqassess.io.models import Models

    require_files(file)
    if segment is not None:
        import re

        if not re.match(SEGMENT_PATTERN, segment):
            raise UsageError(Problem.of(Location(""), msg("err_segment", segment=segment)))
    read = read_assessment(str(file), Models(config.text("model", model)), hint="--model")
    answers = read.answers
    when = year if year is not None else (answers.date.year if answers.date else None)
    if when is None:
        raise UsageError(Problem.of(Location(str(file)), msg("err_contribute_no_year")))
    made = contribution(answers, read.model, when, segment or answers.segment)
    emit(dump_contribution(made), output)


@bench.command("build")
def build(
    paths: Annotated[
        list[str],
        typer.Argument(help="The members' files (answers files or contributions), folders, globs."),
    ],
    fmt: Annotated[str | None, typer.Option("--format", "-f", help=format_help())] = None,
    output: OutOpt = None,
    key: Annotated[
        Path | None,
        typer.Option(
            "--key",
            help="The coordinator's key (code → organisation): read if it exists, updated with "
            "new members. Give it every year for the same codes; never send it.",
        ),
    ] = None,
    min_n: Annotated[
        int,
        typer.Option(
            "--min-n", min=2, help="Hide (..) every figure resting on fewer members (default 5)."
        ),
    ] = 5,
    years: Annotated[
        list[int] | None,
        typer.Option("--year", help="Use only these years (repeat); default: every year found."),
    ] = None,
    segment: Annotated[
        bool, typer.Option("--segment", help="Split the figures by the members' segments.")
    ] = False,
    per_member: Annotated[
        Path | None,
        typer.Option(
            "--per-member",
            help="Write one page per member into this folder, named by its organisation.",
        ),
    ] = None,
    model: ModelOpt = None,
    lang: Annotated[
        Lang | None, typer.Option("--lang", "-l", help=f"{LANG_NAMES} (default: the locale).")
    ] = None,
) -> None:
    """Build the network's report: checks first, then figures by member code.

    Per node n, median, P25 and P75, min and max; a figure resting on fewer than --min-n
    members is shown as "..". A heat map of quartiles, shared weak spots and learning pairs
    follow. The latest year is the report's; earlier ones give the trends. Exit 1 when a file
    could not be read or was left out (another model, a year not asked for, a duplicate).
    """
    from siqassess.cli.network_run import run

    lang_code = config.text("lang", lang)
    require_files(*paths)
    findings = run(
        paths,
        fmt=fmt,
        output=output,
        key=key,
        min_n=min_n,
        years=tuple(years or ()),
        segments=segment,
        per_member=per_member,
        model=config.text("model", model),
        lang=lang_code,
        warn=term.warn,
        emit=emit_rendered,
    )
    if findings:
        raise typer.Exit(EXIT_FINDINGS)
