"""The terminal tables and CSV of `compare` and `aggregate`, from their typed documents."""

from __future__ import annotations

import csv
import io
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
    from rich.console import Console

    return Console(file=out, width=width or 100, highlight=False, emoji=False, markup=False)


def comparison_table(doc: ComparisonDocument, width: int | None = None) -> str:
    """The comparison as text tables: drift warning, every node's delta, the highlights."""
    from rich import box
    from rich.panel import Panel
    from rich.table import Table

    out = io.StringIO()
    console = _console(out, width)
    old, new = doc.old, doc.new
    console.print(
        f"Comparison: {old.file} ({old.date or DASH}) → {new.file} ({new.date or DASH})",
        soft_wrap=True,
    )
    drift = drift_lines(doc)
    if drift:
        console.print(Panel("\n".join(drift), title="MODEL DRIFT", style="bold red"))
    table = Table(
        box=box.SIMPLE_HEAD,
        title="Score 0–100: old, new and Δ = new − old",
        caption="Coverage: leaves answered/N/A/missing.",
    )
    table.add_column("Node", no_wrap=True)
    for name in ("Old", "New", "Δ", "Old cov.", "New cov."):
        table.add_column(name, justify="right", no_wrap=True)
    for node in doc.nodes:
        o, n = node.old, node.new
        table.add_row(
            "  " * _depth(node.kind) + node.id,
            fmt_score(o.score if o else None),
            fmt_score(n.score if n else None),
            signed(node.delta),
            cov_short(o.coverage if o else None),
            cov_short(n.coverage if n else None),
        )
    console.print(table)
    for key, title in (
        ("improvements", "Biggest improvements"),
        ("declines", "Biggest declines"),
        ("crossed_up", "Reached target (below before, at or above now)"),
        ("crossed_down", "Fell below target (at or above before, below now)"),
    ):
        items = getattr(doc, key)
        console.print(f"{title}:" + ("" if items else f" {DASH}"))
        for item in items:
            console.print(
                f"  {item.id}: {fmt_score(item.old)} → {fmt_score(item.new)} "
                f"({signed(item.delta)}; target {fmt_score(item.new_target)})"
            )
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


def aggregate_table(doc: GroupDocument, width: int | None = None) -> str:
    """The aggregate as text tables: roll-up, every leaf's statistics, and the discuss list."""
    from rich import box
    from rich.table import Table

    out = io.StringIO()
    console = _console(out, width)
    names = [r.name for r in doc.respondents]
    total = doc.total
    console.print(f"Group of {len(names)}: {'; '.join(names)}", soft_wrap=True)
    console.print(
        f"Total {fmt_score(total.score)} ({fmt_score(total.points, 0)}/1000 points), "
        f"coverage {cov_short(total.coverage)} (answered/N/A/missing)",
        soft_wrap=True,
    )
    rollup = Table(
        box=box.SIMPLE_HEAD,
        title="Roll-up of the leaf means; low/high: respondents' own roll-ups",
        caption="Coverage: leaves answered/N/A/missing.",
    )
    rollup.add_column("Node", no_wrap=True)
    for name in ("Mean", "Target", "Gap", "Low", "High", "Coverage"):
        rollup.add_column(name, justify="right", no_wrap=True)
    leaves = Table(
        box=box.SIMPLE_HEAD,
        title=f"Leaves; ! = discuss (max − min ≥ {doc.spread_threshold:g})",
        caption="n: respondents who scored; N/A and Miss.: respondents.",
    )
    leaves.add_column("Leaf", no_wrap=True)
    for name in ("Mean", "Median", "Min", "Max", "SD", "n", "N/A", "Miss.", ""):
        leaves.add_column(name, justify="right", no_wrap=True)
    for node in doc.nodes:
        stats = node.stats
        if stats is None:
            rollup.add_row(
                "  " * _depth(node.kind) + node.id,
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
    _print_discuss(console, doc, names)
    return out.getvalue()


def _print_discuss(console: Any, doc: GroupDocument, names: list[str]) -> None:
    """The leaves the team disagrees on, widest spread first, with everyone's score."""
    from rich import box
    from rich.table import Table

    if not doc.discuss:
        console.print(f"Discuss first: {DASH} (no leaf with max − min ≥ {doc.spread_threshold:g})")
        return
    discuss = Table(box=box.SIMPLE_HEAD, title="Discuss first: widest spread first")
    discuss.add_column("Leaf", no_wrap=True)
    discuss.add_column("Spread", justify="right", no_wrap=True)
    for name in names:
        discuss.add_column(name, justify="right", overflow="fold")
    for item in doc.discuss:
        scores = item.scores
        discuss.add_row(
            item.id, fmt_score(item.spread, 0), *(fmt_score(scores[n], 0) for n in names)
        )
    console.print(discuss)
