"""The table, JSON and CSV writers of `siqassess score`, and the cell formatting they share."""

from __future__ import annotations

import csv
from typing import IO

import orjson

from siqassess.documents.parts import FORMAT
from siqassess.documents.result import FileResult, NodeDoc
from siqassess.errors import Msg, msg

DASH = "–"
"""How an unanswered (null) score is shown in tables: never as 0."""


# -- renderers; each takes file results one at a time, so a batch is never held whole --


class JsonWriter:
    """Streams ``{"format": 1, "files": [...]}`` one file at a time."""

    def __init__(self, out: IO[str]) -> None:
        self._out = out
        self._count = 0
        out.write(f'{{"format": {FORMAT}, "files": [')

    def add(self, doc: FileResult) -> None:
        """Write one file's result, as one compact line.

        orjson writes the frozen dataclasses directly, in field order (a result document has
        no left-out fields), about five times faster than ``json`` after ``to_data``: in a
        batch, encoding was a third of the time spent per file.
        """
        text = orjson.dumps(doc).decode("utf-8")
        self._out.write(("," if self._count else "") + "\n" + text)
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


def csv_text(value: str) -> str:
    """Neutralise a text cell a spreadsheet would run as a formula (see textsafe.inert_cell)."""
    from siqassess.textsafe import inert_cell

    return inert_cell(value)


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

    def add(self, doc: FileResult) -> None:
        """Write one file's rows."""
        head = [csv_text(doc.file), csv_text(doc.organisation), csv_text(doc.respondent)]
        for node in doc.nodes:
            cov = node.coverage
            self._writer.writerow(
                [
                    *head,
                    csv_text(node.id),
                    node.kind,
                    csv_text(node.parent or ""),
                    csv_number(node.score),
                    csv_number(node.target),
                    csv_number(node.gap),
                    cov.answered,
                    cov.na,
                    cov.missing,
                ]
            )

    def close(self) -> None:
        """Nothing to finish: every row is already written."""


def fmt_score(value: float | None, digits: int = 1) -> str:
    """A score for display, rounded; ``–`` when there is none."""
    return DASH if value is None else f"{value:.{digits}f}"


def under_threshold(doc: FileResult, fail_under: float | None) -> Msg | None:
    """Why a file's total fails ``--fail-under`` (no score, or under it); None when it passes."""
    if fail_under is None:
        return None
    total = doc.total.score
    if total is not None and total >= fail_under:
        return None
    if total is None:
        return msg("fail_under_no_score", limit=f"{fail_under:g}")
    return msg("fail_under_total", total=f"{total:.1f}", limit=f"{fail_under:g}")


def weakest_factor(doc: FileResult) -> NodeDoc | None:
    """The success factor with the lowest score (ties broken by id), if any has a score."""
    factors = [n for n in doc.nodes if n.kind == "success_factor" and n.score is not None]
    return min(factors, key=lambda n: (n.score or 0.0, n.id)) if factors else None


class TableWriter:
    """Collects one small row per file and renders rich tables at the end."""

    def __init__(self, out: IO[str], *, detail: bool = False, width: int | None = None) -> None:
        self._out = out
        self._detail = detail
        self._width = width
        self._rows: list[list[str]] = []
        self._matrix: list[list[str]] = []
        self._columns: list[str] = []

    def add(self, doc: FileResult) -> None:
        """Keep one file's summary row (and its factor row with ``detail``)."""
        total = doc.total
        cov = total.coverage
        weakest = weakest_factor(doc)
        self._rows.append(
            [
                doc.file,
                doc.organisation,
                doc.respondent,
                fmt_score(total.score),
                fmt_score(total.points, 0),
                str(cov.answered),
                str(cov.na),
                str(cov.missing),
                f"{weakest.id} {fmt_score(weakest.score, 0)}" if weakest else DASH,
            ]
        )
        if self._detail:
            cells = {
                n.id: fmt_score(n.score, 0)
                for n in doc.nodes
                if n.kind in ("success_factor", "result_area")
            }
            if not self._columns:
                self._columns = list(cells)
            self._matrix.append([doc.file, *(cells.get(c, DASH) for c in self._columns)])

    def close(self) -> None:
        """Render the tables."""
        from rich import box
        from rich.table import Table

        from siqassess.textsafe import console as safe_console

        console = safe_console(file=self._out, width=self._width)
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
