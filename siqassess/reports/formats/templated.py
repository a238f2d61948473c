"""Reports rendered through the Jinja templates, shared by the txt, md and html formats.

The action plan's html and txt come from ``plan.<fmt>.j2`` here too; Word and PDF read its html.
"""

from __future__ import annotations

from siqassess.reports.formats.interface import CompareJob, GroupJob, PlanJob, Rendered, ReportJob


def report(fmt: str, job: ReportJob) -> Rendered:
    """One assessment's report through ``<job.template>.<fmt>.j2`` (``report``: the gap report)."""
    from siqassess.reports import render

    return render.render_report(
        job.context,
        fmt,
        output=job.output,
        template_dir=job.template_dir,
        fancy=job.fancy,
        template=job.template,
    )


def compare(fmt: str, job: CompareJob) -> Rendered:
    """The comparison report through ``compare.<fmt>.j2``."""
    from siqassess.reports import group_context

    return group_context.render_comparison(
        job.old, job.new, job.comparison, fmt, job.lang, job.output, job.template_dir
    )


def aggregate(fmt: str, job: GroupJob) -> Rendered:
    """The group report through ``group.<fmt>.j2``."""
    from siqassess.reports import group_context

    return group_context.render_group(job, fmt)


def plan(fmt: str, job: PlanJob) -> Rendered:
    """The action plan through ``plan.<fmt>.j2`` (html and txt; Word and PDF from the html)."""
    from siqassess.reports import render
    from siqassess.reports.plan_view import plan_context

    context = plan_context(
        job.entries, job.model, job.lang, job.organisation, job.date, answers=job.answers
    )
    return Rendered(render.render(context, fmt, template="plan"))
