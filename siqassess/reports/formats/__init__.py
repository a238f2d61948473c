"""The ONE registry of output formats: every command, every format, and the rule that picks one.

Each format is a class (``classes.py``) that derives from the base class of every command it
serves (``interface.py``), so a format listed for a command without the method that writes it
is a mypy error where ``FORMATS`` is built, not a crash at run time. The work is done in one
module per format, imported inside the method, so ``--help`` stays fast. To add a format:
one module, one class, one line in ``FORMATS``. ``pick_format`` chooses the format of
every writing command from ``--format`` and ``-o``'s extension.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar, overload

from siqassess.errors import UsageError, msg
from siqassess.reports.formats.classes import (
    Csv,
    Docx,
    Github,
    Html,
    Json,
    Jsonl,
    Md,
    Pdf,
    Table,
    Text,
    Txt,
    Xlsx,
    Yaml,
)
from siqassess.reports.formats.interface import (
    OutputFormat,
    WritesAggregate,
    WritesAnswers,
    WritesCheck,
    WritesCompare,
    WritesDocument,
    WritesPlan,
    WritesReport,
    WritesScore,
)

F = TypeVar("F", bound=OutputFormat)


@dataclass(frozen=True)
class Command(Generic[F]):
    """A writing command: the base class its formats derive from, and its default format."""

    name: str
    kind: type[F]
    default: str


SCORE = Command("score", WritesScore, "table")
REPORT = Command("report", WritesReport, "txt")
COMPARE = Command("compare", WritesCompare, "table")
AGGREGATE = Command("aggregate", WritesAggregate, "table")
PLAN = Command("plan", WritesPlan, "md")
INIT = Command("init", WritesAnswers, "yaml")
CONVERT = Command("convert", WritesAnswers, "yaml")
VALIDATE = Command("validate", WritesCheck, "text")
EXPORT = Command("export", WritesDocument, "json")
SCHEMA = Command("schema", WritesDocument, "json")
COMMANDS: dict[str, Command[Any]] = {
    c.name: c
    for c in (SCORE, REPORT, COMPARE, AGGREGATE, PLAN, INIT, CONVERT, VALIDATE, EXPORT, SCHEMA)
}


FORMATS: dict[str, OutputFormat] = {
    f.name: f
    for f in (
        Table(),
        Text(),
        Json(),
        Jsonl(),
        Csv(),
        Txt(),
        Md(),
        Html(),
        Pdf(),
        Docx(),
        Yaml(),
        Xlsx(),
        Github(),
    )
}
"""Every format, in the order help texts list them."""

EXTENSIONS: dict[str, str] = {ext: f.name for f in FORMATS.values() for ext in f.extensions}
"""File extension (lower case, with the dot) → format name."""

DEFAULTS: dict[str, str] = {c.name: c.default for c in COMMANDS.values()}
"""The format of each command's output when neither --format nor -o's extension names one."""


def commands_of(fmt: OutputFormat) -> frozenset[str]:
    """The commands ``fmt`` serves."""
    return frozenset(c.name for c in COMMANDS.values() if isinstance(fmt, c.kind))


def names_for(command: str) -> list[str]:
    """The formats ``command`` can write, in registry order."""
    kind = COMMANDS[command].kind
    return [f.name for f in FORMATS.values() if isinstance(f, kind)]


def format_help(command: str, extra: str = "") -> str:
    """The help text of a command's ``--format`` option."""
    names = ", ".join(names_for(command))
    default = DEFAULTS[command]
    return f"{names}{extra} (default: from -o's extension, else {default})."


@overload
def pick_format(command: Command[F], fmt: str | None, output: Path | None) -> F: ...
@overload
def pick_format(command: str, fmt: str | None, output: Path | None) -> OutputFormat: ...
def pick_format(command: Command[Any] | str, fmt: str | None, output: Path | None) -> Any:
    """The format ``command`` writes: ``--format``, else -o's extension, else the default.

    An unknown format, an extension that contradicts ``--format``, an unknown extension
    without ``--format``, and a format the command cannot write are usage errors (exit 2).
    """
    name = command if isinstance(command, str) else command.name
    allowed = names_for(name)
    suffix = output.suffix.lower() if output is not None else ""
    from_ext = EXTENSIONS.get(suffix) if suffix else None
    if fmt is not None:
        if fmt not in allowed:
            raise UsageError(
                msg("fmt_cannot_write", command=name, fmt=repr(fmt), allowed=", ".join(allowed))
            )
        if from_ext is not None and from_ext != fmt:
            assert output is not None
            raise UsageError(msg("fmt_contradicts", fmt=fmt, name=repr(output.name), ext=from_ext))
        return FORMATS[fmt]
    if not suffix:
        return FORMATS[DEFAULTS[name]]
    assert output is not None
    if from_ext is None:
        known = ", ".join(sorted(e for e in EXTENSIONS if EXTENSIONS[e] in allowed))
        raise UsageError(msg("fmt_unknown_ext", name=repr(output.name), known=known))
    if from_ext not in allowed:
        names = repr(output.name), ", ".join(allowed)
        raise UsageError(
            msg("fmt_cannot_write_ext", command=name, ext=from_ext, name=names[0], allowed=names[1])
        )
    return FORMATS[from_ext]
