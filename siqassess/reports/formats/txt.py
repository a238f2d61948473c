"""Plain text reports (bars coloured on a terminal): ``report`` and ``plan``."""

from __future__ import annotations

from siqassess.reports.formats import templated
from siqassess.reports.formats.interface import PlanJob, Rendered, ReportJob


def render_report(job: ReportJob) -> Rendered:
    """The gap report as plain text."""
    return templated.report("txt", job)


def render_plan(job: PlanJob) -> Rendered:
    """The action plan as plain text, 79 columns."""
    return templated.plan("txt", job)
