"""The documents of `compare` and `aggregate`, and their table, JSON and CSV renderers."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping, Sequence
from typing import Any

from siqassess.core.aggregate import Aggregate, LeafStats
from siqassess.core.compare import Comparison, NodeDelta
from siqassess.core.scoring import NodeScore
from siqassess.criteria.tree import LoadedModel
from siqassess.errors import Location, ModelMismatchError, Problem
from siqassess.io.groupio import Assessment
from siqassess.reports.formats.interface import GroupJob
from siqassess.reports.results import (
    DASH,
    coverage_dict,
    csv_number,
    csv_text,
    fmt_score,
    priority_lists,
)

FORMAT = 1


# -- compare --


def _side(a: Assessment) -> dict[str, Any]:
    return {
        "file": a.file,
        "organisation": a.answers.organisation,
        "unit": a.answers.unit,
        "respondent": a.answers.respondent,
        "date": a.answers.date.isoformat() if a.answers.date else None,
        "status": a.answers.status,
        "model": {"id": a.model.id, "version": a.model.version, "sha256": a.model.sha256},
    }


def _score(node: NodeScore | None) -> dict[str, Any] | None:
    if node is None:
        return None
    return {
        "score": node.score,
        "target": node.target,
        "gap": node.gap,
        "coverage": coverage_dict(node.coverage),
    }


def _delta(node: NodeDelta) -> dict[str, Any]:
    return {
        "id": node.id,
        "kind": node.kind,
        "parent": node.parent,
        "old": _score(node.old),
        "new": _score(node.new),
        "delta": node.delta,
    }


def _change(node: NodeDelta) -> dict[str, Any]:
    old, new = node.old, node.new
    return {
        "id": node.id,
        "old": old.score if old else None,
        "new": new.score if new else None,
        "delta": node.delta,
        "old_target": old.target if old else None,
        "new_target": new.target if new else None,
    }


def comparison_doc(old: Assessment, new: Assessment, cmp: Comparison) -> dict[str, Any]:
    """The comparison as plain JSON-ready data; scores unrounded, ``null`` where none."""
    d = cmp.drift
    return {
        "format": FORMAT,
        "kind": "comparison",
        "old": _side(old),
        "new": _side(new),
        "drift": {
            "drifted": d.drifted,
            "changed": list(d.changed),
            "only_old": list(d.only_old),
            "only_new": list(d.only_new),
            "compared_leaves": len(cmp.common),
        },
        "nodes": [_delta(n) for n in cmp.nodes],
        "improvements": [_change(n) for n in cmp.improvements],
        "declines": [_change(n) for n in cmp.declines],
        "crossed_up": [_change(n) for n in cmp.crossed_up],
        "crossed_down": [_change(n) for n in cmp.crossed_down],
    }


def drift_lines(doc: Mapping[str, Any]) -> list[str]:
    """Plain-English sentences on model drift; empty when both files answer the same model."""
    d = doc["drift"]
    if not d["drifted"]:
        return []
    old, new = doc["old"]["model"], doc["new"]["model"]
    lines = []
    for what in d["changed"]:
        key = {"id": "id", "version": "version", "content hash": "sha256"}[what]
        a, b = old[key], new[key]
        if key == "sha256":
            a, b = a[:12] + "…", b[:12] + "…"
        lines.append(f"model {what} changed: {a} → {b}")
    if d["only_old"]:
        lines.append(f"only in the old model (not compared): {', '.join(d['only_old'])}")
    if d["only_new"]:
        lines.append(f"only in the new model (not compared): {', '.join(d['only_new'])}")
    lines.append(f"compared over the {d['compared_leaves']} leaves both models have")
    return lines


def check_drift(old: Assessment, new: Assessment, cmp: Comparison, *, strict: bool) -> list[str]:
    """The drift warnings of a comparison; with ``strict`` (--strict-model), drift is an error."""
    lines = drift_lines(comparison_doc(old, new, cmp))
    if lines and strict:
        where = Location(new.file)
        raise ModelMismatchError([Problem(where, f"--strict-model: {line}") for line in lines])
    return lines


def signed(value: float | None, digits: int = 1) -> str:
    """A delta with its sign (+5.0, −3.3); ``–`` when there is none."""
    if value is None:
        return DASH
    text = f"{value:+.{digits}f}"
    return "±0" if float(text) == 0 else text.replace("-", "−")


def cov_short(cov: Mapping[str, int] | None) -> str:
    """Coverage as ``answered/N/A/missing``."""
    return DASH if cov is None else f"{cov['answered']}/{cov['na']}/{cov['missing']}"


def _depth(kind: str) -> int:
    return {"total": 0, "group": 1, "success_factor": 2}.get(kind, 3)


def _console(out: io.StringIO, width: int | None) -> Any:
    from rich.console import Console

    return Console(file=out, width=width or 100, highlight=False, emoji=False, markup=False)


def comparison_table(doc: Mapping[str, Any], width: int | None = None) -> str:
    """The comparison as text tables: drift warning, every node's delta, the highlights."""
    from rich import box
    from rich.panel import Panel
    from rich.table import Table

    out = io.StringIO()
    console = _console(out, width)
    old, new = doc["old"], doc["new"]
    console.print(
        f"Comparison: {old['file']} ({old['date'] or DASH}) → "
        f"{new['file']} ({new['date'] or DASH})",
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
    for node in doc["nodes"]:
        o, n = node["old"] or {}, node["new"] or {}
        table.add_row(
            "  " * _depth(node["kind"]) + node["id"],
            fmt_score(o.get("score")),
            fmt_score(n.get("score")),
            signed(node["delta"]),
            cov_short(o.get("coverage")),
            cov_short(n.get("coverage")),
        )
    console.print(table)
    for key, title in (
        ("improvements", "Biggest improvements"),
        ("declines", "Biggest declines"),
        ("crossed_up", "Reached target (below before, at or above now)"),
        ("crossed_down", "Fell below target (at or above before, below now)"),
    ):
        items = doc[key]
        console.print(f"{title}:" + ("" if items else f" {DASH}"))
        for item in items:
            console.print(
                f"  {item['id']}: {fmt_score(item['old'])} → {fmt_score(item['new'])} "
                f"({signed(item['delta'])}; target {fmt_score(item['new_target'])})"
            )
    return out.getvalue()


# -- aggregate --


def _stats(stats: LeafStats) -> dict[str, Any]:
    return {
        "n": stats.n,
        "mean": stats.mean,
        "median": stats.median,
        "min": stats.min,
        "max": stats.max,
        "spread": stats.spread,
        "stdev": stats.stdev,
        "na": stats.na,
        "missing": stats.missing,
        "discuss": stats.discuss,
        "target": stats.target,
    }


def _responses(stats: LeafStats) -> list[dict[str, Any]]:
    return [
        {
            "respondent": r.respondent,
            "status": r.status,
            "score": r.score,
            "target": r.target,
            "note": r.note,
            "reason": r.reason,
        }
        for r in stats.responses
    ]


def aggregate_doc(
    model: LoadedModel, group: Sequence[Assessment], names: Sequence[str], agg: Aggregate
) -> dict[str, Any]:
    """The aggregate as plain JSON-ready data: the roll-up of the means, and every leaf's spread.

    ``min``/``max`` of an inner node are the lowest and highest of the respondents' own
    roll-ups; a leaf's are its lowest and highest score.
    """
    parents = model.parents
    nodes = []
    for node_id, node in agg.result.nodes.items():
        low, high = agg.range(node_id)
        entry: dict[str, Any] = {
            "id": node_id,
            "kind": node.kind,
            "parent": parents[node_id].id if node_id in parents else None,
            "score": node.score,
            "target": node.target,
            "gap": node.gap,
            "min": low,
            "max": high,
            "coverage": coverage_dict(node.coverage),
            "respondents": {n: agg.individual[n].nodes[node_id].score for n in agg.respondents},
        }
        if node_id in agg.leaves:
            entry["stats"] = _stats(agg.leaves[node_id])
            entry["answers"] = _responses(agg.leaves[node_id])
        nodes.append(entry)
    total = agg.result.total
    return {
        "format": FORMAT,
        "kind": "aggregate",
        "model": {"id": model.id, "version": model.version, "sha256": model.sha256},
        "respondents": [{"name": n, "file": a.file} for n, a in zip(names, group, strict=True)],
        "spread_threshold": agg.threshold,
        "total": {
            "score": total.score,
            "points": agg.result.points,
            "max_points": 1000,
            "target": total.target,
            "gap": total.gap,
            "coverage": coverage_dict(total.coverage),
        },
        "nodes": nodes,
        "discuss": [
            {
                "id": s.id,
                "spread": s.spread,
                "min": s.min,
                "max": s.max,
                "mean": s.mean,
                "scores": {r.respondent: r.score for r in s.responses},
            }
            for s in agg.discuss
        ],
        **priority_lists(agg.result),
    }


_CSV_HEAD = (
    *("node", "kind", "parent", "mean", "target", "gap", "min", "max"),
    *("answered", "na", "missing", "n", "median", "stdev"),
    *("respondents_na", "respondents_missing", "discuss"),
)


def aggregate_csv(doc: Mapping[str, Any]) -> str:
    """One row per node: the group figures, then one column per respondent's own score."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    names = [r["name"] for r in doc["respondents"]]
    writer.writerow([*_CSV_HEAD, *(csv_text(n) for n in names)])
    for node in doc["nodes"]:
        cov, stats = node["coverage"], node.get("stats")
        leaf = (
            [
                stats["n"],
                csv_number(stats["median"]),
                csv_number(stats["stdev"]),
                stats["na"],
                stats["missing"],
                "yes" if stats["discuss"] else "no",
            ]
            if stats
            else [""] * 6
        )
        writer.writerow(
            [
                csv_text(node["id"]),
                node["kind"],
                csv_text(node["parent"] or ""),
                *(csv_number(node[k]) for k in ("score", "target", "gap", "min", "max")),
                cov["answered"],
                cov["na"],
                cov["missing"],
                *leaf,
                *(csv_number(node["respondents"][n]) for n in names),
            ]
        )
    return out.getvalue()


def aggregate_table(doc: Mapping[str, Any], width: int | None = None) -> str:
    """The aggregate as text tables: roll-up, every leaf's statistics, and the discuss list."""
    from rich import box
    from rich.table import Table

    out = io.StringIO()
    console = _console(out, width)
    names = [r["name"] for r in doc["respondents"]]
    total = doc["total"]
    console.print(f"Group of {len(names)}: {'; '.join(names)}", soft_wrap=True)
    console.print(
        f"Total {fmt_score(total['score'])} ({fmt_score(total['points'], 0)}/1000 points), "
        f"coverage {cov_short(total['coverage'])} (answered/N/A/missing)",
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
        title=f"Leaves; ! = discuss (max − min ≥ {doc['spread_threshold']:g})",
        caption="n: respondents who scored; N/A and Miss.: respondents.",
    )
    leaves.add_column("Leaf", no_wrap=True)
    for name in ("Mean", "Median", "Min", "Max", "SD", "n", "N/A", "Miss.", ""):
        leaves.add_column(name, justify="right", no_wrap=True)
    for node in doc["nodes"]:
        stats = node.get("stats")
        if stats is None:
            rollup.add_row(
                "  " * _depth(node["kind"]) + node["id"],
                *(fmt_score(node[k]) for k in ("score", "target", "gap", "min", "max")),
                cov_short(node["coverage"]),
            )
            continue
        leaves.add_row(
            node["id"],
            *(fmt_score(stats[k]) for k in ("mean", "median", "min", "max", "stdev")),
            str(stats["n"]),
            str(stats["na"]),
            str(stats["missing"]),
            "!" if stats["discuss"] else "",
        )
    console.print(rollup)
    console.print(leaves)
    if doc["discuss"]:
        discuss = Table(box=box.SIMPLE_HEAD, title="Discuss first: widest spread first")
        discuss.add_column("Leaf", no_wrap=True)
        discuss.add_column("Spread", justify="right", no_wrap=True)
        for name in names:
            discuss.add_column(name, justify="right", overflow="fold")
        for item in doc["discuss"]:
            scores = item["scores"]
            discuss.add_row(
                item["id"], fmt_score(item["spread"], 0), *(fmt_score(scores[n], 0) for n in names)
            )
        console.print(discuss)
    else:
        console.print(
            f"Discuss first: {DASH} (no leaf with max − min ≥ {doc['spread_threshold']:g})"
        )
    return out.getvalue()


def aggregate_doc_of(job: GroupJob) -> dict[str, Any]:
    """The aggregate document of a group job."""
    return aggregate_doc(job.group[0].model, job.group, job.names, job.aggregate)


def to_json(doc: Mapping[str, Any]) -> str:
    """A document as indented JSON."""
    return json.dumps(doc, ensure_ascii=False, indent=2)
