"""The feedback report's examiner rules (rule 11): consistency notes, the overall assessment's
main strengths and areas for improvement, and the maturity band. Pure functions, no I/O.

Every rule here is stated in words in the report's Method section and in the scoring guide
(docs/guide/scoring.md, "The feedback report"); a change here changes both.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from siqassess.core.answers import Answer, AnswersFile
from siqassess.core.scoring import Result
from siqassess.core.status import status
from siqassess.criteria.schema import MaturityBand
from siqassess.criteria.tree import LoadedModel

HIGH = 70.0
"""A score this high needs something written behind it: a strength or evidence."""
LOW = 30.0
"""At or under this score, strengths with no area for improvement disagree with the score."""
TOP = 100.0
"""The top of the scale: an area for improvement written under it disagrees with the score."""
MOST = 5
"""The overall assessment lists at most five main strengths and five areas for improvement."""
LEAST = 3
"""…and at least three of each, where the scores allow it."""

NoteKind = Literal["high_unsupported", "improvement_at_top", "strengths_only_low"]


@dataclass(frozen=True)
class Pick:
    """A leaf chosen for the overall assessment.

    ``text`` is its first written finding; ``None`` when it was chosen by its score alone,
    because fewer than three leaves had the finding written down.
    """

    id: str
    text: str | None
    score: float | None


def leaf_notes(answer: Answer | None) -> tuple[NoteKind, ...]:
    """Where one answer's score and its written findings disagree (none without a score):

    - ``high_unsupported``: a score of 70 or more with no strength and no evidence;
    - ``improvement_at_top``: an area for improvement under a score of 100;
    - ``strengths_only_low``: strengths and no area for improvement under a score of 30 or less.
    """
    if answer is None or status(answer) != "answered" or answer.score is None:
        return ()
    score, notes = float(answer.score), list[NoteKind]()
    if score >= HIGH and not answer.strengths and not answer.evidence:
        notes.append("high_unsupported")
    if score >= TOP and answer.improvements:
        notes.append("improvement_at_top")
    if score <= LOW and answer.strengths and not answer.improvements:
        notes.append("strengths_only_low")
    return tuple(notes)


def _first_improvement(answer: Answer) -> str:
    first = answer.improvements[0]
    return first if isinstance(first, str) else first.text


def main_strengths(model: LoadedModel, answers: AnswersFile, result: Result) -> tuple[Pick, ...]:
    """The main strengths: the leaves with a written strength, highest score first (a leaf
    without a score last), ties in model order; five at most. When fewer than three have one,
    the highest-scoring leaves at or above target follow, chosen by their score alone."""
    order = {leaf.id: i for i, leaf in enumerate(model.leaves)}
    written = [
        Pick(leaf.id, a.strengths[0].strip(), result.nodes[leaf.id].score)
        for leaf in model.leaves
        if (a := answers.answer(leaf.id)) is not None and any(s.strip() for s in a.strengths)
    ]
    written.sort(key=lambda p: (p.score is None, -(p.score or 0.0), order[p.id]))
    picks = written[:MOST]
    chosen = {p.id for p in picks}
    for node in result.at_target:
        if len(picks) >= LEAST:
            break
        if node.id not in chosen:
            picks.append(Pick(node.id, None, node.score))
    return tuple(picks)


def main_improvements(model: LoadedModel, answers: AnswersFile, result: Result) -> tuple[Pick, ...]:
    """The most important areas for improvement: the leaves with a written area for
    improvement, in the order of rule 8 (ways of working by gap × importance, then results
    below target by the same rule); those with no gap follow, lowest score first, ties in model
    order; five at most. When fewer than three have one, the top of the rule-8 ranking follows,
    chosen by its gap alone."""
    ranked = [r.node.id for r in (*result.improvements, *result.results_below)]
    rank = {leaf_id: i for i, leaf_id in enumerate(ranked)}
    order = {leaf.id: i for i, leaf in enumerate(model.leaves)}
    written = [
        Pick(leaf.id, _first_improvement(a).strip(), result.nodes[leaf.id].score)
        for leaf in model.leaves
        if (a := answers.answer(leaf.id)) is not None and a.improvements
    ]
    written.sort(
        key=lambda p: (rank.get(p.id, len(rank)), p.score is None, p.score or 0.0, order[p.id])
    )
    picks = written[:MOST]
    chosen = {p.id for p in picks}
    for leaf_id in ranked:
        if len(picks) >= LEAST:
            break
        if leaf_id not in chosen:
            picks.append(Pick(leaf_id, None, result.nodes[leaf_id].score))
    return tuple(picks)


def maturity(model: LoadedModel, points: float | None) -> MaturityBand | None:
    """The model's maturity band holding ``points`` (out of 1000, rounded to a whole point as
    the report shows it): the last band whose ``min`` it reaches. None without bands or points."""
    if points is None:
        return None
    found = None
    for band in model.spec.maturity:
        if round(points) >= band.min:
            found = band
    return found


def consistency(
    model: LoadedModel, answers: Mapping[str, Answer | None]
) -> dict[str, tuple[NoteKind, ...]]:
    """Every leaf with at least one consistency note, in model order."""
    out = {}
    for leaf in model.leaves:
        found = leaf_notes(answers.get(leaf.id))
        if found:
            out[leaf.id] = found
    return out
