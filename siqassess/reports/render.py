"""Render report contexts through sandboxed Jinja templates: html, md and txt."""

from __future__ import annotations

import dataclasses
import io
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import is_dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

from siqassess.core.coverage import coverage_text
from siqassess.core.nodescore import Coverage
from siqassess.errors import Location, Problem, SiqError, UsageError, msg
from siqassess.i18n import number, tn
from siqassess.reports.compiled import COMPILED
from siqassess.reports.context_json import context_data, coverage_data
from siqassess.reports.context_types import Chart, variables
from siqassess.reports.formats.interface import Rendered
from siqassess.reports.limits import BoundedEnvironment, TemplateLimit, render_bounded
from siqassess.reports.radar import bar_svg
from siqassess.reports.template_cache import STORED
from siqassess.textfit import shorten
from siqassess.textsafe import Styled, visible

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

    Context = DataclassInstance | Mapping[str, object]
    """A context (a frozen dataclass whose fields are the template's top-level names) or the
    names themselves."""

FORMATS = ("txt", "md", "html")
_CHART_FILES = {"factors": "-radar.svg", "results": "-results-radar.svg"}


class TemplateProblem(SiqError):
    """A report template is broken or tries to leave its sandbox."""


class _ConfinedLoader(jinja2.FileSystemLoader):
    """A FileSystemLoader that refuses files resolving outside its folder (symlinks)."""

    def __init__(self, root: Path) -> None:
        super().__init__(str(root))
        self.root = root.resolve()

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        source, filename, uptodate = super().get_source(environment, template)
        if not Path(filename).resolve().is_relative_to(self.root):
            raise jinja2.exceptions.SecurityError(
                f"template {template!r} resolves outside the template folder {self.root}"
            )
        return source, filename, uptodate


def environment(fmt: str, template_dir: Path | None = None) -> SandboxedEnvironment:
    """A sandboxed, strict environment for ``fmt``; the user's folder overrides the package."""
    loaders: list[jinja2.BaseLoader] = []
    if template_dir is not None:
        if not template_dir.is_dir():
            raise UsageError(Problem.of(Location(str(template_dir)), msg("tpl_folder_missing")))
        loaders.append(_ConfinedLoader(template_dir))
    package = jinja2.PackageLoader("siqassess.reports", "templates")
    # "siqassess/report.html.j2" always names the built-in file, so an override can extend it.
    loaders += [package, jinja2.PrefixLoader({"siqassess": package})]
    env = BoundedEnvironment(
        loader=jinja2.ChoiceLoader(loaders),
        undefined=jinja2.StrictUndefined,
        autoescape=fmt == "html",
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=_shown,
        # Built-in templates are compiled once per user, the user's own once per process.
        bytecode_cache=COMPILED if template_dir is not None else STORED,
    )
    env.filters.update(
        num=num,
        pts=pts,
        md=md_escape,
        md_href=md_href,
        svgbar=svgbar,
        textbar=textbar,
        shorten=shorten,
    )
    env.globals["tn"] = counted
    env.globals["coverage_line"] = coverage_line
    # Context entries are frozen dataclasses: ``dict(node, name=...)`` copies one as it did a
    # dict, and ``tojson`` writes one as an object (README "Template context").
    env.globals["dict"] = _as_dict
    env.policies["json.dumps_function"] = _dumps
    return env


def _as_dict(*args: object, **extra: object) -> dict[str, object]:
    """Jinja's ``dict()``, which also copies a context entry (a dataclass) field by field."""
    if not args:
        return dict(extra)
    if len(args) == 1 and isinstance(args[0], Coverage):
        return {**coverage_data(args[0]), **extra}
    if len(args) == 1 and is_dataclass(args[0]) and not isinstance(args[0], type):
        return {**variables(args[0]), **extra}
    if len(args) == 1 and isinstance(args[0], Mapping):
        return {str(key): value for key, value in args[0].items()} | extra
    raise TypeError("dict() takes a mapping or a context entry, and names")


def _dumps(value: Any, **options: Any) -> str:
    """``tojson``: context entries as JSON objects, keys in field order unless sorted."""
    return json.dumps(context_data(value), **options)


@jinja2.pass_context
def counted(ctx: Any, key: str, n: int, **values: object) -> str:
    """A counted text in the report's language, in the plural form for ``n`` ("1 besvarad")."""
    return tn(str(ctx.get("lang") or "en"), key, int(n), **values)


@jinja2.pass_context
def coverage_line(ctx: Any, coverage: Any) -> str:
    """``30 besvarade · 2 ej tillämpliga · 0 saknas (32 frågor)``: the one coverage text."""
    lang = str(ctx.get("lang") or "en")
    text = coverage_text(lang, coverage.answered, coverage.na, coverage.missing)
    return tn(lang, "coverage_of", int(coverage.total), coverage=text)


@jinja2.pass_context
def num(ctx: Any, value: float | None, digits: int = 1) -> str:
    """A number rounded for display, with a decimal comma in Swedish; "–" when there is none."""
    return number(str(ctx.get("lang") or "en"), value, digits)


@jinja2.pass_context
def pts(ctx: Any, value: float | None) -> str:
    """Points out of 1000, whole numbers."""
    return str(num(ctx, value, 0))


