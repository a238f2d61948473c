"""The consensus draft (YAML): ``aggregate``.

An answers file for the team's meeting: the means rounded to the scale, the N/A majority,
every respondent's notes and findings under their name, and the spread; its header says it
is a draft. It reads back, validates and scores like any answers file.
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

from siqassess.reports.formats.interface import GroupJob, Rendered

if TYPE_CHECKING:
    from siqassess.core.aggregate import Aggregate
    from siqassess.criteria.tree import LoadedModel


def render_aggregate(job: GroupJob) -> Rendered:
    """The consensus draft."""
    return Rendered(consensus_text(job.model, job.aggregate, job.lang))


def consensus_text(model: LoadedModel, agg: Aggregate, lang: str | None = None) -> str:
    """The consensus draft's YAML text, in ``lang`` (else the first file's language).

    Its header says, in that language, that it is a draft for the meeting to agree and how
    it was made.
    """
    from siqassess.core.consensus import consensus
    from siqassess.i18n import language_for, number, t, tn
    from siqassess.io.answers import comment_text, dump_answers

    draft = consensus(model, agg, language=language_for(lang) if lang else None)
    text = dump_answers(draft, model)
    first, _, rest = text.partition("\n")
    language = draft.language if draft.language in model.spec.languages else "en"
    header = (
        t(language, "draft_header_1"),
        tn(language, "draft_header_2", len(agg.people), spread=number(language, agg.threshold)),
        t(language, "draft_header_3"),
        t(language, "draft_header_4"),
    )
    note = [line for text in header for line in _comment_lines(comment_text(text))]
    return "\n".join([first, *note, rest])


def _comment_lines(text: str) -> list[str]:
    return ["# " + line for line in textwrap.wrap(text, 90)]
