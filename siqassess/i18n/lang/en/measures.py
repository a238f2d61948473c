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
        "↗ improving, → flat, ↘ worsening (in the direction that is good), · fewer than three "
        "values."
    ),
    "ms_imported": "Imported {n} values of {name!r} into {leaf} in {file}",
    "err_csv_year": "{cell!r} is not a year: the first column holds the year",
    "err_csv_number": "{cell!r} is not a number",
    "err_csv_twice": "{year} appears twice",
    "err_csv_empty": "no values found: expected year; value; optional target, one year a row",
    "err_csv_no_row": "no row {row!r}; the file has: {rows}",
}
