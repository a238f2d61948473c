"""``measures import``: one measure's values over the years from CSV into an answers file."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from siqassess.cli.app import app
from siqassess.cli.options import LANG_NAMES, Lang, ModelOpt

measures_app = typer.Typer(help="Import a result area's measures from CSV.", no_args_is_help=True)
app.add_typer(measures_app, name="measures")


@measures_app.command("import")
def measures_import(
    csv_file: Annotated[
        Path, typer.Argument(help="CSV: year; value; optional target, or Kolada's export.")
    ],
    answers_file: Annotated[
        Path, typer.Argument(help="The answers file (.yaml) to add the measure to.")
    ],
    leaf: Annotated[str, typer.Option("--leaf", help="The result area, for example R2.")],
    name: Annotated[
        str | None,
        typer.Option("--name", help="The measure's name (default: the CSV file's name)."),
    ] = None,
    unit: Annotated[str, typer.Option("--unit", help="The unit, for example % or kr.")] = "",
    direction: Annotated[
        str, typer.Option("--direction", help="higher, lower or target: which way is good.")
    ] = "higher",
    row: Annotated[
        str | None,
        typer.Option("--row", help="Kolada's layout: the row to import (default: the first)."),
    ] = None,
    compare: Annotated[
        list[str] | None,
        typer.Option(
            "--compare", help="Kolada's layout: another row to keep as a comparison (repeatable)."
        ),
    ] = None,
    source: Annotated[
        str | None,
        typer.Option("--source", help="Where the figures come from (default: the CSV's name)."),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of in place.")
    ] = None,
    lang: Annotated[Lang | None, typer.Option("--lang", "-l", help=f"{LANG_NAMES}.")] = None,
    model: ModelOpt = None,
) -> None:
    """Add (or update) one measure of a result area from a CSV file, written atomically.

    A measure of the same name is updated: its values and targets from the file replace those
    of the same years; everything else about it is kept.
    """
    from siqassess.errors import UsageError, msg
    from siqassess.i18n import t
    from siqassess.io.answers import save_answers
    from siqassess.io.assessment import read_assessment
    from siqassess.io.files import read_bytes
    from siqassess.io.measures_csv import parse_measure_csv
    from siqassess.io.measures_merge import merged
    from siqassess.io.models import Models
    from siqassess.reports.context import report_language

    if direction not in ("higher", "lower", "target"):
        raise UsageError(msg("err_one_of", choices="higher, lower, target", got=repr(direction)))
    read = read_assessment(answers_file, Models(model))
    loaded, answers = read.model, read.answers
    node = loaded.nodes.get(leaf)
    if node is None or node.kind != "result_area":
        raise UsageError(msg("err_measures_not_result", id=leaf))
    raw = read_bytes(csv_file, 20_000_000)
    text = raw.decode("utf-8-sig") if _utf8(raw) else raw.decode("cp1252")
    imported = parse_measure_csv(text, str(csv_file), row)
    title = name or csv_file.stem
    updated, count = merged(
        answers, leaf, title, unit, direction, imported, compare or [], source or csv_file.name
    )
    target = output or answers_file
    save_answers(target, updated, loaded)
    language = report_language(answers, loaded, lang)
    print(t(language, "ms_imported", n=count, name=title, leaf=leaf, file=str(target)))


def _utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False  # Excel on Swedish Windows saves CSV as Windows-1252
    return True
