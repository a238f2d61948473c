"""Word (.docx, python-docx, the optional ``docx`` extra): ``report``, ``compare``, ``aggregate``,
``plan``.

The HTML report turned into Word's own structure by ``reports.docx``, so a section the HTML
report has is in the Word document too.
"""

from __future__ import annotations

import dataclasses

from siqassess.reports.formats import templated
from siqassess.reports.formats.interface import CompareJob, GroupJob, PlanJob, Rendered, ReportJob


def _docx(html: Rendered) -> Rendered:
    from siqassess.reports.docx import html_to_docx

    return Rendered(data=html_to_docx(html.text))


def render_report(job: ReportJob) -> Rendered:
    """The gap or feedback report."""
    return _docx(templated.report("html", dataclasses.replace(job, output=None, fancy=False)))


def render_compare(job: CompareJob) -> Rendered:
    """The comparison report."""
    return _docx(templated.compare("html", dataclasses.replace(job, output=None)))


def render_aggregate(job: GroupJob) -> Rendered:
    """The group report."""
    return _docx(templated.aggregate("html", dataclasses.replace(job, output=None)))


def render_plan(job: PlanJob) -> Rendered:
    """The action plan: a Word table of actions per question."""
    return _docx(templated.plan("html", job))
