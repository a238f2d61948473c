"""Measures in an answers file: read, checked with located messages in both languages, kept."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from siqassess.cli import app
from siqassess.io.answers import dump_answers, read_answers
from siqassess.io.models import resolve_model

runner = CliRunner()
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
R1_VALUES = "values: {2023: 9, 2024: 8, 2025: 7, 2026: 6}"


def _example_text() -> str:
    """Norrvik's 2026 answers with its measures (examples/norrvik_measures.py)."""
    sys.path.insert(0, str(EXAMPLES))
    try:
        from norrvik_measures import MEASURES
    finally:
        sys.path.remove(str(EXAMPLES))
    model = resolve_model("siq-2019-1")
    answers = read_answers(EXAMPLES / "norrvik-2026.yaml", model)
    for leaf, measures in MEASURES.items():
        answer = answers.answer(leaf)
        assert answer is not None
        answers.answers[leaf] = answer.model_copy(update={"measures": measures})
    return dump_answers(answers, model)


EXAMPLE_TEXT = _example_text()


def _bad(tmp_path: Path, old: str, new: str) -> Path:
    text = EXAMPLE_TEXT
    assert old in text
    path = tmp_path / "bad.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def _line_of(path: Path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text().splitlines(), 1) if needle in line)


def _validate(path: Path, lang: str) -> str:
    result = runner.invoke(app, ["validate", "--lang", lang, str(path)])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    return result.stdout


def test_the_example_keeps_its_measures_through_reading_and_writing(tmp_path: Path) -> None:
    model = resolve_model("siq-2019-1")
    path = tmp_path / "n.yaml"
    path.write_text(EXAMPLE_TEXT, encoding="utf-8")
    answers = read_answers(path, model)
    r1 = answers.answer("R1")
    assert r1 is not None and [m.name for m in r1.measures][:1] == ["Tid för åtgärd av felanmälan"]
    assert r1.measures[0].values == {2023: 9, 2024: 8, 2025: 7, 2026: 6}
    assert dump_answers(answers, model) == EXAMPLE_TEXT


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "expected a number, got 'eight'"),
        ("sv", "ska vara ett tal, men är 'eight'"),
    ],
)
def test_a_value_that_is_not_a_number(tmp_path: Path, lang: str, expected: str) -> None:
    path = _bad(tmp_path, R1_VALUES, "values: {2023: 9, 2024: eight, 2025: 7, 2026: 6}")
    line = _line_of(path, "2024: eight")
    out = _validate(path, lang)
    assert f"{path}:{line}:25: {expected} [answers.R1.measures[0].values[2024]]" in out


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "year 2027 is after the assessment (2026): values cannot come from the future"),
        ("sv", "året 2027 ligger efter bedömningen (2026): värden kan inte komma från framtiden"),
    ],
)
def test_a_year_in_the_future(tmp_path: Path, lang: str, expected: str) -> None:
    path = _bad(tmp_path, R1_VALUES, "values: {2023: 9, 2024: 8, 2025: 7, 2027: 6}")
    line = _line_of(path, "2027: 6")
    out = _validate(path, lang)
    assert f"{path}:{line}:43: {expected} [answers.R1.measures[0].values[2027]]" in out


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "missing required key 'source'"),
        ("sv", "nyckeln 'source' saknas men krävs"),
    ],
)
def test_a_comparison_without_a_source(tmp_path: Path, lang: str, expected: str) -> None:
    old = "      - value: 7.5\n        source: Kolada, liknande kommuner\n"
    path = _bad(tmp_path, old, "      - value: 7.5\n")
    line = _line_of(path, "- value: 7.5")
    out = _validate(path, lang)
    assert f"{path}:{line}:9: {expected} [answers.R1.measures[0].comparisons[0].source]" in out


def test_a_blank_source_links_to_unknown_criteria_and_measures_on_a_criterion(
    tmp_path: Path,
) -> None:
    text = EXAMPLE_TEXT.replace("source: Kolada, liknande kommuner\n", "source: ' '\n", 1)
    text = text.replace("follows_from: [F4.3, F4.6]", "follows_from: [F4.3, R2]")
    text = text.replace(
        "  F1.3:\n    score: 50\n", "  F1.3:\n    score: 50\n    measures:\n    - name: x\n"
    )
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    out = _validate(path, "en")
    assert (
        'a comparison needs a source, for example "Kolada, similar municipalities"'
        " [answers.R1.measures[0].comparisons[0].source]" in out
    )
    assert "'R2' is not a ways-of-working criterion of the model" in out
    assert "measures belong on a result area; F1.3 is not one [answers.F1.3.measures]" in out
    out = _validate(path, "sv")
    assert "'R2' är inget kriterium för arbetssätt i modellen" in out
    assert "mätetal hör till ett resultatområde; F1.3 är inget sådant" in out


def _many(tmp_path: Path, n: int) -> tuple[Path, float]:
    values = ", ".join(f"{1000 + i}: {i}" for i in range(n))
    path = _bad(tmp_path, R1_VALUES, f"values: {{{values}}}")
    start = time.perf_counter()
    result = runner.invoke(app, ["validate", "--lang", "en", str(path)])
    elapsed = time.perf_counter() - start
    assert result.exit_code == 1, result.output
    return path, elapsed


def test_ten_thousand_values_get_located_messages_at_linear_cost(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    path, small = _many(tmp_path / "a", 5_000)
    path, large = _many(tmp_path / "b", 10_000)
    out = runner.invoke(app, ["validate", "--lang", "en", str(path)]).stdout
    assert "year 2027 is after the assessment (2026)" in out
    assert "more problems" in out  # the rest are counted, not listed
    assert large < 4 * small + 1.0, (small, large)
