"""The table, JSON and CSV writers of `siqassess score`, and the cell formatting they share."""

from __future__ import annotations

import functools
from typing import IO, TYPE_CHECKING

import orjson

from siqassess.documents.parts import FORMAT
from siqassess.documents.result import FileResult, NodeDoc
from siqassess.errors import Msg, msg
from siqassess.reports.fit import Kind

if TYPE_CHECKING:
    from siqassess.csvsafe import CsvDialect

DASH = "–"
"""How an unanswered (null) score is shown in tables: never as 0."""


# -- renderers; each takes file results one at a time, so a batch is never held whole --


# Each writer's ``encode`` is its per-file work, a module-level function so that it runs in
# the worker process that scored the file (``score --jobs``); ``add_encoded`` only writes or
# keeps what comes back. ``add(doc)`` is the two in one.


def json_line(doc: FileResult) -> str:
    """One file's result as one compact JSON line.

    orjson writes the frozen dataclasses directly, in field order (a result document has
    no left-out fields), about five times faster than ``json`` after ``to_data``.
    """
    return orjson.dumps(doc).decode("utf-8")


class JsonWriter:
    """Streams ``{"format": 1, "files": [...]}`` one file at a time."""

    encode = staticmethod(json_line)

    def __init__(self, out: IO[str]) -> None:
        self._out = out
        self._count = 0
        out.write(f'{{"format": {FORMAT}, "files": [')

    def add(self, doc: FileResult) -> None:
        """Write one file's result, as one compact line."""
        self.add_encoded(json_line(doc))

    def add_encoded(self, piece: str) -> None:
        """Write one file's JSON line (from :func:`json_line`)."""
        self._out.write(("," if self._count else "") + "\n" + piece)
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


def csv_rows(doc: FileResult, dialect: CsvDialect | None = None) -> str:
    """One file's CSV rows, one per node, as text (every text cell neutralised)."""
    from siqassess.csvsafe import PLAIN, csv_document

    head = (doc.file, doc.organisation, doc.respondent)
    return csv_document(
        (
            (
                *head,
                node.id,
                node.kind,
                node.parent or "",
                node.score,
                node.target,
                node.gap,
                node.coverage.answered,
                node.coverage.na,
                node.coverage.missing,
            )
            for node in doc.nodes
        ),
        dialect or PLAIN,
        whole=False,
    )


class CsvWriter:
    """Long format: one row per file per node, ready for a pivot table."""

    def __init__(self, out: IO[str], dialect: CsvDialect | None = None) -> None:
        from siqassess.csvsafe import PLAIN, csv_head, csv_row

        self._out = out
        chosen = dialect or PLAIN
        # ``score --jobs`` runs ``encode`` where the file is scored: a partial of a module
        # function pickles, a bound method would pickle the output stream with it
        self.encode = functools.partial(csv_rows, dialect=chosen)
        out.write(csv_head(chosen) + csv_row(CSV_COLUMNS, chosen))

    def add(self, doc: FileResult) -> None:
        """Write one file's rows."""
        self.add_encoded(self.encode(doc))

    def add_encoded(self, piece: str) -> None:
        """Write one file's rows (from :func:`csv_rows`)."""
        self._out.write(piece)

    def close(self) -> None:
        """Nothing to finish: every row is already written."""


def shown_delta(
    old: float | None, new: float | None, delta: float | None, digits: int = 1
) -> float | None:
    """The change between two scores as the figures shown beside it give it: 46,3 → 53,4 is
    +7,1, although the exact change (7,05) may round to 7,0 (#27)."""
    if old is None or new is None:
        return delta
    return round(round(new, digits) - round(old, digits), digits)


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


def under_threshold(total: float | None, fail_under: float | None, lang: str = "en") -> Msg | None:
    """Why a file's total score fails ``--fail-under`` (no score, or under it); None when it
    passes.

    The total is written as ``lang`` writes numbers (``41,7``); the limit as it was typed.
    """
    if fail_under is None:
        return None
    if total is not None and total >= fail_under:
        return None
    if total is None:
        return msg("fail_under_no_score", limit=f"{fail_under:g}")
    return msg("fail_under_total", total=fmt_score(lang, total), limit=f"{fail_under:g}")


def weakest_factor(doc: FileResult) -> NodeDoc | None:
    """The success factor with the lowest score (ties broken by id), if any has a score."""
    factors = [n for n in doc.nodes if n.kind == "success_factor" and n.score is not None]
    return min(factors, key=lambda n: (n.score or 0.0, n.id)) if factors else None


TableRow = tuple[list[str], dict[str, str] | None, tuple[str, ...]]
"""A file's summary row, with ``--detail`` its score per success factor and result area, and
the ids of its flagged N/A leaves (rule 13)."""


def table_row(doc: FileResult, *, detail: bool = False, lang: str = "en") -> TableRow:
    """What the table keeps of one file: its summary row (and its matrix cells), in ``lang``."""
    total = doc.total
    cov = total.coverage
    weakest = weakest_factor(doc)
    row = [
        doc.file,
        doc.organisation,
        doc.respondent,
        fmt_score(lang, total.score),
        fmt_score(lang, total.points, 0),
        f"{cov.answered}/{cov.na}/{cov.missing}",
        f"{weakest.id} {fmt_score(lang, weakest.score, 0)}" if weakest else DASH,
    ]
    flagged = tuple(item.id for item in doc.na_flagged)
    if not detail:
        return row, None, flagged
    kinds = ("success_factor", "result_area")
    return row, {n.id: fmt_score(lang, n.score, 0) for n in doc.nodes if n.kind in kinds}, flagged


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
        self._flagged: list[tuple[str, tuple[str, ...]]] = []
        self.encode = functools.partial(table_row, detail=detail, lang=lang)

    def add(self, doc: FileResult) -> None:
        """Keep one file's summary row (and its factor row with ``detail``)."""
        self.add_encoded(table_row(doc, detail=self._detail, lang=self._lang))

    def add_encoded(self, piece: TableRow) -> None:
        """Keep one file's row (from :func:`table_row`)."""
        row, cells, flagged = piece
        self._rows.append(row)
        if flagged:
            self._flagged.append((row[0], flagged))
        if self._detail and cells is not None:
            if not self._columns:
                self._columns = list(cells)
            self._matrix.append([row[0], *(cells.get(c, DASH) for c in self._columns)])

    def close(self) -> None:
        """Render the tables."""
        from siqassess.i18n import t
        from siqassess.reports.fit import TextColumn, fitted
        from siqassess.textsafe import console as safe_console

        lang = self._lang
        console = safe_console(file=self._out, width=self._width)
        texts = [TextColumn(t(lang, key), kind) for key, kind in _SUMMARY]
        title, caption = t(lang, "tbl_score_title"), t(lang, "tbl_score_caption")
        console.print(fitted(texts, self._rows, self._width, title=title, caption=caption))
        if self._detail and self._matrix:
            columns = [TextColumn(t(lang, "tbl_file"), "path")]
            columns += [TextColumn(c, "number") for c in self._columns]
            title = t(lang, "tbl_matrix_title")
            console.print(fitted(columns, self._matrix, self._width, title=title))
        if self._flagged:
            console.print(t(lang, "na_flagged_title") + ":", markup=False, highlight=False)
            for file, ids in self._flagged:
                console.print(f"  {file}: {', '.join(ids)}", markup=False, highlight=False)


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
