"""The Typer app, its root callback and its table of commands; each lives in its own module.

A command module registers its commands on ``app`` with ``@app.command()`` when imported;
``COMMANDS`` says which module that is, so a run imports only the one it invokes (``lazy.py``).
A new command needs one line here: ``tests/cli/test_lazy.py`` fails until it has one.
"""

from __future__ import annotations

from typing import Annotated

import typer

from siqassess import __version__
from siqassess.cli.handled import CliState
from siqassess.cli.helpfmt import install as _tidy_help
from siqassess.cli.lazy import Entry, LazyGroup
from siqassess.cli.term import ColorMode

_tidy_help()

# In the order `siqassess --help` lists them; the summary is the first paragraph of the help.
COMMANDS = (
    Entry(
        "validate",
        "validate",
        "Check model and answers files; report every problem as file:line:column.",
    ),
    Entry("schema", "model", "Print a JSON Schema, for editors (yaml-language-server) and tools."),
    Entry(
        "score",
        "score",
        "Score answers files: total, points out of 1000, coverage, and every node of the model.",
    ),
    Entry(
        "init",
        "assess",
        "Write a blank answers file, every question as a comment, to fill in with an editor.",
    ),
    Entry(
        "assess",
        "assess",
        "Walk through the model question by question; every answer is saved at once.",
    ),
    Entry(
        "report",
        "report",
        "Write a gap report, or with --kind feedback the strengths and areas for improvement.",
    ),
    Entry(
        "compare",
        "group",
        "Compare two assessments: Δ = new − old for every node, with both coverages.",
    ),
    Entry(
        "aggregate",
        "group",
        "Combine a team's answers files: mean, median, min, max and spread for every leaf.",
    ),
    Entry(
        "consensus",
        "consensus",
        "Close a consensus draft: check what the meeting agreed and write the agreed file.",
    ),
    Entry(
        "convert",
        "convert",
        "Convert an answers file between YAML and xlsx, keeping every answer and finding.",
    ),
    Entry(
        "trend",
        "trend",
        "Follow one organisation over the years: every node's scores, targets and coverage.",
    ),
    Entry(
        "benchmark",
        "network",
        "Place a network's members anonymously among their peers, by code, small groups hidden.",
    ),
    Entry("config", "configcmd", "Show the effective defaults and their sources."),
    Entry(
        "plan",
        "plan",
        "Write the action plan: areas for improvement and their actions, most urgent first.",
    ),
    Entry("model", "model", "List, show and export management models."),
    Entry("measures", "measures", "Import a result area's measures from CSV."),
    Entry(
        "lint",
        "lint",
        "Flag what an SIQ examiner would challenge in assessments: text, GitHub or SARIF.",
    ),
)


class RootGroup(LazyGroup):
    """The root command: every command in ``COMMANDS``, each built when first needed."""

    entries = COMMANDS

    def source(self) -> typer.Typer:
        return app


app = typer.Typer(
    name="siqassess",
    cls=RootGroup,
    help=(
        "Self-assessment against the SIQ Management Model 2019:1.\n\n"
        "Exit codes: 0 ok, 1 findings (invalid files, or a score under --fail-under), "
        "2 usage error, 130 interrupted."
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        print(f"siqassess {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    ctx: typer.Context,
    version: Annotated[
        bool,
        typer.Option("--version", "-V", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
    traceback: Annotated[
        bool, typer.Option("--traceback", help="Show a full traceback on errors (for bug reports).")
    ] = False,
    color: Annotated[
        ColorMode,
        typer.Option(
            "--color",
            help="Colour on the terminal: auto (NO_COLOR and FORCE_COLOR honoured), always, never.",
        ),
    ] = ColorMode.auto,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Say nothing but the output and errors.")
    ] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Also say what was skipped and why.")
    ] = False,
) -> None:
    from siqassess.cli import term

    term.configure(color, quiet=quiet, verbose=verbose)
    ctx.obj = CliState(traceback=traceback)
    from siqassess.cli import defaults

    args = ctx.meta.get("siqassess.args", [])
    defaults.install(ctx, ctx.invoked_subcommand, defaults.lang_option(args))
