"""The consensus draft (YAML): ``aggregate``.

An answers file for the team's meeting: the means rounded to the scale, the N/A majority,
every respondent's notes and findings under their name, and the spread; its header says it
is a draft. It reads back, validates and scores like any answers file.
"""

from __future__ import annotations

from siqassess.reports.formats.interface import GroupJob, Rendered


def render_aggregate(job: GroupJob) -> Rendered:
    """The consensus draft."""
    from siqassess.io import groupio

    return Rendered(groupio.consensus_text(job.model, job.aggregate, job.lang))
