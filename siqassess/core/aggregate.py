"""Combine several respondents' answers into one group picture, with their spread. No I/O.

Each answers file is reduced to a :class:`Respondent` as soon as it is read (its answers per
leaf and its own roll-up), so a group of thousands is never held as parsed files.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from siqassess.core.answers import AnswersFile, Improvement
from siqassess.core.scoring import LeafInput, Result, leaf_target, node_scores, score
from siqassess.core.status import Status, status
from siqassess.criteria.tree import LoadedModel
from siqassess.errors import Msg, msg

SPREAD = 30.0
"""Default discuss threshold: a leaf is flagged when max − min reaches it."""
DISCUSS_TOP = 5
"""Default length of the "discuss first" list that reports show before the full table."""
MIN_RESPONDENTS = 2


@dataclass(frozen=True, slots=True)
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
    strengths: tuple[str, ...] = ()
    improvements: tuple[str | Improvement, ...] = ()


@dataclass(frozen=True, slots=True)
class Respondent:
    """What the group needs of one answers file: its header, its answers and its own roll-up."""

    name: str
    file: str
    organisation: str
    unit: str
    date: dt.date | None
    language: str
    default_target: float | None
    responses: tuple[Response, ...]
    """One per leaf, in model order."""
    scores: tuple[float | None, ...]
    """The respondent's own score of every node, in ``model.nodes`` order."""
    role: str = ""
    """The respondent's group (rule 14), as the file gives it; empty when it gives none."""


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

    people: tuple[Respondent, ...]
    threshold: float
    leaves: Mapping[str, LeafStats]
    """Every leaf, in model order."""
    result: Result
    """The standard roll-up of the leaf means (priorities and strengths included)."""
    discuss: tuple[LeafStats, ...]
    """Flagged leaves: widest range first, then the larger standard deviation, then by id."""
    node_ids: tuple[str, ...]
    """Every node, in model order: the order of each :attr:`Respondent.scores`."""

    @property
    def respondents(self) -> tuple[str, ...]:
        """The respondents' (unique) names, in the order their files were read."""
        return tuple(p.name for p in self.people)

    def scores(self, node_id: str) -> dict[str, float | None]:
        """Each respondent's own score of a node, by name."""
        at = self.node_ids.index(node_id)
        return {p.name: p.scores[at] for p in self.people}

    def range(self, node_id: str) -> tuple[float | None, float | None]:
        """The lowest and highest score any respondent's own roll-up gives a node."""
        at = self.node_ids.index(node_id)
        values = [s for p in self.people if (s := p.scores[at]) is not None]
        return (min(values), max(values)) if values else (None, None)


class Namer:
    """Makes respondent names unique as they come: a repeated name gets `` (2)``, `` (3)``…

    The last suffix tried is kept per name, so n repeats of one name cost O(n), not O(n²).
    """

    def __init__(self) -> None:
        self._taken: set[str] = set()
        self._tried: dict[str, int] = {}

    def __call__(self, name: str) -> str:
        """The unique name for the next respondent called ``name``."""
        k = self._tried.get(name, 1)
        candidate = name if k == 1 else f"{name} ({k})"
        while candidate in self._taken:
            k += 1
            candidate = f"{name} ({k})"
        self._tried[name] = k
        self._taken.add(candidate)
        return candidate


def unique_names(names: Sequence[str]) -> list[str]:
    """Respondent names made unique: a repeated name gets `` (2)``, `` (3)``…"""
    namer = Namer()
    return [namer(name) for name in names]


def _responses(model: LoadedModel, name: str, answers: AnswersFile) -> tuple[Response, ...]:
    """Each leaf's answer, in model order. A loop of its own, names bound once: an aggregate
    of thousands of files makes a few dozen of these per file."""
    get = answers.answers.get
    fallback = leaf_target(None, answers.default_target, model.spec.default_target)
    out = []
    for leaf in model.leaves:
        answer = get(leaf.id)
        if answer is None:
            out.append(Response(name, None, "missing", fallback))
            continue
        own = answer.target
        state = status(answer)
        out.append(
            Response(
                name,
                answer.score if state == "answered" else None,
                state,
                own if own is not None else fallback,
                answer.note or "",
                (answer.reason or "") if answer.na else "",
                tuple(answer.evidence),
                tuple(answer.strengths),
                tuple(answer.improvements),
            )
        )
    return tuple(out)


