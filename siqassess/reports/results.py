"""The result document of `siqassess score`: its schema, and its table, JSON and CSV renderers."""

from __future__ import annotations

import csv
import json
from collections.abc import Mapping
from typing import IO, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from siqassess.core.priorities import Ranked
from siqassess.core.scoring import Coverage, NodeScore, Result
from siqassess.criteria.tree import LoadedModel
from siqassess.io.answers import AnswersFile

FORMAT: Literal[1] = 1
DASH = "–"
"""How an unanswered (null) score is shown in tables: never as 0."""


# -- the document, as a schema (used for `siqassess schema result` and in tests) --


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CoverageOut(_Out):
    """How many leaves under a node were answered, marked not applicable, or are missing."""

    answered: int
    na: int
    missing: int


class NodeOut(_Out):
    """One node of the model tree with its score; ``null`` where nothing below has a score."""

    id: str
    kind: Literal["total", "group", "success_factor", "criterion", "result_area"]
    parent: str | None
    score: float | None = Field(description="0–100 weighted mean; null when nothing is scored")
    target: float | None
    gap: float | None = Field(description="target − score; positive means below target")
    effective_weight: float = Field(description="static share of the total, 0–1")
    coverage: CoverageOut


class LeafOut(_Out):
    """A leaf at or above its target."""

    id: str
    score: float
    target: float
    gap: float


class RankedOut(_Out):
    """A leaf below target in a priority list (rule 8)."""

    rank: int = Field(description="1 = most urgent")
    id: str
    score: float
    target: float
    gap: float = Field(description="target − score, positive")
    importance: float = Field(
        description="parent's share of its group × leaf weight ÷ mean sibling weight"
    )
    priority: float = Field(description="gap × importance: what the list is ranked by")
    points_at_stake: float = Field(
        description="gap × static effective weight × 10: points out of 1000; never used to rank"
    )


class TotalOut(_Out):
    """The whole assessment's score, on the 0–100 scale and in points out of 1000."""

    score: float | None
    points: float | None
    max_points: Literal[1000]
    target: float | None
    gap: float | None
    coverage: CoverageOut


class ModelRefOut(_Out):
    """The model the file was scored against."""

    id: str
    version: str
    sha256: str


class FileOut(_Out):
    """The result of one answers file."""

    file: str
    organisation: str
    unit: str
    respondent: str
    date: str | None
    status: str
    model: ModelRefOut
    total: TotalOut
    nodes: list[NodeOut] = Field(description="every node of the tree, in model order")
    improvements: list[RankedOut] = Field(
        description="areas for improvement: ways-of-working leaves below target, most urgent first"
    )
    results_below_target: list[RankedOut] = Field(
        description="result leaves below target, ranked the same way, listed apart"
    )
    at_or_above_target: list[LeafOut] = Field(
        description="leaves at or above target, highest score first"
    )


class ResultDocument(_Out):
    """The output of ``siqassess score --format json``."""

    format: Literal[1]
    files: list[FileOut]


# -- building one file's result --


def coverage_dict(coverage: Coverage) -> dict[str, int]:
    """Coverage counts as a plain dict."""
    return {"answered": coverage.answered, "na": coverage.na, "missing": coverage.missing}


def node_dict(node: NodeScore, parent: str | None) -> dict[str, Any]:
    """One node's score as a plain dict: id, kind, parent, score, target, gap, coverage."""
    return {
        "id": node.id,
        "kind": node.kind,
        "parent": parent,
        "score": node.score,
        "target": node.target,
        "gap": node.gap,
        "effective_weight": node.effective_weight,
        "coverage": coverage_dict(node.coverage),
    }


def leaf_dict(node: NodeScore) -> dict[str, Any]:
    """A leaf at or above target as a plain dict."""
    return {"id": node.id, "score": node.score, "target": node.target, "gap": node.gap}


def ranked_dict(entry: Ranked) -> dict[str, Any]:
    """A leaf of a priority list as a plain dict (rule 8)."""
    return {
        "rank": entry.rank,
        "id": entry.node.id,
        "score": entry.node.score,
        "target": entry.node.target,
        "gap": entry.gap,
        "importance": entry.importance,
        "priority": entry.priority,
        "points_at_stake": entry.points_at_stake,
    }


def priority_lists(result: Result) -> dict[str, list[dict[str, Any]]]:
    """The three rule-8 lists of a result, keyed as in the JSON documents."""
    return {
        "improvements": [ranked_dict(r) for r in result.improvements],
        "results_below_target": [ranked_dict(r) for r in result.results_below],
        "at_or_above_target": [leaf_dict(n) for n in result.at_target],
    }


def file_result(
    file: str, answers: AnswersFile, model: LoadedModel, result: Result
) -> dict[str, Any]:
    """The result document of one answers file, as plain JSON-ready data."""
    parents = model.parents
    total = result.total
    return {
        "file": file,
        "organisation": answers.organisation,
        "unit": answers.unit,
        "respondent": answers.respondent,
        "date": answers.date.isoformat() if answers.date else None,
        "status": answers.status,
        "model": {"id": model.id, "version": model.version, "sha256": model.sha256},
        "total": {
            "score": total.score,
            "points": result.points,
            "max_points": 1000,
            "target": total.target,
            "gap": total.gap,
            "coverage": coverage_dict(total.coverage),
        },
        "nodes": [
            node_dict(node, parents[node.id].id if node.id in parents else None)
            for node in result.nodes.values()
        ],
        **priority_lists(result),
    }


