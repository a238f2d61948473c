"""A result question's measures on the question screen (domain rule 16), at 80×24."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from siqassess.core.measure_types import Comparison, Measure
from siqassess.criteria.tree import LoadedModel
from siqassess.i18n import t
from siqassess.interview import prompts
from siqassess.interview.screen import QuestionView, help_lines, question_lines
from siqassess.io.answers import Answer, new_answers, save_answers

from .term import Terminal

SICK = Measure(
    name="Sjukfrånvaro",
    unit="%",
    direction="lower",
    suggested=3,
    values={2023: 6.8, 2024: 7.1, 2025: 7.4, 2026: 7.2},
    targets={2026: 6.0},
    comparisons=[Comparison(value=6.9, source="Kolada, riket", year=2025)],
)
HME = Measure(name="Medarbetarengagemang", unit="index", suggested=1, values={2025: 76, 2026: 77})
EXPECTED = {
    "sv": [
        "Mätetalen talar för 20–30 · 2/5 föreslagna har data · poängen avviker mer än en…",
        "  Sjukfrånvaro (%)              7,1 7,4 7,2  mål 6  ↘  Kolada, riket 6,9",
        "  Medarbetarengagemang (index)  76 77  ·",
    ],
    "en": [
        "Measures suggest 20–30 · 2/5 suggested have data · score more than a level away",
        "  Sjukfrånvaro (%)              7.1 7.4 7.2  target 6  ↘  Kolada, riket 6.9",
        "  Medarbetarengagemang (index)  76 77  ·",
    ],
}


def _text(line: list[tuple[str, str]]) -> str:
    return "".join(text for _style, text in line)


def _answers(model: LoadedModel, lang: str, score: float | None = 70) -> object:
    answers = new_answers(model, language=lang, organisation="Acme", respondent="Ada")
    for leaf in model.leaves:
        answers.answers[leaf.id] = Answer(score=60)
    answers.answers["R2"] = Answer(score=score, measures=[SICK, HME])
    return answers


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_question_screen_shows_the_measures_and_the_suggested_band(
    model: LoadedModel, lang: str
) -> None:
    p = prompts.leaf_prompt(model, _answers(model, lang), "R2", lang)  # type: ignore[arg-type]
    lines = [_text(line) for line in question_lines(p, QuestionView("", None), 80, 24, lang)]
    assert len(lines) <= 24 and max(map(len, lines)) <= 80
    start = lines.index(EXPECTED[lang][0])
    assert lines[start : start + 3] == EXPECTED[lang]
    assert lines[start + 3].startswith(t(lang, "current_answer"))


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_help_screen_lists_every_measure_and_what_the_arrows_mean(
    model: LoadedModel, lang: str
) -> None:
    answers = _answers(model, lang)
    many = [SICK.model_copy(update={"name": f"Mått {i}"}) for i in range(6)]
    answers.answers["R2"] = Answer(score=30, measures=many)  # type: ignore[attr-defined]
    p = prompts.leaf_prompt(model, answers, "R2", lang)  # type: ignore[arg-type]
    screen = [_text(line) for line in question_lines(p, QuestionView("", None), 80, 24, lang)]
    assert len(screen) <= 24
    more = t(lang, "ms_more_rows", n=4)
    assert any(more in line for line in screen), screen
    text = "\n".join(_text(line) for line in help_lines(p, 80, lang))
    assert all(f"  Mått {i} (%)" in text for i in range(6))
    assert t(lang, "ms_arrows").split(",")[0] in text


def test_a_result_area_without_measures_shows_no_measure_lines(model: LoadedModel) -> None:
    answers = _answers(model, "en")
    p = prompts.leaf_prompt(model, answers, "R1", "en")  # type: ignore[arg-type]
    assert p["measures_data"] is None
    text = "\n".join(
        _text(line) for line in question_lines(p, QuestionView("", None), 80, 24, "en")
    )
    assert "Measures suggest" not in text


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_what_a_person_sees_at_80_by_24(tmp_path: Path, model: LoadedModel) -> None:
    answers = _answers(model, "sv", score=None)
    path = tmp_path / "a.yaml"
    save_answers(path, answers, model)  # type: ignore[arg-type]
    term = Terminal(["assess", str(path), "--lang", "sv"], 24, 80)
    try:
        term.wait(t("sv", "resume_first", id="R2"))
        term.press("\r")
        term.wait("Mätetalen talar för 20–30")
        lines = term.lines
        assert len(lines) == 24
        start = next(i for i, line in enumerate(lines) if line.startswith("Mätetalen"))
        assert lines[start] == "Mätetalen talar för 20–30 · 2/5 föreslagna har data"
        assert lines[start + 1 : start + 3] == EXPECTED["sv"][1:]
        assert "R2 Resultat medarbetare" in term.text
    finally:
        term.close()
