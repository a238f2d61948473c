"""CSV for spreadsheets and pivot tables: ``score`` (long format) and ``aggregate``.

Text cells a spreadsheet would run as a formula are neutralised.
"""

from __future__ import annotations

from typing import IO

from siqassess.reports.formats.interface import GroupJob, Rendered, ResultWriter


def score_writer(out: IO[str], *, detail: bool = False, lang: str = "en") -> ResultWriter:
    """One row per file per node; ``detail`` and ``lang`` change nothing."""
    from siqassess.reports.results import CsvWriter

    return CsvWriter(out)


def render_aggregate(job: GroupJob) -> Rendered:
    """One row per node: the group figures, then one column per respondent."""
    from siqassess.reports import groupout

    return Rendered(groupout.aggregate_csv(job.document()))
