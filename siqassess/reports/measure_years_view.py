"""What the compare and trend templates show of the measures carried across years."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from siqassess.core.answers import AnswersFile
from siqassess.core.measure_years import MeasureYears, all_years, measure_years
from siqassess.i18n import number, t
from siqassess.reports.measures_context import ARROWS


@dataclass(frozen=True)
class MeasureYearsRow:
    """One measure of a result area: its value in each year (text, "–" for none), its trend."""

    leaf: str
    name: str
    unit: str
    cells: tuple[str, ...]
    arrow: str
    trend: str


@dataclass(frozen=True)
class MeasureYearsView:
    """The section's heading, column headings and rows."""

    heading: str
    intro: str
    area: str
    measure: str
    trend_heading: str
    years: tuple[str, ...]
    rows: tuple[MeasureYearsRow, ...]


def _num(lang: str, value: float) -> str:
    return number(lang, value, 0 if float(value).is_integer() else 1)


def _row(measure: MeasureYears, years: Sequence[int], lang: str) -> MeasureYearsRow:
    values = dict(measure.values)
    return MeasureYearsRow(
        leaf=measure.leaf,
        name=measure.name,
        unit=measure.unit,
        cells=tuple(_num(lang, values[y]) if y in values else "–" for y in years),
        arrow=ARROWS.get(measure.trend or "", "·"),
        trend=t(lang, f"trend_{measure.trend or 'none'}"),
    )


def measure_years_context(files: Sequence[AnswersFile], lang: str) -> MeasureYearsView | None:
    """The section's heading, columns and rows; ``None`` when no file has a measure."""
    found = measure_years(files)
    if not found:
        return None
    years = all_years(found)
    return MeasureYearsView(
        heading=t(lang, "my_heading"),
        intro=t(lang, "my_intro"),
        area=t(lang, "my_area"),
        measure=t(lang, "ms_measure"),
        trend_heading=t(lang, "ms_trend"),
        years=tuple(str(y) for y in years),
        rows=tuple(_row(m, years, lang) for m in found),
    )
