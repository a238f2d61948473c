"""``score``: score answers files in a batch."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from siqassess.cli.app import app
from siqassess.cli.emit import open_output, quiet_broken_pipe
from siqassess.cli.handled import EXIT_FINDINGS, EXIT_INTERRUPTED, EXIT_USAGE
from siqassess.cli.inputs import missing_files
from siqassess.cli.options import ModelOpt, OutOpt
from siqassess.reports.formats import format_help, pick_format

if TYPE_CHECKING:
    from siqassess.io.batch import Outcome
    from siqassess.reports.formats.interface import ResultWriter


@dataclass
class _Tally:
    """What a batch run has seen so far."""

    seen: int = 0
    missing: bool = False
    scored: int = 0
    failed: bool = False
    below: list[str] = field(default_factory=list)


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
) -> None:
    """Score answers files: total, points out of 1000, coverage, and every node of the model.

    Bad files are reported as file:line:column on stderr and the rest are still scored.
    Exit code 1 if any file failed, or scored under --fail-under; 2 if a named file is missing.
    """
    from siqassess.io import batch

    chosen = pick_format("score", fmt, output)
    targets, problems = batch.expand(paths)
    tally = _Tally(failed=bool(problems), missing=bool(missing_files(paths)))
    for problem in problems:
        print(f"siqassess: error: {problem}", file=sys.stderr)
    try:
        with quiet_broken_pipe(), contextlib.ExitStack() as stack:
            from siqassess.reports import formats

            out = stack.enter_context(open_output(output, binary=chosen.binary))
            writer = formats.score_writer(chosen, out, detail=detail)
            outcomes = batch.score_all(
                targets, model=model, jobs=jobs, require_complete=require_complete
            )
            for outcome in _with_progress(outcomes, len(targets), stack):
                _take(outcome, writer, tally, fail_under)
            writer.close()
    except KeyboardInterrupt:
        _interrupted(tally, len(targets), output)
    _finish(tally)


def _take(outcome: Outcome, writer: ResultWriter, tally: _Tally, fail_under: float | None) -> None:
    """Report one file's problems, write its result, and check it against --fail-under."""
    from siqassess.reports.results import under_threshold

    tally.seen += 1
    for problem in outcome.problems:
        where = problem if problem.location.file else f"{outcome.file}: {problem.message}"
        print(f"siqassess: error: {where}", file=sys.stderr)
    tally.failed = tally.failed or bool(outcome.problems)
    if outcome.doc is None:
        return
    tally.scored += 1
    writer.add(outcome.doc)
    below = under_threshold(outcome.doc, fail_under)
    if below:
        tally.below.append(f"{outcome.file}: {below}")


def _interrupted(tally: _Tally, total: int, output: Path | None) -> None:
    where = f"{output} was not written" if output else "the output above is incomplete"
    print(
        f"siqassess: interrupted after {tally.seen} of {total} files ({tally.scored} scored); "
        f"{where}",
        file=sys.stderr,
    )
    raise typer.Exit(EXIT_INTERRUPTED) from None


def _finish(tally: _Tally) -> None:
    for line in tally.below:
        print(f"siqassess: {line}", file=sys.stderr)
    if not tally.scored and not tally.failed:
        print("siqassess: error: no answers files found", file=sys.stderr)
        tally.failed = True
    if tally.missing:
        raise typer.Exit(EXIT_USAGE)  # a named file that does not exist
    if tally.failed or tally.below:
        raise typer.Exit(EXIT_FINDINGS)


def _with_progress(items: Iterable[Any], total: int, stack: contextlib.ExitStack) -> Any:
    """Wrap ``items`` in a progress bar on stderr, for large batches on a terminal only."""
    if total < 20 or not sys.stderr.isatty():
        return items
    from rich.console import Console
    from rich.progress import Progress

    progress = stack.enter_context(Progress(console=Console(stderr=True), transient=True))
    return progress.track(items, total=total, description="Scoring")
