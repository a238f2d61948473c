"""Scoring invariants over many answer sets, with hypothesis."""

from __future__ import annotations

import math
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from siqassess.core.scoring import LeafInput, score
from siqassess.criteria.tree import LoadedModel
from siqassess.io import batch
from siqassess.io.models import parse_model, resolve_model

MODEL = resolve_model("siq-2019-1")
LEAVES = [leaf.id for leaf in MODEL.leaves]
VALUES = st.sampled_from(range(0, 101, 10))
LEAF = st.one_of(
    st.none(),
    st.builds(LeafInput, na=st.just(True)),
    st.builds(LeafInput, score=VALUES, target=st.one_of(st.none(), VALUES)),
)
ANSWER_SETS = st.fixed_dictionaries({leaf: LEAF for leaf in LEAVES}).map(
    lambda d: {k: v for k, v in d.items() if v is not None}
)
TARGETS = st.one_of(st.none(), VALUES)


@given(ANSWER_SETS, TARGETS)
def test_scores_and_targets_stay_within_0_100(leaves: dict[str, LeafInput], default: int) -> None:
    for node in score(MODEL, leaves, default).nodes.values():
        assert node.score is None or 0 <= node.score <= 100
        assert node.target is None or 0 <= node.target <= 100


@given(VALUES, st.sets(st.sampled_from(LEAVES)))
def test_uniform_answers_roll_up_to_that_value(value: int, na: set[str]) -> None:
    leaves = {k: LeafInput(na=True) if k in na else LeafInput(score=value) for k in LEAVES}
    for node in score(MODEL, leaves).nodes.values():
        assert node.score is None or node.score == value


def _ancestors(model: LoadedModel, leaf_id: str) -> set[str]:
    out = {leaf_id}
    while leaf_id in model.parents:
        leaf_id = model.parents[leaf_id].id
        out.add(leaf_id)
    return out


@given(ANSWER_SETS, st.sampled_from(LEAVES))
def test_marking_a_leaf_na_leaves_other_branches_alone(
    leaves: dict[str, LeafInput], leaf_id: str
) -> None:
    before = score(MODEL, leaves).nodes
    after = score(MODEL, {**leaves, leaf_id: LeafInput(na=True)}).nodes
    touched = _ancestors(MODEL, leaf_id)
    for node_id, node in before.items():
        if node_id not in touched:
            assert after[node_id] == node


def test_na_never_counts_as_zero() -> None:
    leaves = {leaf: LeafInput(score=80) for leaf in LEAVES}
    leaves[LEAVES[0]] = LeafInput(na=True)
    assert score(MODEL, leaves).total.score == 80


@settings(max_examples=15, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.permutations(range(4)))
def test_a_files_result_does_not_depend_on_file_order(tmp_path: Path, order: list[int]) -> None:
    paths = _files(tmp_path)
    base = {o.file: o.doc for o in batch.score_all([batch.Target(str(p)) for p in paths])}
    shuffled = [batch.Target(str(paths[i])) for i in order]
    outcomes = list(batch.score_all(shuffled))
    assert [o.file for o in outcomes] == [str(paths[i]) for i in order]
    assert all(o.doc == base[o.file] for o in outcomes)


def _files(folder: Path) -> list[Path]:
    from siqassess.io.answers import Answer, new_answers, save_answers

    paths = []
    for i in range(4):
        path = folder / f"f{i}.yaml"
        if not path.exists():
            answers = new_answers(MODEL, organisation=f"Org {i}")
            for j, leaf in enumerate(LEAVES):
                answers.answers[leaf] = Answer(score=(i * 30 + j * 10) % 110)
            save_answers(path, answers, MODEL)
        paths.append(path)
    return paths


def test_jobs_do_not_change_the_output(tmp_path: Path) -> None:
    targets = [batch.Target(str(p)) for p in _files(tmp_path)] * 1
    one = [o.doc for o in batch.score_all(targets, jobs=1)]
    two = [o.doc for o in batch.score_all(targets, jobs=2)]
    assert one == two


@settings(max_examples=30)
@given(
    st.lists(st.sampled_from([1e-6, 1e-3, 1.0, 7.0, 1e6]), min_size=3, max_size=3),
    st.lists(st.sampled_from(range(0, 101, 10)), min_size=5, max_size=5),
)
def test_extreme_weights_keep_scores_finite_and_on_the_scale(
    weights: list[float], values: list[int]
) -> None:
    """The schema bounds weights to 1e-6…1e6 (#11 §7: 1e308 gave NaN); within the bounds every
    score stays finite and between the lowest and highest leaf value."""
    path = Path(__file__).resolve().parents[1] / "cases" / "models" / "valid" / "minimal.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["success_factors"][0]["weight"] = weights[0]
    data["success_factors"][0]["criteria"][1]["weight"] = weights[1]
    data["groups"]["results"]["weight"] = weights[2]
    model = parse_model("w.yaml", yaml.safe_dump(data, allow_unicode=True))
    leaves = {leaf.id: LeafInput(v) for leaf, v in zip(model.leaves, values, strict=True)}
    result = score(model, leaves)
    for node in result.nodes.values():
        assert node.score is not None and math.isfinite(node.score)
        assert min(values) <= node.score <= max(values)
