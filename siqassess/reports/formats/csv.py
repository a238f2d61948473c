"""CSV for spreadsheets and pivot tables: ``score`` (long format), ``aggregate`` and ``plan``.

Text cells a spreadsheet would run as a formula are neutralised; the layout (delimiter,
decimal mark, BOM) is the job's :class:`~siqassess.csvsafe.CsvDialect`.
"""

from __future__ import annotations

from typing import IO

from siqassess.csvsafe import PLAIN, CsvDialect
from siqassess.reports.formats.interface import GroupJob, Rendered, ResultWriter


def score_writer(
    out: IO[str], *, detail: bool = False, lang: str = "en", csv: CsvDialect = PLAIN
) -> ResultWriter:
    """One row per file per node, laid out as ``csv``; ``detail`` and ``lang`` change nothing."""
    from siqassess.reports.results import CsvWriter

    return CsvWriter(out, csv)


def render_aggregate(job: GroupJob) -> Rendered:
    """One row per node: the group figures, then one column per respondent."""
    from siqassess.reports import groupout

    return Rendered(groupout.aggregate_csv(job.document(), job.csv))
