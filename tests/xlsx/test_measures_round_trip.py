"""Measures survive YAML → xlsx → YAML unchanged: generated measures, written and read back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from siqassess.core.measure_types import Comparison, Measure
from siqassess.io.answers import Answer, AnswersFile, dump_answers, new_answers, read_answers
from siqassess.io.models import resolve_model
from siqassess.io.xlsx_write import questionnaire_bytes

MODEL = resolve_model(None)
AREAS = [leaf.id for leaf in MODEL.leaves if leaf.kind == "result_area"]
CRITERIA = [leaf.id for leaf in MODEL.leaves if leaf.kind == "criterion"]
ASSESSED = dt.date(2026, 10, 1)

# Text a cell can hold: no control characters but line breaks, no lone surrogates.
_chars = st.characters(
    blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff"
) | st.just("\n")
texts = st.text(_chars, min_size=1, max_size=20).filter(lambda s: s.strip())
names = texts.map(str.strip)  # a measure is known by its name, read without outer spaces
# A spreadsheet holds 15 significant digits (Excel shows and stores no more), so a value is
# kept exactly when it has at most 15: the answers file's figures do.
numbers = st.one_of(
    st.integers(-1000, 100_000).map(float),
    st.floats(-1e12, 1e12, allow_nan=False, allow_infinity=False).map(lambda x: float(f"{x:.15g}")),
)
past = st.integers(1990, ASSESSED.year)
comparisons = st.builds(Comparison, value=numbers, source=texts, year=st.one_of(st.none(), past))
units = st.one_of(st.just(""), texts.filter(lambda s: s == s.strip()))


@st.composite
def measures(draw: st.DrawFn, name: str) -> Measure:
    return Measure(
        name=name,
        unit=draw(units),
        direction=draw(st.sampled_from(["higher", "lower", "target"])),
        values=draw(st.dictionaries(past, numbers, max_size=5)),
        targets=draw(st.dictionaries(st.integers(1990, 2035), numbers, max_size=3)),
        comparisons=draw(st.lists(comparisons, max_size=4)),
        follows_from=draw(st.lists(st.sampled_from(CRITERIA), max_size=3)),
        source=draw(st.one_of(st.just(""), texts)),
        suggested=draw(st.one_of(st.none(), st.integers(1, 4))),
    )


@st.composite
def answers_files(draw: st.DrawFn) -> AnswersFile:
    base = new_answers(MODEL, language=draw(st.sampled_from(["sv", "en"])), date=ASSESSED)
    for leaf in draw(st.lists(st.sampled_from(AREAS), min_size=1, max_size=3, unique=True)):
        titles = draw(st.lists(names, min_size=1, max_size=3, unique=True))
        base.answers[leaf] = Answer(measures=[draw(measures(title)) for title in titles])
    return base


def _with(measure: Measure, language: str = "sv") -> AnswersFile:
    base = new_answers(MODEL, language=language, date=ASSESSED)
    base.answers["R2"] = Answer(score=50, measures=[measure])
    return base


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow,
          HealthCheck.function_scoped_fixture])  # fmt: skip
@given(answers_files())
@example(
    _with(
        Measure(
            name="Sjukfrånvaro",
            unit="%",
            direction="lower",
            values={2024: 7.1, 2025: 1234.56789012345},
            comparisons=[
                Comparison(value=6.9, source="Riket", year=2025),
                Comparison(value=5, source="Länet"),
                Comparison(value=7, source="Liknande", year=2025),
                Comparison(value=8, source="Äldre", year=2020),
            ],
        )
    )
)
@example(_with(Measure(name="Bara ett namn"), "en"))
@example(_with(Measure(name="=1+1", unit="2024", source="a\nb", targets={2030: -0.0})))
def test_measures_survive_yaml_xlsx_yaml(tmp_path: Path, answers: AnswersFile) -> None:
    path = tmp_path / "rt.xlsx"
    path.write_bytes(questionnaire_bytes(answers, MODEL))
    back = read_answers(path, MODEL)
    for leaf, answer in answers.answers.items():
        if answer is not None and answer.measures:
            found = back.answers[leaf]
            assert found is not None and found.measures == answer.measures
    assert dump_answers(back, MODEL) == dump_answers(answers, MODEL)
