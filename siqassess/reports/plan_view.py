"""The action plan as a template context: what ``plan.html.j2`` and ``plan.txt.j2`` show.

The same rows as the Markdown checklist, the CSV and the workbook (``reports/plan.py``), in
priority order (rule 12), with every word in the plan's language. The HTML goes on to Word and
PDF through the same engines as the gap report (``reports/docx.py``, ``reports/pdf.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING

from siqassess.core.answers import Action
from siqassess.criteria.tree import LoadedModel, say
from siqassess.i18n import number, t
from siqassess.reports.header import Assessment, Header, assessment_of, header
from siqassess.reports.usertext import clean

if TYPE_CHECKING:
    from collections.abc import Mapping

    from siqassess.core.answers import AnswersFile
    from siqassess.core.plan import PlanEntry

_LABELS = (
    "organisation",
    "unit",
    "respondent",
    "respondents",
    "date",
    "model",
    "version",
    "plan_improvement",
    "plan_action",
    "plan_owner_col",
    "plan_due_col",
    "plan_status_col",
    "plan_no_action",
    "plan_all_done",
)


@dataclass(frozen=True)
class PlanAction:
    """One action: its text, owner, due date (ISO) and status (key and words)."""

    text: str
    owner: str
    due: str
    status: str
    """``planned``, ``in_progress`` or ``done``."""
    status_label: str


@dataclass(frozen=True)
class PlanItem:
    """An area for improvement and its actions; ``done`` when it has actions, all done."""

    text: str
    done: bool
    actions: tuple[PlanAction, ...]


@dataclass(frozen=True)
class PlanLeaf:
    """A question (or result area) with written areas for improvement, where it stands."""

    id: str
    question: str
    list: str
    """``improvements``, ``results_below`` or ``other``."""
    figures: str
    """"Below target, rank 1 in the gap report: gap 50, …"; empty for ``other``."""
    items: tuple[PlanItem, ...]


@dataclass(frozen=True)
class PlanContext:
    """The whole plan: title, header facts, labels and the leaves in priority order."""

    lang: str
    title: str
    header: Header
    """What every report kind opens with (``_header.<fmt>.j2``)."""
    organisation: str
    date: str
    model_name: str
    model_version: str
    labels: Mapping[str, str]
    empty: str
    leaves: tuple[PlanLeaf, ...]


def _one_line(text: str) -> str:
    return " ".join(text.split())


def question_of(model: LoadedModel, leaf_id: str, lang: str) -> str:
    """The question a leaf asks (a result area's name), on one line, in ``lang``."""
    node = model.nodes[leaf_id]
    text = node.name if node.kind == "result_area" else (node.question or node.name)
    return _one_line(say(text, lang))


def list_name(lang: str, name: str) -> str:
    """The gap report's name for a priority list: its ways-of-working list is "below target"."""
    return t(lang, "below_target" if name == "improvements" else name)


def figures_of(entry: PlanEntry, lang: str) -> str:
    """Where the leaf stands in the gap report, in words; empty outside its priority lists."""
    if entry.list == "other" or entry.gap is None:
        return ""
    return t(
        lang,
        "plan_figures",
        list=list_name(lang, entry.list),
        rank=entry.rank,
        gap=number(lang, entry.gap, 0),
        points=number(lang, entry.points_at_stake, 1),
    )


def _action(action: Action, lang: str) -> PlanAction:
    return PlanAction(
        text=_one_line(action.text),
        owner=_one_line(action.owner or ""),
        due=action.due.isoformat() if action.due else "",
        status=action.status,
        status_label=t(lang, f"wb_status_{action.status}"),
    )


def plan_context(
    entries: tuple[PlanEntry, ...],
    model: LoadedModel,
    lang: str,
    organisation: str = "",
    date: str | None = None,
    *,
    answers: AnswersFile | None = None,
) -> PlanContext:
    """The plan's context in ``lang``: one :class:`PlanLeaf` per entry, in the given order;
    its header names ``answers``' assessment, or only the organisation and the date."""
    plain = _one_line(organisation)
    title = t(lang, "plan_title")
    heading = f"{title}: {plain}" if organisation.strip() else title
    who = (
        assessment_of(answers)
        if answers is not None
        else Assessment(plain, "", "", (), date, "", lang, None)
    )
    leaves = tuple(
        PlanLeaf(
            id=entry.leaf_id,
            question=question_of(model, entry.leaf_id, lang),
            list=entry.list,
            figures=figures_of(entry, lang),
            items=tuple(
                PlanItem(
                    text=_one_line(text),
                    done=bool(actions) and all(a.status == "done" for a in actions),
                    actions=tuple(_action(a, lang) for a in actions),
                )
                for text, actions in entry.improvements
            ),
        )
        for entry in entries
    )
    labels = MappingProxyType({key: t(lang, key) for key in _LABELS})
    return PlanContext(
        lang=lang,
        title=heading,
        header=header(heading, lang, model, assessment=who),
        organisation=plain,
        date=date or "",
        model_name=clean(say(model.spec.name, lang) or model.id),
        model_version=model.version,
        labels=labels,
        empty=t(lang, "plan_empty"),
        leaves=leaves,
    )
