"""Swedish texts: group."""

from __future__ import annotations

from siqassess.i18n.catalogue import Text

TEXTS: dict[str, Text] = {
    "comparison": "Jämförelse",
    "earlier": "Tidigare",
    "latest": "Senaste",
    "change": "Förändring",
    "compared_files": "Jämför {old} ({old_date}) med {new} ({new_date}).",
    "coverage_cols": "Täckning tidigare / senaste",
    "biggest_improvements": "Största förbättringar",
    "biggest_declines": "Största försämringar",
    "crossed": "Frågor som passerat målet",
    "crossed_up": "Når målet nu (låg under målet förra gången)",
    "crossed_down": "Under målet nu (nådde målet förra gången)",
    "drift_title": "Obs! Bedömningarna bygger på olika versioner av modellen",
    "drift_id": "Modellens id",
    "drift_version": "Modellens version",
    "drift_hash": "Modellens innehåll (kontrollsumma)",
    "drift_changed": "{what} har ändrats: {old} → {new}.",
    "drift_only_old": "Finns bara i den tidigare modellen och jämförs inte: {ids}.",
    "drift_only_new": "Finns bara i den senaste modellen och jämförs inte: {ids}.",
    "drift_compared": "Jämförelsen bygger på de {n} frågor som finns i båda modellerna.",
    "comparison_chart_factors": "Framgångsfaktorer: tidigare, senaste och mål",
    "comparison_chart_results": "Resultatområden: tidigare, senaste och mål",
    "comparison_method": (
        "Förändring = senaste poäng − tidigare poäng, för varje del av modellen. En del som "
        "saknar poäng i någon av bedömningarna får ingen förändring (–), aldrig 0. Varje fil "
        "poängsätts med den modell den anger; har frågor lagts till eller tagits bort jämförs "
        "bara de frågor som finns i båda. Mål och gap i rapporten är den senaste bedömningens."
    ),
    "group_report": "Gruppens självvärdering",
    "mean": "Medel",
    "median": "Median",
    "lowest": "Lägst",
    "highest": "Högst",
    "range": "Högst (skuggat: lägst–högst)",
    "spread": "Spridning",
    "stdev": "Std.avv.",
    "n_scored": "Antal",
    "discuss_first": "Diskutera först",
    "discuss_intro": (
        "Frågor där bedömarnas poäng skiljer sig med {spread} poäng eller mer (högst − lägst), "
        "störst spridning först. Oenigheten är i sig ett resultat: börja mötet här."
    ),
    "no_discuss": "Ingen fråga har så stor spridning.",
    "group_table": "Spridning per fråga",
    "group_table_intro": (
        "Antal = bedömare som gav poäng. Ej tillämpliga och obesvarade redovisas i egna kolumner. "
        "Std.avv. är populationens standardavvikelse. ! = diskutera."
    ),
    "group_chart_factors": "Framgångsfaktorer: gruppens medel, mål och spridning",
    "group_chart_results": "Resultatområden: gruppens medel, mål och spridning",
    "group_method": (
        "Gruppens poäng för en fråga är medelvärdet av de bedömares poäng som svarat; den "
        "vägs samman med samma regler som en enskild bedömning. En fråga som alla markerat som "
        "ej tillämplig är ej tillämplig; en fråga utan någon poäng saknas. Målet för en fråga "
        "är medelvärdet av bedömarnas mål. Det skuggade fältet i diagrammen går från den lägsta"
        " till den högsta bedömarens egen poäng för faktorn eller området."
    ),
}
