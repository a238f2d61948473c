"""Swedish texts: the examiner's parts (rule 13, feedback summary, consensus, calibration)."""

from __future__ import annotations

from siqassess.i18n.catalogue import Plural, Text

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
        "stället för att markeras som ej tillämplig. En bedömare kommer att fråga om var och en "
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
    # återföringsrapporten (regel 11): sammanfattande bedömning och bedömarens noteringar
    "fb_summary_title": "Sammanfattande bedömning",
    "fb_maturity_title": "Mognad",
    "fb_maturity": "{points} poäng av 1000: {label}. {statement}",
    "fb_main_strengths": "Viktigaste styrkor",
    "fb_main_improvements": "Viktigaste förbättringsområden",
    "fb_pick_by_score": "(ingen styrka nedskriven; vald efter poängen {score})",
    "fb_pick_by_gap": "(inget förbättringsområde nedskrivet; valt efter gapet, poäng {score})",
    "fb_factor_paragraphs": "Per framgångsfaktor",
    "fb_par_score": "Poäng {score}, nivå {level}.",
    "fb_par_findings": Plural(
        one="{n} styrka och {improvements} noterade.",
        other="{n} styrkor och {improvements} noterade.",
    ),
    "fb_par_improvements": Plural(one="{n} förbättringsområde", other="{n} förbättringsområden"),
    "fb_par_range": "Högst: {best} ({best_score}); lägst: {worst} ({worst_score}).",
    "fb_level": "Nivå",
    "fb_note": "Att stämma av",
    "fb_note_high_unsupported": (
        "Poäng 70 eller mer utan nedskriven styrka eller underlag: vad stöder poängen?"
    ),
    "fb_note_improvement_at_top": (
        "Ett förbättringsområde trots poängen 100: högsta nivån lämnar inget att förbättra."
    ),
    "fb_note_strengths_only_low": (
        "Bara styrkor vid poäng 30 eller lägre: vad håller poängen så låg?"
    ),
    "fb_related_results": "Syns i resultaten",
    "fb_related_criteria": "Bygger på arbetssätten",
    "fb_quiet": "Utan noterade styrkor eller förbättringsområden",
    "fb_visit_title": "Frågor inför platsbesöket",
    "fb_visit_intro": (
        "Kriterier som en bedömare bör kontrollera på plats: poäng 70 eller mer med högst ett "
        "underlag, stor spridning i gruppen, en förändring på 20 poäng eller mer sedan förra "
        "året, eller en flaggad ej tillämplig."
    ),
    "fb_visit_why": "Varför",
    "fb_visit_thin_evidence": "Poängen {score} vilar på tunt underlag.",
    "fb_visit_team_spread": "Bedömarnas poäng spände från {min} till {max}.",
    "fb_visit_big_change": "Ändrad från {old} till {score} sedan förra året.",
    "fb_visit_na_flagged": "Markerad som ej tillämplig, vilket modellen flaggar.",
    "fb_visit_ask_thin_evidence": (
        "Visa hur det här fungerar i praktiken: var används det, och vad har det gett?"
    ),
    "fb_visit_ask_team_spread": (
        "Var i verksamheten fungerar det här bra, och var inte? Vad förklarar skillnaden?"
    ),
    "fb_visit_ask_big_change": "Vad har förändrats, och var syns det?",
    "fb_method_summary": (
        "Viktigaste styrkor: kriterierna med noterade styrkor, högst poäng först, högst fem; "
        "är de färre än tre fylls listan på med de kriterier som har högst poäng och når målet. "
        "Viktigaste förbättringsområden: kriterierna med noterade förbättringsområden, i "
        "ordning efter gap × betydelse (arbetssätt före resultat), högst fem; är de färre än tre "
        "fylls listan på från toppen av samma rangordning."
    ),
    "fb_method_notes": (
        "Att stämma av: poäng 70 eller mer utan styrka och utan underlag; ett "
        "förbättringsområde trots poängen 100; bara styrkor vid poäng 30 eller lägre."
    ),
    "fb_method_maturity": ("Mognad: den nivå i modellens mognadsskala som totalpoängen hamnar i."),
}
