"""``score``: score answers files in a batch."""

from __future__ import annotations

import contextlib
import sys
from enum import StrEnum
from typing import Annotated, Any

import typer

from siqassess.cli.app import app
from siqassess.cli.emit import quiet_broken_pipe
from siqassess.cli.handled import EXIT_FINDINGS, EXIT_INTERRUPTED
from siqassess.cli.options import ModelOpt, OutOpt


class ScoreFormat(StrEnum):
    """Output formats of ``score``."""

    table = "table"
    json = "json"
    csv = "csv"


@app.command()
def score(
    paths: Annotated[
        list[str],
        typer.Argument(help="Answers files, folders (searched recursively) or quoted globs."),
    ],
    fmt: Annotated[
        ScoreFormat, typer.Option("--format", "-f", help="table, json or csv (long format).")
    ] = ScoreFormat.table,
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
    Exit code 1 if any file failed, or scored under --fail-under.
    """
    from siqassess.io import batch
    from siqassess.io.yamlio import atomic_writer
    from siqassess.reports import results

    targets, problems = batch.expand(paths)
    failed = bool(problems)
    for problem in problems:
        print(f"siqassess: error: {problem}", file=sys.stderr)
    below: list[str] = []
    scored = seen = 0
    try:
        with quiet_broken_pipe(), contextlib.ExitStack() as stack:
            out = stack.enter_context(atomic_writer(output)) if output else sys.stdout
            writer = results.writer(fmt.value, out, detail=detail)
            outcomes = batch.score_all(
                targets, model=model, jobs=jobs, require_complete=require_complete
            )
            for outcome in _with_progress(outcomes, len(targets), stack):
                seen += 1
                for problem in outcome.problems:
                    where = (
                        problem if problem.location.file else f"{outcome.file}: {problem.message}"
                    )
                    print(f"siqassess: error: {where}", file=sys.stderr)
                failed = failed or bool(outcome.problems)
                if outcome.doc is None:
                    continue
                scored += 1
                writer.add(outcome.doc)
                total = outcome.doc["total"]["score"]
                if fail_under is not None and (total is None or total < fail_under):
                    shown = "no score" if total is None else f"a total of {total:.1f}"
                    below.append(f"{outcome.file}: {shown}, under --fail-under {fail_under:g}")
            writer.close()
    except KeyboardInterrupt:
        where = f"{output} was not written" if output else "the output above is incomplete"
        print(
            f"siqassess: interrupted after {seen} of {len(targets)} files ({scored} scored); "
            f"{where}",
            file=sys.stderr,
        )
        raise typer.Exit(EXIT_INTERRUPTED) from None
    for line in below:
        print(f"siqassess: {line}", file=sys.stderr)
    if not scored and not failed:
        print("siqassess: error: no answers files found", file=sys.stderr)
        failed = True
    if failed or below:
        raise typer.Exit(EXIT_FINDINGS)


def _with_progress(items: Any, total: int, stack: Any) -> Any:
    """Wrap ``items`` in a progress bar on stderr, for large batches on a terminal only."""
    if total < 20 or not sys.stderr.isatty():
        return items
    from rich.console import Console
    from rich.progress import Progress

    progress = stack.enter_context(Progress(console=Console(stderr=True), transient=True))
    return progress.track(items, total=total, description="Scoring")
