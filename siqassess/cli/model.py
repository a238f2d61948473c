"""``model list|show|export`` and ``schema``: the model and the documents' JSON Schemas."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Annotated

import typer

from siqassess.cli.app import app
from siqassess.cli.emit import emit
from siqassess.cli.options import Lang, OutOpt
from siqassess.reports.formats import EXPORT, SCHEMA, pick_format

model_app = typer.Typer(help="List, show and export management models.", no_args_is_help=True)
app.add_typer(model_app, name="model")


class SchemaKind(StrEnum):
    """Documents with a JSON Schema."""

    model = "model"
    answers = "answers"
    result = "result"
    compare = "compare"
    group = "group"
    trend = "trend"
    network = "network"
    member = "member"
    contribution = "contribution"


@model_app.command("list")
def model_list() -> None:
    """List the built-in models."""
    from siqassess.io.models import builtin_ids, resolve_model

    for model_id in builtin_ids():
        model = resolve_model(model_id)
        names = " / ".join(model.spec.name.get(code, "") for code in sorted(model.spec.languages))
        print(f"{model.id}\t{model.version}\t{names}")


@model_app.command("show")
def model_show(
    model: Annotated[str | None, typer.Argument(help="Built-in id or model file.")] = None,
    lang: Annotated[Lang, typer.Option("--lang", "-l", help="Language of the texts.")] = "sv",
) -> None:
    """Draw the model as a tree: groups, success factors, criteria and result areas."""
    from siqassess.io.models import resolve_model
    from siqassess.reports.views import model_tree
    from siqassess.textsafe import console

    console().print(model_tree(resolve_model(model), lang))


@model_app.command("export")
def model_export(
    model: Annotated[str | None, typer.Argument(help="Built-in id or model file.")] = None,
    fmt: Annotated[str | None, typer.Option("--format", "-f", help="Only json for now.")] = None,
    output: OutOpt = None,
) -> None:
    """Print the normalised model as JSON: every node with id, kind, names, weight, scale."""
    from siqassess.criteria.export import export_model
    from siqassess.io.models import resolve_model

    pick_format(EXPORT, fmt, output)
    emit(json.dumps(export_model(resolve_model(model)), ensure_ascii=False, indent=2), output)


@app.command()
def schema(
    kind: Annotated[SchemaKind, typer.Argument(help="Which document.")],
    output: OutOpt = None,
    model: Annotated[
        str | None,
        typer.Option(
            "--model", "-m", help="answers: the model whose leaves and scales the schema allows."
        ),
    ] = None,
) -> None:
    """Print a JSON Schema, for editors (yaml-language-server) and tools.

    The answers schema allows only the model's leaf ids and its scales' values (default: the
    built-in model).
    """
    from siqassess.documents.schemas import json_schema, titled
    from siqassess.io.models import resolve_model

    pick_format(SCHEMA, None, output)
    if kind.value == "contribution":  # a file siqassess writes and reads (io/), not a document
        from siqassess.io.contribution import Contribution

        doc = titled(Contribution.model_json_schema(), "siqassess benchmark contribution")
    else:
        loaded = resolve_model(model) if model or kind.value == "answers" else None
        doc = json_schema(kind.value, loaded)
    emit(json.dumps(doc, ensure_ascii=False, indent=2), output)
