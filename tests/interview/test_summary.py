"""The summary shown at the end: scores with coverage, areas for improvement, results apart."""

from __future__ import annotations

import io

from rich.console import Console

from siqassess.criteria.tree import LoadedModel
from siqassess.interview.summary import bar, summary
from siqassess.io.answers import Answer, new_answers


def _render(renderable: object) -> str:
    console = Console(file=io.StringIO(), width=160, color_system=None)
    console.print(renderable)
    return console.file.getvalue()  # type: ignore[attr-defined]


def test_summary_shows_total_coverage_improvements_and_results_apart(model: LoadedModel) -> None:
    answers = new_answers(model, organisation="Acme", language="en")
    answers.answers["F1.1"] = Answer(score=20.0)
    answers.answers["F1.2"] = Answer(score=90.0)
    answers.answers["F2.1"] = Answer(na=True, reason="r")
    answers.answers["R1"] = Answer(score=40.0)
    text = _render(summary(model, answers, "en"))
    assert "Summary – Acme" in text
    assert "3 answered · 1 not applicable · 28 missing" in text
    assert "Areas for improvement (gap × importance)" in text
    assert (
        "1. F1.1 (Creates value with customers and stakeholders): 20 against target 70 (gap 50)"
        in text
    )
    assert "Results under target" in text
    assert "1. R1 Customer and stakeholder results: 40 against target 70 (gap 30)" in text
    assert "F1.2 (Creates value with customers and stakeholders): 90 (target 70)" in text
    # Factors without a score say so, and still show their coverage.
    assert "no score" in text
    assert "0 / 0 / 5" in text


def test_empty_assessment_has_no_score_but_full_coverage_line(model: LoadedModel) -> None:
    text = _render(summary(model, new_answers(model), "sv"))
    assert "Totalt: ingen poäng" in text
    assert "0 besvarade · 0 ej tillämpliga · 32 saknas" in text
    assert "Inga ännu." in text


def test_bar_fills_to_score_and_marks_target() -> None:
    assert bar(50, 80, width=10).plain == "█████···┃·"
    assert bar(None, None, width=4).plain == "····"
