"""The pure mapping from model nodes and answers to prompt descriptions."""

from __future__ import annotations

from siqassess.criteria.tree import LoadedModel
from siqassess.interview import prompts
from siqassess.io.answers import Answer, new_answers


def test_criterion_prompt_has_factor_context_question_help_and_levels(
    model: LoadedModel,
) -> None:
    answers = new_answers(model, language="en")
    p = prompts.leaf_prompt(model, answers, "F1.1", "en")
    assert p["context"]["id"] == "F1"
    assert p["context"]["name"] == model.nodes["F1"].name["en"]
    assert p["context"]["description"] == model.nodes["F1"].description["en"]  # type: ignore[index]
    assert p["question"] == model.nodes["F1.1"].question["en"]  # type: ignore[index]
    assert p["help"]
    assert p["progress"] == "Question 1 of 32"
    assert [lv["value"] for lv in p["levels"]] == list(range(0, 101, 10))
    assert p["levels"][4]["title"] == " 40  Established"
    assert p["levels"][4]["descriptor"].startswith("A well-founded approach")
    assert p["status"] == "missing" and p["current"] == "not answered"
    assert p["default"] is None
    assert p["target"] == model.spec.default_target


def test_result_area_is_its_own_context_and_lists_measures(model: LoadedModel) -> None:
    answers = new_answers(model, language="sv")
    p = prompts.leaf_prompt(model, answers, "R1", "sv")
    assert p["context"] == {
        "id": "R1",
        "kind": "result_area",
        "name": "Resultat kunder och intressenter",
        "description": model.nodes["R1"].description["sv"],  # type: ignore[index]
    }
    assert p["progress"] == "Fråga 28 av 32"
    assert len(p["measures"]) == len(model.nodes["R1"].measures) > 0
    assert p["levels"][0]["label"] == "Inga resultat"


def test_current_answer_sets_default_text_and_target(model: LoadedModel) -> None:
    answers = new_answers(model, language="en")
    answers.default_target = 60
    answers.answers["F1.2"] = Answer(score=30.0, note="n", evidence=["e"])
    answers.answers["F1.3"] = Answer(na=True, reason="No customers")
    answers.answers["F1.4"] = Answer(score=80.0, target=90.0)
    two = prompts.leaf_prompt(model, answers, "F1.2", "en")
    assert (two["default"], two["current"], two["target"]) == (30, "30 – Emerging", 60)
    assert (two["note"], two["evidence"]) == ("n", ["e"])
    three = prompts.leaf_prompt(model, answers, "F1.3", "en")
    assert (three["default"], three["current"]) == ("na", "Not applicable – No customers")
    four = prompts.leaf_prompt(model, answers, "F1.4", "en")
    assert (four["target"], four["own_target"]) == (90, 90)


def test_overview_rows_count_progress_per_factor(model: LoadedModel) -> None:
    answers = new_answers(model)
    answers.answers["F1.1"] = Answer(score=10.0)
    answers.answers["F1.2"] = Answer(na=True, reason="r")
    answers.answers["R2"] = Answer(score=50.0)
    rows = prompts.overview_rows(model, answers, "en")
    assert [r["label"] for r in rows] == ["F1", "F2", "F3", "F4", "F5", "R1–R5"]
    f1, results = rows[0], rows[-1]
    assert (f1["answered"], f1["na"], f1["missing"], f1["total"]) == (1, 1, 2, 4)
    assert f1["first_missing"] == "F1.3"
    assert (results["answered"], results["missing"], results["first_missing"]) == (1, 4, "R1")
    assert prompts.counts(model, answers) == {"answered": 2, "na": 1, "missing": 29, "total": 32}
    assert prompts.first_missing(model, answers) == "F1.3"


def test_evidence_is_split_on_commas_and_lines() -> None:
    assert prompts.parse_evidence("a, b\nc,, ") == ["a", "b", "c"]
    assert prompts.parse_evidence("  ") == []
