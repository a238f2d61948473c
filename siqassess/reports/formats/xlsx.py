"""Excel workbooks of ``score``, ``compare`` and ``aggregate``: one sheet per view.

Sheet names and headers are in ``--lang``, else the (newest) file's language.

Built by :mod:`siqassess.reports.xlsx`; openpyxl is imported only when this format is used.
"""

from __future__ import annotations

from typing import IO, TYPE_CHECKING

from siqassess.reports.formats.interface import CompareJob, GroupJob, Rendered, ResultWriter

if TYPE_CHECKING:
    from siqassess.documents.result import FileResult
    from siqassess.reports.xlsx import Row


class _ScoreWorkbook:
    """Keeps the file results (a workbook is written whole) and writes them on ``close``."""

    def __init__(self, out: IO[bytes], lang: str) -> None:
        self.out = out
        self.lang = lang
        self.docs: list[Row] = []

    def add(self, doc: FileResult) -> None:
        from siqassess.documents.parts import to_data

        self.docs.append(to_data(doc))

    def close(self) -> None:
        from siqassess.reports.xlsx import score_tables, workbook_bytes

        self.out.write(workbook_bytes(score_tables(self.docs, self.lang)))


def score_writer(out: IO[bytes], *, detail: bool = False, lang: str = "en") -> ResultWriter:
    """Sheets totals, nodes, improvements and results below target, named in ``lang``.

    ``detail`` changes nothing.
    """
    return _ScoreWorkbook(out, lang)


def render_compare(job: CompareJob) -> Rendered:
    """Sheets files, nodes (old, new, Δ), improvements, declines and targets crossed."""
    from siqassess.documents.parts import to_data
    from siqassess.i18n import language_for
    from siqassess.reports.xlsx import compare_tables, workbook_bytes

    lang = language_for(job.lang or job.new.answers.language)
    return Rendered(data=workbook_bytes(compare_tables(to_data(job.document()), lang)))


def render_aggregate(job: GroupJob) -> Rendered:
    """Sheets totals, nodes (with each respondent), discuss, priorities and respondents."""
    from siqassess.documents.parts import to_data
    from siqassess.i18n import language_for
    from siqassess.reports.xlsx import aggregate_tables, workbook_bytes

    lang = language_for(job.lang or job.aggregate.people[0].language)
    return Rendered(data=workbook_bytes(aggregate_tables(to_data(job.document()), lang)))
