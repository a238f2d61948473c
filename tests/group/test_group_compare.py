"""compare: deltas by hand, target crossings, and model drift between two years."""

from __future__ import annotations

import pytest

from siqassess.core.compare import compare_assessments
from siqassess.errors import ModelMismatchError, ValidationError
from siqassess.io.groupio import read_pair

from .conftest import AnswersWriter, ModelWriter

OLD = {"A.1": 40, "A.2": 60, "B.1": 50, "R1": 70, "R2": 30}
NEW = {"A.1": 70, "A.2": 50, "B.1": "na", "R1": 70, "R2": 60}


def test_deltas_by_hand(mini_model: ModelWriter, answers: AnswersWriter) -> None:
    path, model = mini_model()
    old = answers(model, "2025.yaml", OLD, respondent="Anna")
    new = answers(model, "2026.yaml", NEW, respondent="Anna")
    cmp = compare_assessments(*read_pair(str(old), str(new), model=str(path)))
    assert not cmp.drift.drifted
    assert cmp.node("A.1").delta == 30
    assert cmp.node("A.2").delta == -10
    assert cmp.node("B.1").delta is None  # N/A now: no delta, never a drop to 0
    # A: old (40 + 60·3)/4 = 55, new (70 + 50·3)/4 = 55
    assert cmp.node("A").delta == 0
    # ways of working: old (55·2 + 50)/3 = 53⅓; new only A (B is N/A) = 55
    assert cmp.node("ways_of_working").delta == pytest.approx(55 - 160 / 3)
    assert cmp.node("results").delta == 15  # 50 → 65
    total = cmp.total
    assert total.old is not None and total.new is not None
    assert (total.old.coverage.answered, total.new.coverage.answered) == (5, 4)
    assert total.new.coverage.na == 1
    assert [n.id for n in cmp.improvements] == ["A.1", "R2"]
    assert [n.id for n in cmp.declines] == ["A.2"]
    # target 60: A.1 40 → 70 and R2 30 → 60 reach it; A.2 60 → 50 falls below
    assert [n.id for n in cmp.crossed_up] == ["A.1", "R2"]
    assert [n.id for n in cmp.crossed_down] == ["A.2"]


def test_changed_version_is_drift(mini_model: ModelWriter, answers: AnswersWriter) -> None:
    old_path, old_model = mini_model("v1.yaml")
    new_path, new_model = mini_model("v2.yaml", ('version: "1"', 'version: "2"'))
    old = answers(old_model, "2025.yaml", OLD)
    new = answers(new_model, "2026.yaml", NEW)
    pair = read_pair(str(old), str(new), old_model=str(old_path), new_model=str(new_path))
    cmp = compare_assessments(*pair)
    assert cmp.drift.changed == ("version", "content hash")
    assert cmp.drift.only_old == cmp.drift.only_new == ()
    assert cmp.node("A.1").delta == 30


def test_removed_leaf_is_left_out(mini_model: ModelWriter, answers: AnswersWriter) -> None:
    old_path, old_model = mini_model("v1.yaml")
    removed = (
        "  - id: R2\n    name: {sv: Resultat två, en: Results two}\n"
        "    question: {sv: Beskriv era resultat., en: Describe your results.}\n"
    )
    new_path, new_model = mini_model("v2.yaml", ('version: "1"', 'version: "2"'), (removed, ""))
    old = answers(old_model, "2025.yaml", OLD)
    new = answers(new_model, "2026.yaml", {k: v for k, v in NEW.items() if k != "R2"})
    pair = read_pair(str(old), str(new), old_model=str(old_path), new_model=str(new_path))
    cmp = compare_assessments(*pair)
    assert cmp.drift.only_old == ("R2",)
    assert "R2" not in cmp.common and "R2" not in [n.id for n in cmp.nodes]
    # results compares R1 only: 70 → 70, not 50 → 70
    assert cmp.node("results").delta == 0
    results = cmp.node("results").old
    assert results is not None and results.coverage.answered == 1


def test_changed_hash_alone_is_drift(mini_model: ModelWriter, answers: AnswersWriter) -> None:
    old_path, old_model = mini_model("v1.yaml")
    new_path, new_model = mini_model("v1b.yaml", ("weight: 3", "weight: 1"))
    old = answers(old_model, "2025.yaml", OLD)
    new = answers(new_model, "2026.yaml", NEW)
    pair = read_pair(str(old), str(new), old_model=str(old_path), new_model=str(new_path))
    cmp = compare_assessments(*pair)
    assert cmp.drift.changed == ("content hash",)
    # each file is scored with its own weights: old A = (40 + 60·3)/4, new A = (70 + 50)/2
    assert cmp.node("A").delta == pytest.approx(60 - 55)


def test_a_file_read_with_the_wrong_model_names_the_file(
    mini_model: ModelWriter, answers: AnswersWriter
) -> None:
    _, old_model = mini_model("v1.yaml")
    new_path, new_model = mini_model("v2.yaml", ('version: "1"', 'version: "2"'))
    old = answers(old_model, "2025.yaml", OLD)
    new = answers(new_model, "2026.yaml", NEW)
    with pytest.raises(ModelMismatchError) as caught:
        read_pair(str(old), str(new), model=str(new_path))
    text = str(caught.value)
    assert "2025.yaml" in text and "--old-model" in text and "2026.yaml" not in text


def test_a_model_that_cannot_be_found_names_the_file(
    mini_model: ModelWriter, answers: AnswersWriter
) -> None:
    _, model = mini_model()
    old = answers(model, "2025.yaml", OLD)
    with pytest.raises(ValidationError) as caught:
        read_pair(str(old), str(old))
    assert "2025.yaml:" in str(caught.value) and "'mini'" in str(caught.value)
