"""The consensus draft of a group (rule 9): an answers file for the team's meeting. No I/O.

A leaf the team agrees on starts at its suggestion, the mean rounded to the scale, or N/A
when more respondents said N/A than gave a score (their reasons kept, each once). A leaf
flagged to discuss starts blank (``score: null``) with every assessor's own score and
argument beside it: a mean nobody gave would anchor the discussion. Every respondent's
findings and evidence are kept, each prefixed with the name (``"Eva: …"``), inside the
ordinary answers schema, and the file says ``status: draft``: the meeting agrees.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Literal

from siqassess.core.aggregate import Aggregate, LeafStats, Response
from siqassess.core.answers import (
    FORMAT,
    Answer,
    AnswersFile,
    GroupStats,
    Improvement,
    ModelRef,
    Position,
)
from siqassess.core.scoring import leaf_target
from siqassess.criteria.schema import Scale
from siqassess.criteria.tree import LoadedModel


def nearest_step(value: float, scale: Scale) -> float:
    """The scale value nearest to ``value``; halves round up (45 → 50)."""
    steps = math.floor((value - scale.min) / scale.step + 0.5)
    return float(min(max(scale.min + steps * scale.step, scale.min), scale.max))


def group_stats(stats: LeafStats) -> GroupStats:
    """A leaf's statistics as stored in a consensus file (mean, median, stdev to 2 decimals)."""
    return GroupStats(
        n=stats.n,
        mean=_r(stats.mean),
        median=_r(stats.median),
        min=stats.min,
        max=stats.max,
        stdev=_r(stats.stdev),
        na=stats.na,
        missing=stats.missing,
        discuss=stats.discuss,
    )


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def common_spelling(values: Sequence[str]) -> str:
    """The spelling most respondents used ("Norrvik Kommun" ×2 beats "Norrvik kommun" ×1);
    a tie goes to the spelling seen first. Linear: one count per distinct spelling."""
    counts: dict[str, int] = {}
    for value in values:
        if value:
            counts[value] = counts.get(value, 0) + 1
    return max(counts, key=counts.__getitem__, default="")


def _named(name: str, text: str) -> str:
    return f"{name}: {text.strip()}"


def _findings(stats: LeafStats) -> tuple[list[str], list[str | Improvement], list[str]]:
    """Every respondent's strengths, improvements (actions kept) and evidence, with names."""
    strengths: list[str] = []
    improvements: list[str | Improvement] = []
    evidence: list[str] = []
    for r in stats.responses:
        strengths += [_named(r.respondent, s) for s in r.strengths if s.strip()]
        evidence += [_named(r.respondent, e) for e in r.evidence if e.strip()]
        for item in r.improvements:
            if isinstance(item, str):
                if item.strip():
                    improvements.append(_named(r.respondent, item))
            else:
                named = _named(r.respondent, item.text)
                improvements.append(item.model_copy(update={"text": named}))
    return strengths, improvements, list(dict.fromkeys(evidence))


def merged_reasons(responses: Sequence[Response]) -> str:
    """Everyone's N/A reasons, one line per distinct reason, each after the names that gave it."""
    by_reason: dict[str, list[str]] = {}
    for r in responses:
        if r.status == "na" and r.reason.strip():
            by_reason.setdefault(r.reason.strip(), []).append(r.respondent)
    return "\n".join(f"{'; '.join(names)}: {reason}" for reason, names in by_reason.items())


def _position(r: Response, roles: Mapping[str, str]) -> Position:
    na = r.status == "na"
    return Position(
        name=r.respondent,
        role=roles.get(r.respondent) or None,
        score=r.score,
        na=na,
        reason=(r.reason.strip() or None) if na else None,
        note=r.note.strip() or None,
        strengths=[s for s in r.strengths if s.strip()],
        improvements=[i for i in r.improvements if not isinstance(i, str) or i.strip()],
    )


def _leaf(
    model: LoadedModel,
    stats: LeafStats,
    fallback: float,
    roles: Mapping[str, str],
    blank: bool,
) -> Answer:
    scale = model.scale_of(model.nodes[stats.id])
    target = nearest_step(stats.target, scale)
    na_wins = stats.na > stats.n  # more respondents said N/A than gave a score
    discuss = stats.discuss and blank
    remarks = [_named(r.respondent, r.note) for r in stats.responses if r.note.strip()]
    if not na_wins and not discuss:
        remarks += [
            f"{r.respondent} (N/A): {r.reason.strip()}"
            for r in stats.responses
            if r.status == "na" and r.reason.strip()
        ]
    strengths, improvements, evidence = _findings(stats)
    suggested: float | Literal["na"] | None = None
    if na_wins:
        suggested = "na"
    elif stats.mean is not None and not discuss:
        suggested = nearest_step(stats.mean, scale)
    return Answer(
        score=suggested if isinstance(suggested, float) else None,
        na=na_wins,
        reason=(merged_reasons(stats.responses) or "not applicable for most respondents")
        if na_wins
        else None,
        target=None if target == fallback else target,
        note=None if discuss else ("\n\n".join(remarks) or None),
        evidence=evidence,
        strengths=strengths,
        improvements=improvements,
        group=group_stats(stats),
        suggested=suggested,
        respondents=[_position(r, roles) for r in stats.responses] if discuss else [],
    )


def consensus(
    model: LoadedModel, agg: Aggregate, *, language: str | None = None, blank: bool = True
) -> AnswersFile:
    """The consensus draft of ``agg`` as an answers file, in ``language`` (else the first file's).

    Notes, findings and evidence are merged under each respondent's name, as are the N/A
    reasons of respondents outvoted by those who scored; the file scores like any other and
    is edited in the meeting. With ``blank=False`` (the group report's picture of the means)
    a leaf to discuss keeps its rounded mean and carries no one's own answer.
    """
    people = agg.people
    roles = {p.name: p.role for p in people if p.role}
    defaults = {p.default_target for p in people}
    default_target = defaults.pop() if len(defaults) == 1 else None
    fallback = leaf_target(None, default_target, model.spec.default_target)
    out: dict[str, Answer | None] = {
        leaf.id: _leaf(model, agg.leaves[leaf.id], fallback, roles, blank) for leaf in model.leaves
    }
    dates = [p.date for p in people if p.date is not None]
    return AnswersFile(
        format=FORMAT,
        model=ModelRef(id=model.id, version=model.version, sha256=model.sha256),
        organisation=common_spelling([p.organisation for p in people]),
        unit=common_spelling([p.unit for p in people]),
        respondent="",
        date=max(dates) if dates else None,
        language=language or people[0].language,
        default_target=default_target,
        status="draft",
        respondents=list(agg.respondents),
        answers=out,
    )
