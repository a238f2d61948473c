"""Rule 8 (revised): areas for improvement rank ways of working by gap × importance.

Every figure here is worked out by hand for a model with unequal weights.
"""

from __future__ import annotations

import pytest

from siqassess.core.priorities import importance
from siqassess.core.scoring import LeafInput, score
from siqassess.criteria.tree import LoadedModel
from siqassess.io.models import parse_model

# Groups 70/30. Factors P (weight 3) and Q (weight 1): P holds P.1 (1), P.2 (2), P.3 (3);
# Q holds Q.1 (1), Q.2 (1). Result areas S (2) and T (1) and U (1).
UNEQUAL = """
format: 1
id: uneven
version: "1"
languages: [en]
name: {en: Uneven}
default_target: 70
scales:
  s:
    name: {en: Scale}
    bands: [{min: 0, max: 100, label: {en: All}, descriptor: {en: All}}]
groups:
  ways_of_working: {weight: 70, scale: s, name: {en: Ways of working}}
  results: {weight: 30, scale: s, name: {en: Results}}
success_factors:
  - id: P
    weight: 3
    name: {en: P}
    criteria:
      - {id: P.1, weight: 1, question: {en: Describe how you do P1.}}
      - {id: P.2, weight: 2, question: {en: Describe how you do P2.}}
      - {id: P.3, weight: 3, question: {en: Describe how you do P3.}}
  - id: Q
    name: {en: Q}
    criteria:
      - {id: Q.1, question: {en: Describe how you do Q1.}}
      - {id: Q.2, question: {en: Describe how you do Q2.}}
result_areas:
  - {id: S, weight: 2, name: {en: S}, question: {en: Describe your S results.}}
  - {id: T, name: {en: T}, question: {en: Describe your T results.}}
  - {id: U, name: {en: U}, question: {en: Describe your U results.}}
"""


@pytest.fixture(scope="module")
def uneven() -> LoadedModel:
    return parse_model("uneven.yaml", UNEQUAL)


def test_importance_by_hand(uneven: LoadedModel) -> None:
    # P has 3/4 of its group; its criteria weigh 1, 2, 3 (mean 2). Q has 1/4; weights 1, 1.
    # Result areas: the group is the parent (share 1); weights 2, 1, 1 (mean 4/3).
    assert importance(uneven.root) == pytest.approx(
        {
            "P.1": 3 / 4 * 1 / 2,
            "P.2": 3 / 4 * 2 / 2,
            "P.3": 3 / 4 * 3 / 2,
            "Q.1": 1 / 4,
            "Q.2": 1 / 4,
            "S": 2 / (4 / 3),
            "T": 1 / (4 / 3),
            "U": 1 / (4 / 3),
        }
    )


def test_ranking_points_at_stake_and_results_apart(uneven: LoadedModel) -> None:
    answers = {
        "P.1": LeafInput(score=30),  # gap 40 × 3/8 = 15
        "P.2": LeafInput(score=50),  # gap 20 × 3/4 = 15 (ties P.1; larger effective weight)
        "P.3": LeafInput(score=60),  # gap 10 × 9/8 = 11.25
        "Q.1": LeafInput(score=10),  # gap 60 × 1/4 = 15 (ties too)
        "Q.2": LeafInput(score=80),  # at or above target
        "S": LeafInput(score=60),  # gap 10 × 3/2 = 15
        "T": LeafInput(score=40),  # gap 30 × 3/4 = 22.5
        "U": LeafInput(score=70),  # at target
    }
    result = score(uneven, answers)
    # Effective weights: P.1 = 0.7 × 3/4 × 1/6 = 0.0875, P.2 = 0.175, P.3 = 0.2625,
    # Q.1 = 0.7 × 1/4 × 1/2 = 0.0875; S = 0.3 × 1/2 = 0.15, T = U = 0.075.
    # P.1, P.2 and Q.1 all have gap × importance 15: P.2 (0.175) first, then P.1 and Q.1
    # (both 0.0875), which the id orders.
    assert [(r.rank, r.node.id) for r in result.improvements] == [
        (1, "P.2"),
        (2, "P.1"),
        (3, "Q.1"),
        (4, "P.3"),
    ]
    stakes = {r.node.id: r.points_at_stake for r in result.improvements}
    # gap × effective weight × 10: P.3 has the most points at stake yet ranks last.
    assert stakes == pytest.approx({"P.2": 35, "P.1": 35, "Q.1": 52.5, "P.3": 26.25})
    assert [r.priority for r in result.improvements] == pytest.approx([15, 15, 15, 11.25])
    # Results are listed apart, ranked the same way: T 22.5 before S 15.
    assert [(r.node.id, r.priority) for r in result.results_below] == [
        ("T", pytest.approx(22.5)),
        ("S", pytest.approx(15)),
    ]
    assert [r.points_at_stake for r in result.results_below] == pytest.approx([22.5, 15])
    # At or above target: highest score first, ties by id.
    assert [n.id for n in result.at_target] == ["Q.2", "U"]


def test_builtin_model_ranks_by_gap_not_by_how_many_criteria_a_factor_has(
    model: LoadedModel,
) -> None:
    # The distortions: a 10-point gap on a result area outranked every 30-point gap on a
    # criterion, and F1 (four criteria) outranked F5 (seven) only because of the count.
    answers = {
        "F1.1": LeafInput(score=50),  # gap 20
        "F5.1": LeafInput(score=40),  # gap 30
        "F5.2": LeafInput(score=50),  # gap 20: ties F1.1 on gap × 1/5
        "R4": LeafInput(score=60),  # gap 10
    }
    result = score(model, answers)
    assert [r.node.id for r in result.improvements] == ["F5.1", "F1.1", "F5.2"]
    assert [r.importance for r in result.improvements] == pytest.approx([1 / 5] * 3)
    # The tie goes to the larger effective weight: 1/2 · 1/5 · 1/4 for F1.1 against 1/7 for F5.2.
    assert [r.node.id for r in result.results_below] == ["R4"]
    (r4,) = result.results_below
    assert (r4.importance, r4.points_at_stake) == (1, pytest.approx(10))
