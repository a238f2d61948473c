"""Findings (domain rule 11) and actions (rule 12) survive a save and a read."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from siqassess.errors import ValidationError
from siqassess.io.answers import (
    Action,
    Answer,
    Improvement,
    new_answers,
    read_answers,
    save_answers,
)
from siqassess.io.models import resolve_model


def test_strengths_improvements_and_actions_round_trip(tmp_path: Path) -> None:
    model = resolve_model(None)
    answers = new_answers(model, date=dt.date(2026, 11, 1))
    answers.answers["F1.1"] = Answer(
        score=40,
        strengths=["Kundmöten varje kvartal"],
        improvements=[
            "Synpunkter når inte ledningen",
            Improvement(
                text="Ingen uppföljning av löften",
                actions=[
                    Action(text="Inför månadsuppföljning", owner="Anna", due=dt.date(2027, 3, 1)),
                    Action(text="Mät svarstider", status="in_progress"),
                ],
            ),
        ],
    )
    path = tmp_path / "a.yaml"
    save_answers(path, answers, model)
    again = read_answers(path, model)
    assert again.answers["F1.1"] == answers.answers["F1.1"]
    assert "  F1.1:\n    score: 40\n    strengths:\n    - Kundmöten varje kvartal\n" in (
        path.read_text(encoding="utf-8")
    )


def test_findings_alone_make_an_answer_not_blank() -> None:
    assert not Answer(strengths=["x"]).blank
    assert not Answer(improvements=["x"]).blank
    assert Answer().blank


def test_an_unknown_action_status_is_refused(tmp_path: Path) -> None:
    model = resolve_model(None)
    path = tmp_path / "a.yaml"
    save_answers(path, new_answers(model), model)
    text = path.read_text(encoding="utf-8").replace(
        "  F1.1:\n    score: null\n",
        "  F1.1:\n    improvements:\n    - text: x\n"
        "      actions:\n      - {text: y, status: later}\n",
    )
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        read_answers(path, model)
    assert "status" in str(caught.value.problems[0])
