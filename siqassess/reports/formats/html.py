"""Self-contained HTML (charts inline, autoescaped): ``report``, ``compare``, ``aggregate`` and
``plan``."""

from __future__ import annotations

from siqassess.reports.formats import templated
from siqassess.reports.formats.interface import CompareJob, GroupJob, PlanJob, Rendered, ReportJob


def render_report(job: ReportJob) -> Rendered:
    """The gap report."""
    return templated.report("html", job)


def render_compare(job: CompareJob) -> Rendered:
    """The comparison report."""
    return templated.compare("html", job)


def render_aggregate(job: GroupJob) -> Rendered:
    """The group report."""
    return templated.aggregate("html", job)


def render_plan(job: PlanJob) -> Rendered:
    """The action plan: a table of actions per question, most urgent first."""
    return templated.plan("html", job)
