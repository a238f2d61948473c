"""``compare`` and ``aggregate``: two assessments over time, or a team's answers."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from siqassess.cli.app import app
from siqassess.cli.emit import emit
from siqassess.cli.options import Lang, ModelOpt, OutOpt


class CompareFormat(StrEnum):
    """Output formats of ``compare``."""

    table = "table"
    json = "json"
    md = "md"
    html = "html"


@app.command()
def compare(
    old: Annotated[Path, typer.Argument(help="The earlier answers file.")],
    new: Annotated[Path, typer.Argument(help="The later answers file.")],
    fmt: Annotated[
        CompareFormat, typer.Option("--format", "-f", help="table, json, md or html.")
    ] = CompareFormat.table,
    output: OutOpt = None,
    strict_model: Annotated[
        bool, typer.Option("--strict-model", help="Exit 1 if the two files' models differ.")
    ] = False,
    model: ModelOpt = None,
    old_model: Annotated[
        str | None, typer.Option("--old-model", help="Model (id or file) OLD answers.")
    ] = None,
    new_model: Annotated[
        str | None, typer.Option("--new-model", help="Model (id or file) NEW answers.")
    ] = None,
    lang: Annotated[
        Lang | None, typer.Option("--lang", "-l", help="md/html: sv or en (default: NEW's).")
    ] = None,
) -> None:
    """Compare two assessments: Δ = new − old for every node, with both coverages.

    Lists the biggest improvements and declines and the leaves that crossed their target.
    A different model (id, version or content hash) is reported loudly, and only the
    leaves both models have are compared; --strict-model makes it an error.
    """
    from siqassess.errors import Location, ModelMismatchError, Problem
    from siqassess.io import groupio
    from siqassess.reports import groupout

    old_a, new_a = groupio.read_pair(
        str(old), str(new), model=model, old_model=old_model, new_model=new_model
    )
    cmp = groupio.compare_pair(old_a, new_a)
    doc = groupout.comparison_doc(old_a, new_a, cmp)
    drift = groupout.drift_lines(doc)
    if drift and strict_model:
        where = Location(str(new))
        raise ModelMismatchError([Problem(where, f"--strict-model: {line}") for line in drift])
    for line in drift:
        print(f"siqassess: warning: {line}", file=sys.stderr)
    if fmt in (CompareFormat.md, CompareFormat.html):
        from siqassess.reports import group_context

        language = lang.value if lang else None
        done = group_context.render_comparison(old_a, new_a, cmp, fmt.value, language, output)
        group_context.emit(done, output)
        return
    text = groupout.to_json(doc) if fmt == CompareFormat.json else groupout.comparison_table(doc)
    emit(text, output)


class AggregateFormat(StrEnum):
    """Output formats of ``aggregate``."""

    table = "table"
    json = "json"
    csv = "csv"
    md = "md"
    html = "html"
    yaml = "yaml"


@app.command()
def aggregate(
    paths: Annotated[
        list[str], typer.Argument(help="Answers files (one per respondent), folders or globs.")
    ],
    fmt: Annotated[
        AggregateFormat,
        typer.Option(
            "--format", "-f", help="table, json, csv, md, html, or yaml (a consensus answers file)."
        ),
    ] = AggregateFormat.table,
    output: OutOpt = None,
    spread: Annotated[
        float,
        typer.Option(
            "--spread", min=0, max=100, help="Flag a leaf to discuss when max − min ≥ this."
        ),
    ] = 30,
    min_respondents: Annotated[
        int, typer.Option("--min-respondents", min=1, help="Fewer answers files is an error.")
    ] = 2,
    model: ModelOpt = None,
    lang: Annotated[
        Lang | None, typer.Option("--lang", "-l", help="md/html: sv or en (default: the files').")
    ] = None,
) -> None:
    """Combine a team's answers files: mean, median, min, max and spread for every leaf.

    Leaves where the team disagrees (max − min ≥ --spread) are flagged to discuss first.
    All files must answer the same model. --format yaml writes a consensus answers file
    (means rounded to the scale, spread kept) to adjust after the meeting and score.
    Fewer than --min-respondents files is a usage error (exit 2).
    """
    from siqassess.io import groupio
    from siqassess.reports import groupout

    _, group = groupio.read_group(paths, model=model, min_respondents=min_respondents)
    names, agg = groupio.aggregate_group(group, threshold=spread)
    if fmt == AggregateFormat.yaml:
        emit(groupio.consensus_text(group, names, agg), output)
        return
    if fmt in (AggregateFormat.md, AggregateFormat.html):
        from siqassess.reports import group_context

        language = lang.value if lang else None
        done = group_context.render_group(group, names, agg, fmt.value, language, output)
        group_context.emit(done, output)
        return
    doc = groupout.aggregate_doc(group[0].model, group, names, agg)
    render = {
        AggregateFormat.json: groupout.to_json,
        AggregateFormat.csv: groupout.aggregate_csv,
        AggregateFormat.table: groupout.aggregate_table,
    }[fmt]
    emit(render(doc), output)
