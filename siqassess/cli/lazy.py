"""Commands built on first use: a run imports and builds only the command it invokes.

Building the whole Typer command tree (every command's parameters, enums and help) and
importing every command module cost more than ``validate`` itself. ``LazyGroup`` knows each
command's name, module and one-line help from a table (``cli/app.py``'s ``COMMANDS``), so
``siqassess --help`` and shell completion list commands without importing them, and
``siqassess CMD`` imports only CMD's module, whose ``@app.command()`` registers it on the root
app, and builds only that command. ``tests/cli/test_lazy.py`` checks the table against the
commands the modules register, and that the listed help equals the built commands' help.
"""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, ClassVar

import typer
from typer.core import TyperCommand

from siqassess.cli.handled import HandledGroup


@dataclass(frozen=True)
class Entry:
    """One command of the root group, known without importing it."""

    name: str
    """Its name on the command line."""
    module: str
    """The module (under ``siqassess.cli``) whose import registers it on the root app."""
    summary: str
    """Its one-line help, exactly as ``siqassess --help`` shows it."""


def _name_of(info: typer.models.CommandInfo) -> str:
    callback = info.callback
    return info.name or typer.main.get_command_name(getattr(callback, "__name__", ""))


def build(source: typer.Typer, name: str) -> Any:
    """The click command that ``source`` has registered as ``name``, or None."""
    for info in source.registered_commands:
        if info.callback is not None and _name_of(info) == name:
            return typer.main.get_command_from_info(
                info,
                pretty_exceptions_short=source.pretty_exceptions_short,
                rich_markup_mode=source.rich_markup_mode,
            )
    for group in source.registered_groups:
        if group.name == name:
            return typer.main.get_group_from_info(
                group,
                pretty_exceptions_short=source.pretty_exceptions_short,
                rich_markup_mode=source.rich_markup_mode,
                suggest_commands=source.suggest_commands,
            )
    return None


def registered_names(source: typer.Typer) -> list[str]:
    """Names of the commands and groups registered on ``source`` so far."""
    names = [_name_of(info) for info in source.registered_commands if info.callback]
    return names + [str(group.name) for group in source.registered_groups if group.name]


class LazyGroup(HandledGroup):
    """The root group: lists commands from ``entries``, imports and builds one when invoked."""

    entries: ClassVar[tuple[Entry, ...]] = ()
    _listing: bool = False

    def source(self) -> typer.Typer:
        """The Typer app on which the command modules register their commands."""
        raise NotImplementedError

    def list_commands(self, ctx: Any) -> list[str]:
        names = [entry.name for entry in self.entries]
        return names + [name for name in self.commands if name not in names]

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        known = self.commands.get(cmd_name)
        if known is not None:
            return known
        entry = next((e for e in self.entries if e.name == cmd_name), None)
        if entry is None:
            return None
        if self._listing:  # help and completion need the name and summary only
            return TyperCommand(entry.name, help=entry.summary, rich_markup_mode=None)
        importlib.import_module(f"siqassess.cli.{entry.module}")
        command = build(self.source(), cmd_name)
        if command is not None:
            self.commands[cmd_name] = command
        return command

    @contextlib.contextmanager
    def _summaries(self) -> Iterator[None]:
        self._listing = True
        try:
            yield
        finally:
            self._listing = False

    def format_help(self, ctx: Any, formatter: Any) -> None:
        with self._summaries():
            super().format_help(ctx, formatter)

    def shell_complete(self, ctx: Any, incomplete: str) -> Any:
        with self._summaries():
            return super().shell_complete(ctx, incomplete)

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        if args and self.suggest_commands and args[0] not in self.list_commands(ctx):
            # Typer's "Did you mean" looks among the built commands only: show it them all.
            with self._summaries():
                for name in self.list_commands(ctx):
                    self.commands.setdefault(name, self.get_command(ctx, name))
        return super().resolve_command(ctx, args)
