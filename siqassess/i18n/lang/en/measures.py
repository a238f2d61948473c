"""English texts: measures (results as data, domain rule 16)."""

from __future__ import annotations

from siqassess.i18n.catalogue import Text

TEXTS: dict[str, Text] = {
    "err_measures_not_result": "measures belong on a result area; {id} is not one",
    "err_future_year": (
        "year {year} is after the assessment ({now}): values cannot come from the future"
    ),
    "err_comparison_source": (
        'a comparison needs a source, for example "Kolada, similar municipalities"'
    ),
    "err_follows_from": "{id!r} is not a ways-of-working criterion of the model",
    "err_year_range": "{year} is not a year",
    "err_suggested_range": (
        "suggested is the number of one of the model's suggested measures, 1 to {max}"
    ),
    "ms_target_short": "target {value}",
    "ms_suggested_line": "Measures suggest {band}",
    "ms_covered": "{covered}/{total} suggested have data",
    "ms_note_short": "score more than a level away",
    "ms_more_rows": "{n} more under ?",
    "ms_arrows": (
        "↗ improving, → flat, ↘ worsening (in the direction that is good), · fewer than three"
        " values."
    ),
    "ms_imported": "Imported {n} values of {name!r} into {leaf} in {file}",
    "err_csv_year": "{cell!r} is not a year: the first column holds the year",
    "err_csv_number": "{cell!r} is not a number",
    "err_csv_twice": "{year} appears twice",
    "err_csv_empty": "no values found: expected year; value; optional target, one year a row",
    "err_csv_no_row": "no row {row!r}; the file has: {rows}",
    "ms_heading": "Measures",
    "ms_intro": (
        "Computed from the measures, beside the score and never in its place (rule 16): the "
        "latest value against its target and comparisons, the trend over three or more "
        "values, and the band this suggests on the results scale."
    ),
    "ms_suggested": "Suggested by the measures",
    "ms_coverage": "{covered} of {total} suggested measures have data",
    "ms_consistency": (
        "The score {score} is more than one level away from the {band} that the measures "
        "suggest: check the score or the measures."
    ),
    "ms_measure": "Measure",
    "ms_values": "Values",
    "ms_target": "Target",
    "ms_trend": "Trend",
    "ms_comparisons": "Comparisons",
    "ms_follows_from": "Follows from",
    "ms_met": "met",
    "ms_not_met": "not met",
    "ms_better": "better",
    "ms_worse": "not better",
    "trend_improving": "improving",
    "trend_flat": "flat",
    "trend_worsening": "worsening",
    "trend_none": "too few values",
    "ms_source": "Source",
}
