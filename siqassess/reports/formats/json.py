"""JSON documents: ``score`` (streamed), ``compare`` and ``aggregate``; see ``schema``."""

from __future__ import annotations

from typing import IO

from siqassess.reports.formats.interface import CompareJob, GroupJob, Rendered, ResultWriter


def score_writer(out: IO[str], *, detail: bool = False, lang: str = "en") -> ResultWriter:
    """``{"format": 1, "files": [...]}``, a file at a time; ``detail``, ``lang`` change nothing."""
    from siqassess.reports.results import JsonWriter

    return JsonWriter(out)


def render_compare(job: CompareJob) -> Rendered:
    """The comparison document."""
    from siqassess.documents.parts import to_json

    return Rendered(to_json(job.document()))


def render_aggregate(job: GroupJob) -> Rendered:
    """The group document, written a node at a time."""
    from siqassess.documents.group import group_json

    return Rendered(pieces=group_json(job.model, job.aggregate))
