"""Rich renderables of the interview: the question screen, and the summary at the end."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from siqassess.core.priorities import Ranked
from siqassess.core.scoring import Coverage, NodeScore, Result, score
from siqassess.criteria.tree import LoadedModel, Node
from siqassess.i18n import t
from siqassess.io.answers import AnswersFile, leaf_inputs

BAR_WIDTH = 20


def question_screen(p: dict[str, Any], counts: dict[str, int], lang: str) -> Group:
    """The context above a level choice: progress, factor or area, help, current answer."""
    ctx = p["context"]
    counted = t(lang, "answered_count", **{k: counts[k] for k in ("answered", "na", "missing")})
    title = Text(p["progress"], style="bold")
    title.append(f"  ·  {counted}", style="")
    body = Text()
    if ctx["description"]:
        body.append(ctx["description"] + "\n\n", style="dim")
    # The question itself heads the level list below, so it stays in view on small screens.
    if p["help"]:
        body.append(f"{t(lang, 'help')} ({p['id']}): ", style="italic")
        body.append(p["help"] + "\n")
    if p["measures"]:
        body.append(f"\n{t(lang, 'measures')}:\n", style="italic")
        for measure in p["measures"]:
            body.append(f"  • {measure}\n")
    body.append(f"\n{t(lang, 'current_answer')}: ", style="italic")
    body.append(p["current"], style="bold" if p["status"] != "missing" else "dim")
    heading = Text(f"{ctx['id']} {ctx['name']}", style="bold")
    return Group(
        Rule(title, align="left", style="cyan"), Panel(body, title=heading, title_align="left")
    )


def bar(value: float | None, target: float | None, width: int = BAR_WIDTH) -> Text:
    """A bar of ``value`` on 0–100 with a marker at ``target``."""
    out = Text()
    filled = 0 if value is None else round(max(0.0, min(100.0, value)) / 100 * width)
    mark = None if target is None else min(width - 1, round(target / 100 * width))
    for i in range(width):
        if i == mark:
            out.append("┃", style="bold yellow")
        elif i < filled:
            out.append("█", style="green" if target is None or (value or 0) >= target else "cyan")
        else:
            out.append("·", style="dim")
    return out


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f}"


def _cov(coverage: Coverage) -> str:
    return f"{coverage.answered} / {coverage.na} / {coverage.missing}"


def _name(node: Node, lang: str) -> str:
    return node.name.get(lang) or next(iter(node.name.values()), node.id)


def _rows(model: LoadedModel) -> list[Node]:
    rows: list[Node] = []
    for group in model.root.children:
        rows.append(group)
        rows.extend(group.children)
    return rows


def _leaf_name(model: LoadedModel, node_score: NodeScore, lang: str) -> str:
    node = model.nodes[node_score.id]
    if node.kind == "criterion":
        parent = model.parents[node.id]
        return f"({_name(parent, lang)})"
    return _name(node, lang)


def summary(model: LoadedModel, answers: AnswersFile, lang: str) -> RenderableType:
    """Factor scores against targets, coverage, top areas for improvement, leaves at target."""
    result = score(model, leaf_inputs(answers), answers.default_target)
    return render(model, result, lang, answers.organisation)


def render(model: LoadedModel, result: Result, lang: str, organisation: str = "") -> RenderableType:
    """The summary of a computed result."""
    total = result.total
    head = Text()
    head.append(f"{t(lang, 'total')}: ", style="bold")
    if total.score is None:
        head.append(t(lang, "no_score"), style="bold")
    else:
        head.append(f"{total.score:.0f}", style="bold")
        head.append(f"  ({t(lang, 'points_of', points=f'{result.points:.0f}')})")
    head.append("\n" + t(lang, "coverage_line", **_coverage_values(total.coverage)), style="dim")

    table = Table(expand=False, show_edge=False, pad_edge=False)
    table.add_column(t(lang, "area"), overflow="fold", max_width=48)
    table.add_column(t(lang, "score"), justify="right")
    table.add_column(t(lang, "target"), justify="right")
    table.add_column(t(lang, "col_bar"), no_wrap=True)
    table.add_column(t(lang, "col_coverage"), justify="right", no_wrap=True)
    for node in _rows(model):
        ns = result.nodes[node.id]
        is_group = node.kind == "group"
        label = _name(node, lang) if is_group else f"{node.id} {_name(node, lang)}"
        table.add_row(
            Text(label, style="bold" if is_group else ""),
            _fmt(ns.score) if ns.score is not None else Text(t(lang, "no_score"), style="dim"),
            _fmt(ns.target),
            bar(ns.score, ns.target),
            _cov(ns.coverage),
            end_section=is_group,
        )

    gaps = _gap_listing(model, result.improvements[:3], lang)
    below = _gap_listing(model, result.results_below[:3], lang)
    strong = _listing(
        [
            t(
                lang,
                "strength_line",
                id=n.id,
                name=_leaf_name(model, n, lang),
                score=_fmt(n.score),
                target=_fmt(n.target),
            )
            for n in result.at_target[:3]
        ],
        lang,
    )
    title = t(lang, "summary_title", name=organisation or _name(model.root, lang))
    body = Group(
        head,
        Text(""),
        table,
        Text(t(lang, "legend"), style="dim"),
        Text(""),
        Text(t(lang, "gaps"), style="bold"),
        gaps,
        Text(""),
        Text(t(lang, "results_below"), style="bold"),
        below,
        Text(""),
        Text(t(lang, "at_target"), style="bold"),
        strong,
    )
    return Panel(body, title=title, title_align="left", expand=False)


def _gap_listing(model: LoadedModel, ranked: Sequence[Ranked], lang: str) -> Text:
    return _listing(
        [
            t(
                lang,
                "gap_line",
                id=r.node.id,
                name=_leaf_name(model, r.node, lang),
                score=_fmt(r.node.score),
                target=_fmt(r.node.target),
                gap=_fmt(r.gap),
            )
            for r in ranked
        ],
        lang,
    )


def _coverage_values(coverage: Coverage) -> dict[str, int]:
    return {"answered": coverage.answered, "na": coverage.na, "missing": coverage.missing}


def _listing(lines: list[str], lang: str) -> Text:
    if not lines:
        return Text("  " + t(lang, "none_yet"), style="dim")
    return Text("\n".join(f"  {i}. {line}" for i, line in enumerate(lines, 1)))
