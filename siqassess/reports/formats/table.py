"""The terminal tables (rich): ``score``, ``compare`` and ``aggregate``."""

from __future__ import annotations

from typing import IO

from siqassess.reports.formats.interface import CompareJob, GroupJob, Rendered, ResultWriter


def score_writer(out: IO[str], *, detail: bool = False) -> ResultWriter:
    """One summary row per file (and a score matrix with ``detail``), drawn at the end."""
    from siqassess.reports.results import TableWriter

    return TableWriter(out, detail=detail)


def render_compare(job: CompareJob) -> Rendered:
    """Every node's old, new and Δ, then the biggest changes and the target crossings."""
    from siqassess.reports import groupout

    return Rendered(groupout.comparison_table(job.document()))


def render_aggregate(job: GroupJob) -> Rendered:
    """The roll-up of the means, every leaf's statistics and the leaves to discuss."""
    from siqassess.reports import groupout

    return Rendered(groupout.aggregate_table(job.document()))
