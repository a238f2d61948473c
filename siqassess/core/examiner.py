"""What an examiner reads into an assessment (rule 11): consistency notes, the summary's main
strengths and areas for improvement, the maturity band, and questions for the site visit.

Pure functions of the model, the answers and their scores; ``lint`` reuses the consistency
notes, the feedback report shows all of them. Every rule here is stated in the report's
Method section, in the words of the catalogue.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from siqassess.core.answers import Answer, AnswersFile
from siqassess.core.na import flagged_na
from siqassess.core.scoring import Result
from siqassess.core.status import status
from siqassess.criteria.schema import MaturityBand
from siqassess.criteria.tree import LoadedModel

HIGH = 70.0
"""A score this high needs something written behind it: a strength or evidence."""
LOW = 30.0
"""At or under this score, strengths alone (no area for improvement) look inconsistent."""
SUMMARY_MOST = 5
SUMMARY_LEAST = 3
"""The summary lists three to five main strengths and areas for improvement."""
BIG_CHANGE = 20.0
"""A change from last year of this many points or more is verified on the site visit."""
THIN_EVIDENCE = 1
"""A high score with at most this many evidence entries rests on thin evidence."""

NoteKind = Literal["high_unsupported", "improvement_at_top", "strengths_only_low"]
VisitKind = Literal["thin_evidence", "team_spread", "big_change", "na_flagged"]


@dataclass(frozen=True)
class ConsistencyNote:
    """A leaf whose score and written findings disagree."""

    id: str
    kind: NoteKind


@dataclass(frozen=True)
class Pick:
    """A leaf chosen for the summary: its first written finding, or none (chosen by score)."""

    id: str
    text: str | None
    score: float | None


@dataclass(frozen=True)
class VisitQuestion:
    """A leaf to verify on the site visit, and why it was chosen."""

    id: str
    kind: VisitKind


def leaf_notes(answer: Answer | None) -> tuple[NoteKind, ...]:
    """The consistency notes of one answer (none when it has no score)."""
    if answer is None or status(answer) != "answered" or answer.score is None:
        return ()
    score, notes = answer.score, list[NoteKind]()
    if score >= HIGH and not answer.strengths and not answer.evidence:
        notes.append("high_unsupported")
    if score >= 100 and answer.improvements:
        notes.append("improvement_at_top")
    if score <= LOW and answer.strengths and not answer.improvements:
        notes.append("strengths_only_low")
    return tuple(notes)


def consistency_notes(
    model: LoadedModel, answers: Mapping[str, Answer | None]
) -> tuple[ConsistencyNote, ...]:
    """Every leaf whose score and findings disagree, in model order:

    - a score of 70 or more with no strength and no evidence;
    - an area for improvement under a score of 100;
    - strengths only (no area for improvement) under a score of 30 or less.
    """
    return tuple(
        ConsistencyNote(leaf.id, kind)
        for leaf in model.leaves
        for kind in leaf_notes(answers.get(leaf.id))
    )


def main_strengths(model: LoadedModel, answers: AnswersFile, result: Result) -> tuple[Pick, ...]:
    """The summary's main strengths: the leaves with written strengths, highest score first
    (then by id), five at most; when fewer than three, the highest-scoring leaves at or above
    target follow, chosen by their score alone."""
    written = [
        (leaf.id, a.strengths[0], result.nodes[leaf.id].score)
        for leaf in model.leaves
        if (a := answers.answer(leaf.id)) is not None and a.strengths
    ]
    written.sort(key=lambda w: (-(w[2] if w[2] is not None else -1.0), w[0]))
    picks = [Pick(i, text, score) for i, text, score in written[:SUMMARY_MOST]]
    chosen = {p.id for p in picks}
    for node in result.at_target:
        if len(picks) >= SUMMARY_LEAST:
            break
        if node.id not in chosen:
            picks.append(Pick(node.id, None, node.score))
    return tuple(picks)


def main_improvements(model: LoadedModel, answers: AnswersFile, result: Result) -> tuple[Pick, ...]:
    """The summary's most important areas for improvement: the leaves with written areas for
    improvement, in the order of the priority lists (gap × importance, rule 8: ways of working
    first, then results below target), then the others by lowest score; five at most. When
    fewer than three, the top of the priority list follows, chosen by its gap alone."""
    ranked = [r.node.id for r in (*result.improvements, *result.results_below)]
    order = {leaf_id: i for i, leaf_id in enumerate(ranked)}
    written = []
    for leaf in model.leaves:
        answer = answers.answer(leaf.id)
        if answer is None or not answer.improvements:
            continue
        first = answer.improvements[0]
        text = first if isinstance(first, str) else first.text
        score = result.nodes[leaf.id].score
        written.append((order.get(leaf.id, len(order)), score or 0.0, leaf.id, text, score))
    written.sort(key=lambda w: (w[0], w[1], w[2]))
    picks = [Pick(w[2], w[3], w[4]) for w in written[:SUMMARY_MOST]]
    chosen = {p.id for p in picks}
    for leaf_id in ranked:
        if len(picks) >= SUMMARY_LEAST:
            break
        if leaf_id not in chosen:
            picks.append(Pick(leaf_id, None, result.nodes[leaf_id].score))
    return tuple(picks)


def maturity(model: LoadedModel, points: float | None) -> MaturityBand | None:
    """The model's maturity band holding ``points`` (out of 1000), if the model has bands."""
    if points is None:
        return None
    found = None
    for band in model.spec.maturity:
        if round(points) >= band.min:
            found = band
    return found


def visit_questions(
    model: LoadedModel, answers: AnswersFile, result: Result
) -> tuple[VisitQuestion, ...]:
    """The leaves an examiner should verify on the site visit, in model order, one reason each
    (the first that applies):

    - a flagged N/A (rule 13);
    - a score of 70 or more resting on at most one evidence entry;
    - a wide spread in the team (the consensus file's discuss flag, rule 9);
    - a change of 20 points or more since last year (``last_year``, written by ``init --from``).
    """
    flagged = {f.id for f in flagged_na(model, answers.answers)}
    out = []
    for leaf in model.leaves:
        answer = answers.answer(leaf.id)
        kind: VisitKind | None = None
        if leaf.id in flagged:
            kind = "na_flagged"
        elif answer is not None and status(answer) == "answered" and answer.score is not None:
            last = answer.last_year
            if answer.score >= HIGH and len(answer.evidence) <= THIN_EVIDENCE:
                kind = "thin_evidence"
            elif answer.group is not None and answer.group.discuss:
                kind = "team_spread"
            elif isinstance(last, float | int) and abs(answer.score - last) >= BIG_CHANGE:
                kind = "big_change"
        if kind is not None:
            out.append(VisitQuestion(leaf.id, kind))
    return tuple(out)
