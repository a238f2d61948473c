"""The network report and the member pages as templates, tables and workbooks see them: text in
one language, from the typed documents. A suppressed figure is ``..``, never a number."""

from __future__ import annotations

from siqassess.criteria.tree import LoadedModel, say
from siqassess.documents.member_page import MemberPageDocument
from siqassess.documents.network import CheckDoc, FigureDoc, NetworkDocument, WeakDoc
from siqassess.i18n import number, t, texts, tn
from siqassess.reports.header import header
from siqassess.reports.network_records import (
    FigureRow,
    HeatCell,
    HeatRow,
    HistoryRow,
    Learner,
    LearningPair,
    MemberNode,
    MemberRow,
    MemberTrend,
    MemberView,
    NetworkView,
    QuartileKey,
    SegmentView,
    WeakSpot,
)

SUPPRESSED = ".."
DASH = "–"
COLOURS = {1: "#d9e6f2", 2: "#a9c4de", 3: "#5f8fbf", 4: "#1f3a5f"}
"""Quartile colours: one hue, light to dark, so that no colour reads as good or bad."""
INK = {1: "#000000", 2: "#000000", 3: "#ffffff", 4: "#ffffff"}


def check_line(c: CheckDoc, lang: str) -> str:
    """One check in words, by member code."""
    code = c.member or "?"
    if c.kind == "coverage":
        total = c.answered + c.na + c.missing
        return t(lang, "nw_check_coverage", code=code, missing=c.missing, total=total, year=c.year)
    if c.kind == "model":
        return t(lang, "nw_check_model", code=code, detail=c.detail)
    return t(lang, f"nw_check_{c.kind}", code=code, year=c.year)


def cell(lang: str, f: FigureDoc, value: float | None, digits: int = 1) -> str:
    """A figure as text: ``..`` when suppressed."""
    if f.suppressed:
        return SUPPRESSED
    return number(lang, value, digits)


def names(model: LoadedModel, lang: str) -> dict[str, str]:
    """Each node's name in ``lang`` (the total is "Total")."""
    out = {}
    for node in model.nodes.values():
        name = say(node.name, lang) or node.id
        out[node.id] = t(lang, "total") if node.kind == "total" else name
    return out


def label(model: LoadedModel, node_id: str, lang: str) -> str:
    """A node's id and name (the total and the groups by name)."""
    node = model.nodes[node_id]
    name = names(model, lang)[node_id]
    return name if node.kind in ("total", "group") else f"{node_id} {name}"


def figure_row(model: LoadedModel, f: FigureDoc, lang: str) -> FigureRow:
    """A node's figures as cells."""
    node = model.nodes[f.id]
    depth = {"total": 0, "group": 1, "success_factor": 2, "result_area": 2}.get(node.kind, 3)
    return FigureRow(
        id=f.id,
        kind=node.kind,
        depth=depth,
        name=names(model, lang)[f.id],
        label=label(model, f.id, lang),
        n=str(f.n),
        median=cell(lang, f, f.median),
        p25=cell(lang, f, f.p25),
        p75=cell(lang, f, f.p75),
        min=cell(lang, f, f.min, 0),
        max=cell(lang, f, f.max, 0),
        under=SUPPRESSED if f.suppressed or f.under is None else str(f.under),
    )


def _under_of(lang: str, under: int | None, n: int) -> str:
    return t(lang, "nw_under_of", under=under or 0, n=n)


def _weak(model: LoadedModel, w: WeakDoc, lang: str) -> WeakSpot:
    return WeakSpot(
        label(model, w.id, lang), number(lang, w.median, 1), _under_of(lang, w.under, w.n)
    )


