"""compare: the files' own default targets, and nodes only the old model has."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import yaml

from siqassess.core.compare import compare, prune
from siqassess.core.scoring import LeafInput
from siqassess.criteria.tree import LoadedModel
from siqassess.io.models import model_from_data
from siqassess.io.yamlio import parse

MINIMAL = Path(__file__).resolve().parents[1] / "cases" / "models" / "valid" / "minimal.yaml"


def _model(edit: Any = None) -> LoadedModel:
    data = yaml.safe_load(MINIMAL.read_text(encoding="utf-8"))
    if edit:
        edit(data)
    return model_from_data(*parse("m.yaml", yaml.safe_dump(data, allow_unicode=True)))


def _rename_factor_b(data: dict[str, Any]) -> None:
    data["version"] = "2"
    data["success_factors"][1]["id"] = "BB"


def test_each_file_keeps_its_own_default_target() -> None:
    model = _model()  # model default_target 60
    old = {"A.1": LeafInput(70), "A.2": LeafInput(70)}
    new = {"A.1": LeafInput(70), "A.2": LeafInput(70)}
    # Old file: default target 80, so A.1 and A.2 were below; new file: none, so the
    # model's 60 applies and both are now at or above target, with no change in score.
    result = compare(model, old, 80, model, new, None)
    assert [n.id for n in result.crossed_up] == ["A.1", "A.2"]
    assert result.crossed_down == ()
    a1 = result.node("A.1")
    assert (a1.old.target, a1.new.target, a1.delta) == (80, 60, 0)  # type: ignore[union-attr]
    back = compare(model, new, None, model, old, 80)
    assert [n.id for n in back.crossed_down] == ["A.1", "A.2"]


def test_nodes_only_the_old_model_has_come_last_with_their_old_parent() -> None:
    old_model, new_model = _model(), _model(_rename_factor_b)
    leaves = {"A.1": LeafInput(40), "B.1": LeafInput(60), "R1": LeafInput(50)}
    result = compare(old_model, leaves, None, new_model, leaves, None)
    assert result.drift.changed == ("version", "content hash")
    assert (result.drift.only_old, result.drift.only_new) == ((), ())
    ids = [n.id for n in result.nodes]
    assert ids[-1] == "B" and "BB" in ids
    b, bb = result.node("B"), result.node("BB")
    assert (b.parent, b.new, b.old.score) == ("ways_of_working", None, 60)  # type: ignore[union-attr]
    assert (bb.old, bb.new.score, bb.delta) == (None, 60, None)  # type: ignore[union-attr]
    assert result.node("B.1").delta == 0 and result.node("B.1").parent == "BB"


def test_leaves_only_in_one_model_are_left_out_and_named() -> None:
    def drop_r2(data: dict[str, Any]) -> None:
        data["result_areas"].pop()

    old_model, new_model = _model(), _model(drop_r2)
    old = {"R1": LeafInput(40), "R2": LeafInput(100)}
    new = {"R1": LeafInput(60)}
    result = compare(old_model, old, None, new_model, new, None)
    assert result.drift.only_old == ("R2",)
    assert "R2" not in result.common
    # The old results group is re-scored over R1 alone, so R2's 100 does not hide the gain.
    assert result.node("results").delta == 20


def test_a_changed_model_id_is_drift_named_id() -> None:
    def other_id(data: dict[str, Any]) -> None:
        data["id"] = "mini-2"

    leaves = {"A.1": LeafInput(40)}
    result = compare(_model(), leaves, None, _model(other_id), leaves, None)
    assert result.drift.changed == ("id", "content hash")
    assert result.drift.drifted
    with pytest.raises(KeyError, match=r"^'nope'$"):
        result.node("nope")


def test_a_node_only_the_old_model_has_keeps_its_kind() -> None:
    leaves = {"B.1": LeafInput(60)}
    result = compare(_model(), leaves, None, _model(_rename_factor_b), leaves, None)
    assert (result.node("B").kind, result.node("BB").kind) == ("success_factor", "success_factor")


def test_a_tree_scored_over_the_shared_leaves_keeps_every_node_as_it_was() -> None:
    def drop_r2(data: dict[str, Any]) -> None:
        data["result_areas"].pop()

    old_model = _model()
    pruned = prune(old_model.root, {leaf.id for leaf in old_model.leaves} - {"R2"})
    assert pruned is not None
    for node in pruned.walk():
        original = old_model.nodes[node.id]
        assert node == replace(original, children=node.children)
    assert [c.id for c in pruned.children[1].children] == ["R1"]
    assert prune(old_model.root, set()) is None
    result = compare(old_model, {"R1": LeafInput(40)}, None, _model(drop_r2), {}, None)
    kinds = {n.id: n.kind for n in result.nodes}
    assert kinds == {
        "total": "total",
        "ways_of_working": "group",
        "A": "success_factor",
        "A.1": "criterion",
        "A.2": "criterion",
        "B": "success_factor",
        "B.1": "criterion",
        "results": "group",
        "R1": "result_area",
    }


def test_one_point_up_or_down_is_a_change_and_one_point_short_is_not_a_crossing() -> None:
    model = _model()  # target 60
    old = {"R1": LeafInput(50), "R2": LeafInput(50), "A.1": LeafInput(70), "B.1": LeafInput(40)}
    new = {"R1": LeafInput(51), "R2": LeafInput(59), "A.1": LeafInput(69), "B.1": LeafInput(40)}
    result = compare(model, old, None, model, new, None)
    assert [(n.id, n.delta) for n in result.improvements] == [("R2", 9), ("R1", 1)]
    assert [(n.id, n.delta) for n in result.declines] == [("A.1", -1)]
    assert result.crossed_up == ()  # R2 at 59 is still one point under its target of 60
    assert result.crossed_down == ()  # A.1 at 69 is still over it
    exact = compare(model, old, None, model, {"R2": LeafInput(60), "A.1": LeafInput(59)}, None)
    assert [n.id for n in exact.crossed_up] == ["R2"]  # at target counts as met
    assert [n.id for n in exact.crossed_down] == ["A.1"]
