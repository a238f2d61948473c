"""``validate``: check model and answers files."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from siqassess.cli.app import app
from siqassess.cli.handled import EXIT_FINDINGS, EXIT_USAGE
from siqassess.cli.inputs import missing_files
from siqassess.cli.options import Lang, ModelOpt
from siqassess.reports.formats import VALIDATE, pick_format


@app.command()
def validate(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Model and answers files (detected by content), folders (searched "
            "recursively) or quoted globs."
        ),
    ],
    fmt: Annotated[
        str,
        typer.Option("--format", "-f", help="text, json, or github (pull-request annotations)."),
    ] = "text",
    model: ModelOpt = None,
    skip_other: Annotated[
        bool,
        typer.Option(
            "--skip-other",
            help=(
                "Check only YAML that declares itself a siqassess file, a top-level format: with"
                " model: or success_factors: (the default for 2+ files)."
            ),
        ),
    ] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Also say which files were skipped.")
    ] = False,
    lang: Annotated[
        Lang | None,
        typer.Option("--lang", "-l", help="Language of the text output (default: the file's)."),
    ] = None,
    strict: Annotated[
        bool,
        typer.Option(
            "--strict", help="Warnings fail too (a workbook's date decades away, a renamed sheet)."
        ),
    ] = False,
) -> None:
    """Check model and answers files; report every problem as file:line:column.

    Answers files are checked against the model they name (or --model). Exit code 1 if
    any file has problems. Given several files (as pre-commit does), only YAML that declares
    itself a siqassess file is checked (a top-level format: with model: or success_factors:);
    the last line says how many other files were skipped, and -v names them.
    """
    import sys

    from siqassess.cli import term
    from siqassess.cli.speech import message_language
    from siqassess.errors import Location, Msg, Problem, msg
    from siqassess.i18n import t
    from siqassess.io import validation
    from siqassess.io.scan import expand
    from siqassess.textsafe import visible

    chosen = pick_format(VALIDATE, fmt, None)
    language = message_language(lang)
    passed: list[str] = []
    targets, unread = expand(paths, passed)  # folders and globs, as score reads them
    skip = skip_other or len(targets) > 1
    reports = [
        validation.check_file(
            Path(target.path), model, skip_other=skip or target.found, strict=strict
        )
        for target in targets
    ]
    reports += [validation.FileReport(p.location.file, "unknown", [p]) for p in unread]
    if not reports:  # only folders, holding no file to check
        none = [Problem.of(Location(arg), msg("err_no_answers_files")) for arg in paths]
        reports = [validation.FileReport(p.location.file, "unknown", [p]) for p in none]
    chatty = (verbose and not term.SETTINGS.quiet) or term.SETTINGS.verbose
    if chatty and passed:
        from siqassess.i18n import tn

        skipped = tn(language, "out_skipped_other", len(passed), files=", ".join(passed))
        print(f"siqassess: {skipped}", file=sys.stderr)
    if chatty:
        for report in reports:
            if report.kind == "other":
                why = report.summary
                why = why.text(language) if isinstance(why, Msg) else why
                said = t(language, "skipped_file", file=report.file, why=why)
                print(f"siqassess: {said}", file=sys.stderr)
    out = chosen.render_check(reports, language)
    if out:
        print(visible(out))  # CI logs interpret escape sequences too
    if missing_files(paths):
        raise typer.Exit(EXIT_USAGE)
    if not all(r.valid for r in reports):
        raise typer.Exit(EXIT_FINDINGS)