def context(doc: NetworkDocument, model: LoadedModel, lang: str) -> NetworkView:
    """What the network templates see."""
    year = doc.year if doc.year is not None else DASH
    heat = tuple(
        HeatRow(
            id=row.id,
            label=label(model, row.id, lang),
            kind=model.nodes[row.id].kind,
            cells=tuple(
                HeatCell(
                    q="" if q is None else str(q),
                    bg=COLOURS.get(q or 0, "#ffffff"),
                    ink=INK.get(q or 0, "#000000"),
                )
                for q in row.quartiles
            ),
        )
        for row in doc.heatmap
    )
    history = tuple(
        HistoryRow(
            year=h.year,
            members=h.members,
            median=cell(lang, h.nodes[0], h.nodes[0].median),
            n=h.nodes[0].n,
        )
        for h in doc.history
    )
    title = t(lang, "nw_title", year=year)
    model_text = f"{doc.model.id} {doc.model.version}"
    intro = tn(lang, "nw_intro", len(doc.codes), year=year, model=model_text)
    codes_text = t(lang, "nw_codes")
    return NetworkView(
        lang=lang,
        labels=dict(texts(lang)),
        title=title,
        header=header(title, lang, model, intro=f"{intro} {codes_text}"),
        intro=intro,
        codes_text=codes_text,
        suppression=t(lang, "nw_suppression", min_n=doc.min_n),
        checks=tuple(check_line(c, lang) for c in doc.checks),
        unread=tn(lang, "nw_check_unread", doc.unread) if doc.unread else "",
        members=tuple(
            MemberRow(
                code=m.code,
                segment=m.segment if m.segment is not None else SUPPRESSED,
                coverage=f"{m.answered}/{m.na}/{m.missing}",
            )
            for m in doc.members
        ),
        nodes=tuple(figure_row(model, f, lang) for f in doc.nodes),
        segments=tuple(
            SegmentView(
                name=s.segment or DASH,
                members=tn(lang, "nw_segment_members", s.members),
                nodes=tuple(
                    figure_row(model, f, lang)
                    for f in s.nodes
                    if model.nodes[f.id].kind != "criterion"
                ),
            )
            for s in doc.segments
        ),
        codes=tuple(doc.codes),
        heatmap=heat,
        quartiles=tuple(
            QuartileKey(q, COLOURS[q], INK[q], t(lang, f"nw_quartile_{q}")) for q in (1, 2, 3, 4)
        ),
        lowest=tuple(_weak(model, w, lang) for w in doc.lowest_medians),
        most_under=tuple(_weak(model, w, lang) for w in doc.most_under_target),
        learning=tuple(
            LearningPair(
                label=label(model, pair.id, lang),
                members=tuple(Learner(m.code, tuple(m.strengths)) for m in pair.members),
            )
            for pair in doc.learning
        ),
        history=history,
    )


def member_context(page: MemberPageDocument, model: LoadedModel, lang: str) -> MemberView:
    """What the member page templates see."""
    from siqassess.reports.linechart import Line, LineFigure, line_svg

    rows = []
    for n in page.nodes:
        if n.kind == "criterion" or n.kind in ("total", "group", "success_factor", "result_area"):
            suppressed = n.suppressed
            rows.append(
                MemberNode(
                    id=n.id,
                    kind=n.kind,
                    depth={"total": 0, "group": 1}.get(n.kind, 2 if n.kind != "criterion" else 3),
                    label=names(model, lang)[n.id],
                    score=number(lang, n.score, 1),
                    quartile=SUPPRESSED
                    if suppressed
                    else ("" if n.quartile is None else str(n.quartile)),
                    bg=COLOURS.get(n.quartile or 0, "#ffffff"),
                    ink=INK.get(n.quartile or 0, "#000000"),
                    n=str(n.n),
                    median=SUPPRESSED if suppressed else number(lang, n.median, 1),
                    p25=SUPPRESSED if suppressed else number(lang, n.p25, 1),
                    p75=SUPPRESSED if suppressed else number(lang, n.p75, 1),
                )
            )
    years = tuple(str(y.year) for y in page.trend)
    charts = []
    trend_rows = []
    for i, node_id in enumerate(page.trend_nodes):
        own = tuple(y.scores[i] for y in page.trend)
        network = tuple(y.medians[i] for y in page.trend)
        trend_rows.append(
            MemberTrend(
                label=label(model, node_id, lang),
                own=tuple(number(lang, v, 1) for v in own),
                network=tuple(SUPPRESSED if v is None else number(lang, v, 1) for v in network),
            )
        )
        if len(page.trend) > 1 and model.nodes[node_id].kind in ("total", "success_factor"):
            title = label(model, node_id, lang)
            lines = [Line(t(lang, "pm_own"), own), Line(t(lang, "pm_network_median"), network)]
            charts.append(LineFigure(node_id, title, line_svg(title, list(years), lines)))
    title = t(lang, "pm_title")
    intro = tn(lang, "pm_intro", page.members, organisation=page.organisation, year=page.year)
    code = t(lang, "pm_code", code=page.code)
    return MemberView(
        lang=lang,
        labels=dict(texts(lang)),
        title=title,
        header=header(title, lang, model, intro=f"{intro} {code}"),
        intro=intro,
        code=code,
        suppression=t(lang, "nw_suppression", min_n=page.min_n),
        caveat=t(lang, "nw_heat_caveat"),
        rows=tuple(rows),
        years=years,
        trend=tuple(trend_rows) if len(page.trend) > 1 else (),
        charts=tuple(charts),
    )
