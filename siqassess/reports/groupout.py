"""The terminal tables and CSV of `compare` and `aggregate`, from their typed documents."""

from __future__ import annotations

import io
from collections.abc import Mapping
from typing import Any

from siqassess.core.nodescore import Coverage
from siqassess.csvsafe import PLAIN, Cell, CsvDialect, csv_document
from siqassess.documents.comparison import ComparisonDocument
from siqassess.documents.group import GroupDocument
from siqassess.documents.parts import depths
from siqassess.errors import Location, ModelMismatchError, Problem, msg
from siqassess.reports.fit import PIPED_WIDTH, TextColumn, fitted
from siqassess.reports.results import DASH, fmt_score, shown_delta
from siqassess.textsafe import one_line

# -- compare --


def drift_lines(doc: ComparisonDocument, lang: str = "en") -> list[str]:
    """Sentences on model drift in ``lang``; empty when both files answer the same model."""
    from siqassess.i18n import t

    d = doc.drift
    if not d.drifted:
        return []
    old, new = doc.old.model, doc.new.model
    lines = []
    for what in d.changed:
        key = {"id": "id", "version": "version", "content hash": "sha256"}[what]
        a, b = getattr(old, key), getattr(new, key)
        if key == "sha256":
            a, b = a[:12] + "…", b[:12] + "…"
        name = t(lang, {"id": "drift_id", "version": "drift_version"}.get(key, "drift_hash"))
        lines.append(t(lang, "drift_changed", what=name, old=a, new=b))
    if d.only_old:
        lines.append(t(lang, "drift_only_old", ids=", ".join(d.only_old)))
    if d.only_new:
        lines.append(t(lang, "drift_only_new", ids=", ".join(d.only_new)))
    lines.append(t(lang, "drift_compared", n=d.compared_leaves))
    return lines


def na_lines(doc: ComparisonDocument, lang: str = "en") -> list[str]:
    """The rule-13 warnings of a comparison in ``lang`` (see ``examined.na_warnings``)."""
    from siqassess.reports.examined import na_warnings

    like = doc.like_for_like
    total = next((n for n in doc.nodes if n.id == "total"), None)
    reported = (
        total.old.score if total and total.old else None,
        total.new.score if total and total.new else None,
    )
    return na_warnings(
        lang,
        [(item.id, item.old) for item in doc.went_na],
        None if like is None else (like.compared_leaves, like.old, like.new),
        reported,
    )


def check_drift(doc: ComparisonDocument, *, strict: bool, lang: str = "en") -> list[str]:
    """The drift warnings of a comparison; with ``strict`` (--strict-model), drift is an error."""
    lines = drift_lines(doc, lang)
    if lines and strict:
        where = Location(doc.new.file)
        drift = [Problem.of(where, msg("strict_model_drift", line=line)) for line in lines]
        raise ModelMismatchError(drift)
    return lines


def signed(lang: str, value: float | None, digits: int = 1) -> str:
    """A delta with its sign in ``lang`` (+5.0, −3,3); ``±0`` for none at all, ``–`` for none."""
    if value is None:
        return DASH
    text = fmt_score(lang, abs(value), digits)
    if not text.strip("0.,"):
        return "±0"
    return ("+" if value > 0 else "−") + text


def cov_short(cov: Coverage | None) -> str:
    """Coverage as ``answered/N/A/missing``."""
    return DASH if cov is None else f"{cov.answered}/{cov.na}/{cov.missing}"


def _console(out: io.StringIO, width: int | None) -> Any:
    from siqassess.textsafe import console

    return console(file=out, width=width or PIPED_WIDTH)


def _label(node_id: str, depth: int, labels: Mapping[str, str] | None) -> str:
    """A row's label, indented by its depth in the tree (``depths``)."""
    return "  " * depth + (labels or {}).get(node_id, node_id)


def _date(lang: str, text: str | None) -> str:
    """A file's ``date`` written out in ``lang``; as it is when it is no date."""
    import datetime as dt

    from siqassess.i18n import date

    try:
        return date(lang, dt.date.fromisoformat(text)) if text else DASH
    except ValueError:
        return text or DASH


