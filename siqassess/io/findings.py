"""Written findings per leaf (rule 11) and last year's value (rule 12): checks and display."""

from __future__ import annotations

from typing import TYPE_CHECKING

from siqassess.errors import Msg, msg
from siqassess.i18n import t

if TYPE_CHECKING:
    from siqassess.core.answers import Answer

Finding = tuple[tuple[str | int, ...], Msg]


def empty_findings(path: tuple[str | int, ...], answer: Answer) -> list[Finding]:
    """Written findings and actions must say something (rule 11): no empty or blank texts."""
    out: list[Finding] = []
    for i, text in enumerate(answer.strengths):
        if not text.strip():
            out.append(((*path, "strengths", i), msg("err_empty_strength")))
    for i, item in enumerate(answer.improvements):
        where = (*path, "improvements", i)
        if not (item if isinstance(item, str) else item.text).strip():
            out.append(
                (
                    where if isinstance(item, str) else (*where, "text"),
                    msg("err_empty_improvement"),
                )
            )
        if not isinstance(item, str):
            for j, action in enumerate(item.actions):
                if not action.text.strip():
                    out.append(((*where, "actions", j, "text"), msg("err_empty_action")))
    return out


def last_year_text(lang: str, value: float | str) -> str:
    """Last year's value as a short text ("last year: 60") for comments and screens."""
    if value == "na":
        return t(lang, "last_year", value=t(lang, "not_applicable").lower())
    return t(lang, "last_year", value=_num(float(value)))


def _num(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value
