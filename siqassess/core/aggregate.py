"""Combine several respondents' answers into one group picture, with their spread. No I/O."""

from __future__ import annotations

import math
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from siqassess.core.answers import FORMAT, Answer, AnswersFile, GroupStats, ModelRef, leaf_inputs
from siqassess.core.scoring import LeafInput, Result, leaf_target, score
from siqassess.core.status import Status, settled, status
from siqassess.criteria.schema import Scale
from siqassess.criteria.tree import LoadedModel

SPREAD = 30.0
"""Default discuss threshold: a leaf is flagged when max − min reaches it."""
MIN_RESPONDENTS = 2


@dataclass(frozen=True)
class Response:
    """One respondent's answer to one leaf."""

    respondent: str
    score: float | None
    status: Status
    target: float
    """The respondent's cascaded target: own, else their file's default, else the model's."""
    note: str = ""
    reason: str = ""
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class LeafStats:
    """How the group answered one leaf; the statistics are ``None`` when nobody scored it."""

    id: str
    n: int
    """Respondents who gave a score."""
    mean: float | None
    median: float | None
    min: float | None
    max: float | None
    stdev: float | None
    """Population standard deviation (``statistics.pstdev``) of the scores."""
    na: int
    missing: int
    discuss: bool
    target: float
    """The mean of every respondent's cascaded target."""
    responses: tuple[Response, ...]

    @property
    def spread(self) -> float | None:
        """max − min."""
        return None if self.min is None or self.max is None else self.max - self.min

    @property
    def all_na(self) -> bool:
        """Whether every respondent marked the leaf not applicable."""
        return self.na > 0 and self.na == len(self.responses)


@dataclass(frozen=True)
class Aggregate:
    """The group picture: leaf statistics, the roll-up of the means, and each respondent's own."""

    respondents: tuple[str, ...]
    threshold: float
    leaves: Mapping[str, LeafStats]
    """Every leaf, in model order."""
    result: Result
    """The standard roll-up of the leaf means (priorities and strengths included)."""
    individual: Mapping[str, Result]
    """Each respondent's own result, by name."""
    discuss: tuple[LeafStats, ...]
    """Flagged leaves, widest spread first; ties by id."""

    def range(self, node_id: str) -> tuple[float | None, float | None]:
        """The lowest and highest score any respondent's own roll-up gives a node."""
        values = [s for r in self.individual.values() if (s := r.nodes[node_id].score) is not None]
        return (min(values), max(values)) if values else (None, None)


def unique_names(names: Sequence[str]) -> list[str]:
    """Respondent names made unique: a repeated name gets `` (2)``, `` (3)``…"""
    out: list[str] = []
    taken: set[str] = set()
    tried: dict[str, int] = {}  # the last suffix tried per name: linear, not quadratic
    for name in names:
        k = tried.get(name, 1)
        candidate = name if k == 1 else f"{name} ({k})"
        while candidate in taken:
            k += 1
            candidate = f"{name} ({k})"
        tried[name] = k
        taken.add(candidate)
        out.append(candidate)
    return out


def responses(
    model: LoadedModel, group: Sequence[tuple[str, AnswersFile]], leaf_id: str
) -> tuple[Response, ...]:
    """Every respondent's answer to one leaf, in respondent order."""
    out = []
    for name, answers in group:
        answer = answers.answer(leaf_id)
        state = status(answer)
        own = answer.target if answer is not None else None
        target = leaf_target(own, answers.default_target, model.spec.default_target)
        out.append(
            Response(
                name,
                answer.score if answer is not None and state == "answered" else None,
                state,
                target,
                (answer.note or "") if answer is not None else "",
                (answer.reason or "") if answer is not None and answer.na else "",
                tuple(answer.evidence) if answer is not None else (),
            )
        )
    return tuple(out)


