"""The network report and the member pages in every format (table, md, html, pdf, xlsx, json,
jsonl). Every format is made from the same documents, so a suppressed figure is null in JSON, an
empty cell in the workbook and ``..`` in text."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from siqassess.criteria.tree import LoadedModel
from siqassess.documents.member_page import MemberPageDocument
from siqassess.documents.network import NetworkDocument
from siqassess.documents.parts import to_data, to_json
from siqassess.i18n import t
from siqassess.reports.formats.interface import Rendered
from siqassess.reports.networkview import context, member_context

if TYPE_CHECKING:
    from siqassess.reports.xlsx import Row


def table(doc: NetworkDocument, model: LoadedModel, lang: str) -> str:
    """The terminal view: checks, then figures, weak spots and learning pairs, by code."""
    from siqassess.reports.netformats import text_table

    ctx = context(doc, model, lang)
    out = [ctx.title, ctx.intro, ctx.codes_text, "", t(lang, "nw_checks")]
    out += [f"- {line}" for line in ctx.checks] or [f"- {t(lang, 'nw_checks_none')}"]
    if ctx.unread:
        out.append(f"- {ctx.unread}")
    out += ["", ctx.suppression, ""]
    head = [t(lang, "tr_node"), "n", "P25", t(lang, "nw_median"), "P75"]
    head += [t(lang, "nw_min"), t(lang, "nw_max"), t(lang, "nw_under")]
    body = [
        ["  " * max(0, r.depth - 1) + r.label, r.n, r.p25, r.median, r.p75, r.min, r.max, r.under]
        for r in ctx.nodes
    ]
    out += [text_table(head, body), ""]
    out.append(t(lang, "nw_heatmap"))
    out.append(t(lang, "nw_heat_caveat"))
    heat_head = ["", *ctx.codes]
    heat_body = [[row.id, *(c.q or "·" for c in row.cells)] for row in ctx.heatmap]
    out += [text_table(heat_head, heat_body), ""]
    out.append(t(lang, "nw_lowest"))
    out += [f"- {w.label}: {w.median}" for w in ctx.lowest] or [t(lang, "nw_none")]
    out += ["", t(lang, "nw_most_under")]
    out += [f"- {w.label}: {w.under}" for w in ctx.most_under] or [t(lang, "nw_none")]
    out += ["", t(lang, "nw_learning")]
    out += [f"- {p.label}: {', '.join(m.code for m in p.members)}" for p in ctx.learning] or [
        t(lang, "nw_none")
    ]
    return "\n".join(out) + "\n"


def _sheet(name: str) -> str:
    """A sheet name Excel accepts: none of : \\ / ? * [ ], at most 31 characters."""
    return re.sub(r"[:\\/?*\[\]]", "", name).strip()[:31]


def _at(field: str, i: int) -> Callable[[Row], Any]:
    """A cell getter: item ``i`` of a row's list ``field``."""
    return lambda row: row[field][i]


def workbook(doc: NetworkDocument, model: LoadedModel, lang: str) -> bytes:
    """Sheets: checks, figures (empty cells where suppressed), heat map (quartiles), weak spots
    and learning pairs. Numbers are numbers; no sheet holds a member's score."""
    from siqassess.reports.networkview import check_line, label
    from siqassess.reports.xlsx import COUNT, SCORE, Column, Sheet, workbook_bytes

    def col(header: str, name: str, number: str = "") -> Column:
        return Column(header, lambda row: row.get(name), number, own=True)

    checks = Sheet(
        _sheet(t(lang, "nw_checks")),
        [col(t(lang, "nw_code"), "code"), col("kind", "kind"), col(t(lang, "nw_checks"), "text")],
        [{"code": c.member, "kind": c.kind, "text": check_line(c, lang)} for c in doc.checks],
    )
    fig_cols = [
        col("id", "id"),
        col(t(lang, "tr_node"), "name"),
        col("n", "n", COUNT),
        col("P25", "p25", SCORE),
        col(t(lang, "nw_median"), "median", SCORE),
        col("P75", "p75", SCORE),
        col(t(lang, "nw_min"), "min", SCORE),
        col(t(lang, "nw_max"), "max", SCORE),
        col(t(lang, "nw_under"), "under", COUNT),
    ]
    figures = Sheet(
        _sheet(t(lang, "nw_figures")),
        fig_cols,
        [{**to_data(f), "name": label(model, f.id, lang)} for f in doc.nodes],
    )
    heat = Sheet(
        _sheet(t(lang, "nw_heatmap")),
        [
            col("id", "id"),
            *(Column(code, _at("q", i), COUNT, own=True) for i, code in enumerate(doc.codes)),
        ],
        [{"id": row.id, "q": list(row.quartiles)} for row in doc.heatmap],
    )
    weak = Sheet(
        _sheet(t(lang, "nw_weak")),
        [
            col("id", "id"),
            col(t(lang, "nw_median"), "median", SCORE),
            col(t(lang, "nw_under"), "under", COUNT),
            col("n", "n", COUNT),
        ],
        [to_data(w) for w in (*doc.lowest_medians, *doc.most_under_target)],
    )
    learning = Sheet(
        _sheet(t(lang, "nw_learning")),
        [col("id", "id"), col(t(lang, "nw_code"), "code"), col("", "strengths")],
        [
            {"id": p.id, "code": m.code, "strengths": "\n".join(m.strengths)}
            for p in doc.learning
            for m in p.members
        ],
    )
    return workbook_bytes([checks, figures, heat, weak, learning])


def jsonl(doc: NetworkDocument) -> str:
    """One line per member × node: the member's quartile beside the network's figures."""
    figures = {f.id: f for f in doc.nodes}
    segments = {m.code: m.segment for m in doc.members}
    lines = []
    for row in doc.heatmap:
        f = to_data(figures[row.id])
        for code, q in zip(doc.codes, row.quartiles, strict=True):
            line: dict[str, object] = {
                "kind": "network_member_node",
                "model": doc.model.id,
                "version": doc.model.version,
                "year": doc.year,
                "member": code,
                "segment": segments.get(code),
                "node": row.id,
                "node_kind": f["kind"],
                "quartile": q,
                **{k: f[k] for k in ("n", "suppressed", "median", "p25", "p75", "min", "max")},
            }
            lines.append(json.dumps(line, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def render_network(fmt: str, doc: NetworkDocument, model: LoadedModel, lang: str) -> Rendered:
    """The network report in ``fmt``."""
    if fmt == "json":
        return Rendered(to_json(doc))
    if fmt == "jsonl":
        return Rendered(jsonl(doc))
    if fmt == "table":
        return Rendered(table(doc, model, lang))
    if fmt == "xlsx":
        return Rendered(data=workbook(doc, model, lang))
    from siqassess.reports.render import render

    if fmt == "pdf":
        from siqassess.reports.netformats import pdf_of

        return pdf_of(render(context(doc, model, lang), "html", template="network"))
    return Rendered(render(context(doc, model, lang), fmt, template="network"))


def render_member(fmt: str, page: MemberPageDocument, model: LoadedModel, lang: str) -> Rendered:
    """One member's page in ``fmt`` (md, html, pdf or json)."""
    if fmt == "json":
        return Rendered(to_json(page))
    from siqassess.reports.render import render

    ctx = member_context(page, model, lang)
    if fmt == "pdf":
        from siqassess.reports.netformats import pdf_of

        return pdf_of(render(ctx, "html", template="member"))
    return Rendered(render(ctx, fmt, template="member"))