def comparison_table(
    doc: ComparisonDocument,
    width: int | None = None,
    labels: Mapping[str, str] | None = None,
    lang: str = "en",
) -> str:
    """The comparison as text tables: drift warning, every node's delta, the highlights."""
    from rich.panel import Panel

    from siqassess.i18n import t

    width = width or PIPED_WIDTH
    out = io.StringIO()
    console = _console(out, width)
    old, new = doc.old, doc.new
    dates = {"old_date": _date(lang, old.date), "new_date": _date(lang, new.date)}
    files = {"old": one_line(old.file), "new": one_line(new.file)}  # each name on this line
    console.print(t(lang, "tbl_comparison", **files, **dates))
    drift = drift_lines(doc, lang)
    if drift:
        console.print(Panel("\n".join(drift), title=t(lang, "tbl_drift"), style="bold red"))
    went = na_lines(doc, lang)
    if went:
        from rich.text import Text

        title = t(lang, "na_flagged_title")
        console.print(Panel(Text("\n".join(went)), title=title, style="bold yellow"))
    columns = [TextColumn(t(lang, "tbl_node"), "label")]
    columns += [
        TextColumn(t(lang, key), "number")
        for key in ("tbl_old", "tbl_new", "tbl_delta", "tbl_old_cov", "tbl_new_cov")
    ]
    rows = []
    depth = depths(doc.nodes)
    for node in doc.nodes:
        o, n = node.old, node.new
        rows.append(
            [
                _label(node.id, depth[node.id], labels),
                fmt_score(lang, o.score if o else None),
                fmt_score(lang, n.score if n else None),
                signed(
                    lang, shown_delta(o.score if o else None, n.score if n else None, node.delta)
                ),
                cov_short(o.coverage if o else None),
                cov_short(n.coverage if n else None),
            ]
        )
    title, caption = t(lang, "tbl_compare_title"), t(lang, "tbl_coverage_caption")
    console.print(fitted(columns, rows, width, title=title, caption=caption))
    for key, heading in (
        ("improvements", "tbl_improvements"),
        ("declines", "tbl_declines"),
        ("crossed_up", "tbl_crossed_up"),
        ("crossed_down", "tbl_crossed_down"),
    ):
        items = getattr(doc, key)
        console.print(f"{t(lang, heading)}:" + ("" if items else f" {DASH}"))
        for item in items:
            scores = {"old": fmt_score(lang, item.old), "new": fmt_score(lang, item.new)}
            target = fmt_score(lang, item.new_target)
            delta = signed(lang, shown_delta(item.old, item.new, item.delta))
            line = t(lang, "tbl_change", id=item.id, delta=delta, target=target, **scores)
            console.print("  " + line)
    return out.getvalue()


# -- aggregate --


_CSV_HEAD = (
    *("node", "kind", "parent", "mean", "target", "gap", "min", "max"),
    *("answered", "na", "missing", "n", "median", "stdev"),
    *("respondents_na", "respondents_missing", "discuss"),
)


def aggregate_csv(doc: GroupDocument, dialect: CsvDialect = PLAIN) -> str:
    """One row per node: the group figures, then one column per respondent's own score."""
    names = [r.name for r in doc.respondents]
    rows: list[tuple[Cell, ...]] = [(*_CSV_HEAD, *names)]
    for node in doc.nodes:
        cov, stats = node.coverage, node.stats
        leaf: tuple[Cell, ...] = (
            (
                stats.n,
                stats.median,
                stats.stdev,
                stats.na,
                stats.missing,
                "yes" if stats.discuss else "no",
            )
            if stats
            else (None,) * 6
        )
        rows.append(
            (
                node.id,
                node.kind,
                node.parent or "",
                *(getattr(node, k) for k in ("score", "target", "gap", "min", "max")),
                cov.answered,
                cov.na,
                cov.missing,
                *leaf,
                *(node.respondents[n] for n in names),
            )
        )
    return csv_document(rows, dialect)


