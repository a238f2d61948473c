"""The table, JSON and CSV writers of `siqassess score`, and the cell formatting they share."""

from __future__ import annotations

import csv
from typing import IO

import orjson

from siqassess.documents.parts import FORMAT
from siqassess.documents.result import FileResult, NodeDoc
from siqassess.errors import Msg, msg
from siqassess.reports.fit import Kind

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


def fmt_score(lang: str, value: float | None, digits: int = 1) -> str:
    """A score for display in ``lang`` (``42,5`` in Swedish), rounded to ``digits`` decimals
    and keeping them (``50.0``, so a column lines up); ``–`` when there is none."""
    from siqassess.i18n import catalogue, number

    if value is None:
        return DASH
    text = number(lang, value, digits)
    mark = catalogue(lang).decimal
    if digits and mark not in text:
        text += mark + "0" * digits
    return text


def under_threshold(doc: FileResult, fail_under: float | None, lang: str = "en") -> Msg | None:
    """Why a file's total fails ``--fail-under`` (no score, or under it); None when it passes.

    The total is written as ``lang`` writes numbers (``41,7``); the limit as it was typed.
    """
    if fail_under is None:
        return None
    total = doc.total.score
    if total is not None and total >= fail_under:
        return None
    if total is None:
        return msg("fail_under_no_score", limit=f"{fail_under:g}")
    return msg("fail_under_total", total=fmt_score(lang, total), limit=f"{fail_under:g}")


def weakest_factor(doc: FileResult) -> NodeDoc | None:
    """The success factor with the lowest score (ties broken by id), if any has a score."""
    factors = [n for n in doc.nodes if n.kind == "success_factor" and n.score is not None]
    return min(factors, key=lambda n: (n.score or 0.0, n.id)) if factors else None


class TableWriter:
    """Collects one small row per file and renders the tables at the end, fitted to ``width``."""

    def __init__(
        self, out: IO[str], *, detail: bool = False, lang: str = "en", width: int = 100
    ) -> None:
        self._out = out
        self._detail = detail
        self._lang = lang
        self._width = width
        self._rows: list[list[str]] = []
        self._matrix: list[list[str]] = []
        self._columns: list[str] = []

    def add(self, doc: FileResult) -> None:
        """Keep one file's summary row (and its factor row with ``detail``)."""
        lang = self._lang
        total = doc.total
        cov = total.coverage
        weakest = weakest_factor(doc)
        self._rows.append(
            [
                doc.file,
                doc.organisation,
                doc.respondent,
                fmt_score(lang, total.score),
                fmt_score(lang, total.points, 0),
                f"{cov.answered}/{cov.na}/{cov.missing}",
                f"{weakest.id} {fmt_score(lang, weakest.score, 0)}" if weakest else DASH,
            ]
        )
        if self._detail:
            cells = {
                n.id: fmt_score(lang, n.score, 0)
                for n in doc.nodes
                if n.kind in ("success_factor", "result_area")
            }
            if not self._columns:
                self._columns = list(cells)
            self._matrix.append([doc.file, *(cells.get(c, DASH) for c in self._columns)])

    def close(self) -> None:
        """Render the tables."""
        from siqassess.i18n import t
        from siqassess.reports.fit import Column, fitted
        from siqassess.textsafe import console as safe_console

        lang = self._lang
        console = safe_console(file=self._out, width=self._width)
        texts = [Column(t(lang, key), kind) for key, kind in _SUMMARY]
        title, caption = t(lang, "tbl_score_title"), t(lang, "tbl_score_caption")
        console.print(fitted(texts, self._rows, self._width, title=title, caption=caption))
        if self._detail and self._matrix:
            columns = [Column(t(lang, "tbl_file"), "path")]
            columns += [Column(c, "number") for c in self._columns]
            title = t(lang, "tbl_matrix_title")
            console.print(fitted(columns, self._matrix, self._width, title=title))


_SUMMARY: tuple[tuple[str, Kind], ...] = (
    ("tbl_file", "path"),
    ("tbl_organisation", "text"),
    ("tbl_respondent", "text"),
    ("tbl_score", "number"),
    ("tbl_points", "number"),
    ("tbl_coverage", "number"),
    ("tbl_weakest", "number"),
)
"""The summary table's columns: catalogue key of the header, and what the cells are."""
