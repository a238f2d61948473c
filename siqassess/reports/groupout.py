"""The terminal tables and CSV of `compare` and `aggregate`, from their typed documents."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from typing import Any

from siqassess.documents.comparison import ComparisonDocument
from siqassess.documents.group import GroupDocument
from siqassess.documents.parts import CoverageDoc
from siqassess.errors import Location, ModelMismatchError, Problem
from siqassess.reports.results import DASH, csv_number, csv_text, fmt_score

# -- compare --


def drift_lines(doc: ComparisonDocument) -> list[str]:
    """Plain-English sentences on model drift; empty when both files answer the same model."""
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
        lines.append(f"model {what} changed: {a} → {b}")
    if d.only_old:
        lines.append(f"only in the old model (not compared): {', '.join(d.only_old)}")
    if d.only_new:
        lines.append(f"only in the new model (not compared): {', '.join(d.only_new)}")
    lines.append(f"compared over the {d.compared_leaves} leaves both models have")
    return lines


def check_drift(doc: ComparisonDocument, *, strict: bool) -> list[str]:
    """The drift warnings of a comparison; with ``strict`` (--strict-model), drift is an error."""
    lines = drift_lines(doc)
    if lines and strict:
        where = Location(doc.new.file)
        raise ModelMismatchError([Problem(where, f"--strict-model: {line}") for line in lines])
    return lines


def signed(value: float | None, digits: int = 1) -> str:
    """A delta with its sign (+5.0, −3.3); ``–`` when there is none."""
    if value is None:
        return DASH
    text = f"{value:+.{digits}f}"
    return "±0" if float(text) == 0 else text.replace("-", "−")


def cov_short(cov: CoverageDoc | None) -> str:
    """Coverage as ``answered/N/A/missing``."""
    return DASH if cov is None else f"{cov.answered}/{cov.na}/{cov.missing}"


def _depth(kind: str) -> int:
    return {"total": 0, "group": 1, "success_factor": 2}.get(kind, 3)


def _console(out: io.StringIO, width: int | None) -> Any:

    from siqassess.textsafe import console

    return console(file=out, width=width or 100)


def comparison_table(
    doc: ComparisonDocument,
    width: int | None = None,
    labels: Mapping[str, str] | None = None,
    lang: str = "en",
) -> str:
    """The comparison as text tables: drift warning, every node's delta, the highlights."""
    from rich import box
    from rich.panel import Panel
    from rich.table import Table

    from siqassess.i18n import t

    out = io.StringIO()
    console = _console(out, width)
    old, new = doc.old, doc.new
    dates = {"old_date": old.date or DASH, "new_date": new.date or DASH}
    console.print(t(lang, "tbl_comparison", old=old.file, new=new.file, **dates), soft_wrap=True)
    drift = drift_lines(doc)
    if drift:
        console.print(Panel("\n".join(drift), title=t(lang, "tbl_drift"), style="bold red"))
    table = Table(
        box=box.SIMPLE_HEAD,
        title=t(lang, "tbl_compare_title"),
        caption=t(lang, "tbl_coverage_caption"),
    )
    table.add_column(t(lang, "tbl_node"), no_wrap=True)
    for key in ("tbl_old", "tbl_new", "tbl_delta", "tbl_old_cov", "tbl_new_cov"):
        table.add_column(t(lang, key), justify="right", no_wrap=True)
    for node in doc.nodes:
        o, n = node.old, node.new
        table.add_row(
            "  " * _depth(node.kind) + (labels or {}).get(node.id, node.id),
            fmt_score(o.score if o else None),
            fmt_score(n.score if n else None),
            signed(node.delta),
            cov_short(o.coverage if o else None),
            cov_short(n.coverage if n else None),
        )
    console.print(table)
    for key, title in (
        ("improvements", "tbl_improvements"),
        ("declines", "tbl_declines"),
        ("crossed_up", "tbl_crossed_up"),
        ("crossed_down", "tbl_crossed_down"),
    ):
        items = getattr(doc, key)
        console.print(f"{t(lang, title)}:" + ("" if items else f" {DASH}"))
        for item in items:
            scores = {"old": fmt_score(item.old), "new": fmt_score(item.new)}
            target = fmt_score(item.new_target)
            line = t(
                lang, "tbl_change", id=item.id, delta=signed(item.delta), target=target, **scores
            )
            console.print("  " + line)
    return out.getvalue()


# -- aggregate --


_CSV_HEAD = (
    *("node", "kind", "parent", "mean", "target", "gap", "min", "max"),
    *("answered", "na", "missing", "n", "median", "stdev"),
    *("respondents_na", "respondents_missing", "discuss"),
)


