"""The scoring rules of domain.md §3, each checked against numbers worked out by hand."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from siqassess.core.scoring import LeafInput, leaf_target, points, roll_up, score
from siqassess.criteria.tree import LoadedModel
from siqassess.errors import ValidationError
from siqassess.io.answers import leaf_inputs, read_answers

AnswersWriter = Callable[..., Path]

# A.1 = 40, A.2 = 80, B.1 N/A, R1 = 50, R2 unanswered.
EXAMPLE = {
    "A.1": LeafInput(score=40),
    "A.2": LeafInput(score=80),
    "B.1": LeafInput(na=True),
    "R1": LeafInput(score=50),
}


def test_worked_example_scores(mini: LoadedModel) -> None:
    nodes = score(mini, EXAMPLE).nodes
    # A = (40·1 + 80·3) / 4 = 70; B has no score, so ways of working is A alone.
    assert nodes["A"].score == 70
    assert nodes["B"].score is None
    assert nodes["ways_of_working"].score == 70
    assert nodes["results"].score == 50
    # total = (70·60 + 50·40) / 100 = 62, i.e. 620 points out of 1000.
    assert nodes["total"].score == pytest.approx(62)
    assert score(mini, EXAMPLE).points == pytest.approx(620)


def test_coverage_counts_na_apart_from_missing(mini: LoadedModel) -> None:
    nodes = score(mini, EXAMPLE).nodes
    total = nodes["total"].coverage
    assert (total.answered, total.na, total.missing) == (3, 1, 1)
    assert (nodes["B"].coverage.na, nodes["B"].coverage.missing) == (1, 0)
    assert (nodes["results"].coverage.answered, nodes["results"].coverage.missing) == (1, 1)
    assert not total.complete


def test_node_without_scores_is_null_not_zero(mini: LoadedModel) -> None:
    result = score(mini, {})
    assert all(node.score is None for node in result.nodes.values())
    assert all(node.gap is None for node in result.nodes.values())
    assert result.points is None
    assert result.total.coverage.missing == 5
    assert result.improvements == () and result.results_below == () and result.at_target == ()


def test_na_is_left_out_not_counted_as_zero(mini: LoadedModel) -> None:
    with_na = score(mini, {"B.1": LeafInput(na=True), "A.1": LeafInput(score=80)}).nodes
    assert with_na["ways_of_working"].score == 80
    assert with_na["total"].coverage.missing == 3  # A.2, R1, R2; B.1 is not missing


def test_target_cascade(mini: LoadedModel) -> None:
    # Own target, else the file's default, else the model's (60).
    assert leaf_target(90, 70, 60) == 90
    assert leaf_target(None, 70, 60) == 70
    assert leaf_target(None, None, 60) == 60
    leaves = {"A.1": LeafInput(score=40), "A.2": LeafInput(score=80, target=90)}
    assert score(mini, leaves).nodes["A.1"].target == 60
    assert score(mini, leaves, 70).nodes["A.1"].target == 70
    assert score(mini, leaves, 70).nodes["A.2"].target == 90


def test_targets_roll_up_over_the_scored_children(mini: LoadedModel) -> None:
    leaves = {**EXAMPLE, "A.2": LeafInput(score=80, target=90)}
    nodes = score(mini, leaves, 70).nodes
    # A: (70·1 + 90·3) / 4 = 85; results: R1 only, 70; total: (85·60 + 70·40) / 100 = 79.
    assert nodes["A"].target == 85
    assert nodes["results"].target == 70
    assert nodes["total"].target == pytest.approx(79)
    assert nodes["total"].gap == pytest.approx(17)


def test_gap_is_target_minus_score_at_every_node(mini: LoadedModel) -> None:
    for node in score(mini, EXAMPLE, 70).nodes.values():
        if node.score is None:
            assert node.gap is None
        else:
            assert node.target is not None
            assert node.gap == node.target - node.score


def test_effective_weights_are_products_of_shares(mini: LoadedModel) -> None:
    nodes = score(mini, EXAMPLE).nodes
    expected = {"A": 0.4, "B": 0.2, "A.1": 0.1, "A.2": 0.3, "B.1": 0.2, "R1": 0.2, "R2": 0.2}
    for node_id, weight in expected.items():
        assert nodes[node_id].effective_weight == pytest.approx(weight)


def test_priorities_ranked_by_gap_times_importance_ties_by_effective_weight(
    mini: LoadedModel,
) -> None:
    # Importance: A.1 = 2/3 · 1/2 = 1/3, A.2 = 2/3 · 3/2 = 1. Targets 70: A.1 gap 30 · 1/3 = 10;
    # A.2 gap 10 · 1 = 10 (a tie, won by A.2's larger effective weight 0.3 > 0.1). R1 apart.
    result = score(mini, {**EXAMPLE, "A.2": LeafInput(score=60)}, 70)
    assert [r.node.id for r in result.improvements] == ["A.2", "A.1"]
    assert [r.node.id for r in result.results_below] == ["R1"]


def test_at_or_above_target_highest_first(mini: LoadedModel) -> None:
    leaves = {
        "A.1": LeafInput(score=60),
        "A.2": LeafInput(score=90),
        "B.1": LeafInput(score=60),
        "R1": LeafInput(score=50),
    }
    result = score(mini, leaves)  # model default target 60
    assert [n.id for n in result.at_target] == ["A.2", "A.1", "B.1"]
    assert result.improvements == ()
    assert [r.node.id for r in result.results_below] == ["R1"]


def test_points_out_of_1000() -> None:
    assert points(62.5) == 625
    assert points(None) is None


def test_uneven_weights_of_a_full_answer_set(mini: LoadedModel) -> None:
    leaves = {
        k: LeafInput(score=v)
        for k, v in {"A.1": 100, "A.2": 0, "B.1": 50, "R1": 100, "R2": 0}.items()
    }
    nodes = score(mini, leaves).nodes
    # A = 100/4 = 25; wow = (25·2 + 50·1)/3 = 33.3…; results = 50; total = 0.6·33.3… + 0.4·50 = 40.
    assert nodes["A"].score == 25
    assert nodes["ways_of_working"].score == pytest.approx(100 / 3)
    assert nodes["total"].score == pytest.approx(40)
    assert nodes["total"].coverage.complete


def test_means_never_leave_the_scale_through_rounding(mini: LoadedModel) -> None:
    nodes = roll_up(
        mini.root,
        {leaf.id: LeafInput(score=100) for leaf in mini.leaves},
        default_target=60,
        weights={node_id: 0.1 for node_id in mini.nodes},
    )
    assert all(node.score == 100 for node in nodes.values())


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("{score: 55}", "55 is not on the scale (0–100 in steps of 10)"),
        ("{score: 110}", "110 is not on the scale"),
        ("{score: -10}", "-10 is not on the scale"),
        ("{score: 50, target: 75}", "75 is not on the scale"),
    ],
)
def test_off_scale_values_are_rejected_at_load_not_clamped(
    mini: LoadedModel, answers_file: AnswersWriter, answer: str, expected: str
) -> None:
    path = answers_file(mini, "a.yaml", {"A.1": yaml.safe_load(answer)})
    with pytest.raises(ValidationError) as caught:
        read_answers(path, mini)
    text = str(caught.value)
    assert expected in text
    assert f"{path}:" in text  # located as file:line:column


def test_answers_file_scores_through_leaf_inputs(
    mini: LoadedModel, answers_file: AnswersWriter
) -> None:
    path: Path = answers_file(
        mini,
        "a.yaml",
        {
            "A.1": {"score": 40},
            "A.2": {"score": 80, "target": 90},
            "B.1": {"na": True, "reason": "no staff"},
            "R1": {"score": 50},
            "R2": None,
        },
        default_target=70,
    )
    answers = read_answers(path, mini)
    result = score(mini, leaf_inputs(answers), answers.default_target)
    assert result.total.score == pytest.approx(62)
    assert result.total.target == pytest.approx(79)


def test_readme_worked_example(mini: LoadedModel) -> None:
    result = score(mini, EXAMPLE)
    assert result.total.gap == pytest.approx(-2)
    assert result.nodes["A.1"].gap == 20 and result.nodes["R1"].gap == 10
    # A.1 is the one area for improvement: gap 20 × importance 1/3; 20 × 0.1 × 10 = 20 points
    # at stake. R1 is listed apart: gap 10 × importance 1; 10 × 0.2 × 10 = 20 points at stake.
    (a1,) = result.improvements
    (r1,) = result.results_below
    assert (a1.node.id, a1.priority, a1.points_at_stake) == (
        "A.1",
        pytest.approx(20 / 3),
        pytest.approx(20),
    )
    assert (r1.node.id, r1.priority, r1.points_at_stake) == ("R1", 10, pytest.approx(20))
    assert [n.id for n in result.at_target] == ["A.2"]


def test_roll_up_uses_the_weights_it_is_given_and_keeps_model_order(mini: LoadedModel) -> None:
    given = {node_id: 0.25 for node_id in mini.nodes}
    nodes = roll_up(mini.root, {"A.1": LeafInput(score=40)}, default_target=60, weights=given)
    assert list(nodes) == list(mini.nodes)  # total, groups, factors, leaves in model order
    assert {node.effective_weight for node in nodes.values()} == {0.25}
    assert score(mini, {}).nodes["A.1"].effective_weight == pytest.approx(0.1)


def test_a_mean_over_uneven_weights_is_clamped_to_its_values() -> None:
    """Three leaves all at 100 under weights whose float sum makes the raw mean 100.00…01;
    the first weight is over 100, so the clamp must come from the values, not the weights."""
    from siqassess.criteria.tree import Node, effective_weights

    weights = (123.4567, 763.7012314304943, 939.1670797815676)
    leaves = tuple(
        Node(f"L{i}", "result_area", {"en": "x"}, w, scale="s") for i, w in enumerate(weights)
    )
    root = Node("total", "total", {"en": "t"}, 1.0, leaves)
    given = {leaf.id: LeafInput(score=100) for leaf in leaves}
    nodes = roll_up(root, given, default_target=60, weights=effective_weights(root))
    assert nodes["total"].score == 100
    assert nodes["total"].target == 60


def test_a_leaf_with_both_a_score_and_na_is_na_and_unscored(mini: LoadedModel) -> None:
    nodes = score(mini, {"A.1": LeafInput(score=40, na=True), "A.2": LeafInput(60)}).nodes
    assert nodes["A.1"].score is None
    assert (nodes["A.1"].coverage.na, nodes["A"].score) == (1, 60)
