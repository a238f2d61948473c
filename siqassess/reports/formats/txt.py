"""Plain text reports (bars coloured on a terminal): ``report``."""

from __future__ import annotations

from siqassess.reports.formats import templated
from siqassess.reports.formats.interface import Rendered, ReportJob


def render_report(job: ReportJob) -> Rendered:
    """The gap report as plain text."""
    return templated.report("txt", job)
