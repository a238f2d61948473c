"""The siqassess command line: parse options, call the core, map errors to exit codes.

``app.py`` holds the Typer app and its table of commands; each command group is one module,
imported only when one of its commands runs (``lazy.py``). ``handled.py`` maps errors to exit
codes around every command; ``emit.py`` writes stdout or a file.
"""

from __future__ import annotations

from siqassess.cli.app import app

__all__ = ["app", "main"]


def main() -> None:
    """Console-script entry point."""
    from siqassess.cli import collector, stdio, streams

    collector.pause()  # until a command starts: see collector.py
    try:
        stdio.configure()
        streams.run(lambda: app(prog_name="siqassess"))
    finally:
        collector.finish()
