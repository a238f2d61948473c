"""Closing a consensus draft (rule 9): what the meeting still owes, and the agreed file. No I/O.

The meeting fills in every blank leaf (a score, or N/A with a reason) and writes a one-line
``reason:`` wherever it agreed on something other than the draft's suggestion, or where
the draft had none. :func:`close_problems` lists every leaf that is not there yet, all at
once; :func:`close` turns a draft with none into the agreed file: ``status: complete``, the
assessors' own answers and the suggestions dropped, and a decision log of what was agreed
away from the draft, why, who was present and when.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from siqassess.core.answers import Answer, AnswersFile, ConsensusLog, Decision, Suggestion
from siqassess.core.status import settled
from siqassess.criteria.tree import LoadedModel
from siqassess.errors import Msg, msg

Finding = tuple[tuple[str | int, ...], Msg]


def still_open(model: LoadedModel, answers: AnswersFile) -> list[str]:
    """The leaves of a draft that are neither scored nor N/A, in model order."""
    return [leaf.id for leaf in model.leaves if not settled(answers.answer(leaf.id))]


def agreed_value(answer: Answer) -> Suggestion | None:
    """What the meeting agreed on a leaf: ``na``, the score, or nothing yet."""
    return "na" if answer.na else answer.score


def _shown(value: Suggestion | None, lang_key: str) -> Msg | str:
    if value is None:
        return msg(lang_key)
    if value == "na":
        return msg("agree_na")
    return f"{float(value):g}"


def draft_line(model: LoadedModel, answers: AnswersFile, file: str) -> Msg | None:
    """The line ``score``, ``report`` and ``validate`` say first about a consensus draft."""
    if answers.status != "draft":
        return None
    count = len(still_open(model, answers))
    if not count:
        return msg("draft_first_line_ready", file=file)
    return msg("draft_first_line", count, file=file)


def close_problems(model: LoadedModel, draft: AnswersFile) -> list[Finding]:
    """Every reason the draft cannot be closed yet, each at the key to edit, in model order."""
    findings: list[Finding] = []
    for leaf in model.leaves:
        answer = draft.answer(leaf.id)
        if answer is None or not settled(answer):
            findings.append((("answers", leaf.id, "score"), msg("err_close_blank", id=leaf.id)))
            continue
        agreed = agreed_value(answer)
        if agreed == answer.suggested:
            continue
        reason = (answer.reason or "").strip()
        where = ("answers", leaf.id, "reason")
        if not reason:
            key = "err_close_no_reason_blank" if answer.suggested is None else "err_close_no_reason"
            shown = _shown(agreed, "agree_blank")
            findings.append((where, msg(key, id=leaf.id, agreed=shown, draft=_suggested(answer))))
        elif "\n" in reason:
            findings.append((where, msg("err_close_reason_lines", id=leaf.id)))
    return findings


def _suggested(answer: Answer) -> Msg | str:
    return _shown(answer.suggested, "agree_blank")


def decisions(model: LoadedModel, draft: AnswersFile) -> list[Decision]:
    """The leaves agreed away from the draft's suggestion, or where it had none, in model order."""
    out: list[Decision] = []
    for leaf in model.leaves:
        answer = draft.answer(leaf.id)
        if answer is None:
            continue
        agreed = agreed_value(answer)
        if agreed is None or agreed == answer.suggested:
            continue
        out.append(
            Decision(
                leaf=leaf.id,
                draft=answer.suggested,
                agreed=agreed,
                reason=(answer.reason or "").strip(),
            )
        )
    return out


def _agreed_answer(answer: Answer | None) -> Answer | None:
    if answer is None:
        return None
    keep_reason = answer.na  # an N/A's reason stays; a score's reason is in the decision log
    return answer.model_copy(
        update={
            "suggested": None,
            "respondents": [],
            "reason": answer.reason if keep_reason else None,
        }
    )


def close(
    model: LoadedModel, draft: AnswersFile, *, present: Sequence[str], date: dt.date
) -> AnswersFile:
    """The agreed file of a draft that :func:`close_problems` finds nothing wrong with."""
    log = ConsensusLog(date=date, present=list(present), decisions=decisions(model, draft))
    answers = {leaf_id: _agreed_answer(a) for leaf_id, a in draft.answers.items()}
    return draft.model_copy(
        update={"status": "complete", "consensus": log, "answers": answers, "date": date}
    )


def split_names(text: str) -> list[str]:
    """``"Anna Lind, Johan Berg"`` → two names; with a ``;`` anywhere, ``;`` separates, so a
    name may carry a comma (``"Anna Lind, förvaltningschef; Johan Berg"``)."""
    sep = ";" if ";" in text else ","
    return [name.strip() for name in text.split(sep) if name.strip()]
