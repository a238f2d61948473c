"""Report contexts for `compare` and `aggregate`, rendered through the report templates."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from siqassess.core.aggregate import DISCUSS_TOP, Aggregate, LeafStats
from siqassess.core.assessment import Assessment
from siqassess.core.compare import Comparison, NodeDelta
from siqassess.core.consensus import consensus
from siqassess.core.nodescore import Coverage, NodeScore
from siqassess.core.scoring import score
from siqassess.criteria.tree import LoadedModel, say
from siqassess.documents.parts import model_ref
from siqassess.i18n import tn
from siqassess.io.answers import leaf_inputs
from siqassess.reports.context import build_context, report_language
from siqassess.reports.context_types import (
    ChangeRow,
    Chart,
    ComparisonContext,
    ComparisonView,
    FactorChange,
    GroupContext,
    GroupLeaf,
    GroupView,
    ReportContext,
    RespondentScore,
    Side,
    variables,
)
from siqassess.reports.formats.interface import GroupJob, Rendered
from siqassess.reports.group_labels import group_labels
from siqassess.reports.measure_years_view import measure_years_context
from siqassess.reports.radar import Series, band_svg, radar_svg
from siqassess.reports.render import render_report
from siqassess.reports.results import shown_delta
from siqassess.reports.usertext import clean


def _names(model: LoadedModel, lang: str) -> dict[str, str]:
    return {node.id: clean(say(node.name, lang) or node.id) for node in model.nodes.values()}


def _questions(model: LoadedModel, lang: str) -> dict[str, str]:
    return {leaf.id: clean(say(leaf.question or leaf.name, lang)) for leaf in model.leaves}


def _cov(node: NodeScore | None) -> Coverage | None:
    return None if node is None else node.coverage


# -- compare --


def _row(node: NodeDelta, names: Mapping[str, str], questions: Mapping[str, str]) -> ChangeRow:
    old, new = node.old, node.new
    return ChangeRow(
        id=node.id,
        kind=node.kind,
        name=names.get(node.id, node.id),
        question=questions.get(node.id, ""),
        old=old.score if old else None,
        new=new.score if new else None,
        delta=shown_delta(old.score if old else None, new.score if new else None, node.delta),
        old_target=old.target if old else None,
        new_target=new.target if new else None,
        old_coverage=_cov(old),
        new_coverage=_cov(new),
    )


def _drift_lines(
    old: LoadedModel, new: LoadedModel, cmp: Comparison, text: dict[str, str]
) -> list[str]:
    d = cmp.drift
    if not d.drifted:
        return []
    values = {
        "id": (old.id, new.id),
        "version": (old.version, new.version),
        "content hash": (old.sha256[:12] + "…", new.sha256[:12] + "…"),
    }
    what = {
        "id": text["drift_id"],
        "version": text["drift_version"],
        "content hash": text["drift_hash"],
    }
    lines = [
        text["drift_changed"].format(what=what[key], old=values[key][0], new=values[key][1])
        for key in d.changed
    ]
    if d.only_old:
        lines.append(text["drift_only_old"].format(ids=", ".join(d.only_old)))
    if d.only_new:
        lines.append(text["drift_only_new"].format(ids=", ".join(d.only_new)))
    lines.append(text["drift_compared"].format(n=len(cmp.common)))
    return lines


def _na_warnings(cmp: Comparison, lang: str) -> list[str]:
    from siqassess.reports.examined import na_warnings

    went = [(i, (o.score if (o := cmp.node(i).old) else None)) for i in cmp.went_na]
    like = cmp.like_for_like
    total = cmp.total
    reported = (total.old.score if total.old else None, total.new.score if total.new else None)
    return na_warnings(
        lang, went, None if like is None else (len(like.leaves), like.old, like.new), reported
    )


def comparison_context(
    old: Assessment, new: Assessment, cmp: Comparison, *, lang: str | None = None
) -> ComparisonContext:
    """The report context of the NEW assessment, plus a ``comparison`` key and three-line radars."""
    language = report_language(new.answers, new.model, lang)
    result = score(new.model, leaf_inputs(new.answers), new.answers.default_target)
    text = group_labels(language)
    org = clean(new.answers.organisation)
    title = f"{text['comparison']}: {org}" if org else text["comparison"]
    ctx = build_context(new.model, new.answers, result, lang=language, title=title)
    names = {**_names(old.model, language), **_names(new.model, language)}
    questions = {**_questions(old.model, language), **_questions(new.model, language)}
    rows = [_row(n, names, questions) for n in cmp.nodes]
    by_id = {r.id: r for r in rows}
    view = ComparisonView(
        old=_side(old),
        new=_side(new),
        drift=tuple(_drift_lines(old.model, new.model, cmp, text)),
        total=by_id["total"],
        groups=tuple(r for r in rows if r.kind == "group"),
        rows=tuple(r for r in rows if r.kind != "total"),
        factors=tuple(
            FactorChange(
                **variables(r), children=tuple(c for c in rows if _parent(cmp, c.id) == r.id)
            )
            for r in rows
            if r.kind == "success_factor"
        ),
        result_areas=tuple(r for r in rows if r.kind == "result_area"),
        improvements=tuple(by_id[n.id] for n in cmp.improvements),
        declines=tuple(by_id[n.id] for n in cmp.declines),
        crossed_up=tuple(by_id[n.id] for n in cmp.crossed_up),
        crossed_down=tuple(by_id[n.id] for n in cmp.crossed_down),
        na_warnings=tuple(_na_warnings(cmp, language)),
    )
    old_label = f"{text['earlier']} {view.old.date or ''}".strip()
    new_label = f"{text['latest']} {view.new.date or ''}".strip()
    charts = _comparison_charts(rows, text, old_label, new_label)
    years = measure_years_context([old.answers, new.answers], language)
    return ComparisonContext(
        **(variables(ctx) | {"labels": text, "charts": charts}),
        comparison=view,
        measure_years=years,
    )


def _side(a: Assessment) -> Side:
    return Side(
        file=Path(a.file).name,
        date=a.answers.date.isoformat() if a.answers.date else None,
        respondent=clean(a.answers.respondent),
        model=model_ref(a.model),
    )


def _comparison_charts(
    rows: Sequence[ChangeRow], text: Mapping[str, str], old_label: str, new_label: str
) -> dict[str, Chart]:
    """Radars of the factors and the result areas: old, new and target (three or more axes)."""
    charts: dict[str, Chart] = {}
    for key, kind, title_key in (
        ("factors", "success_factor", "comparison_chart_factors"),
        ("results", "result_area", "comparison_chart_results"),
    ):
        items = [r for r in rows if r.kind == kind]
        if len(items) < 3:
            continue
        series = [
            Series(old_label, tuple(r.old for r in items), "dotted"),
            Series(new_label, tuple(r.new for r in items), "solid"),
            Series(text["target"], tuple(r.new_target for r in items), "dashed"),
        ]
        axes = [f"{r.id} {r.name}" for r in items]
        charts[key] = Chart(text[title_key], radar_svg(axes, series, title=text[title_key]))
    return charts


def _parent(cmp: Comparison, node_id: str) -> str | None:
    return next((n.parent for n in cmp.nodes if n.id == node_id), None)


# -- aggregate --


def group_context(
    model: LoadedModel,
    agg: Aggregate,
    *,
    lang: str | None = None,
    discuss_top: int = DISCUSS_TOP,
) -> GroupContext:
    """The report context of the group's means, plus a ``group`` key and banded radars.

    ``group.discuss_first`` is the first ``discuss_top`` leaves of the ranked discuss list,
    shown prominently; ``group.discuss`` keeps the whole list and ``group.leaves`` every leaf.
    """
    merged = consensus(model, agg, blank=False)
    language = report_language(merged, model, lang)
    text = group_labels(language)
    org = clean(merged.organisation)
    title = f"{text['group_report']}: {org}" if org else text["group_report"]
    ctx = build_context(model, merged, agg.result, lang=language, title=title)
    node_names = _names(model, language)
    questions = _questions(model, language)

    def leaf(leaf_id: str) -> GroupLeaf:
        return _group_leaf(agg.leaves[leaf_id], model, node_names, questions)

    discuss = tuple(leaf(s.id) for s in agg.discuss)
    rest = [item.id for item in discuss[discuss_top:]]
    more = tn(language, "discuss_more", len(rest), ids=", ".join(rest), table=text["group_table"])
    view = GroupView(
        respondents=tuple(clean(n) for n in agg.respondents),
        threshold=agg.threshold,
        discuss_top=discuss_top,
        discuss_first=discuss[:discuss_top],
        discuss_rest=discuss[discuss_top:],
        discuss_more=more if rest else "",
        discuss=discuss,
        leaves=tuple(leaf(leaf_id) for leaf_id in agg.leaves),
    )
    charts = _group_charts(model, agg, text, node_names)
    return GroupContext(**(variables(ctx) | {"labels": text, "charts": charts}), group=view)


def _group_leaf(
    s: LeafStats, model: LoadedModel, names: Mapping[str, str], questions: Mapping[str, str]
) -> GroupLeaf:
    """One leaf's statistics and every respondent's score, for the group report."""
    leaf_id = s.id
    return GroupLeaf(
        id=leaf_id,
        kind=model.nodes[leaf_id].kind,
        name=names[leaf_id],
        question=questions[leaf_id],
        n=s.n,
        mean=s.mean,
        median=s.median,
        min=s.min,
        max=s.max,
        spread=s.spread,
        stdev=s.stdev,
        na=s.na,
        missing=s.missing,
        discuss=s.discuss,
        target=s.target,
        scores=tuple(RespondentScore(clean(r.respondent), r.score, r.status) for r in s.responses),
    )


def _group_charts(
    model: LoadedModel, agg: Aggregate, text: Mapping[str, str], node_names: Mapping[str, str]
) -> dict[str, Chart]:
    """Radars of the mean, the target and the respondents' range, with the band shaded."""
    charts: dict[str, Chart] = {}
    for key, kind, title_key in (
        ("factors", "success_factor", "group_chart_factors"),
        ("results", "result_area", "group_chart_results"),
    ):
        ids = [n.id for n in model.nodes.values() if n.kind == kind]
        if len(ids) < 3:
            continue
        nodes = agg.result.nodes
        ranges = [agg.range(i) for i in ids]
        series = [
            Series(text["mean"], tuple(nodes[i].score for i in ids), "solid"),
            Series(text["target"], tuple(nodes[i].target for i in ids), "dashed"),
            Series(text["range"], tuple(r[1] for r in ranges), "dotted"),
        ]
        axes = [f"{i} {node_names[i]}" for i in ids]
        svg = radar_svg(axes, series, title=text[title_key])
        svg = band_svg(svg, [r[0] for r in ranges], [r[1] for r in ranges])
        charts[key] = Chart(text[title_key], svg)
    return charts


# -- rendering --


def render_context(
    context: ReportContext,
    template: str,
    fmt: str,
    output: Path | None,
    template_dir: Path | None = None,
) -> Rendered:
    """Render ``<template>.<fmt>.j2`` (a file of that name in ``template_dir`` overrides the
    built-in one); Markdown saved to a file gets its charts beside it."""
    return render_report(context, fmt, output=output, template=template, template_dir=template_dir)


def render_comparison(
    old: Assessment,
    new: Assessment,
    cmp: Comparison,
    fmt: str,
    lang: str | None,
    output: Path | None,
    template_dir: Path | None = None,
) -> Rendered:
    """The comparison report in ``fmt`` (md or html)."""
    ctx = comparison_context(old, new, cmp, lang=lang)
    return render_context(ctx, "compare", fmt, output, template_dir)


def render_group(job: GroupJob, fmt: str) -> Rendered:
    """The group report in ``fmt`` (md or html)."""
    ctx = group_context(job.model, job.aggregate, lang=job.lang, discuss_top=job.discuss_top)
    return render_context(ctx, "group", fmt, job.output, job.template_dir)
