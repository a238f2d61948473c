"""The consensus draft of a group (rule 9): an answers file for the team's meeting. No I/O.

Each leaf starts at the mean rounded to the scale, or N/A when more respondents said N/A
than gave a score. Every respondent's notes, findings and evidence are kept, each prefixed
with the respondent's name (``"Eva: …"``), inside the ordinary answers schema, so the draft
reads, validates and scores like any answers file. It is a draft: the meeting agrees.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from siqassess.core.aggregate import Aggregate, LeafStats
from siqassess.core.answers import FORMAT, Answer, AnswersFile, GroupStats, Improvement, ModelRef
from siqassess.core.scoring import leaf_target
from siqassess.core.status import settled
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


def _common(values: Sequence[str]) -> str:
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


def _leaf(model: LoadedModel, stats: LeafStats, fallback: float) -> Answer:
    scale = model.scale_of(model.nodes[stats.id])
    target = nearest_step(stats.target, scale)
    remarks = [_named(r.respondent, r.note) for r in stats.responses if r.note.strip()]
    na_wins = stats.na > stats.n  # more respondents said N/A than gave a score
    if not na_wins:
        remarks += [
            f"{r.respondent} (N/A): {r.reason.strip()}"
            for r in stats.responses
            if r.status == "na" and r.reason.strip()
        ]
    reasons = "; ".join(_named(r.respondent, r.reason) for r in stats.responses if r.reason.strip())
    strengths, improvements, evidence = _findings(stats)
    return Answer(
        score=None if stats.mean is None or na_wins else nearest_step(stats.mean, scale),
        na=na_wins,
        reason=(reasons or "not applicable for most respondents") if na_wins else None,
        target=None if target == fallback else target,
        note="\n\n".join(remarks) or None,
        evidence=evidence,
        strengths=strengths,
        improvements=improvements,
        group=group_stats(stats),
    )


def consensus(model: LoadedModel, agg: Aggregate, *, language: str | None = None) -> AnswersFile:
    """The consensus draft of ``agg`` as an answers file, in ``language`` (else the first file's).

    Notes, findings and evidence are merged under each respondent's name, as are the N/A
    reasons of respondents outvoted by those who scored; the file scores like any other and
    is edited in the meeting.
    """
    people = agg.people
    defaults = {p.default_target for p in people}
    default_target = defaults.pop() if len(defaults) == 1 else None
    fallback = leaf_target(None, default_target, model.spec.default_target)
    out: dict[str, Answer | None] = {
        leaf.id: _leaf(model, agg.leaves[leaf.id], fallback) for leaf in model.leaves
    }
    done = all(settled(a) for a in out.values())
    dates = [p.date for p in people if p.date is not None]
    return AnswersFile(
        format=FORMAT,
        model=ModelRef(id=model.id, version=model.version, sha256=model.sha256),
        organisation=_common([p.organisation for p in people]),
        unit=_common([p.unit for p in people]),
        respondent="",
        date=max(dates) if dates else None,
        language=language or people[0].language,
        default_target=default_target,
        status="complete" if done else "in_progress",
        respondents=list(agg.respondents),
        answers=out,
    )
