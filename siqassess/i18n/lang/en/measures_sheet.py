"""English texts: the workbook's Measures sheet (results as data, domain rule 16)."""

from __future__ import annotations

from siqassess.i18n.catalogue import Text

TEXTS: dict[str, Text] = {
    "wb_sheet_measures": "Measures",
    "wb_col_measure": "Measure",
    "wb_col_unit": "Unit",
    "wb_col_direction": "Good direction",
    "wb_col_year": "Year",
    "wb_col_value": "Value",
    "wb_col_measure_target": "Target",
    "wb_col_comparison": "Comparison",
    "wb_col_comparison_source": "Comparison source",
    "wb_col_follows_from": "Follows from (criteria)",
    "wb_col_source": "Source",
    "wb_col_suggested": "Suggested",
    "wb_direction_higher": "higher",
    "wb_direction_lower": "lower",
    "wb_direction_target": "towards target",
    "wb_measures_step": (
        "Results as data: on the sheet {measures}, give each result area's measures, one row "
        "per year: the value, the target and a comparison with its source. The model's "
        "suggested measures stand there as names; fill in those you follow, or add rows of "
        "your own with the area's id and the measure's name."
    ),
    "wb_dv_area": "Type the id of a result area, for example {example}.",
    "wb_dv_direction": "Choose {choices}.",
    "wb_dv_year": "Type a year from {first} to {last}, in four digits.",
    "wb_dv_decimal": "Type a number, for example {example}, or leave it empty.",
    "wb_err_measure_no_id": (
        "this row has a measure but no {id}; type the id of its result area (for example R2)"
    ),
    "wb_err_unknown_area": (
        "“{value}” is not a result area of this questionnaire; choose one from the list"
    ),
    "wb_err_measure_no_name": "this row has no {name}; type the measure's name",
    "wb_err_not_direction": "“{value}” is not a direction; choose {choices}",
    "wb_err_measure_differs": (
        "{what} of “{name}” differs from row {row}; make them the same, or leave this one empty"
    ),
    "wb_err_not_year": "“{value}” is not a year; type a year from {first} to {last}",
    "wb_err_measure_no_year": "a value needs its year; type the year under {year}",
    "wb_err_measure_year_twice": (
        "“{name}” already has {year} on row {row}; keep one row per year"
    ),
    "wb_err_comparison_no_value": (
        "a comparison source without a value; type the value under {value}, or remove the source"
    ),
}
