"""The fixed texts of the comparison and group reports, in Swedish and English."""

from __future__ import annotations

from siqassess.reports.labels import labels

GROUP_LABELS: dict[str, dict[str, str]] = {
    # comparison
    "comparison": {"sv": "Jämförelse", "en": "Comparison"},
    "earlier": {"sv": "Tidigare", "en": "Earlier"},
    "latest": {"sv": "Senaste", "en": "Latest"},
    "change": {"sv": "Förändring", "en": "Change"},
    "compared_files": {
        "sv": "Jämför {old} ({old_date}) med {new} ({new_date}).",
        "en": "Compares {old} ({old_date}) with {new} ({new_date}).",
    },
    "coverage_cols": {"sv": "Täckning tidigare / senaste", "en": "Coverage earlier / latest"},
    "biggest_improvements": {"sv": "Största förbättringar", "en": "Biggest improvements"},
    "biggest_declines": {"sv": "Största försämringar", "en": "Biggest declines"},
    "crossed": {"sv": "Frågor som passerat målet", "en": "Questions that crossed their target"},
    "crossed_up": {
        "sv": "Når målet nu (låg under målet förra gången)",
        "en": "Reached the target (below it last time)",
    },
    "crossed_down": {
        "sv": "Under målet nu (nådde målet förra gången)",
        "en": "Fell below the target (at or above it last time)",
    },
    "drift_title": {
        "sv": "Obs! Bedömningarna bygger på olika versioner av modellen",
        "en": "Note: the assessments answer different versions of the model",
    },
    "drift_id": {"sv": "Modellens id", "en": "The model id"},
    "drift_version": {"sv": "Modellens version", "en": "The model version"},
    "drift_hash": {
        "sv": "Modellens innehåll (kontrollsumma)",
        "en": "The model content (checksum)",
    },
    "drift_changed": {
        "sv": "{what} har ändrats: {old} → {new}.",
        "en": "{what} changed: {old} → {new}.",
    },
    "drift_only_old": {
        "sv": "Finns bara i den tidigare modellen och jämförs inte: {ids}.",
        "en": "Only in the earlier model, so not compared: {ids}.",
    },
    "drift_only_new": {
        "sv": "Finns bara i den senaste modellen och jämförs inte: {ids}.",
        "en": "Only in the latest model, so not compared: {ids}.",
    },
    "drift_compared": {
        "sv": "Jämförelsen bygger på de {n} frågor som finns i båda modellerna.",
        "en": "The comparison covers the {n} questions both models have.",
    },
    "comparison_chart_factors": {
        "sv": "Framgångsfaktorer: tidigare, senaste och mål",
        "en": "Success factors: earlier, latest and target",
    },
    "comparison_chart_results": {
        "sv": "Resultatområden: tidigare, senaste och mål",
        "en": "Result areas: earlier, latest and target",
    },
    "comparison_method": {
        "sv": (
            "Förändring = senaste poäng − tidigare poäng, för varje del av modellen. En del som "
            "saknar poäng i någon av bedömningarna får ingen förändring (–), aldrig 0. Varje fil "
            "poängsätts med den modell den anger; har frågor lagts till eller tagits bort jämförs "
            "bara de frågor som finns i båda. Mål och gap i rapporten är den senaste bedömningens."
        ),
        "en": (
            "Change = latest score − earlier score, for every part of the model. A part without a "
            "score in either assessment has no change (–), never 0. Each file is scored with the "
            "model it names; when questions were added or removed, only the questions in both are "
            "compared. Targets and gaps in this report are the latest assessment's."
        ),
    },
    # group
    "group_report": {"sv": "Gruppens självvärdering", "en": "Group self-assessment"},
    "mean": {"sv": "Medel", "en": "Mean"},
    "median": {"sv": "Median", "en": "Median"},
    "lowest": {"sv": "Lägst", "en": "Lowest"},
    "highest": {"sv": "Högst", "en": "Highest"},
    "range": {"sv": "Högst (skuggat: lägst–högst)", "en": "Highest (shaded: lowest–highest)"},
    "spread": {"sv": "Spridning", "en": "Spread"},
    "stdev": {"sv": "Std.avv.", "en": "SD"},
    "n_scored": {"sv": "Antal", "en": "n"},
    "discuss_first": {"sv": "Diskutera först", "en": "Discuss first"},
    "discuss_intro": {
        "sv": (
            "Frågor där bedömarnas poäng skiljer sig med {spread} eller mer (högst − lägst), "
            "störst spridning först. Oenigheten är i sig ett resultat: börja mötet här."
        ),
        "en": (
            "Questions where the respondents' scores differ by {spread} or more (highest − "
            "lowest), widest spread first. The disagreement is itself a finding: start here."
        ),
    },
    "no_discuss": {
        "sv": "Ingen fråga har så stor spridning.",
        "en": "No question has that wide a spread.",
    },
    "group_table": {"sv": "Spridning per fråga", "en": "Spread per question"},
    "group_table_intro": {
        "sv": (
            "Antal = bedömare som gav poäng. Ej tillämpliga och obesvarade räknas i bedömare. "
            "Std.avv. är populationens standardavvikelse. ! = diskutera."
        ),
        "en": (
            "n = respondents who gave a score. N/A and missing count respondents. SD is the "
            "population standard deviation. ! = discuss."
        ),
    },
    "group_chart_factors": {
        "sv": "Framgångsfaktorer: gruppens medel, mål och spridning",
        "en": "Success factors: the group's mean, target and spread",
    },
    "group_chart_results": {
        "sv": "Resultatområden: gruppens medel, mål och spridning",
        "en": "Result areas: the group's mean, target and spread",
    },
    "group_method": {
        "sv": (
            "Gruppens poäng för en fråga är medelvärdet av de bedömares poäng som svarat; den "
            "rullas upp med samma regler som en enskild bedömning. En fråga som alla markerat som "
            "ej tillämplig är ej tillämplig; en fråga utan någon poäng saknas. Målet för en fråga "
            "är medelvärdet av bedömarnas mål. Det skuggade bandet i diagrammen går från den "
            "lägsta till den högsta bedömarens egen poäng för faktorn eller området."
        ),
        "en": (
            "The group's score for a question is the mean of the scores of the respondents who "
            "answered it; it rolls up with the same rules as a single assessment. A question every "
            "respondent marked not applicable is not applicable; one without any score is "
            "missing. A question's target is the mean of the respondents' targets. The shaded "
            "band in the charts runs from the lowest to the highest respondent's own score for "
            "the factor or area."
        ),
    },
}


def group_labels(lang: str) -> dict[str, str]:
    """The report labels plus the comparison and group texts, in ``lang``."""
    text = labels(lang)
    text.update({key: texts.get(lang) or texts["en"] for key, texts in GROUP_LABELS.items()})
    return text