# -- renderers; each takes file results one at a time, so a batch is never held whole --


class JsonWriter:
    """Streams ``{"format": 1, "files": [...]}`` one file at a time."""

    def __init__(self, out: IO[str]) -> None:
        self._out = out
        self._count = 0
        out.write(f'{{"format": {FORMAT}, "files": [')

    def add(self, doc: Mapping[str, Any]) -> None:
        """Write one file's result."""
        self._out.write(("," if self._count else "") + "\n" + json.dumps(doc, ensure_ascii=False))
        self._count += 1

    def close(self) -> None:
        """Finish the document."""
        self._out.write("\n]}\n" if self._count else "]}\n")


CSV_COLUMNS = (
    "file",
    "organisation",
    "respondent",
    "node",
    "kind",
    "parent",
    "score",
    "target",
    "gap",
    "answered",
    "na",
    "missing",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_text(value: str) -> str:
    """Neutralise a text cell a spreadsheet would run as a formula, by prefixing ``'``."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def csv_number(value: float | None) -> str:
    """A number cell: empty for null, no trailing ``.0`` on whole numbers; never neutralised."""
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


class CsvWriter:
    """Long format: one row per file per node, ready for a pivot table."""

    def __init__(self, out: IO[str]) -> None:
        self._writer = csv.writer(out, lineterminator="\n")
        self._writer.writerow(CSV_COLUMNS)

    def add(self, doc: Mapping[str, Any]) -> None:
        """Write one file's rows."""
        head = [csv_text(doc["file"]), csv_text(doc["organisation"]), csv_text(doc["respondent"])]
        for node in doc["nodes"]:
            cov = node["coverage"]
            self._writer.writerow(
                [
                    *head,
                    csv_text(node["id"]),
                    node["kind"],
                    csv_text(node["parent"] or ""),
                    csv_number(node["score"]),
                    csv_number(node["target"]),
                    csv_number(node["gap"]),
                    cov["answered"],
                    cov["na"],
                    cov["missing"],
                ]
            )

    def close(self) -> None:
        """Nothing to finish: every row is already written."""


def fmt_score(value: float | None, digits: int = 1) -> str:
    """A score for display, rounded; ``–`` when there is none."""
    return DASH if value is None else f"{value:.{digits}f}"


def under_threshold(doc: Mapping[str, Any], fail_under: float | None) -> str | None:
    """Why a file's total fails ``--fail-under`` (no score, or under it); None when it passes."""
    if fail_under is None:
        return None
    total = doc["total"]["score"]
    if total is not None and total >= fail_under:
        return None
    shown = "no score" if total is None else f"a total of {total:.1f}"
    return f"{shown}, under --fail-under {fail_under:g}"


def weakest_factor(doc: Mapping[str, Any]) -> dict[str, Any] | None:
    """The success factor with the lowest score (ties broken by id), if any has a score."""
    factors = [n for n in doc["nodes"] if n["kind"] == "success_factor" and n["score"] is not None]
    return min(factors, key=lambda n: (n["score"], n["id"])) if factors else None


class TableWriter:
    """Collects one small row per file and renders rich tables at the end."""

    def __init__(self, out: IO[str], *, detail: bool = False, width: int | None = None) -> None:
        self._out = out
        self._detail = detail
        self._width = width
        self._rows: list[list[str]] = []
        self._matrix: list[list[str]] = []
        self._columns: list[str] = []

    def add(self, doc: Mapping[str, Any]) -> None:
        """Keep one file's summary row (and its factor row with ``detail``)."""
        total = doc["total"]
        cov = total["coverage"]
        weakest = weakest_factor(doc)
        self._rows.append(
            [
                doc["file"],
                doc["organisation"],
                doc["respondent"],
                fmt_score(total["score"]),
                fmt_score(total["points"], 0),
                str(cov["answered"]),
                str(cov["na"]),
                str(cov["missing"]),
                f"{weakest['id']} {fmt_score(weakest['score'], 0)}" if weakest else DASH,
            ]
        )
        if self._detail:
            cells = {
                n["id"]: fmt_score(n["score"], 0)
                for n in doc["nodes"]
                if n["kind"] in ("success_factor", "result_area")
            }
            if not self._columns:
                self._columns = list(cells)
            self._matrix.append([doc["file"], *(cells.get(c, DASH) for c in self._columns)])

    def close(self) -> None:
        """Render the tables."""
        from rich import box
        from rich.console import Console
        from rich.table import Table

        console = Console(file=self._out, width=self._width, highlight=False)
        table = Table(
            box=box.SIMPLE_HEAD,
            title="Score 0–100, points out of 1000, leaves answered/N/A/missing",
            caption="Weakest: the success factor with the lowest score.",
        )
        table.add_column("File", overflow="fold")
        table.add_column("Organisation", overflow="fold", min_width=10)
        table.add_column("Respondent", overflow="fold", min_width=10)
        for name in ("Score", "Points", "Answ.", "N/A", "Miss."):
            table.add_column(name, justify="right", no_wrap=True)
        table.add_column("Weakest", no_wrap=True)
        for row in self._rows:
            table.add_row(*row)
        console.print(table)
        if self._detail and self._matrix:
            matrix = Table(box=box.SIMPLE_HEAD, title="Scores per success factor and result area")
            matrix.add_column("File", overflow="fold")
            for column in self._columns:
                matrix.add_column(column, justify="right", no_wrap=True)
            for row in self._matrix:
                matrix.add_row(*row)
            console.print(matrix)
