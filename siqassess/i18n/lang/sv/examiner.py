"""Swedish texts: the examiner's parts (rule 13, feedback summary, consensus, calibration)."""

from __future__ import annotations

from siqassess.i18n.catalogue import Text

TEXTS: dict[str, Text] = {
    # model checks
    "chk_related_unknown": "'{id}' är inte ett kriterium i den här modellen",
    "chk_maturity_start": "den första mognadsnivån ska börja på 0, inte {min}",
    "chk_maturity_order": (
        "mognadsnivån som börjar på {min} kommer inte efter nivån som börjar på {prev}"
    ),
    # rule 13: ej tillämplig, prövas
    "err_na_refused": (
        "frågan får inte markeras som ej tillämplig i den här modellen: ge den en poäng "
        "(ett kriterium ni inte har arbetat med får 0–10)"
    ),
    "na_flagged_title": "Ej tillämpliga – att pröva",
    "na_flagged_intro": (
        "Modellen gäller alla verksamheter: en fråga ni inte har arbetat med får en låg poäng i "
        "stället för att markeras som ej tillämplig. En examinator kommer att fråga om var och en "
        "av dessa."
    ),
    "na_flagged_reason": "Angiven motivering",
    "na_flagged_ask": "Fråga att ställa",
    "na_no_reason": "(ingen motivering angiven)",
    "na_ask_criterion": (
        "Hur arbetar ni med detta i dag? Saknas ett arbetssätt ännu är det 0–10 poäng, "
        "inte ej tillämplig."
    ),
    "na_ask_result_area": (
        "Vilka resultat mäter ni här, även om de redovisas på annat håll? Saknas mätningar är "
        "det en låg poäng, inte ej tillämplig."
    ),
    "na_went_na": (
        "{id} fick {old} poäng förra gången och är nu markerad som ej tillämplig: totalerna är "
        "inte jämförbara rakt av."
    ),
    "like_for_like": (
        "Jämförbart, över de {n} frågor som båda bedömningarna poängsatte: {old} → {new} "
        "({delta}); redovisat: {rep_old} → {rep_new} ({rep_delta})."
    ),
    "like_for_like_title": "Jämförbar förändring",
    "lint_na_flagged": (
        "{id} är markerad som ej tillämplig, och modellen flaggar det: har ni inte arbetat med "
        "frågan, ge den en låg poäng i stället"
    ),
}
