"""Questions for the site visit (platsbesök): which criteria an examiner should verify on site,
and why. A pure function of the model, the answers and last year's scores; no I/O.

The rule is stated in words in the feedback report's Method section and in the scoring guide.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from siqassess.core.answers import AnswersFile
from siqassess.core.na import flagged_na
from siqassess.core.status import status
from siqassess.criteria.tree import LoadedModel

HIGH = 70.0
"""A score this high is verified when it rests on thin evidence."""
THIN = 1
"""Thin evidence: at most this many evidence entries."""
SPREAD = 30.0
"""A team whose scores range this far apart (max − min, rule 9's discuss threshold) is asked
where the difference comes from."""
CHANGE = 20.0
"""A change from last year of this many points or more is verified."""

VisitKind = Literal["na_flagged", "thin_evidence", "team_spread", "big_change"]


@dataclass(frozen=True)
class Visit:
    """A leaf to verify on the site visit, every reason that chose it (in the order of
    :data:`VisitKind`), and the figures behind them."""

    id: str
    kinds: tuple[VisitKind, ...]
    score: float | None
    previous: float | None = None
    low: float | None = None
    high: float | None = None


def site_visit(
    model: LoadedModel,
    answers: AnswersFile,
    previous: Mapping[str, float] | None = None,
) -> tuple[Visit, ...]:
    """The leaves an examiner should verify on site, in model order. A leaf is chosen when:

    - its N/A is one the model flags (rule 13);
    - it scores 70 or more with at most one evidence entry;
    - the team's scores for it range 30 points or more (a group file's ``group`` figures, or
      its discuss flag), whether the leaf is scored or still to agree on a consensus draft;
    - its score changed by 20 points or more since last year: ``previous`` (the leaf scores of
      last year's file, ``report --previous``), else the ``last_year`` an ``init --from`` wrote.
    """
    flagged = {f.id for f in flagged_na(model, answers.answers)}
    out = []
    for leaf in model.leaves:
        answer = answers.answer(leaf.id)
        kinds: list[VisitKind] = []
        score = low = high = old = None
        if leaf.id in flagged:
            kinds.append("na_flagged")
        elif answer is not None:
            group = answer.group  # on a consensus draft, a leaf still to agree has no score
            if group is not None and group.min is not None and group.max is not None:
                low, high = group.min, group.max
                if high - low >= SPREAD or group.discuss:
                    kinds.append("team_spread")
        if answer is not None and status(answer) == "answered" and answer.score is not None:
            score = float(answer.score)
            if score >= HIGH and len(answer.evidence) <= THIN:
                kinds.insert(0, "thin_evidence")
            before = _before(answer.last_year, leaf.id, previous)
            if before is not None and abs(score - before) >= CHANGE:
                old = before
                kinds.append("big_change")
        if kinds:
            out.append(Visit(leaf.id, tuple(kinds), score, old, low, high))
    return tuple(out)


def _before(last_year: object, leaf_id: str, previous: Mapping[str, float] | None) -> float | None:
    """Last year's score of a leaf: from the previous file when one is given, else the
    ``last_year`` written into this file (None when N/A or not known)."""
    if previous is not None:
        return previous.get(leaf_id)
    if isinstance(last_year, int | float) and not isinstance(last_year, bool):
        return float(last_year)
    return None
