"""The siqassess command line: parse options, call the core, map errors to exit codes.

``app.py`` holds the Typer app; each command group is one module, registered by importing it
here. ``handled.py`` maps errors to exit codes around every command;
``emit.py`` writes stdout or a file.
"""

from __future__ import annotations

# Importing a command module registers its commands; `--help` lists them in this order.
# isort: off
from siqassess.cli import validate, model, score, assess, report, group, convert  # noqa: F401
from siqassess.cli import configcmd, plan  # noqa: F401

# isort: on
from siqassess.cli.app import app

__all__ = ["app", "main"]


def main() -> None:
    """Console-script entry point."""
    from siqassess.cli import stdio, streams

    stdio.configure()
    streams.run(lambda: app(prog_name="siqassess"))
