"""Invariants of aggregate and compare over generated answers (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from siqassess.core.aggregate import aggregate
from siqassess.core.compare import compare
from siqassess.core.scoring import score
from siqassess.io.answers import Answer, AnswersFile, leaf_inputs, new_answers
from siqassess.io.models import resolve_model

MODEL = resolve_model("siq-2019-1")
LEAVES = [leaf.id for leaf in MODEL.leaves]
VALUE = st.one_of(st.none(), st.just("na"), st.sampled_from(range(0, 101, 10)))


def _file(values: list[str | int | None]) -> AnswersFile:
    file = new_answers(MODEL)
    for leaf_id, value in zip(LEAVES, values, strict=False):
        if value == "na":
            file.answers[leaf_id] = Answer(na=True, reason="n/a")
        elif isinstance(value, int):
            file.answers[leaf_id] = Answer(score=value)
    return file


RESPONDENT = st.lists(VALUE, min_size=len(LEAVES), max_size=len(LEAVES)).map(_file)


@settings(max_examples=40)
@given(st.lists(RESPONDENT, min_size=1, max_size=4), st.sampled_from([0, 20, 30, 50]))
def test_leaf_statistics_stay_in_range(group: list[AnswersFile], threshold: int) -> None:
    agg = aggregate(MODEL, [(f"r{i}", f) for i, f in enumerate(group)], threshold=threshold)
    for stats in agg.leaves.values():
        assert stats.n + stats.na + stats.missing == len(group)
        if stats.n == 0:
            assert stats.mean is None and not stats.discuss
            continue
        assert stats.min is not None and stats.max is not None and stats.mean is not None
        assert stats.min <= stats.mean <= stats.max
        assert stats.discuss == (stats.n >= 2 and stats.max - stats.min >= threshold)
    total = agg.result.total.score
    low, high = agg.range("total")
    if total is not None and low is not None and high is not None:
        assert 0 <= total <= 100


@settings(max_examples=30)
@given(RESPONDENT)
def test_a_group_of_identical_answers_is_that_answer(file: AnswersFile) -> None:
    agg = aggregate(MODEL, [("a", file), ("b", file), ("c", file)])
    alone = score(MODEL, leaf_inputs(file), file.default_target)
    for node_id, node in alone.nodes.items():
        assert agg.result.nodes[node_id].score == node.score
        assert agg.result.nodes[node_id].coverage == node.coverage
    assert agg.discuss == ()


@settings(max_examples=30)
@given(RESPONDENT, RESPONDENT)
def test_delta_is_antisymmetric_and_zero_against_itself(old: AnswersFile, new: AnswersFile) -> None:
    forward = compare(MODEL, leaf_inputs(old), None, MODEL, leaf_inputs(new), None)
    back = compare(MODEL, leaf_inputs(new), None, MODEL, leaf_inputs(old), None)
    same = compare(MODEL, leaf_inputs(old), None, MODEL, leaf_inputs(old), None)
    for node in forward.nodes:
        there = node.delta
        again = back.node(node.id).delta
        assert (there is None) == (again is None)
        if there is not None and again is not None:
            assert abs(there + again) < 1e-9
        assert same.node(node.id).delta in (None, 0)
    assert not forward.drift.drifted
