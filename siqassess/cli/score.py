"""``score``: score answers files in a batch."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, cast

import typer

from siqassess.cli.app import app
from siqassess.cli.emit import open_output, quiet_broken_pipe
from siqassess.cli.handled import EXIT_FINDINGS, EXIT_INTERRUPTED, EXIT_USAGE
from siqassess.cli.inputs import missing_files
from siqassess.cli.options import CsvDialectOpt, Lang, ModelOpt, OutOpt
from siqassess.reports.formats import SCORE, format_help, pick_format

if TYPE_CHECKING:
    from siqassess.io.batch import Outcome
    from siqassess.reports.formats.interface import EncodingWriter, ResultWriter


@dataclass
class _Tally:
    """What a batch run has seen so far."""

    seen: int = 0
    missing: bool = False
    scored: int = 0
    failed: bool = False
    below: list[str] = field(default_factory=list)
    option: str | None = None
    """--lang, which wins over each file's own language."""
    strict: bool = False
    """--strict: a workbook's warnings fail the run."""
    language: str = "en"
    """The language of messages about no file in particular."""
    skipped: list[str] = field(default_factory=list)
    """Files found in folders or globs that are not answers files (said under -v)."""


@app.command()
def score(
    paths: Annotated[
        list[str],
        typer.Argument(help="Answers files, folders (searched recursively) or quoted globs."),
    ],
    fmt: Annotated[
        str | None,
        typer.Option("--format", "-f", help=format_help("score", " (long format)")),
    ] = None,
    fail_under: Annotated[
        float | None,
        typer.Option(
            "--fail-under", min=0, max=100, help="Exit 1 if any file's total is under this score."
        ),
    ] = None,
    require_complete: Annotated[
        bool, typer.Option("--require-complete", help="Treat unanswered leaves as errors.")
    ] = False,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=1, help="Score in this many processes.")
    ] = 1,
    detail: Annotated[
        bool, typer.Option("--detail", help="Table: add a score matrix per factor and area.")
    ] = False,
    model: ModelOpt = None,
    output: OutOpt = None,
    lang: Annotated[
        Lang | None,
        typer.Option("--lang", "-l", help="Language of messages (default: each file's)."),
    ] = None,
    strict: Annotated[
        bool,
        typer.Option(
            "--strict", help="Warnings fail too (a workbook's date decades away, a renamed sheet)."
        ),
    ] = False,
    csv_dialect: CsvDialectOpt = None,
) -> None:
    """Score answers files: total, points out of 1000, coverage, and every node of the model.

    Bad files are reported as file:line:column on stderr and the rest are still scored.
    Exit code 1 if any file failed, or scored under --fail-under; 2 if a named file is missing.
    """
    from siqassess.cli.speech import message_language
    from siqassess.csvsafe import dialect_for
    from siqassess.i18n import language_for
    from siqassess.io import batch

    chosen = pick_format(SCORE, fmt, output)
    skipped: list[str] = []
    targets, problems = batch.expand(paths, skipped)
    option = lang
    tally = _Tally(
        failed=bool(problems),
        missing=bool(missing_files(paths)),
        option=option,
        language=message_language(option),
        strict=strict,
        skipped=skipped,
    )
    for problem in problems:
        _error(tally.language, problem.render(tally.language))
    try:
        with quiet_broken_pipe(), contextlib.ExitStack() as stack:
            from siqassess.reports.formats.interface import EncodingWriter

            out = stack.enter_context(open_output(output, binary=chosen.binary))
            table_lang = language_for(option, [Path(t.path) for t in targets[:1]])
            csv = dialect_for(csv_dialect, option)
            writer = chosen.score_writer(out, detail=detail, lang=table_lang, csv=csv)
            encoding = writer if isinstance(writer, EncodingWriter) else None
            outcomes = batch.score_all(
                targets,
                model=model,
                jobs=jobs,
                require_complete=require_complete,
                encode=encoding.encode if encoding else None,
            )
            for outcome in _with_progress(outcomes, len(targets), stack, table_lang):
                _take(outcome, encoding or writer, tally, fail_under)
            writer.close()
    except KeyboardInterrupt:
        _interrupted(tally, len(targets), output)
    _finish(tally)


