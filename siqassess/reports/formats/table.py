"""The terminal tables (rich): ``score``, ``compare`` and ``aggregate``."""

from __future__ import annotations

import sys
from typing import IO

from siqassess.criteria.tree import LoadedModel, Node, say
from siqassess.reports.formats.interface import CompareJob, GroupJob, Rendered, ResultWriter


def table_language(file_language: str, option: str | None) -> str:
    """The tables' language: ``--lang``, else the (newest or first) file's."""
    from siqassess.i18n import language_for

    return language_for(option or file_language)


def row_names(model: LoadedModel, lang: str) -> dict[str, str]:
    """The names shown for the rows above the leaves: the total and the groups by name alone
    (their ids, ``results``, are internal), factors and areas as "F1 Creates value…".

    Leaves keep their ids (F1.2): their questions are too long for a table row.
    """
    from siqassess.i18n import t

    def name(node: Node) -> str:
        return say(node.name, lang) or node.id

    names = {model.root.id: t(lang, "total")}
    for group in model.root.children:
        names[group.id] = name(group)
        for child in group.children:
            names[child.id] = f"{child.id} {name(child)}"
    return names


def _width(job: CompareJob | GroupJob) -> int:
    """The width of the stream the table goes to: stdout's, or a file's (no terminal)."""
    from siqassess.reports.fit import table_width

    return table_width(sys.stdout if job.output is None else None)


def score_writer(out: IO[str], *, detail: bool = False, lang: str = "en") -> ResultWriter:
    """One summary row per file (and a score matrix with ``detail``), drawn at the end, as
    wide as the terminal (``COLUMNS``; 100 when piped)."""
    from siqassess.reports.fit import table_width
    from siqassess.reports.results import TableWriter

    return TableWriter(out, detail=detail, lang=lang, width=table_width(out))


def render_compare(job: CompareJob) -> Rendered:
    """Every node's old, new and Δ, then the biggest changes and the target crossings."""
    from siqassess.reports import groupout

    lang = table_language(job.new.answers.language, job.lang)
    labels = row_names(job.new.model, lang)
    doc = job.document()
    return Rendered(groupout.comparison_table(doc, _width(job), labels=labels, lang=lang))


def render_aggregate(job: GroupJob) -> Rendered:
    """The roll-up of the means, every leaf's statistics and the leaves to discuss."""
    from siqassess.reports import groupout

    lang = table_language(job.aggregate.people[0].language, job.lang)
    labels = row_names(job.model, lang)
    table = groupout.aggregate_table(
        job.document(), _width(job), labels=labels, lang=lang, discuss_top=job.discuss_top
    )
    return Rendered(table)
