"""Rule 9: "discuss first" by range, then standard deviation, then id; the majority spelling."""

from __future__ import annotations

from siqassess.core.aggregate import aggregate
from siqassess.core.answers import Answer
from siqassess.core.consensus import consensus
from siqassess.criteria.tree import LoadedModel
from siqassess.io.answers import new_answers


def test_discuss_first_by_range_then_stdev_then_id(model: LoadedModel) -> None:
    scores = {
        # range 40, stdev 18.9 (20, 60, 60) · range 40, stdev 16.3 (20, 40, 60) · range 40 again
        "F1.1": (20, 40, 60),
        "F2.1": (20, 60, 60),
        "F3.1": (20, 60, 60),
        "F4.1": (10, 60, 70),  # range 60: first
    }
    group = []
    for i, name in enumerate(("A", "B", "C")):
        answers = new_answers(model, organisation="Norrvik kommun" if i == 2 else "Norrvik Kommun")
        for leaf, values in scores.items():
            answers.answers[leaf] = Answer(score=values[i])
        group.append((name, answers))
    agg = aggregate(model, group)
    assert [s.id for s in agg.discuss] == ["F4.1", "F2.1", "F3.1", "F1.1"]
    # Two of three wrote "Norrvik Kommun": the draft takes that spelling, not both joined.
    assert consensus(model, agg).organisation == "Norrvik Kommun"


def test_consensus_follows_the_na_majority(model: LoadedModel) -> None:
    group = []
    for i, name in enumerate(("A", "B", "C", "D")):
        answers = new_answers(model)
        answers.answers["F1.1"] = (
            Answer(score=80) if i == 3 else Answer(na=True, reason=f"reason {name}")
        )
        group.append((name, answers))
    draft = consensus(model, aggregate(model, group)).answers["F1.1"]
    # Three of four said N/A: the draft is N/A with their reasons, not the fourth one's 80.
    assert draft is not None and (draft.na, draft.score) == (True, None)
    # One line per distinct reason (issue #24: identical reasons merged, no ".;" joins).
    assert draft.reason == "A: reason A\nB: reason B\nC: reason C"
    assert draft.suggested == "na"
