"""The Typer app and its root callback; commands live in one module per group."""

from __future__ import annotations

from typing import Annotated

import typer

from siqassess import __version__
from siqassess.cli.handled import CliState, HandledGroup
from siqassess.cli.helpfmt import install as _tidy_help
from siqassess.cli.term import ColorMode

_tidy_help()

app = typer.Typer(
    name="siqassess",
    cls=HandledGroup,
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
