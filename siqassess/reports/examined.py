"""The flagged N/A leaves of a report (rule 13), with the question an examiner would ask."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from siqassess.core.answers import AnswersFile
from siqassess.core.na import FlaggedNa, flagged_na
from siqassess.criteria.tree import LoadedModel

if TYPE_CHECKING:
    # Imported where used: compare's table needs only na_warnings, not the report context's
    # types (48 dataclasses, about 30 ms of compare's start-up).
    from siqassess.reports.context_types import NaExamined


def ask(item: FlaggedNa, text: Mapping[str, str]) -> str:
    """The question an examiner asks about a flagged N/A, by the kind of leaf."""
    return text["na_ask_result_area" if item.kind == "result_area" else "na_ask_criterion"]


def na_examined(
    model: LoadedModel,
    answers: AnswersFile,
    text: Mapping[str, str],
    lang: str,
    clean: Callable[[str | None], str],
) -> tuple[NaExamined, ...]:
    """Every flagged N/A of ``answers``, in model order, for the "to be examined" section;
    ``clean`` makes user text fit for every format (``context.clean``)."""
    from siqassess.reports.context_types import NaExamined

    out = []
    for item in flagged_na(model, answers.answers):
        node = model.nodes[item.id]
        question = node.question or node.name
        out.append(
            NaExamined(
                id=item.id,
                question=clean(question.get(lang, "")),
                reason=clean(item.reason),
                ask=ask(item, text),
            )
        )
    return tuple(out)


def na_warnings(
    lang: str,
    went: Sequence[tuple[str, float | None]],
    like: tuple[int, float | None, float | None] | None,
    reported: tuple[float | None, float | None],
) -> list[str]:
    """What ``compare`` says first (rule 13): each leaf that went from a score to N/A, then
    the like-for-like totals (points out of 1000, over the leaves both scored) beside the
    reported ones."""
    from siqassess.i18n import t

    lines = [t(lang, "na_went_na", id=leaf_id, old=_points(lang, old, 1)) for leaf_id, old in went]
    if like is not None:
        n, old, new = like
        lines.append(
            t(
                lang,
                "like_for_like",
                n=n,
                old=_points(lang, old),
                new=_points(lang, new),
                delta=_delta(lang, old, new),
                rep_old=_points(lang, reported[0]),
                rep_new=_points(lang, reported[1]),
                rep_delta=_delta(lang, *reported),
            )
        )
    return lines


def _points(lang: str, score: float | None, factor: int = 10) -> str:
    from siqassess.i18n import number

    return "–" if score is None else number(lang, score * factor, 0)


def _delta(lang: str, old: float | None, new: float | None) -> str:
    if old is None or new is None:
        return "–"
    change = round(new * 10) - round(old * 10)
    return ("+" if change > 0 else "−" if change < 0 else "±") + str(abs(change))
