"""aggregate: repeated respondent names, and the order of the discuss list."""

from __future__ import annotations

from pathlib import Path

from siqassess.core.aggregate import aggregate, unique_names
from siqassess.core.answers import Answer, AnswersFile
from siqassess.criteria.tree import LoadedModel
from siqassess.io.answers import new_answers
from siqassess.io.models import model_from_data
from siqassess.io.yamlio import parse

MINIMAL = Path(__file__).resolve().parents[1] / "cases" / "models" / "valid" / "minimal.yaml"
MODEL = model_from_data(*parse("m.yaml", MINIMAL.read_text(encoding="utf-8")))


def test_repeated_names_get_a_number() -> None:
    names = ["Anna", "Anna", "Bo", "Anna (2)", "Anna", ""]
    assert unique_names(names) == ["Anna", "Anna (2)", "Bo", "Anna (2) (2)", "Anna (3)", ""]
    assert unique_names(["", ""]) == ["", " (2)"]


def _file(model: LoadedModel, scores: dict[str, float]) -> AnswersFile:
    answers = new_answers(model, language="en")
    for leaf_id, value in scores.items():
        answers.answers[leaf_id] = Answer(score=value)
    return answers


def test_discuss_list_is_widest_spread_first_then_by_id() -> None:
    one = _file(MODEL, {"A.1": 0, "A.2": 20, "B.1": 0, "R1": 50, "R2": 10})
    two = _file(MODEL, {"A.1": 60, "A.2": 80, "B.1": 100, "R1": 60, "R2": 70})
    agg = aggregate(MODEL, [("One", one), ("Two", two)], threshold=30)
    # spreads: A.1 60, A.2 60, B.1 100, R1 10 (not flagged), R2 60
    assert [(s.id, s.spread) for s in agg.discuss] == [
        ("B.1", 100),
        ("A.1", 60),
        ("A.2", 60),
        ("R2", 60),
    ]
    assert agg.respondents == ("One", "Two")
