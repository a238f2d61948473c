"""``--help`` without Typer's type noise: no ``<bool>``, ``<list[Path]>``, ``{paths}...``.

Typer's Rich help shows every parameter's Python type. Here flags show none, values show the
usual upper-case metavar (TEXT, PATH, INTEGER, NUMBER), choices stay ``a|b|c``, and arguments
read ``PATHS...`` in the usage line as in most command-line tools. Applied once, at import of
the app; ``tests/release/test_help.py`` checks every command's help.
"""

from __future__ import annotations

import re
from typing import Any

from typer import core

_WORDS = {
    "str": "TEXT",
    "path": "PATH",
    "int": "INTEGER",
    "int range": "INTEGER",
    "float": "NUMBER",
    "float range": "NUMBER",
    "datetime": "DATE",
}


def _label(raw: str | None) -> str | None:
    if raw is None:
        return None
    text = raw.strip()
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1]
    if text == "bool" or text.startswith("list["):
        return None  # a flag says nothing; a list argument's name says PATHS...
    return _WORDS.get(text, text)


def _option_type(self: Any, ctx: Any) -> str | None:
    if getattr(self, "is_flag", False) or getattr(self, "count", False):
        return None
    if self.metavar is not None:
        return str(self.metavar)
    return _label(_ORIGINAL_OPTION(self, ctx))


def _argument_type(self: Any, ctx: Any) -> str | None:
    if self.metavar is not None:
        return None  # shown as the name
    return _label(_ORIGINAL_ARGUMENT(self, ctx))


def _argument_name(self: Any) -> str:
    name = re.sub(r"\W", "_", str(self.display_name_raw)).upper()
    return name + ("..." if self.nargs != 1 else "")


def _argument_usage(self: Any) -> str:
    name = _argument_name(self)
    return name if self.required else f"[{name}]"


def _kept(paragraph: str) -> bool:
    """A paragraph laid out line by line: a list, an example or one marked with ``\\b``."""
    lines = paragraph.split("\n")
    return paragraph.startswith("\b") or any(
        line.startswith(" ") or line.lstrip().startswith(("- ", "* ", "$ ")) for line in lines
    )


def _paragraphs(paragraphs: list[str], markup_mode: Any) -> str:
    """The help's paragraphs with the docstring's own line breaks taken out, so that the
    terminal wraps them at word boundaries ("feedback" / "report" on lines of their own
    before); lists and examples keep their lines."""
    return "\n\n".join(
        p if _kept(p) else " ".join(line.strip() for line in p.split("\n")) for p in paragraphs
    )


def _unwrapping(format_help: Any) -> Any:
    """``format_help`` with the paragraph rule in place; rich is imported only for help."""

    def formatted(self: Any, ctx: Any, formatter: Any) -> Any:
        from typer import rich_utils

        if hasattr(rich_utils, "_fix_linebreaks"):
            rich_utils._fix_linebreaks = _paragraphs
        return format_help(self, ctx, formatter)

    return formatted


_ORIGINAL_OPTION = core.TyperOption.display_type_rich
_ORIGINAL_ARGUMENT = getattr(core.TyperArgument, "display_type_rich", _ORIGINAL_OPTION)


def install() -> None:
    """Patch Typer's help rendering (idempotent; a Typer without these hooks is left alone)."""
    if getattr(core, "_siqassess_tidy", False):
        return
    core.TyperOption.display_type_rich = _option_type  # type: ignore[method-assign]
    if hasattr(core.TyperArgument, "display_type_rich"):
        core.TyperArgument.display_type_rich = _argument_type  # type: ignore[method-assign]
    if hasattr(core.TyperArgument, "_rich_display_name"):
        core.TyperArgument._rich_display_name = _argument_name  # type: ignore[method-assign]
    if hasattr(core.TyperArgument, "_usage_display_name"):
        core.TyperArgument._usage_display_name = _argument_usage  # type: ignore[method-assign]
    for cls in (core.TyperCommand, core.TyperGroup):
        cls.format_help = _unwrapping(cls.format_help)  # type: ignore[method-assign]
    core._siqassess_tidy = True  # type: ignore[attr-defined]
