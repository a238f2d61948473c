"""Measures carried across years (compare, trend): each measure's values by calendar year."""

from __future__ import annotations

import datetime as dt

from siqassess.core.measure_types import Measure
from siqassess.core.measure_years import all_years, measure_years
from siqassess.io.answers import Answer, AnswersFile, new_answers
from siqassess.io.models import resolve_model
from siqassess.reports.measure_years_view import measure_years_context

MODEL = resolve_model("siq-2019-1")


def _file(year: int, **measures: list[Measure]) -> AnswersFile:
    answers = new_answers(MODEL, language="sv", date=dt.date(year, 10, 1))
    for leaf, found in measures.items():
        answers.answers[leaf] = Answer(measures=found)
    return answers


def test_a_later_file_revises_a_year_and_an_earlier_files_measure_is_kept() -> None:
    old = _file(
        2025,
        R2=[Measure(name="Sjukfrånvaro", direction="lower", values={2023: 6.8, 2024: 7.1})],
        R4=[Measure(name="Fossilfritt", unit="%", values={2024: 64})],
    )
    new = _file(
        2026,
        R1=[Measure(name="NKI", values={2026: 73})],
        R2=[Measure(name="Sjukfrånvaro", direction="lower", values={2024: 7.0, 2025: 7.4})],
    )
    found = measure_years([old, new])
    assert [(m.leaf, m.name, m.values, m.files) for m in found] == [
        ("R1", "NKI", ((2026, 73.0),), 1),
        ("R2", "Sjukfrånvaro", ((2023, 6.8), (2024, 7.0), (2025, 7.4)), 2),
        ("R4", "Fossilfritt", ((2024, 64.0),), 1),
    ]
    assert found[1].trend == "worsening"  # lower is good, and it rose
    assert all_years(found) == (2023, 2024, 2025, 2026)
    shown = measure_years_context([old, new], "sv")
    assert shown is not None
    assert shown.years == ("2023", "2024", "2025", "2026")
    assert [(r.leaf, r.cells, r.arrow, r.trend) for r in shown.rows] == [
        ("R1", ("–", "–", "–", "73"), "·", "för få värden"),
        ("R2", ("6,8", "7", "7,4", "–"), "↘", "försämras"),
        ("R4", ("–", "64", "–", "–"), "·", "för få värden"),
    ]


def test_files_without_measures_have_no_section() -> None:
    assert measure_years_context([_file(2025), _file(2026)], "en") is None
