"""One rule for answered / N/A / missing, and every consumer agrees with it."""

from __future__ import annotations

import pytest

from siqassess.core.scoring import LeafInput, score
from siqassess.core.status import settled, status
from siqassess.criteria.tree import LoadedModel
from siqassess.interview.prompts import counts
from siqassess.io.answers import Answer, leaf_inputs, new_answers
from siqassess.reports.context import build_context


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (None, "missing"),
        (Answer(), "missing"),
        (Answer(note="thinking"), "missing"),
        (Answer(score=0), "answered"),
        (Answer(score=100, target=50), "answered"),
        (Answer(na=True, reason="no staff"), "na"),
        # Both is an error the file check reports; until fixed, N/A wins everywhere.
        (Answer(score=40, na=True, reason="x"), "na"),
        (LeafInput(score=30), "answered"),
        (LeafInput(score=30, na=True), "na"),
        (LeafInput(), "missing"),
    ],
)
def test_status(answer: Answer | LeafInput | None, expected: str) -> None:
    assert status(answer) == expected
    assert settled(answer) == (expected != "missing")


def test_scoring_prompts_and_report_agree(model: LoadedModel) -> None:
    answers = new_answers(model, language="en")
    leaves = [leaf.id for leaf in model.leaves]
    answers.answers[leaves[0]] = Answer(score=50)
    answers.answers[leaves[1]] = Answer(na=True, reason="not ours")
    answers.answers[leaves[2]] = Answer(score=60, na=True, reason="both")
    answers.answers[leaves[3]] = Answer(note="later")
    result = score(model, leaf_inputs(answers))
    coverage = result.total.coverage
    assert (coverage.answered, coverage.na, coverage.missing) == (1, 2, len(leaves) - 3)
    assert counts(model, answers) == {
        "answered": 1,
        "na": 2,
        "missing": len(leaves) - 3,
        "total": len(leaves),
    }
    context = build_context(model, answers, result, lang="en")
    assert [item.id for item in context.na_items] == leaves[1:3]
    assert leaves[3] in [item.id for item in context.missing_items]
