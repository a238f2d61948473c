"""The questionnaire's data validation: a value off the list is stopped where it is typed.

Calc and Excel show the error message (in the workbook's language, naming what is allowed)
and refuse the value, so a client who types 75 learns at once that it must be 70 or 80,
rather than days later from ``siqassess validate``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from siqassess.i18n import any_of, number, quoted
from siqassess.io.xlsx_text import text

if TYPE_CHECKING:
    from openpyxl.worksheet.datavalidation import DataValidation

FIRST_DATE = "2000-01-01"
LAST_DATE = "2099-12-31"
"""Dates outside these are refused: Calc reads "31 mars" as 1931-03-01."""


def _rule(lang: str, message: str, **kwargs: object) -> DataValidation:
    from openpyxl.worksheet.datavalidation import DataValidation

    rule = DataValidation(allow_blank=True, **kwargs)  # type: ignore[arg-type]
    rule.showErrorMessage = True
    rule.errorStyle = "stop"
    rule.errorTitle = text(lang, "dv_title")
    rule.error = message
    return rule


def score_rule(lang: str, values: list[int]) -> DataValidation:
    """The score and own target: one of the scale's values."""
    shown = ", ".join(str(v) for v in values)
    listed = ",".join(str(v) for v in values)
    return _rule(lang, text(lang, "dv_score", values=shown), type="list", formula1=f'"{listed}"')


def yes_no_rule(lang: str) -> DataValidation:
    """Not applicable: Yes or No in the workbook's language."""
    yes, no = text(lang, "yes"), text(lang, "no")
    message = text(lang, "dv_yes_no", yes=yes, no=no)
    return _rule(lang, message, type="list", formula1=f'"{yes},{no}"')


def status_rule(lang: str) -> DataValidation:
    """An action's status: planned, in progress or done."""
    names = [text(lang, f"status_{s}") for s in ("planned", "in_progress", "done")]
    choices = any_of(lang, names)
    message = text(lang, "dv_status", choices=choices)
    return _rule(lang, message, type="list", formula1=f'"{",".join(names)}"')


def date_rule(lang: str) -> DataValidation:
    """A date in this century; the formulas are dates as Excel stores them."""
    message = text(lang, "dv_date", first=FIRST_DATE, last=LAST_DATE, example="2027-03-31")
    return _rule(lang, message, type="date", operator="between", formula1="36526", formula2="73050")


def id_rule(lang: str, ids: list[str]) -> DataValidation:
    """A question's id on the Actions sheet."""
    return _rule(lang, text(lang, "dv_id"), type="list", formula1=f'"{",".join(ids)}"')


def number_rule(lang: str) -> DataValidation:
    """The number of an area for improvement, with a hint shown when the cell is chosen."""
    improvements = text(lang, "col_improvements")
    message = text(lang, "dv_no", improvements=quoted(lang, improvements))
    rule = _rule(lang, message, type="whole", operator="between", formula1="1", formula2="50")
    rule.showInputMessage = True
    rule.promptTitle = text(lang, "col_no")
    rule.prompt = message
    return rule


DIRECTIONS = ("higher", "lower", "target")
"""The ways a measure can be good, in the order the workbook lists them."""
FIRST_YEAR = 1900
LAST_YEAR = 2100
LIMIT = 1_000_000_000_000
"""The largest measure value an answers file accepts (core/measure_types.Number)."""


def area_rule(lang: str, ids: list[str]) -> DataValidation:
    """A result area's id on the Measures sheet."""
    example = ids[0] if ids else "R1"
    message = text(lang, "dv_area", example=example)
    return _rule(lang, message, type="list", formula1=f'"{",".join(ids)}"')


def direction_rule(lang: str) -> DataValidation:
    """Which way a measure is good: one of three, in the workbook's language."""
    names = [text(lang, f"direction_{d}") for d in DIRECTIONS]
    message = text(lang, "dv_direction", choices=any_of(lang, names))
    return _rule(lang, message, type="list", formula1=f'"{",".join(names)}"')


def year_rule(lang: str) -> DataValidation:
    """A year as four digits."""
    message = text(lang, "dv_year", first=FIRST_YEAR, last=LAST_YEAR)
    first, last = str(FIRST_YEAR), str(LAST_YEAR)
    return _rule(lang, message, type="whole", operator="between", formula1=first, formula2=last)


def decimal_rule(lang: str) -> DataValidation:
    """A measure's value, target or comparison value: any number, a decimal mark allowed."""
    message = text(lang, "dv_decimal", example=number(lang, 7.5))
    low, high = str(-LIMIT), str(LIMIT)
    return _rule(lang, message, type="decimal", operator="between", formula1=low, formula2=high)
