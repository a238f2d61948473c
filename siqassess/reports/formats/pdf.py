"""PDF (A4, through Typst, the optional extra): ``report``, ``compare``, ``aggregate``, ``plan``.

The HTML report read into blocks and laid out by ``reports.pdf``; ``pdf.typ`` in
``--template-dir`` replaces the Typst template, as an HTML template there shapes the content.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from siqassess.reports.formats import templated
from siqassess.reports.formats.interface import CompareJob, GroupJob, PlanJob, Rendered, ReportJob


def _pdf(html: Rendered, template_dir: Path | None) -> Rendered:
    from siqassess.reports.pdf import html_to_pdf

    return Rendered(data=html_to_pdf(html.text, template_dir))


def render_report(job: ReportJob) -> Rendered:
    """The gap or feedback report."""
    html = templated.report("html", dataclasses.replace(job, output=None, fancy=False))
    return _pdf(html, job.template_dir)


def render_compare(job: CompareJob) -> Rendered:
    """The comparison report."""
    return _pdf(templated.compare("html", dataclasses.replace(job, output=None)), job.template_dir)


def render_aggregate(job: GroupJob) -> Rendered:
    """The group report."""
    html = templated.aggregate("html", dataclasses.replace(job, output=None))
    return _pdf(html, job.template_dir)


def render_plan(job: PlanJob) -> Rendered:
    """The action plan (its html, laid out by the built-in ``pdf.typ``)."""
    return _pdf(templated.plan("html", job), None)
