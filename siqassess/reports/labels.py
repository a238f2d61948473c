"""The fixed texts of reports, in Swedish and English."""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "report": {"sv": "Självvärdering", "en": "Self-assessment"},
    "gap_report": {"sv": "Gapanalys", "en": "Gap report"},
    "organisation": {"sv": "Organisation", "en": "Organisation"},
    "unit": {"sv": "Enhet", "en": "Unit"},
    "respondent": {"sv": "Bedömare", "en": "Respondent"},
    "respondents": {"sv": "Bedömare", "en": "Respondents"},
    "date": {"sv": "Datum", "en": "Date"},
    "model": {"sv": "Modell", "en": "Model"},
    "version": {"sv": "version", "en": "version"},
    "coverage": {"sv": "Täckning", "en": "Coverage"},
    "answered": {"sv": "besvarade", "en": "answered"},
    "answered_col": {"sv": "Besv./e.t./saknas", "en": "Ans./N/A/missing"},
    "na": {"sv": "ej tillämpliga", "en": "not applicable"},
    "missing": {"sv": "saknas", "en": "missing"},
    "of_leaves": {"sv": "av {n} frågor", "en": "of {n} questions"},
    "partial": {
        "sv": (
            "Ofullständig bedömning: {n} av {total} frågor är obesvarade. Poängen bygger bara på "
            "de besvarade."
        ),
        "en": (
            "Partial assessment: {n} of {total} questions are unanswered. Scores rest on the "
            "answered ones only."
        ),
    },
    "in_progress": {"sv": "Pågående", "en": "In progress"},
    "complete": {"sv": "Klar", "en": "Complete"},
    "status": {"sv": "Status", "en": "Status"},
    "overview": {"sv": "Översikt", "en": "Overview"},
    "total": {"sv": "Totalt", "en": "Total"},
    "score": {"sv": "Poäng", "en": "Score"},
    "points": {"sv": "poäng", "en": "points"},
    "points_of": {"sv": "{points} av 1000 poäng", "en": "{points} of 1000 points"},
    "target": {"sv": "Mål", "en": "Target"},
    "gap": {"sv": "Gap", "en": "Gap"},
    "current": {"sv": "Nuläge", "en": "Current"},
    "bar": {"sv": "Stapel", "en": "Bar"},
    "area": {"sv": "Område", "en": "Area"},
    "success_factors": {"sv": "Framgångsfaktorer", "en": "Success factors"},
    "result_areas": {"sv": "Resultatområden", "en": "Result areas"},
    "factors_chart": {
        "sv": "Framgångsfaktorer: nuläge och mål",
        "en": "Success factors: current and target",
    },
    "results_chart": {
        "sv": "Resultatområden: nuläge och mål",
        "en": "Result areas: current and target",
    },
    "chart_omitted": {
        "sv": "Diagrammen skrivs bara när rapporten sparas till fil (-o).",
        "en": "Charts are written only when the report is saved to a file (-o).",
    },
    "improvements": {"sv": "Förbättringsområden", "en": "Areas for improvement"},
    "improvements_intro": {
        "sv": "Frågor under målet, ordnade efter gap gånger frågans vikt i modellen.",
        "en": "Questions below target, ordered by gap times the question's weight in the model.",
    },
    "no_improvements": {
        "sv": "Inga frågor ligger under målet.",
        "en": "No question is below target.",
    },
    "strengths": {"sv": "Styrkor", "en": "Strengths"},
    "strengths_intro": {
        "sv": "Frågor som når eller överträffar målet, högst poäng först.",
        "en": "Questions at or above target, highest score first.",
    },
    "no_strengths": {
        "sv": "Ingen fråga når målet än.",
        "en": "No question reaches its target yet.",
    },
    "details": {"sv": "Per framgångsfaktor", "en": "By success factor"},
    "results_details": {"sv": "Per resultatområde", "en": "By result area"},
    "question": {"sv": "Fråga", "en": "Question"},
    "level": {"sv": "Nivå", "en": "Level"},
    "note": {"sv": "Kommentar", "en": "Note"},
    "evidence": {"sv": "Underlag", "en": "Evidence"},
    "rank": {"sv": "Nr", "en": "No."},
    "weight": {"sv": "Vikt", "en": "Weight"},
    "na_and_missing": {"sv": "Ej tillämpliga och saknade", "en": "Not applicable and missing"},
    "na_items": {"sv": "Ej tillämpliga", "en": "Not applicable"},
    "reason": {"sv": "Motivering", "en": "Reason"},
    "missing_items": {"sv": "Obesvarade", "en": "Unanswered"},
    "none": {"sv": "Inga.", "en": "None."},
    "not_answered": {"sv": "ej besvarad", "en": "not answered"},
    "not_applicable": {"sv": "ej tillämplig", "en": "not applicable"},
    "method": {"sv": "Metod", "en": "Method"},
    "method_rollup": {
        "sv": (
            "Varje fråga bedöms 0–100 i steg om 10. En framgångsfaktors, grupps och totalens "
            "poäng är det viktade medelvärdet av de underliggande poäng som finns. Ej tillämpliga"
            " och obesvarade frågor räknas inte in, och de räknas aldrig som noll. En del utan "
            "någon besvarad fråga visas som –."
        ),
        "en": (
            "Each question is scored 0–100 in steps of 10. The score of a success factor, a group"
            " and the total is the weighted mean of the scores below it that exist. Not "
            "applicable and unanswered questions are left out, and never counted as zero. A part "
            "with no answered question is shown as –."
        ),
    },
    "method_target": {
        "sv": (
            "En frågas mål är dess eget mål, annars svarsfilens standardmål, annars modellens "
            "standardmål ({default}). Mål för högre nivåer är viktade medelvärden av samma "
            "frågors mål. Gap = mål − poäng; ett positivt gap betyder under målet."
        ),
        "en": (
            "A question's target is its own target, else the answers file's default target, else "
            "the model's default target ({default}). Targets of higher levels are weighted means "
            "of the same questions' targets. Gap = target − score; a positive gap means below "
            "target."
        ),
    },
    "method_points": {
        "sv": (
            "Totalpoängen är totalen gånger 10, av 1000 möjliga. Förbättringsområden rangordnas "
            "efter gap gånger frågans andel av totalen."
        ),
        "en": (
            "Total points are the total score times 10, out of 1000. Areas for improvement are "
            "ranked by gap times the question's share of the total."
        ),
    },
    "method_wording": {
        "sv": (
            "Strukturen följer SIQ Managementmodell. Frågornas och nivåernas formuleringar är "
            "projektet siqassess egna, inte SIQ:s officiella text."
        ),
        "en": (
            "The structure follows the SIQ Management Model. The wording of the questions and "
            "levels is the siqassess project's own, not SIQ's official text."
        ),
    },
    "group_weights": {"sv": "Gruppernas vikter", "en": "Group weights"},
    "points_max": {"sv": "poäng av 1000", "en": "points of 1000"},
    "model_hash": {"sv": "Modellens kontrollsumma", "en": "Model checksum"},
    "generated": {"sv": "Skapad", "en": "Generated"},
    "contents": {"sv": "Innehåll", "en": "Contents"},
}


def labels(lang: str) -> dict[str, str]:
    """Every report label in ``lang``; English where a Swedish text is missing, and vice versa."""
    return {key: texts.get(lang) or texts["en"] for key, texts in LABELS.items()}
