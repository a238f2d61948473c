"""The ONE registry of output formats: name → renderer module, extension → format.

``pick_format`` chooses the format of every writing command from ``--format`` and ``-o``'s
extension. To add a format, write one module in this package (see ``interface.py``) and add
one line to ``FORMATS``. Renderer modules are imported only when used, so ``--help`` stays fast.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import IO, Any, cast

from siqassess.errors import UsageError, msg
from siqassess.reports.formats.interface import (
    CompareJob,
    GroupJob,
    Rendered,
    ReportJob,
    ResultWriter,
)


@dataclass(frozen=True)
class Format:
    """One output format: its name, the extensions that select it and the commands it serves."""

    name: str
    extensions: tuple[str, ...]
    commands: frozenset[str]
    binary: bool = False

    @property
    def module(self) -> str:
        """The renderer module's import path."""
        return f"{__name__}.{self.name}"


def _format(name: str, extensions: str, commands: str, *, binary: bool = False) -> Format:
    return Format(name, tuple(extensions.split()), frozenset(commands.split()), binary)


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        _format("table", "", "score compare aggregate"),
        _format("json", ".json", "score compare aggregate export schema"),
        _format("jsonl", ".jsonl", "score"),
        _format("csv", ".csv", "score aggregate"),
        _format("txt", ".txt", "report"),
        _format("md", ".md .markdown", "report compare aggregate"),
        _format("html", ".html .htm", "report compare aggregate"),
        _format("pdf", ".pdf", "report compare aggregate", binary=True),
        _format("yaml", ".yaml .yml", "aggregate"),
        _format("xlsx", ".xlsx", "score compare aggregate", binary=True),
    )
}
"""Every format, in the order help texts list them."""

EXTENSIONS: dict[str, str] = {ext: f.name for f in FORMATS.values() for ext in f.extensions}
"""File extension (lower case, with the dot) → format name."""

DEFAULTS: dict[str, str] = {
    "score": "table",
    "report": "txt",
    "compare": "table",
    "aggregate": "table",
    "export": "json",
    "schema": "json",
}
"""The format of each command's output when neither --format nor -o's extension names one."""


def names_for(command: str) -> list[str]:
    """The formats ``command`` can write, in registry order."""
    return [f.name for f in FORMATS.values() if command in f.commands]


def format_help(command: str, extra: str = "") -> str:
    """The help text of a command's ``--format`` option."""
    names = ", ".join(names_for(command))
    default = DEFAULTS[command]
    return f"{names}{extra} (default: from -o's extension, else {default})."


def pick_format(command: str, fmt: str | None, output: Path | None) -> Format:
    """The format ``command`` writes: ``--format``, else -o's extension, else the default.

    An unknown format, an extension that contradicts ``--format``, an unknown extension
    without ``--format``, and a format the command cannot write are usage errors (exit 2).
    """
    allowed = names_for(command)
    suffix = output.suffix.lower() if output is not None else ""
    from_ext = EXTENSIONS.get(suffix) if suffix else None
    if fmt is not None:
        if fmt not in allowed:
            raise UsageError(
                msg("fmt_cannot_write", command=command, fmt=repr(fmt), allowed=", ".join(allowed))
            )
        if from_ext is not None and from_ext != fmt:
            assert output is not None
            raise UsageError(msg("fmt_contradicts", fmt=fmt, name=repr(output.name), ext=from_ext))
        return FORMATS[fmt]
    if not suffix:
        return FORMATS[DEFAULTS[command]]
    assert output is not None
    if from_ext is None:
        known = ", ".join(sorted(e for e in EXTENSIONS if EXTENSIONS[e] in allowed))
        raise UsageError(msg("fmt_unknown_ext", name=repr(output.name), known=known))
    if from_ext not in allowed:
        name, names = repr(output.name), ", ".join(allowed)
        raise UsageError(
            msg("fmt_cannot_write_ext", command=command, ext=from_ext, name=name, allowed=names)
        )
    return FORMATS[from_ext]


def _module(fmt: Format) -> ModuleType:
    return importlib.import_module(fmt.module)


def score_writer(
    fmt: Format, out: IO[Any], *, detail: bool = False, lang: str = "en"
) -> ResultWriter:
    """The streaming writer of ``score`` results in ``fmt``; ``lang`` is the tables' language."""
    make = cast(Callable[..., ResultWriter], _module(fmt).score_writer)
    return make(out, detail=detail, lang=lang)


_JOB_FUNCTIONS = {
    ReportJob: "render_report",
    CompareJob: "render_compare",
    GroupJob: "render_aggregate",
}


def render(fmt: Format, job: ReportJob | CompareJob | GroupJob) -> Rendered:
    """Render a report, comparison or group job in ``fmt``."""
    function = cast(Callable[[Any], Rendered], getattr(_module(fmt), _JOB_FUNCTIONS[type(job)]))
    return function(job)