def svgbar(value: float | None, target: float | None) -> Markup:
    """A small inline SVG bar with a dashed target tick (HTML only)."""
    return Markup(bar_svg(value, target))


@jinja2.pass_context
def textbar(ctx: Any, value: float | None, width: int = 20) -> str:
    """A bar of characters: code blocks in Markdown, ``#`` in text, coloured on a terminal."""
    fmt, fancy = ctx.get("format"), ctx.get("fancy")
    if value is None:
        return "–" if fmt == "md" else " " * width
    filled = round(width * max(0.0, min(float(value), 100.0)) / 100.0)
    if fmt == "md":
        return "`" + "█" * filled + "░" * (width - filled) + "`"
    if not fancy:
        return "#" * filled + "." * (width - filled)
    from rich.console import Console
    from rich.text import Text

    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, color_system="standard", width=width + 4)
    bar = Text("█" * filled, style="green") + Text("░" * (width - filled), style="bright_black")
    console.print(bar, end="")
    return Styled(buffer.getvalue())


def _shown(value: Any) -> Any:
    """Every ``{{ value }}`` of a report: control and bidi characters made visible (#11 §5, §8).

    Our own coloured bars (:class:`Styled`) and HTML we built (``Markup``) pass unchanged.
    """
    if isinstance(value, str) and not isinstance(value, Styled | Markup):
        return visible(value)
    return value


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|&~#!{}])")


def md_escape(value: Any) -> str:
    """User text made inert in Markdown and safe inside a table cell: one line, no markup."""
    text = "" if value is None else str(value)
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return "<br>".join(line.strip() for line in text.split("\n"))


def md_href(value: str) -> str:
    """A link target for Markdown: characters that end a link are percent-encoded."""
    return "".join(_HREF_ESCAPES.get(c, c) for c in value)


# `|` would end a table cell, `\\` start an escape, a backtick a code span. `&` stays: a link
# whose text would decode as an entity (`javascript&colon;`) is never a link (see safe_href),
# and encoding it would change what a query string means.
_HREF_ESCAPES = {c: f"%{ord(c):02X}" for c in "()<> |\\`"}


def render(
    context: Context,
    fmt: str,
    *,
    template_dir: Path | None = None,
    fancy: bool = False,
    template: str = "report",
) -> str:
    """Render ``<template>.<fmt>.j2`` with the context; template faults become TemplateProblem."""
    if fmt not in FORMATS:
        raise UsageError(Problem.of(Location(""), msg("fmt_unknown_report", fmt=repr(fmt))))
    env = environment(fmt, template_dir)
    try:
        page = env.get_template(f"{template}.{fmt}.j2")
        return render_bounded(page, {**_names(context), "format": fmt, "fancy": fancy})
    except jinja2.TemplateSyntaxError as exc:
        where = Location(exc.filename or exc.name or "", exc.lineno or 0)
        raise TemplateProblem(Problem.of(where, msg("tpl_syntax", detail=exc.message))) from None
    except jinja2.TemplateNotFound as exc:
        where = _where(exc.__traceback__)
        raise TemplateProblem(Problem.of(where, msg("tpl_not_found", name=exc.name))) from None
    except jinja2.exceptions.SecurityError as exc:
        where = _where(exc.__traceback__)
        raise TemplateProblem(Problem.of(where, msg("tpl_sandbox", detail=exc))) from None
    except TemplateLimit as exc:
        where = _where(exc.__traceback__, page.filename)
        raise TemplateProblem(Problem.of(where, msg("tpl_stopped", detail=exc))) from None
    except jinja2.TemplateError as exc:  # UndefinedError and the rest; our own bugs surface
        where = _where(exc.__traceback__)
        message = getattr(exc, "message", None) or str(exc)
        raise TemplateProblem(Problem.of(where, msg("tpl_error", detail=message))) from None


def _names(context: Context) -> dict[str, object]:
    """The template's top-level names: a context's fields (or a mapping's keys), one level deep."""
    return dict(context) if isinstance(context, Mapping) else variables(context)


def _where(tb: TracebackType | None, fallback: str | None = None) -> Location:
    """The innermost template line in a traceback (Jinja rewrites frames to template lines)."""
    found = Location(fallback or "report template")
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(".j2"):
            found = Location(filename, tb.tb_lineno)
        tb = tb.tb_next
    return found


def render_report(
    context: Context,
    fmt: str,
    *,
    output: Path | None = None,
    template_dir: Path | None = None,
    fancy: bool = False,
    template: str = "report",
) -> Rendered:
    """Render a report; Markdown saved to ``output`` gets its charts as SVG files beside it."""
    attachments: dict[Path, str] = {}
    names = _names(context)
    charts: dict[str, Chart] = {}
    given = names.get("charts")
    for key, chart in given.items() if isinstance(given, Mapping) else ():
        if not isinstance(chart, Chart):
            continue
        charts[key] = dataclasses.replace(chart, file=None)
        if fmt == "md" and output is not None and key in _CHART_FILES:
            path = output.with_name(output.stem + _CHART_FILES[key])
            charts[key] = dataclasses.replace(chart, file=path.name)
            attachments[path] = chart.svg + "\n"
    if charts:
        names["charts"] = charts
    text = render(names, fmt, template_dir=template_dir, fancy=fancy, template=template)
    return Rendered(text, attachments)
