"""Swedish texts: reports."""

from __future__ import annotations

from siqassess.i18n.catalogue import Text

TEXTS: dict[str, Text] = {
    "report": "Självvärdering",
    "gap_report": "Gapanalys",
    "organisation": "Organisation",
    "unit": "Enhet",
    "respondent": "Den som svarar",
    "respondents": "Bedömare",
    "date": "Datum",
    "model": "Modell",
    "version": "version",
    "coverage": "Täckning",
    "answered": "besvarade",
    "answered_col": "Besv./e.t./saknas",
    "na": "ej tillämpliga",
    "missing": "saknas",
    "of_leaves": "av {n} frågor",
    "partial": (
        "Ofullständig bedömning: {n} av {total} frågor är obesvarade. Poängen bygger bara på de"
        " besvarade."
    ),
    "in_progress": "Pågående",
    "complete": "Klar",
    "status": "Status",
    "overview": "Översikt",
    "total": "Totalt",
    "score": "Poäng",
    "points_of": "{points} av 1000 poäng",
    "target": "Mål",
    "gap": "Gap",
    "current": "Nuläge",
    "bar": "Stapel",
    "area": "Område",
    "success_factors": "Framgångsfaktorer",
    "result_areas": "Resultatområden",
    "factors_chart": "Framgångsfaktorer: nuläge och mål",
    "results_chart": "Resultatområden: nuläge och mål",
    "chart_omitted": "Diagrammen tas bara med när rapporten sparas till fil (-o).",
    "improvements": "Förbättringsområden",
    "improvements_intro": (
        "Frågor om arbetssätt under målet, ordnade efter gap × betydelse (framgångsfaktorns andel "
        "av sin grupp, justerad efter frågans egen vikt). Poäng att vinna visar vad gapet är värt "
        "av 1000; de styr inte ordningen."
    ),
    "no_improvements": "Ingen fråga om arbetssätt ligger under målet.",
    "results_below": "Resultat under målet",
    "results_below_intro": (
        "Resultatområden under målet, ordnade på samma sätt och redovisade för sig: ett resultat "
        "förbättras genom arbetssätten bakom det."
    ),
    "no_results_below": "Inget resultatområde ligger under målet.",
    "points_at_stake": "poäng att vinna",
    "at_target": "Når målet",
    "at_target_intro": "Frågor som når eller överträffar målet, högst poäng först.",
    "no_at_target": "Ingen fråga når målet än.",
    "strengths": "Styrkor",
    "details": "Per framgångsfaktor",
    "results_details": "Per resultatområde",
    "question": "Fråga",
    "level": "Nivå",
    "note": "Kommentar",
    "evidence": "Underlag",
    "rank": "Nr",
    "weight": "Vikt",
    "na_and_missing": "Ej tillämpliga och saknade",
    "na_items": "Ej tillämpliga",
    "reason": "Motivering",
    "missing_items": "Obesvarade",
    "none": "Inga.",
    "not_answered": "ej besvarad",
    "file_findings_1": (
        "Skrivna iakttagelser, valfria på varje fråga: `strengths:` (styrkor) och `improvements:` "
        "(förbättringsområden), listor med korta texter."
    ),
    "file_findings_2": (
        "Ett förbättringsområde kan vara `{text: ..., actions: [{text, owner, due: ÅÅÅÅ-MM-DD, "
        "status: planned|in_progress|done}]}`. `last_year` visas men räknas aldrig."
    ),
    "plan_title": "Handlingsplan",
    "plan_empty": "Inga förbättringsområden är noterade än.",
    "plan_owner": "ansvarig: {owner}",
    "plan_due": "senast {due}",
    "plan_in_progress": "pågår",
    "plan_figures": "{list}, plats {rank} i gaprapporten: gap {gap}, {points} poäng att vinna",
    "last_year": "förra året: {value}",
    "init_carried": (
        "Skrev {out}, startad från {path}: huvud, iakttagelser, underlag, kommentarer, mål "
        "och åtgärder följer med; alla poäng och ej tillämpliga är tomma."
    ),
    "not_applicable": "ej tillämplig",
    "method": "Metod",
    "method_rollup": (
        "Varje fråga bedöms 0–100 i steg om 10. En framgångsfaktors, grupps och totalens poäng "
        "är det viktade medelvärdet av de underliggande poäng som finns. Ej tillämpliga och "
        "obesvarade frågor räknas inte in, och de räknas aldrig som noll. En del utan någon "
        "besvarad fråga visas som –."
    ),
    "method_target": (
        "En frågas mål är dess eget mål, annars svarsfilens standardmål, annars modellens "
        "standardmål ({default}). Mål för högre nivåer är viktade medelvärden av samma frågors "
        "mål. Gap = mål − poäng; ett positivt gap betyder under målet."
    ),
    "method_points": (
        "Totalpoängen är totalen gånger 10, av 1000 möjliga. Frågorna under målet rangordnas "
        "efter gap × betydelse (ett kriteriums betydelse är framgångsfaktorns andel av "
        "arbetssätten); resultatområden under målet rangordnas på samma sätt och visas för sig."
    ),
    "method_wording": (
        "Strukturen följer SIQ Managementmodell. Frågornas och nivåernas formuleringar är "
        "siqassess-projektets egna, inte SIQ:s officiella text."
    ),
    "group_weights": "Gruppernas vikter",
    "points_max": "poäng av 1000",
    "model_hash": "Modellens kontrollsumma",
    "generated": "Skapad",
    "contents": "Innehåll",
}