def respondent(model: LoadedModel, name: str, answers: AnswersFile, file: str = "") -> Respondent:
    """One answers file reduced to what the group needs; ``name`` is already unique."""
    default = leaf_target(None, answers.default_target, model.spec.default_target)
    scores = node_scores(model.root, answers.answers, default_target=default)
    return Respondent(
        name=name,
        file=file,
        organisation=answers.organisation,
        unit=answers.unit,
        date=answers.date,
        language=answers.language,
        default_target=answers.default_target,
        responses=_responses(model, name, answers),
        scores=tuple(scores),
        role=(answers.role or "").strip(),
    )


MIXED_DAYS = 183
"""Files dated further apart than this (six months) are not one assessment (rule 9)."""


def _org_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def mixed(people: Sequence[Respondent]) -> list[Msg]:
    """Why ``people`` are not one organisation at one time, naming the files (rule 9).

    Organisations are told apart by their names with case and spacing ignored; a file that
    names none is taken as the group's. Dates further apart than six months are mixed.
    """
    out: list[Msg] = []
    orgs: dict[str, list[Respondent]] = {}
    for p in people:
        if p.organisation.strip():
            orgs.setdefault(_org_key(p.organisation), []).append(p)
    if len(orgs) > 1:
        listed = "; ".join(
            f"{group[0].organisation.strip()} ({', '.join(q.file or q.name for q in group)})"
            for group in orgs.values()
        )
        out.append(msg("err_mixed_organisations", orgs=listed))
    dated = sorted((p for p in people if p.date is not None), key=lambda p: p.date or dt.date.min)
    if dated:
        first, last = dated[0], dated[-1]
        assert first.date is not None and last.date is not None
        if (last.date - first.date).days > MIXED_DAYS:
            out.append(
                msg(
                    "err_mixed_dates",
                    first=first.date.isoformat(),
                    first_file=first.file or first.name,
                    last=last.date.isoformat(),
                    last_file=last.file or last.name,
                )
            )
    return out


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


def discuss_first(leaves: Iterable[LeafStats]) -> tuple[LeafStats, ...]:
    """The flagged leaves ranked by range, then standard deviation (both widest first), then id."""
    return tuple(
        sorted(
            (s for s in leaves if s.discuss),
            key=lambda s: (-(s.spread or 0.0), -(s.stdev or 0.0), s.id),
        )
    )


def combine(
    model: LoadedModel, people: Iterable[Respondent], *, threshold: float = SPREAD
) -> Aggregate:
    """The group picture of respondents reduced with :func:`respondent`.

    The roll-up uses each leaf's mean with the standard rules: a leaf nobody scored has no
    score; one every respondent marked N/A is N/A; its target is the mean target.
    """
    people = tuple(people)
    if not people:
        raise ValueError("aggregate needs at least one respondent")
    leaves = {
        leaf.id: leaf_stats(leaf.id, [p.responses[i] for p in people], threshold)
        for i, leaf in enumerate(model.leaves)
    }
    inputs = {
        leaf_id: LeafInput(stats.mean, stats.mean is None and stats.all_na, stats.target)
        for leaf_id, stats in leaves.items()
    }
    return Aggregate(
        people,
        threshold,
        leaves,
        score(model, inputs),
        discuss_first(leaves.values()),
        tuple(model.nodes),
    )


def aggregate(
    model: LoadedModel,
    group: Sequence[tuple[str, AnswersFile]],
    *,
    threshold: float = SPREAD,
) -> Aggregate:
    """Combine respondents (unique name, answers) who all answered ``model``."""
    return combine(
        model, (respondent(model, name, answers) for name, answers in group), threshold=threshold
    )
