"""Every rule of check_answers, each with its exact message and key path."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from siqassess.criteria.tree import LoadedModel
from siqassess.errors import ModelMismatchError, ValidationError
from siqassess.io.answers import AnswersFile, answers_from_data, check_answers, validate
from siqassess.io.models import model_from_data
from siqassess.io.yamlio import parse

MINIMAL = Path(__file__).resolve().parents[1] / "cases" / "models" / "valid" / "minimal.yaml"


@pytest.fixture(scope="module")
def two_scales() -> LoadedModel:
    """minimal.yaml with its results scale in steps of 20: leaves on two different scales."""
    data = yaml.safe_load(MINIMAL.read_text(encoding="utf-8"))
    data["scales"]["res"]["step"] = 20
    return model_from_data(*parse("model.yaml", yaml.safe_dump(data, allow_unicode=True)))


def _file(model: LoadedModel, **fields: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "format": 1,
        "model": {"id": model.id, "version": model.version, "sha256": model.sha256},
        "language": "en",
        "answers": {},
    }
    data.update(copy.deepcopy(fields))
    return data


def _findings(model: LoadedModel, **fields: Any) -> list[tuple[tuple[str | int, ...], str]]:
    data = _file(model, **fields)
    source = parse("a.yaml", yaml.safe_dump(data))[1]
    findings = check_answers(validate(AnswersFile, data, source, "answers file"), model)
    return [(path, str(message)) for path, message in findings]  # the English text


def test_a_clean_file_has_no_findings(two_scales: LoadedModel) -> None:
    answers = {"A.1": {"score": 50}, "R1": {"score": 40, "target": 80}, "B.1": None}
    assert _findings(two_scales, answers=answers, default_target=60) == []


def test_language_must_be_one_of_the_models(two_scales: LoadedModel) -> None:
    assert _findings(two_scales, language="fr") == [
        (("language",), "language must be one of sv, en")
    ]


def test_default_target_must_be_on_every_leaf_scale(two_scales: LoadedModel) -> None:
    # 50 is on the ways-of-working scale (steps of 10) but not on the results one (20).
    assert _findings(two_scales, default_target=50) == [
        (("default_target",), "50 is not on the scale (0–100 in steps of 20)")
    ]
    assert _findings(two_scales, default_target=110) == [
        (("default_target",), "110 is not on the scale (0–100 in steps of 10)")
    ]


def test_unknown_and_inner_ids(two_scales: LoadedModel) -> None:
    assert _findings(two_scales, answers={"Z.9": {"score": 50}, "A": {"score": 50}}) == [
        (("answers", "Z.9"), "unknown id 'Z.9' in model mini"),
        (("answers", "A"), "not a scored leaf 'A' in model mini"),
    ]


def test_scores_and_targets_on_the_leafs_own_scale(two_scales: LoadedModel) -> None:
    answers = {"A.1": {"score": 55, "target": 30}, "R1": {"score": 30, "target": 100.5}}
    assert _findings(two_scales, answers=answers) == [
        (("answers", "A.1", "score"), "55 is not on the scale (0–100 in steps of 10)"),
        (("answers", "R1", "score"), "30 is not on the scale (0–100 in steps of 20)"),
        (("answers", "R1", "target"), "100.5 is not on the scale (0–100 in steps of 20)"),
    ]


def test_na_rules(two_scales: LoadedModel) -> None:
    answers = {
        "A.1": {"score": 50, "na": True, "reason": "both"},
        "A.2": {"na": True},
        "B.1": {"na": True, "reason": "  "},
    }
    assert _findings(two_scales, answers=answers) == [
        (("answers", "A.1", "na"), "a leaf cannot have both a score and na: true"),
        (("answers", "A.2", "na"), "na: true needs a reason"),
        (("answers", "B.1", "na"), "na: true needs a reason"),
    ]


def test_complete_status_needs_every_leaf(two_scales: LoadedModel) -> None:
    answers = {"A.1": {"score": 50}, "A.2": {"na": True, "reason": "x"}, "B.1": {"note": "?"}}
    assert _findings(two_scales, answers=answers, status="complete") == [
        (("status",), "status is complete but 3 leaves are unanswered")
    ]
    done = {leaf.id: {"score": 40} for leaf in two_scales.leaves}
    assert _findings(two_scales, answers=done, status="complete") == []


def test_messages_are_located_in_the_file(two_scales: LoadedModel) -> None:
    text = yaml.safe_dump(_file(two_scales, answers={"R1": {"score": 30}}), sort_keys=False)
    with pytest.raises(ValidationError) as caught:
        answers_from_data(*parse("a.yaml", text), two_scales)
    assert [str(p) for p in caught.value.problems] == [
        "a.yaml:9:5: 30 is not on the scale (0–100 in steps of 20) [answers.R1.score]"
    ]


def test_a_different_model_is_named_part_by_part(two_scales: LoadedModel) -> None:
    data = _file(two_scales)
    data["model"] = {"id": "mini", "version": "2", "sha256": "ab" * 32}
    with pytest.raises(ModelMismatchError) as caught:
        answers_from_data(*parse("a.yaml", yaml.safe_dump(data, sort_keys=False)), two_scales)
    (problem,) = caught.value.problems
    assert problem.message == (
        "answers a different model: version '2' ≠ '1'; "
        f"content hash abababababab… ≠ {two_scales.sha256[:12]}…"
    )
