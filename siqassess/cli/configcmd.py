"""``config``: every setting, where each came from, what was ignored; ``config trust``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from siqassess.cli.app import app

config_app = typer.Typer(
    name="config",
    help="Show the effective defaults and their sources.",
    invoke_without_command=True,
    no_args_is_help=False,
)
app.add_typer(config_app, name="config")


def _shown(value: object) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


@config_app.callback()
def show_config(ctx: typer.Context) -> None:
    """Show the effective defaults and their sources.

    Sources, first wins: command line, environment (SIQASSESS_LANG, SIQASSESS_MODEL, … for
    the shared keys; SIQASSESS_<COMMAND>_<OPTION> for any option of one command),
    siqassess.toml or [tool.siqassess] in pyproject.toml (this folder or the nearest above),
    the user file, the default. A project file may set only harmless defaults unless you
    trust it with `siqassess config trust`; what it may not set is listed as ignored.
    """
    if ctx.invoked_subcommand is not None:
        return
    from siqassess import config
    from siqassess.cli import defaults
    from siqassess.cli.app import COMMANDS, RootGroup
    from siqassess.i18n import language_for, t

    found = config.find()
    shared = config.settings(config.KEYS, None, None, found)
    chosen = shared["lang"].value
    lang = language_for(chosen if isinstance(chosen, str) else None)  # the configured language
    root = ctx.find_root()
    group = root.command if isinstance(root.command, RootGroup) else None
    rows = [(s.key, s) for s in shared.values()]
    if group is not None:
        for entry in COMMANDS:
            group.get_command(root, entry.name)
        for table, command in defaults.commands(group, root):
            own = defaults.command_settings(table, command, found)
            rows += [(f"{table}.{k}", s) for k, s in own.items() if k not in config.KEYS]
    width = max(len(name) for name, _ in rows)
    for name, setting in rows:
        source = setting.said.text(lang) if setting.said else setting.source
        print(f"{name:<{width}}  {_shown(setting.value):<24}  {source}")
    for notice in found.notices:
        print(f"{t(lang, 'cfg_ignored')}: {notice.render(lang)}")
    print(t(lang, "cfg_user_file", path=config.user_file()))


@config_app.command("trust")
def trust(
    path: Annotated[
        Path | None,
        typer.Argument(
            help="The project file to trust (default: the one found from here).", readable=False
        ),
    ] = None,
) -> None:
    """Trust a project file: it may then set every option, templates and model included.

    Recorded in your user file by path and SHA-256: once the file changes, it is untrusted
    again. Trust only a file you have read.
    """
    from siqassess import config
    from siqassess.config import trust as configtrust
    from siqassess.i18n import language_for, t

    done = configtrust.trust(path)
    configured = config.effective()["lang"].value
    lang = language_for(configured if isinstance(configured, str) else None)
    print(t(lang, "cfg_trusted", path=done.path, sha256=done.sha256[:12], user=done.user))
