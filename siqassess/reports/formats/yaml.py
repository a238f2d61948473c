"""A consensus answers file (YAML): ``aggregate``.

The means rounded to the scale, the spread kept as a note, ready to adjust after the team's
meeting and to score.
"""

from __future__ import annotations

from siqassess.reports.formats.interface import GroupJob, Rendered


def render_aggregate(job: GroupJob) -> Rendered:
    """The consensus answers file."""
    from siqassess.io import groupio

    return Rendered(groupio.consensus_text(job.group, job.names, job.aggregate))
