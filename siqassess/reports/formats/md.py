"""Markdown: ``report``, ``compare`` and ``aggregate``; with -o, charts are SVG files beside it."""

from __future__ import annotations

from siqassess.reports.formats import templated
from siqassess.reports.formats.interface import CompareJob, GroupJob, Rendered, ReportJob


def render_report(job: ReportJob) -> Rendered:
    """The gap report."""
    return templated.report("md", job)


def render_compare(job: CompareJob) -> Rendered:
    """The comparison report."""
    return templated.compare("md", job)


def render_aggregate(job: GroupJob) -> Rendered:
    """The group report."""
    return templated.aggregate("md", job)
