"""PDF (A4, through WeasyPrint, the optional extra): ``report``, ``compare`` and ``aggregate``.

The HTML report with its print styles, laid out by ``reports.pdf``.
"""

from __future__ import annotations

import dataclasses

from siqassess.reports.formats import templated
from siqassess.reports.formats.interface import CompareJob, GroupJob, Rendered, ReportJob


def _pdf(html: Rendered) -> Rendered:
    from siqassess.reports.pdf import html_to_pdf

    return Rendered(data=html_to_pdf(html.text))


def render_report(job: ReportJob) -> Rendered:
    """The gap report."""
    return _pdf(templated.report("html", dataclasses.replace(job, output=None, fancy=False)))


def render_compare(job: CompareJob) -> Rendered:
    """The comparison report."""
    return _pdf(templated.compare("html", dataclasses.replace(job, output=None)))


def render_aggregate(job: GroupJob) -> Rendered:
    """The group report."""
    return _pdf(templated.aggregate("html", dataclasses.replace(job, output=None)))
