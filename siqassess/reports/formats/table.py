"""The terminal tables (rich): ``score``, ``compare`` and ``aggregate``."""

from __future__ import annotations

from typing import IO

from siqassess.criteria.tree import LoadedModel
from siqassess.reports.formats.interface import CompareJob, GroupJob, Rendered, ResultWriter


def table_language(file_language: str, option: str | None) -> str:
    """The tables' language: ``--lang``, else the (newest or first) file's."""
    from siqassess.i18n import language_for

    return language_for(option or file_language)


def row_names(model: LoadedModel, lang: str) -> dict[str, str]:
    """The names shown for the total and group rows, whose ids (``results``) are internal.

    Other rows keep their ids (F1.2, R3).
    """
    from siqassess.i18n import t

    names = {model.root.id: t(lang, "total")}
    for group in model.root.children:
        names[group.id] = group.name.get(lang) or group.name.get("en") or group.id
    return names


def score_writer(out: IO[str], *, detail: bool = False) -> ResultWriter:
    """One summary row per file (and a score matrix with ``detail``), drawn at the end."""
    from siqassess.reports.results import TableWriter

    return TableWriter(out, detail=detail)


def render_compare(job: CompareJob) -> Rendered:
    """Every node's old, new and Δ, then the biggest changes and the target crossings."""
    from siqassess.reports import groupout

    lang = table_language(job.new.answers.language, job.lang)
    labels = row_names(job.new.model, lang)
    return Rendered(groupout.comparison_table(job.document(), labels=labels, lang=lang))


def render_aggregate(job: GroupJob) -> Rendered:
    """The roll-up of the means, every leaf's statistics and the leaves to discuss."""
    from siqassess.reports import groupout

    lang = table_language(job.aggregate.people[0].language, job.lang)
    labels = row_names(job.model, lang)
    table = groupout.aggregate_table(
        job.document(), labels=labels, lang=lang, discuss_top=job.discuss_top
    )
    return Rendered(table)
