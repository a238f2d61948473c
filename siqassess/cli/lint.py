"""``lint``: what an SIQ examiner would challenge in assessments, as text, GitHub or SARIF."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from siqassess.cli.app import app
from siqassess.cli.options import LANG_NAMES, Lang, ModelOpt, OutOpt


class LintFormat(StrEnum):
    """The lint's outputs."""

    text = "text"
    github = "github"
    sarif = "sarif"


class FailOn(StrEnum):
    """The lowest severity that makes the exit code 1."""

    error = "error"
    warning = "warning"


@app.command()
def lint(
    files: Annotated[list[Path], typer.Argument(help="Answers files (.yaml or .xlsx).")],
    fmt: Annotated[
        LintFormat, typer.Option("--format", "-f", help="text, github (annotations) or sarif.")
    ] = LintFormat.text,
    fail_on: Annotated[
        FailOn, typer.Option("--fail-on", help="Exit 1 on an error, or also on a warning.")
    ] = FailOn.error,
    disable: Annotated[
        list[str] | None,
        typer.Option("--disable", help="A rule id to switch off (repeatable); also lint_disable."),
    ] = None,
    output: OutOpt = None,
    lang: Annotated[Lang | None, typer.Option("--lang", "-l", help=f"{LANG_NAMES}.")] = None,
    model: ModelOpt = None,
) -> None:
    """Flag what an SIQ examiner would challenge in assessments: text, GitHub or SARIF.

    Unsupported high scores, strengths under low scores, flagged N/A, results without
    measures, actions without an owner or overdue, evidence links that are not http(s).
    Rules are switched off with --disable or ``lint_disable`` in the config file.
    """
    from siqassess import config
    from siqassess.cli.emit import emit
    from siqassess.cli.inputs import require_files
    from siqassess.core.lint import RULES
    from siqassess.core.lint import lint as find
    from siqassess.core.na import flagged_na
    from siqassess.errors import UsageError, dotted, msg
    from siqassess.io.assessment import assessment_of, parse_answers
    from siqassess.io.models import Models
    from siqassess.reports import lint_out

    configured = str(config.value("lint_disable", None) or "")
    off = {r.strip().upper() for r in [*(disable or []), *configured.split(",")] if r.strip()}
    unknown = sorted(off - set(RULES))
    if unknown:
        raise UsageError(msg("lint_unknown_rule", rules=", ".join(unknown)))
    require_files(*files)
    models = Models(model)
    located: list[lint_out.Located] = []
    language = lang
    for path in files:
        parsed = parse_answers(path)
        assert parsed is not None  # a named file raises rather than being skipped
        data, source = parsed
        read = assessment_of(str(path), data, source, models)
        loaded, answers = read.model, read.answers
        language = language or answers.language
        areas = frozenset(n.id for n in loaded.leaves if n.kind == "result_area")
        flagged = frozenset(f.id for f in flagged_na(loaded, answers.answers))
        for finding in find(answers, areas, frozenset(off), flagged=flagged):
            where = source.locate(finding.path)
            path_text = dotted(list(finding.path))
            located.append(lint_out.Located(where, finding, path_text))
    language = language or "en"
    located.sort(key=lambda item: (item.location.file, item.location.line, item.location.column))
    render = {
        LintFormat.text: lint_out.render_text,
        LintFormat.github: lint_out.render_github,
        LintFormat.sarif: lint_out.render_sarif,
    }[fmt]
    text = render(located, language)
    if text or fmt is LintFormat.sarif:
        emit(text + "\n", output)
    failing = {"error"} if fail_on is FailOn.error else {"error", "warning"}
    if any(item.finding.severity in failing for item in located):
        raise typer.Exit(1)