def aggregate_table(
    doc: GroupDocument,
    width: int | None = None,
    labels: Mapping[str, str] | None = None,
    lang: str = "en",
    discuss_top: int = 5,
) -> str:
    """The aggregate as text tables: roll-up, every leaf's statistics, and the first
    ``discuss_top`` leaves of the discuss list (the others named below it)."""
    from siqassess.i18n import number, t, tn

    width = width or PIPED_WIDTH
    out = io.StringIO()
    console = _console(out, width)
    names = [r.name for r in doc.respondents]
    total = doc.total
    console.print(tn(lang, "tbl_group_of", len(names), names="; ".join(map(one_line, names))))
    points = fmt_score(lang, total.points, 0)
    cov = cov_short(total.coverage)
    score = fmt_score(lang, total.score)
    console.print(t(lang, "tbl_group_total", score=score, points=points, coverage=cov))
    rollup_cols = [TextColumn(t(lang, "tbl_node"), "label")]
    rollup_cols += [
        TextColumn(t(lang, key), "number")
        for key in ("tbl_mean", "tbl_target", "tbl_gap", "tbl_low", "tbl_high", "tbl_coverage")
    ]
    leaf_keys = ("tbl_mean", "tbl_median", "tbl_min", "tbl_max", "tbl_sd", "tbl_n", "tbl_na")
    leaf_cols = [TextColumn(t(lang, "tbl_leaf"), "label")]
    leaf_cols += [TextColumn(t(lang, key), "number") for key in (*leaf_keys, "tbl_miss")]
    leaf_cols.append(TextColumn("", "number"))
    rollup, leaves = [], []
    depth = depths(doc.nodes)
    for node in doc.nodes:
        stats = node.stats
        if stats is None:
            rollup.append(
                [
                    _label(node.id, depth[node.id], labels),
                    *(fmt_score(lang, getattr(node, k)) for k in _ROLLUP_FIGURES),
                    cov_short(node.coverage),
                ]
            )
            continue
        leaves.append(
            [
                (labels or {}).get(node.id, node.id),
                *(fmt_score(lang, getattr(stats, k)) for k in _LEAF_FIGURES),
                str(stats.n),
                str(stats.na),
                str(stats.missing),
                "!" if stats.discuss else "",
            ]
        )
    title, caption = t(lang, "tbl_rollup_title"), t(lang, "tbl_coverage_caption")
    console.print(fitted(rollup_cols, rollup, width, title=title, caption=caption))
    title = t(lang, "tbl_leaves_title", spread=number(lang, doc.spread_threshold, 2))
    caption = t(lang, "tbl_leaves_caption")
    console.print(fitted(leaf_cols, leaves, width, title=title, caption=caption))
    _print_discuss(console, doc, names, lang, top=discuss_top, width=width)
    return out.getvalue()


_ROLLUP_FIGURES = ("score", "target", "gap", "min", "max")
_LEAF_FIGURES = ("mean", "median", "min", "max", "stdev")


def _print_discuss(
    console: Any, doc: GroupDocument, names: list[str], lang: str, *, top: int, width: int
) -> None:
    """The first ``top`` leaves the team disagrees on, widest range first, with everyone's
    score; the ids of the others after them."""
    from siqassess.i18n import number, t, tn

    if not doc.discuss:
        spread = number(lang, doc.spread_threshold, 2)
        console.print(t(lang, "tbl_no_discuss", dash=DASH, spread=spread))
        return
    columns = [
        TextColumn(t(lang, "tbl_leaf"), "label"),
        TextColumn(t(lang, "tbl_spread"), "number"),
    ]
    columns += [TextColumn(name, "number") for name in names]
    rows = [
        [
            item.id,
            fmt_score(lang, item.spread, 0),
            *(fmt_score(lang, item.scores[n], 0) for n in names),
        ]
        for item in doc.discuss[:top]
    ]
    if top > 0:
        console.print(fitted(columns, rows, width, title=t(lang, "tbl_discuss_title")))
    rest = [item.id for item in doc.discuss[top:]]
    if rest:
        console.print(tn(lang, "tbl_discuss_more", len(rest), ids=", ".join(rest)))