def leaf_stats(leaf_id: str, given: Sequence[Response], threshold: float = SPREAD) -> LeafStats:
    """n, mean, median, min, max, pstdev, N/A and missing counts, and the discuss flag.

    A leaf is flagged when at least two respondents scored it and max − min ≥ ``threshold``.
    """
    scores = [r.score for r in given if r.score is not None]
    n = len(scores)
    low, high = (min(scores), max(scores)) if scores else (None, None)
    return LeafStats(
        id=leaf_id,
        n=n,
        mean=statistics.fmean(scores) if scores else None,
        median=statistics.median(scores) if scores else None,
        min=low,
        max=high,
        stdev=statistics.pstdev(scores) if scores else None,
        na=sum(r.status == "na" for r in given),
        missing=sum(r.status == "missing" for r in given),
        discuss=n >= 2 and high is not None and low is not None and high - low >= threshold,
        target=statistics.fmean(r.target for r in given),
        responses=tuple(given),
    )


def aggregate(
    model: LoadedModel,
    group: Sequence[tuple[str, AnswersFile]],
    *,
    threshold: float = SPREAD,
) -> Aggregate:
    """Combine respondents (name, answers) who all answered ``model``.

    The roll-up uses each leaf's mean with the standard rules: a leaf nobody scored has no
    score; one every respondent marked N/A is N/A; its target is the mean target.
    """
    if not group:
        raise ValueError("aggregate needs at least one respondent")
    leaves = {
        leaf.id: leaf_stats(leaf.id, responses(model, group, leaf.id), threshold)
        for leaf in model.leaves
    }
    inputs = {
        leaf_id: LeafInput(stats.mean, stats.mean is None and stats.all_na, stats.target)
        for leaf_id, stats in leaves.items()
    }
    individual = {
        name: score(model, leaf_inputs(answers), answers.default_target) for name, answers in group
    }
    flagged = sorted(
        (s for s in leaves.values() if s.discuss),
        key=lambda s: (-(s.spread or 0.0), -(s.stdev or 0.0), s.id),
    )
    return Aggregate(
        tuple(name for name, _ in group),
        threshold,
        leaves,
        score(model, inputs),
        individual,
        tuple(flagged),
    )


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
    a tie goes to the spelling seen first."""
    given = [v for v in values if v]
    return max(dict.fromkeys(given), key=given.count, default="")


def consensus(
    model: LoadedModel, group: Sequence[tuple[str, AnswersFile]], agg: Aggregate
) -> AnswersFile:
    """The aggregate as an answers file: each mean rounded to the scale, the spread kept.

    Notes (and N/A reasons of respondents who scored nothing) are merged under each
    respondent's name; the file scores like any other and can be edited after the meeting.
    """
    files = [answers for _, answers in group]
    defaults = {a.default_target for a in files}
    default_target = defaults.pop() if len(defaults) == 1 else None
    fallback = leaf_target(None, default_target, model.spec.default_target)
    out: dict[str, Answer | None] = {}
    for leaf in model.leaves:
        stats = agg.leaves[leaf.id]
        scale = model.scale_of(leaf)
        target = nearest_step(stats.target, scale)
        remarks = [f"{r.respondent}: {r.note.strip()}" for r in stats.responses if r.note.strip()]
        na_wins = stats.na > stats.n  # more respondents said N/A than gave a score
        if not na_wins:
            remarks += [
                f"{r.respondent} (N/A): {r.reason.strip()}"
                for r in stats.responses
                if r.status == "na" and r.reason.strip()
            ]
        reasons = "; ".join(
            f"{r.respondent}: {r.reason.strip()}" for r in stats.responses if r.reason.strip()
        )
        out[leaf.id] = Answer(
            score=None if stats.mean is None or na_wins else nearest_step(stats.mean, scale),
            na=na_wins,
            reason=(reasons or "not applicable for most respondents") if na_wins else None,
            target=None if target == fallback else target,
            note="\n\n".join(remarks) or None,
            evidence=list(dict.fromkeys(e for r in stats.responses for e in r.evidence)),
            group=group_stats(stats),
        )
    done = all(settled(a) for a in out.values())
    dates = [a.date for a in files if a.date is not None]
    return AnswersFile(
        format=FORMAT,
        model=ModelRef(id=model.id, version=model.version, sha256=model.sha256),
        organisation=_common([a.organisation for a in files]),
        unit=_common([a.unit for a in files]),
        respondent="",
        date=max(dates) if dates else None,
        language=files[0].language,
        default_target=default_target,
        status="complete" if done else "in_progress",
        respondents=list(agg.respondents),
        answers=out,
    )
