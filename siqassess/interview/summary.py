"""The summary at the end of the interview, as a Rich renderable that fits the terminal."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from siqassess.core.coverage import coverage_text
from siqassess.core.nodescore import Coverage, NodeScore
from siqassess.core.scoring import Result, score
from siqassess.criteria.tree import LoadedModel, Node, say
from siqassess.i18n import t
from siqassess.io.answers import AnswersFile, leaf_inputs
from siqassess.textfit import shorten, wrap

BAR_WIDTH = 20


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
    return say(node.name, lang) or node.id


def _rows(model: LoadedModel) -> list[Node]:
    return list(model.outline)


def _leaf_name(model: LoadedModel, node_score: NodeScore, lang: str) -> str:
    node = model.nodes[node_score.id]
    if node.kind == "criterion":
        parent = model.parents[node.id]
        return f"({_name(parent, lang)})"
    return _name(node, lang)


def summary(
    model: LoadedModel, answers: AnswersFile, lang: str, width: int = 80, height: int = 24
) -> RenderableType:
    """Total and coverage first, then each factor and area against its target, the largest
    gaps and the leaves at or above target; fits ``width`` columns and, with the two lines
    said after it, ``height`` rows where that allows at least one entry per list."""
    result = score(model, leaf_inputs(answers), answers.default_target)
    return render(model, result, lang, answers.organisation, width, height)


def _head(result: Result, lang: str, title: str, width: int) -> Text:
    total = result.total
    points = (
        t(lang, "no_score")
        if total.score is None
        else f"{total.score:.0f}  ({t(lang, 'points_of', points=f'{result.points:.0f}')})"
    )
    line = f"{t(lang, 'total')}: {points}"
    head = Text(f"{title}  ·  {line}" if len(title) + 5 + len(line) <= width else line)
    head.stylize("bold")
    cov = total.coverage
    head.append("\n" + coverage_text(lang, cov.answered, cov.na, cov.missing))
    return head


def _table(model: LoadedModel, result: Result, lang: str, width: int) -> Table:
    bar_width = BAR_WIDTH if width >= 100 else 10
    cov_width = max(len(_cov(result.nodes[n.id].coverage)) for n in _rows(model))
    # area, score, target, bar and coverage, with a space between columns
    name_width = width - 5 - 6 - bar_width - cov_width - 4
    table = Table(expand=False, show_edge=False, pad_edge=False, box=None, padding=(0, 1))
    table.add_column(t(lang, "area"), no_wrap=True, max_width=name_width)
    table.add_column(shorten(t(lang, "score"), 5), justify="right", no_wrap=True)
    table.add_column(shorten(t(lang, "target"), 6), justify="right", no_wrap=True)
    table.add_column("", no_wrap=True)
    table.add_column("", justify="right", no_wrap=True)
    for node in _rows(model):
        ns = result.nodes[node.id]
        is_group = node.kind == "group"
        label = _name(node, lang) if is_group else f"{node.id} {_name(node, lang)}"
        table.add_row(
            Text(shorten(label, name_width), style="bold" if is_group else ""),
            _fmt(ns.score) if ns.score is not None else Text("–", style="dim"),
            _fmt(ns.target),
            bar(ns.score, ns.target, bar_width),
            _cov(ns.coverage),
        )
    return table


def _entry(key: str, model: LoadedModel, n: NodeScore, lang: str, width: int, gap: float) -> str:
    values = {"id": n.id, "score": _fmt(n.score), "target": _fmt(n.target), "gap": _fmt(gap)}
    bare = t(lang, key, name="", **values)
    name = shorten(_leaf_name(model, n, lang), max(8, width - 5 - len(bare)))
    if name.endswith("…") and name.startswith("("):
        name += ")"
    return t(lang, key, name=name, **values)


def render(
    model: LoadedModel,
    result: Result,
    lang: str,
    organisation: str = "",
    width: int = 80,
    height: int = 24,
) -> RenderableType:
    """The summary of a computed result, at most ``width`` columns wide.

    Below 30 rows the column headings give way to one legend line, and each list shows as
    many entries as fit (at least one), so the total stays in view above the shell prompt.
    """
    width = max(60, width)
    title = t(lang, "summary_title", name=organisation or _name(model.root, lang))
    header = height >= 30
    table = _table(model, result, lang, width)
    table.show_header = header
    # head, table, legend, three list headings, up to two closing lines and the prompt
    fixed = 2 + header + len(_rows(model)) + 1 + 3 + 2 + 1
    count = max(1, min(3, (height - fixed) // 3))
    lists = [
        (
            "gaps",
            [_entry("gap_line", model, r.node, lang, width, r.gap) for r in result.improvements],
        ),
        (
            "results_below",
            [_entry("gap_line", model, r.node, lang, width, r.gap) for r in result.results_below],
        ),
        (
            "at_target",
            [
                _entry("strength_line", model, n, lang, width, n.gap or 0.0)
                for n in result.at_target
            ],
        ),
    ]
    legend = f"{t(lang, 'legend_short')}   {t(lang, 'coverage_legend')}"
    if not header:
        legend = t(lang, "summary_columns")
    parts: list[RenderableType] = [_head(result, lang, title, width), table]
    parts.append(Text(legend if len(legend) <= width else t(lang, "coverage_legend"), style="dim"))
    for heading, entries in lists:
        parts += [Text(t(lang, heading), style="bold"), _listing(entries[:count], lang, width)]
    return Group(*parts)


def _listing(lines: list[str], lang: str, width: int) -> Text:
    if not lines:
        return Text("  " + t(lang, "none_yet"), style="dim")
    out: list[str] = []
    for i, line in enumerate(lines, 1):
        wrapped = wrap(line, width - 5)
        out.append(f"  {i}. {wrapped[0]}")
        out += ["     " + more for more in wrapped[1:]]
    return Text("\n".join(out))