def _take(outcome: Outcome, writer: ResultWriter, tally: _Tally, fail_under: float | None) -> None:
    """Report one file's problems, write its result, and check it against --fail-under."""
    from siqassess.reports.results import under_threshold

    tally.seen += 1
    said = tally.language
    if outcome.draft is not None:
        _say(outcome.draft.text(said))
    for problem in outcome.problems:
        where = problem.render(said)
        _error(said, where if problem.location.file else f"{outcome.file}: {where}")
    for problem in outcome.warnings:
        where = problem.render(said)
        (_error if tally.strict else _warn)(said, where)
    tally.failed = tally.failed or bool(outcome.problems)
    tally.failed = tally.failed or (tally.strict and bool(outcome.warnings))
    if not outcome.scored:
        if not outcome.problems:  # found in a folder, and no answers file
            tally.skipped.append(outcome.file)
        return
    tally.scored += 1
    if outcome.doc is not None:
        writer.add(outcome.doc)
    else:  # an EncodingWriter's own encode ran where the file was scored
        cast("EncodingWriter", writer).add_encoded(outcome.piece)
    if under_threshold(outcome.total, fail_under) is None:
        return
    said = tally.language
    below = under_threshold(outcome.total, fail_under, said)
    if below is not None:
        tally.below.append(f"{outcome.file}: {below.text(said)}")


def _say(text: str) -> None:
    from siqassess.cli import term

    if not term.SETTINGS.quiet:
        print(text, file=sys.stderr)


def _error(lang: str, text: str) -> None:
    from siqassess.i18n import t

    print(f"siqassess: {t(lang, 'error')}: {text}", file=sys.stderr)


def _warn(lang: str, text: str) -> None:
    from siqassess.cli import term

    term.warn(text, lang)


def _interrupted(tally: _Tally, total: int, output: Path | None) -> None:
    from siqassess.i18n import t, tn

    lang = tally.language
    where = t(lang, "output_not_written", output=output) if output else t(lang, "output_incomplete")
    counts = {"seen": tally.seen, "scored": tally.scored}
    print(
        f"siqassess: {tn(lang, 'interrupted_batch', total, where=where, **counts)}", file=sys.stderr
    )
    raise typer.Exit(EXIT_INTERRUPTED) from None


def _finish(tally: _Tally) -> None:
    if tally.skipped:
        from siqassess.cli.term import notice
        from siqassess.i18n import tn

        files = ", ".join(tally.skipped)
        notice(tn(tally.language, "out_skipped_other", len(tally.skipped), files=files))
    for line in tally.below:
        print(f"siqassess: {line}", file=sys.stderr)
    if not tally.scored and not tally.failed:
        from siqassess.i18n import t

        _error(tally.language, t(tally.language, "err_no_answers_files"))
        tally.failed = True
    if tally.missing:
        raise typer.Exit(EXIT_USAGE)  # a named file that does not exist
    if tally.failed or tally.below:
        raise typer.Exit(EXIT_FINDINGS)


def _with_progress(items: Iterable[Any], total: int, stack: contextlib.ExitStack, lang: str) -> Any:
    """Wrap ``items`` in a progress bar on stderr, for large batches on a terminal only."""
    if total < 20 or not sys.stderr.isatty():
        return items
    from rich.progress import Progress

    from siqassess.textsafe import console

    # textsafe's console: its own cursor moves pass the terminal guard, file names do not.
    progress = stack.enter_context(Progress(console=console(stderr=True), transient=True))
    from siqassess.i18n import t

    return progress.track(items, total=total, description=t(lang, "progress_scoring"))
