"""Each command as a click command, by name: what the generated command reference documents.

``docs/reference/commands/NAME.md`` holds one ``mkdocs-click`` directive that names this module
and a command; mkdocs-click reads the command's options and help from here, so the reference
is ``--help`` itself and cannot drift from it.
"""

from __future__ import annotations

from typing import Any


def __getattr__(name: str) -> Any:
    import click
    import typer

    from siqassess.cli.app import app

    root: Any = typer.main.get_command(app)
    command = root.get_command(click.Context(root), name.replace("_", "-"))
    if command is None:
        raise AttributeError(name)
    return command