def aggregate_csv(doc: GroupDocument) -> str:
    """One row per node: the group figures, then one column per respondent's own score."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    names = [r.name for r in doc.respondents]
    writer.writerow([*_CSV_HEAD, *(csv_text(n) for n in names)])
    for node in doc.nodes:
        cov, stats = node.coverage, node.stats
        leaf = (
            [
                stats.n,
                csv_number(stats.median),
                csv_number(stats.stdev),
                stats.na,
                stats.missing,
                "yes" if stats.discuss else "no",
            ]
            if stats
            else [""] * 6
        )
        writer.writerow(
            [
                csv_text(node.id),
                node.kind,
                csv_text(node.parent or ""),
                *(csv_number(getattr(node, k)) for k in ("score", "target", "gap", "min", "max")),
                cov.answered,
                cov.na,
                cov.missing,
                *leaf,
                *(csv_number(node.respondents[n]) for n in names),
            ]
        )
    return out.getvalue()


def aggregate_table(
    doc: GroupDocument,
    width: int | None = None,
    labels: Mapping[str, str] | None = None,
    lang: str = "en",
    discuss_top: int = 5,
) -> str:
    """The aggregate as text tables: roll-up, every leaf's statistics, and the first
    ``discuss_top`` leaves of the discuss list (the others named below it)."""
    from rich import box
    from rich.table import Table

    from siqassess.i18n import t, tn

    out = io.StringIO()
    console = _console(out, width)
    names = [r.name for r in doc.respondents]
    total = doc.total
    console.print(tn(lang, "tbl_group_of", len(names), names="; ".join(names)), soft_wrap=True)
    points = fmt_score(total.points, 0)
    cov = cov_short(total.coverage)
    console.print(
        t(lang, "tbl_group_total", score=fmt_score(total.score), points=points, coverage=cov),
        soft_wrap=True,
    )
    rollup = Table(
        box=box.SIMPLE_HEAD,
        title=t(lang, "tbl_rollup_title"),
        caption=t(lang, "tbl_coverage_caption"),
    )
    rollup.add_column(t(lang, "tbl_node"), no_wrap=True)
    for key in ("tbl_mean", "tbl_target", "tbl_gap", "tbl_low", "tbl_high", "tbl_coverage"):
        rollup.add_column(t(lang, key), justify="right", no_wrap=True)
    leaves = Table(
        box=box.SIMPLE_HEAD,
        title=t(lang, "tbl_leaves_title", spread=f"{doc.spread_threshold:g}"),
        caption=t(lang, "tbl_leaves_caption"),
    )
    leaves.add_column(t(lang, "tbl_leaf"), no_wrap=True)
    for key in ("tbl_mean", "tbl_median", "tbl_min", "tbl_max", "tbl_sd", "tbl_n", "tbl_na"):
        leaves.add_column(t(lang, key), justify="right", no_wrap=True)
    for key in ("tbl_miss", ""):
        leaves.add_column(t(lang, key) if key else "", justify="right", no_wrap=True)
    for node in doc.nodes:
        stats = node.stats
        if stats is None:
            rollup.add_row(
                "  " * _depth(node.kind) + (labels or {}).get(node.id, node.id),
                *(fmt_score(getattr(node, k)) for k in ("score", "target", "gap", "min", "max")),
                cov_short(node.coverage),
            )
            continue
        leaves.add_row(
            node.id,
            *(fmt_score(getattr(stats, k)) for k in ("mean", "median", "min", "max", "stdev")),
            str(stats.n),
            str(stats.na),
            str(stats.missing),
            "!" if stats.discuss else "",
        )
    console.print(rollup)
    console.print(leaves)
    _print_discuss(console, doc, names, lang, discuss_top)
    return out.getvalue()


def _print_discuss(console: Any, doc: GroupDocument, names: list[str], lang: str, top: int) -> None:
    """The first ``top`` leaves the team disagrees on, widest range first, with everyone's
    score; the ids of the others after them."""
    from rich import box
    from rich.table import Table

    from siqassess.i18n import t, tn

    if not doc.discuss:
        spread = f"{doc.spread_threshold:g}"
        console.print(t(lang, "tbl_no_discuss", dash=DASH, spread=spread))
        return
    discuss = Table(box=box.SIMPLE_HEAD, title=t(lang, "tbl_discuss_title"))
    discuss.add_column(t(lang, "tbl_leaf"), no_wrap=True)
    discuss.add_column(t(lang, "tbl_spread"), justify="right", no_wrap=True)
    for name in names:
        discuss.add_column(name, justify="right", overflow="fold")
    for item in doc.discuss[:top]:
        scores = item.scores
        discuss.add_row(
            item.id, fmt_score(item.spread, 0), *(fmt_score(scores[n], 0) for n in names)
        )
    if top > 0:
        console.print(discuss)
    rest = [item.id for item in doc.discuss[top:]]
    if rest:
        console.print(tn(lang, "tbl_discuss_more", len(rest), ids=", ".join(rest)), soft_wrap=True)
