"""The trend report as the templates, the terminal table and the workbook see it: text, in one
language, from the typed trend document."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from siqassess.criteria.tree import LoadedModel, say
from siqassess.documents.trend import NodeTrendDoc, TrendDocument
from siqassess.i18n import number, t, texts, tn
from siqassess.reports.header import Header, header
from siqassess.reports.linechart import Line, LineFigure, line_svg
from siqassess.reports.measure_years_view import MeasureYearsView

DASH = "–"


def node_names(models: Sequence[LoadedModel], lang: str) -> dict[str, str]:
    """Each node's name in ``lang`` (the total is "Total")."""
    names: dict[str, str] = {}
    for model in models:
        for node in model.nodes.values():
            name = say(node.name, lang) or node.id
            if node.kind == "total":
                names[node.id] = t(lang, "total")
            else:
                names[node.id] = name
    return names


def signed(lang: str, value: float | None) -> str:
    """A change with its sign (+5, −3,3); "±0" for none at all; "–" without a value."""
    if value is None:
        return DASH
    text = number(lang, abs(value), 1)
    if text == "0":
        return "±0"
    return ("+" if value > 0 else "−") + text


def direction_text(lang: str, node: NodeTrendDoc) -> str:
    """The direction of a node's series in words."""
    return t(lang, f"tr_dir_{node.direction or 'none'}")


def drift_lines(doc: TrendDocument, lang: str) -> list[str]:
    """The loud lines on every change of model between two years."""
    lines: list[str] = []
    for c in doc.model_changes:
        parts = []
        for what in c.changed:
            old, new = getattr(c.old, what), getattr(c.new, what)
            if what == "sha256":
                old, new = old[:12] + "…", new[:12] + "…"
            parts.append(f"{what} {old} → {new}")
        if c.only_old:
            parts.append(t(lang, "tr_only_old", ids=", ".join(c.only_old)))
        if c.only_new:
            parts.append(t(lang, "tr_only_new", ids=", ".join(c.only_new)))
        what = "; ".join(parts)
        lines.append(t(lang, "tr_model_changed", before=c.before, after=c.after, what=what))
    if lines:
        lines.append(t(lang, "tr_model_changed_2"))
    return lines


@dataclass(frozen=True)
class Row:
    """One node's row, every cell as text."""

    id: str
    kind: str
    label: str
    depth: int
    scores: tuple[str, ...]
    targets: tuple[str, ...]
    coverage: tuple[str, ...]
    years: str
    change: str
    per_year: str
    direction: str


_DEPTH = {"total": 0, "group": 1, "success_factor": 2, "criterion": 3, "result_area": 2}


def rows(doc: TrendDocument, names: Mapping[str, str], lang: str) -> list[Row]:
    """Every node's row."""
    count = len(doc.years)
    out = []
    for node in doc.nodes:
        out.append(
            Row(
                node.id,
                node.kind,
                names.get(node.id, node.id),
                _DEPTH.get(node.kind, 1),
                tuple(number(lang, p.score, 1) if p.present else "" for p in node.points),
                tuple(number(lang, p.target, 1) if p.present else "" for p in node.points),
                tuple(
                    f"{p.coverage.answered}/{p.coverage.na}/{p.coverage.missing}"
                    if p.present
                    else ""
                    for p in node.points
                ),
                f"{node.years_scored}/{count}",
                signed(lang, node.change),
                signed(lang, node.slope_per_year),
                direction_text(lang, node),
            )
        )
    return out


def charts(doc: TrendDocument, names: Mapping[str, str], lang: str) -> list[LineFigure]:
    """A line chart for the total and one for each success factor (score, and dashed target)."""
    years = [y.date[:4] if _one_a_year(doc) else y.date for y in doc.years]
    out = []
    for node in doc.nodes:
        if node.kind not in ("total", "success_factor"):
            continue
        if node.kind == "total":
            title = t(lang, "tr_chart_total")
        else:
            name = names.get(node.id, node.id)
            title = t(lang, "tr_chart_factor", id=node.id, name=name)
        lines = [
            Line(t(lang, "score"), tuple(p.score for p in node.points)),
            Line(t(lang, "target"), tuple(p.target for p in node.points)),
        ]
        out.append(LineFigure(node.id, title, line_svg(title, years, lines)))
    return out


def _one_a_year(doc: TrendDocument) -> bool:
    years = [y.date[:4] for y in doc.years]
    return len(set(years)) == len(years)


def year_labels(doc: TrendDocument) -> list[str]:
    """The column headings: the year, or the whole date when two fall in one year."""
    return [y.date[:4] if _one_a_year(doc) else y.date for y in doc.years]


@dataclass(frozen=True)
class TrendFile:
    """One assessment of the series: its date, file, model, coverage and points, as text."""

    date: str
    file: str
    model: str
    coverage: str
    points: str


@dataclass(frozen=True)
class TrendView:
    """What the trend templates see (their top-level names)."""

    lang: str
    labels: Mapping[str, str]
    title: str
    header: Header
    """What every report kind opens with (``_header.<fmt>.j2``)."""
    intro: str
    warnings: tuple[str, ...]
    years: tuple[str, ...]
    files: tuple[TrendFile, ...]
    rows: tuple[Row, ...]
    charts: tuple[LineFigure, ...]
    measure_years: MeasureYearsView | None = None
    """The files' measures by calendar year (``reports.measure_years_view``), rule 16."""


def context(
    doc: TrendDocument,
    models: Sequence[LoadedModel],
    lang: str,
    measures: MeasureYearsView | None = None,
) -> TrendView:
    """What the trend templates see; ``measures``: the files' measures by year, if any."""
    names = node_names(models, lang)
    first, last = doc.years[0].date, doc.years[-1].date
    title = t(lang, "tr_title", organisation=doc.organisation or DASH)
    intro = tn(lang, "tr_intro", len(doc.years), first=first, last=last)
    return TrendView(
        lang=lang,
        labels=dict(texts(lang)),
        title=title,
        header=header(title, lang, models[-1], intro=intro),
        intro=intro,
        warnings=tuple(drift_lines(doc, lang)),
        years=tuple(year_labels(doc)),
        files=tuple(
            TrendFile(
                date=y.date,
                file=y.file,
                model=f"{y.model.id} {y.model.version}",
                coverage=f"{y.coverage.answered}/{y.coverage.na}/{y.coverage.missing}",
                points=number(lang, y.points, 0),
            )
            for y in doc.years
        ),
        rows=tuple(rows(doc, names, lang)),
        charts=tuple(charts(doc, names, lang)),
        measure_years=measures,
    )
