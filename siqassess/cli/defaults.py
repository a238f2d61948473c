"""Config as Click's ``default_map``: one rule gives every option of every command its default.

The root callback calls :func:`install` with the command about to run; it reads the config
files once (``siqassess.config``), prints one notice per skipped file or refused key, and
hands Click a default for each option that a file or the environment sets. Click then does
the rest: the command line wins, a value is converted and checked by the option's own type.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from siqassess import config
from siqassess.errors import Location, Problem, UsageError, msg

if TYPE_CHECKING:  # Typer's own copy of Click, whose objects these functions are given
    from typer._click.core import Command, Context, Parameter


def option_key(param: Parameter) -> str | None:
    """The config key of an option: its long name (``--template-dir`` → ``template_dir``)."""
    if param.param_type_name != "option":
        return None
    longs = [o for o in (*param.opts, *param.secondary_opts) if o.startswith("--")]
    return longs[0][2:].replace("-", "_") if longs else None


def commands(group: Any, ctx: Any, prefix: str = "") -> Iterator[tuple[str, Any]]:
    """Every leaf command under ``group`` as (table name, command): ``report``, ``model-show``."""
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        if command is None:
            continue
        full = f"{prefix}-{name}" if prefix else name
        if hasattr(command, "list_commands"):
            yield from commands(command, ctx, full)
        else:
            yield full, command


def options(command: Command) -> dict[str, Parameter]:
    """A command's options by config key."""
    out: dict[str, Parameter] = {}
    for param in command.params:
        key = option_key(param)
        if key is not None:
            out[key] = param
    return out


def command_settings(
    table: str, command: Command, found: config.Found
) -> dict[str, config.Setting]:
    """Each option of ``command`` with its configured value and source."""
    return config.settings(options(command), table, None, found)


def _checked(ctx: Context, param: Parameter, setting: config.Setting) -> object:
    try:
        param.process_value(ctx, setting.value)
    except Exception as exc:  # click's BadParameter: the option's own check
        detail = getattr(exc, "message", None) or str(exc)
        message = msg("cfg_bad_value", key=setting.key, detail=detail)
        raise UsageError(Problem.of(Location(setting.where), message)) from None
    return setting.value


def _map(ctx: Any, command: Any, table: str, found: config.Found) -> dict[str, object]:
    if hasattr(command, "list_commands"):
        return {
            name: _map(ctx, sub, f"{table}-{name}", found)
            for name in command.list_commands(ctx)
            if (sub := command.get_command(ctx, name)) is not None
        }
    params = options(command)
    out: dict[str, object] = {}
    for key, setting in command_settings(table, command, found).items():
        name = params[key].name
        if setting.configured and name is not None:  # every option has a name
            out[name] = _checked(ctx, params[key], setting)
    return out


def install(ctx: Any, name: str | None, option: str | None) -> None:
    """Give the command ``name`` (about to run under ``ctx``) its configured defaults.

    Notices are in ``option`` (a ``--lang`` on the command line), else the configured
    language, else the locale's.
    """
    if name is None:
        return
    command = ctx.command.get_command(ctx, name)
    if command is None:
        return
    from siqassess.cli import term
    from siqassess.i18n import language_for

    found = config.find()
    if found.notices and name != "config":  # `config` lists them itself
        configured = config.settings(["lang"], None, None, found)["lang"].value
        lang = language_for(option or (configured if isinstance(configured, str) else None))
        for notice in found.notices:
            term.warn(notice.render(lang), lang)
    ctx.default_map = {name: _map(ctx, command, name, found)}


def lang_option(args: list[str]) -> str | None:
    """The value of ``--lang``/``-l`` on a raw command line."""
    for i, word in enumerate(args):
        if word in ("--lang", "-l") and i + 1 < len(args):
            return args[i + 1]
        if word.startswith("--lang="):
            return word.removeprefix("--lang=")
    return None
