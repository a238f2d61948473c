"""The summary shown at the end: scores with coverage, gaps and strengths."""

from __future__ import annotations

import io
import re

import pytest
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
    text = _render(summary(model, answers, "en", width=100, height=40))
    assert text.startswith("Summary – Acme  ·  Total: 48  (475 of 1000 points)\n")
    assert "\n3 answered · 1 not applicable · 28 missing\n" in text
    assert "Below target (gap × importance)" in text
    assert (
        "1. F1.1 (Creates value with customers and stakeholders): 20 against target 70 (gap 50)"
        in text
    )
    assert "Results below target" in text
    assert "1. R1 Customer and stakeholder results: 40 against target 70 (gap 30)" in text
    assert "At or above target" in text
    assert "F1.2 (Creates value with customers and stakeholders): 90 (target 70)" in text
    # Factors without a score show a dash, and still show their coverage.
    assert re.search(r"\nF3 Involves motivated employees +– +– +·{20} +0 / 0 / 5\n", text)


def test_empty_assessment_has_no_score_but_full_coverage_line(model: LoadedModel) -> None:
    text = _render(summary(model, new_answers(model), "sv"))
    assert "Totalt: ingen poäng" in text
    assert "0 besvarade · 0 ej tillämpliga · 32 saknas" in text
    assert "Inga ännu." in text


def test_bar_fills_to_score_and_marks_target() -> None:
    assert bar(50, 80, width=10).plain == "█████···┃·"
    assert bar(None, None, width=4).plain == "····"


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_summary_fits_80_columns_with_total_first_and_whole_words(
    model: LoadedModel, lang: str
) -> None:
    answers = new_answers(model, organisation="Kommunala bolaget i Norrland", language=lang)
    for leaf in model.leaves:
        answers.answers[leaf.id] = Answer(score=30.0 if leaf.id.startswith("F5") else 80.0)
    console = Console(file=io.StringIO(), width=80, color_system=None)
    console.print(summary(model, answers, lang, width=80))
    lines = console.file.getvalue().splitlines()  # type: ignore[attr-defined]
    assert max(len(line) for line in lines) <= 80
    total = "Totalt: 75  (750 av 1000 poäng)" if lang == "sv" else "Total: 75  (750 of 1000 points)"
    assert lines[0].endswith(total)
    counted = "32 besvarade · 0 ej tillämpliga · 0 saknas" if lang == "sv" else "32 answered"
    assert lines[1].startswith(counted)
    # Every factor's and area's name is whole or shortened at a space with an ellipsis.
    for node in model.root.walk():
        if node.kind in ("success_factor", "result_area"):
            name = f"{node.id} {node.name[lang]}"
            row = next(line for line in lines if line.startswith(f"{node.id} "))
            shown = row.split("  ")[0]
            assert shown == name or (shown.endswith("…") and name.startswith(shown[:-1] + " "))
