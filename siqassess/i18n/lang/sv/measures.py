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
    "ms_target_short": "mål {value}",
    "ms_suggested_line": "Mätetalen talar för {band}",
    "ms_covered": "{covered}/{total} föreslagna har data",
    "ms_note_short": "poängen avviker mer än en nivå",
    "ms_more_rows": "{n} till under ?",
    "ms_arrows": (
        "↗ förbättras, → oförändrat, ↘ försämras (i den riktning som är bra), · färre än tre "
        "värden."
    ),
    "ms_imported": "Läste in {n} värden för {name!r} till {leaf} i {file}",
    "err_csv_year": "{cell!r} är inget årtal: första kolumnen ska vara året",
    "err_csv_number": "{cell!r} är inget tal",
    "err_csv_twice": "{year} förekommer två gånger",
    "err_csv_empty": "inga värden hittades: väntade år; värde; eventuellt mål, ett år per rad",
    "err_csv_no_row": "ingen rad {row!r}; filen har: {rows}",
    "ms_heading": "Mätetal",
    "ms_intro": (
        "Beräknat från mätetalen, vid sidan av poängen och aldrig i dess ställe (regel 16): "
        "senaste värdet mot mål och jämförelser, trenden över tre eller fler värden och det "
        "poängintervall som det talar för på resultatskalan."
    ),
    "ms_suggested": "Mätetalen talar för",
    "ms_coverage": "{covered} av {total} föreslagna mätetal har data",
    "ms_consistency": (
        "Poängen {score} ligger mer än en nivå från de {band} som mätetalen talar för: se "
        "över poängen eller mätetalen."
    ),
    "ms_measure": "Mätetal",
    "ms_values": "Värden",
    "ms_target": "Mål",
    "ms_trend": "Trend",
    "ms_comparisons": "Jämförelser",
    "ms_follows_from": "Följer av",
    "ms_met": "uppnått",
    "ms_not_met": "ej uppnått",
    "ms_better": "bättre",
    "ms_worse": "inte bättre",
    "trend_improving": "förbättras",
    "trend_flat": "oförändrad",
    "trend_worsening": "försämras",
    "trend_none": "för få värden",
    "ms_source": "Källa",
}
