"""The answers file as saved: every field a user can fill, in model order, read back unchanged."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from siqassess.core.answers import Action, Answer, GroupStats, Improvement
from siqassess.criteria.tree import LoadedModel
from siqassess.io import answers as answers_module
from siqassess.io.answers import answers_from_data, dump_answers, new_answers
from siqassess.io.models import model_from_data
from siqassess.io.yamlio import parse

MINIMAL = Path(__file__).resolve().parents[1] / "cases" / "models" / "valid" / "minimal.yaml"
GOLDEN = Path(__file__).parent / "golden"


@pytest.fixture(autouse=True)
def _fresh_text() -> None:
    """Saving remembers each leaf's lines; start empty so the text is made by this code."""
    answers_module._LEAF_CACHE.clear()
    answers_module._comment.cache_clear()


def _mini() -> LoadedModel:
    return model_from_data(*parse("minimal.yaml", MINIMAL.read_text(encoding="utf-8")))


def _filled(model: LoadedModel, language: str) -> object:
    answers = new_answers(
        model,
        organisation="Norrvik: Kommun",
        unit="Teknik # förvaltning",
        respondent="Anna Berg",
        language=language,
        date=dt.date(2026, 10, 15),
    )
    filled = {
        "A.1": Answer(
            score=60,
            target=70,
            note="Rad ett\nRad två",
            evidence=["https://a.example/x", "Protokoll 3 maj"],
            strengths=["Tydlig plan"],
            improvements=[
                "Mät oftare",
                Improvement(
                    text="Följ upp",
                    actions=[
                        Action(text="Enkät", owner="Eva", due=dt.date(2027, 3, 1)),
                        Action(text="Analys", status="done"),
                    ],
                ),
            ],
            last_year=50,
        ),
        "A.2": Answer(na=True, reason="Ingen verksamhet 0\xa0", last_year="na"),
        "B.1": Answer(score=40, last_year=50, note="slut\u2028mitt"),
        "R1": Answer(
            score=70,
            group=GroupStats(n=3, mean=70, median=70, min=60, max=80, stdev=10, discuss=True),
        ),
        "R2": Answer(score=40.0, last_year=45.5),  # last year: any value, never scored
    }
    return answers.model_copy(
        update={
            "answers": {**answers.answers, **filled},
            "default_target": 70.0,
            "status": "complete",
            "respondents": ["Anna Berg", "Bo Ek"],
        }
    )


@pytest.mark.parametrize("language", ["sv", "en"])
def test_a_filled_file_is_saved_as_the_golden_file_and_reads_back_the_same(
    language: str, golden: Callable[[Path, str], None]
) -> None:
    model = _mini()
    answers = _filled(model, language)
    text = dump_answers(answers, model)  # type: ignore[arg-type]
    golden(GOLDEN / f"answers-{language}.yaml", text)
    again = answers_from_data(*parse("a.yaml", text), model)
    assert again == answers
    assert yaml.safe_load(text)["answers"]["A.2"]["reason"] == "Ingen verksamhet 0\xa0"


def test_a_blank_file_has_every_leaf_unanswered_in_model_order() -> None:
    model = _mini()
    answers = new_answers(model, language="de", date=dt.date(2026, 1, 2))
    assert answers.language == "sv"  # a language the model lacks falls back to its first
    data = yaml.safe_load(dump_answers(answers, model))
    assert list(data["answers"]) == ["A.1", "A.2", "B.1", "R1", "R2"]
    assert all(value == {"score": None} for value in data["answers"].values())
    assert data["model"] == {"id": "mini", "version": "1", "sha256": model.sha256}
    assert (data["format"], data["date"], data["status"]) == (1, "2026-01-02", "in_progress")
    assert "respondents" not in data and data["default_target"] is None


def test_defaults_a_foreign_language_and_unknown_leaves_are_saved_as_they_are() -> None:
    model = _mini()
    blank = new_answers(model, date=dt.date(2026, 1, 2))
    data = yaml.safe_load(dump_answers(blank, model))
    assert (data["organisation"], data["unit"], data["respondent"]) == ("", "", "")
    assert data["language"] == "sv"
    # A file in a language the model lacks gets the model's first language's comments, and
    # an answer to a leaf the model lacks stays in the file, after the model's leaves.
    odd = blank.model_copy(update={"language": "de", "answers": {"X.9": Answer(score=10)}})
    text = dump_answers(odd, model)
    assert "# siqassess svarsfil för Minimodell 1.\n" in text
    assert "  # A.1  Beskriv hur ni gör A1.\n" in text
    assert text.split("  R2:\n", 1)[1].startswith("    score: null\n  X.9:\n    score: 10\n")
    assert yaml.safe_load(text)["language"] == "de"
