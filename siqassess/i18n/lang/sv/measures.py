"""Svenska texter: mätetal (resultat som data, domänregel 16)."""

from __future__ import annotations

from siqassess.i18n.catalogue import Text

TEXTS: dict[str, Text] = {
    "err_measures_not_result": "mätetal hör till ett resultatområde; {id} är inget sådant",
    "err_future_year": (
        "året {year} ligger efter bedömningen ({now}): värden kan inte komma från framtiden"
    ),
    "err_comparison_source": (
        'en jämförelse behöver en källa, till exempel "Kolada, liknande kommuner"'
    ),
    "err_follows_from": "{id!r} är inget kriterium för arbetssätt i modellen",
    "err_year_range": "{year} är inget årtal",
    "err_suggested_range": (
        "suggested är numret på ett av modellens föreslagna mätetal, 1 till {max}"
    ),
}
