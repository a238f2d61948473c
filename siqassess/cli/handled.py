"""The ONE map from errors to messages and exit codes, applied around every command.

``HandledGroup`` is the root command's class: it runs the chosen (sub)command and turns a
``SiqError`` into one line per problem on stderr and its exit code, Ctrl-C into 130, and any
other exception into "internal error" (exit 3). ``--traceback`` (kept in ``ctx.obj``, a
``CliState``) shows the full traceback instead. Commands need no decorator.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NoReturn

import typer
from typer.core import TyperGroup

from siqassess.cli.streams import is_output_error

if TYPE_CHECKING:
    from siqassess.errors import SiqError

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


@dataclass
class CliState:
    """Options of the root command, kept in Typer's context object (``ctx.obj``)."""

    traceback: bool = False


def fail(exc: SiqError, lang: str = "en") -> NoReturn:
    """Print every problem of ``exc`` as one line on stderr, in ``lang``, and exit with its code."""
    from siqassess.i18n import t

    for line in exc.render(lang):
        print(f"siqassess: {t(lang, 'error')}: {line}", file=sys.stderr)
    raise typer.Exit(exc.exit_code)


def _language(args: list[str]) -> str:
    from siqassess.cli.speech import message_language_of

    return message_language_of(args)


def _traceback_wanted(ctx: Any) -> bool:
    obj = ctx.find_root().obj
    return isinstance(obj, CliState) and obj.traceback


class HandledGroup(TyperGroup):
    """A command group whose commands' errors become messages and exit codes."""

    def invoke(self, ctx: Any) -> Any:
        # Imported here, not at the top: `--help` and `--version` end before any command runs.
        from siqassess.cli import collector
        from siqassess.io.files import reset_inputs
        from siqassess.textsafe import guarded

        collector.resume()  # start-up is over
        reset_inputs()  # what this command reads, `-o` may not overwrite
        with guarded():  # no control sequence from a file reaches the terminal
            return self._invoke(ctx)

    def _invoke(self, ctx: Any) -> Any:
        # The command line, kept for the language of an error message (--lang, else the file's).
        args = [*getattr(ctx, "_protected_args", []), *ctx.args]
        ctx.meta.setdefault("siqassess.args", args)  # for the root callback's config notices
        from siqassess.errors import SiqError

        try:
            return super().invoke(ctx)
        except SiqError as exc:
            if _traceback_wanted(ctx):
                raise
            fail(exc, _language(args))
        except KeyboardInterrupt:
            from siqassess.i18n import t

            print(f"siqassess: {t(_language(args), 'interrupted_cli')}", file=sys.stderr)
            raise typer.Exit(EXIT_INTERRUPTED) from None
        except (typer.Exit, typer.Abort, typer.TyperException):
            raise
        except Exception as exc:
            if _traceback_wanted(ctx) or is_output_error(exc):
                raise  # a broken stdout is handled once, by cli/streams.py
            from siqassess.i18n import t

            error = f"{type(exc).__name__}: {exc}"
            print(
                f"siqassess: {t(_language(args), 'internal_error', error=error)}", file=sys.stderr
            )
            raise typer.Exit(EXIT_INTERNAL) from None
