"""The trend report in every format: table, md, html, pdf, xlsx, json and jsonl."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from siqassess.core.answers import AnswersFile
from siqassess.criteria.tree import LoadedModel
from siqassess.documents.parts import to_data, to_json
from siqassess.documents.trend import TrendDocument
from siqassess.i18n import t
from siqassess.reports.formats.interface import Rendered
from siqassess.reports.trendview import context, drift_lines, node_names, rows, year_labels

if TYPE_CHECKING:
    from siqassess.reports.xlsx import Row


def table(doc: TrendDocument, models: Sequence[LoadedModel], lang: str, width: int = 100) -> str:
    """The terminal table: a row per node, a column per year, then years scored, change per
    year and direction."""
    from siqassess.reports.netformats import text_table
    from siqassess.textsafe import one_line

    names = node_names(models, lang)
    head = [t(lang, "tr_node"), *year_labels(doc)]
    head += [t(lang, "tr_years"), t(lang, "tr_per_year"), t(lang, "tr_direction")]
    body = [
        [
            "  " * max(0, r.depth - 1) + one_line(_labelled(r)),
            *r.scores,
            r.years,
            r.per_year,
            r.direction,
        ]
        for r in rows(doc, names, lang)
    ]
    ctx = context(doc, models, lang)
    lines = [one_line(ctx.title), ctx.intro, *drift_lines(doc, lang), ""]
    lines.append(text_table(head, body, width))
    lines += ["", t(lang, "tr_rests_on")]
    return "\n".join(lines) + "\n"


def _at(field: str, i: int) -> Callable[[Row], Any]:
    """A cell getter: item ``i`` of a row's list ``field``."""
    return lambda row: row[field][i]


def _row(**values: Any) -> Row:
    return values


def _labelled(row: Any) -> str:
    if row.kind in ("total", "group"):
        return str(row.label)
    return f"{row.id} {row.label}"


def workbook(doc: TrendDocument, models: Sequence[LoadedModel], lang: str) -> bytes:
    """One row per node, one column per year (numbers as numbers), on three sheets."""
    from siqassess.reports.xlsx import COUNT, SCORE, Column, Sheet, workbook_bytes

    names = node_names(models, lang)
    years = year_labels(doc)

    def own(header: str, name: str, number: str = "") -> Column:
        return Column(header, lambda row: row.get(name), number, own=True)

    def per_year(field: str) -> list[Column]:
        return [Column(y, _at(field, i), SCORE, own=True) for i, y in enumerate(years)]

    def node_rows() -> list[Row]:
        return [
            {
                "id": n.id,
                "name": names.get(n.id, n.id),
                "kind": n.kind,
                "scores": [p.score for p in n.points],
                "targets": [p.target for p in n.points],
                "years_scored": n.years_scored,
                "change": n.change,
                "slope": n.slope_per_year,
                "direction": n.direction or "",
            }
            for n in doc.nodes
        ]

    first = [own("id", "id"), own(t(lang, "tr_node"), "name"), own("kind", "kind")]
    scores = Sheet(
        t(lang, "tr_scores"),
        [
            *first,
            *per_year("scores"),
            own(t(lang, "tr_years"), "years_scored", COUNT),
            own(t(lang, "tr_change"), "change", SCORE),
            own(t(lang, "tr_per_year"), "slope", SCORE),
            own(t(lang, "tr_direction"), "direction"),
        ],
        node_rows(),
    )
    targets = Sheet(t(lang, "tr_targets"), [*first, *per_year("targets")], node_rows())
    files = Sheet(
        t(lang, "tr_files"),
        [
            own("date", "date"),
            own("file", "file"),
            own("model", "model"),
            own("version", "version"),
            own("answered", "answered", COUNT),
            own("na", "na", COUNT),
            own("missing", "missing", COUNT),
            own("score", "score", SCORE),
        ],
        [
            _row(
                date=y.date,
                file=y.file,
                model=y.model.id,
                version=y.model.version,
                answered=y.coverage.answered,
                na=y.coverage.na,
                missing=y.coverage.missing,
                score=y.score,
            )
            for y in doc.years
        ],
    )
    return workbook_bytes([scores, targets, files])


def jsonl(doc: TrendDocument) -> str:
    """One line per node × year: the node's point with the series' figures beside it."""
    import json

    lines = []
    for node in doc.nodes:
        for point in node.points:
            line = {
                "kind": "trend_point",
                "organisation": doc.organisation,
                "node": node.id,
                "node_kind": node.kind,
                **to_data(point),
                "years_scored": node.years_scored,
                "slope_per_year": node.slope_per_year,
                "direction": node.direction,
            }
            lines.append(json.dumps(line, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def render_trend(
    fmt: str,
    doc: TrendDocument,
    models: Sequence[LoadedModel],
    lang: str,
    files: Sequence[AnswersFile] = (),
) -> Rendered:
    """The trend in ``fmt``; the md, html and pdf reports show ``files``' measures by year."""
    if fmt == "json":
        return Rendered(to_json(doc))
    if fmt == "jsonl":
        return Rendered(jsonl(doc))
    if fmt == "table":
        return Rendered(table(doc, models, lang))
    if fmt == "xlsx":
        return Rendered(data=workbook(doc, models, lang))
    from siqassess.reports.measure_years_view import measure_years_context
    from siqassess.reports.render import render

    ctx = context(doc, models, lang, measure_years_context(files, lang))
    if fmt == "pdf":
        from siqassess.reports.netformats import pdf_of

        return pdf_of(render(ctx, "html", template="trend"))
    return Rendered(render(ctx, fmt, template="trend"))
