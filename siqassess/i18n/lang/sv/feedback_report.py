"""Swedish texts: återföringsrapportens bedömardelar (regel 11): sammanfattande bedömning,
nivåer, att stämma av, kopplingar, frågor till platsbesöket och metod."""

from __future__ import annotations

from siqassess.i18n.catalogue import Plural, Text

TEXTS: dict[str, Text] = {
    "fb_summary_title": "Sammanfattande bedömning",
    "fb_maturity_title": "Mognad",
    "fb_maturity": "{points} poäng av 1000: {label}. {statement}",
    "fb_main_strengths": "Viktigaste styrkor",
    "fb_main_improvements": "Viktigaste förbättringsområden",
    "fb_pick_by_score": "(ingen styrka noterad; vald efter poängen {score})",
    "fb_pick_by_gap": (
        "(inget förbättringsområde noterat; valt efter gapet till målet, poäng {score})"
    ),
    "fb_factor_paragraphs": "Per framgångsfaktor",
    "fb_par_score": "Poäng {score}, nivå {level}.",
    "fb_par_findings": Plural(
        one="{n} styrka och {improvements} noterade.",
        other="{n} styrkor och {improvements} noterade.",
    ),
    "fb_par_improvements": Plural(one="{n} förbättringsområde", other="{n} förbättringsområden"),
    "fb_par_range": "Högst: {best} ({best_score}); lägst: {worst} ({worst_score}).",
    "fb_level": "nivå",
    "fb_note": "Att stämma av",
    "fb_note_high_unsupported": (
        "Poäng 70 eller mer utan noterad styrka och utan underlag: vad stöder poängen?"
    ),
    "fb_note_improvement_at_top": (
        "Ett förbättringsområde trots poängen 100: högsta nivån lämnar inget att förbättra."
    ),
    "fb_note_strengths_only_low": (
        "Bara styrkor vid poäng 30 eller lägre: vad håller poängen så låg?"
    ),
    "fb_related_results": "Resultat som bygger på kriteriet",
    "fb_related_criteria": "Bygger på",
    "fb_col_results": "Resultat",
    "fb_quiet": "Utan noterade styrkor eller förbättringsområden",
    "fb_visit_title": "Frågor till platsbesöket",
    "fb_visit_intro": (
        "Kriterier som en examinator bör kontrollera på plats, valda efter den här regeln: en "
        "flaggad ej tillämplig; poäng 70 eller mer med högst ett underlag; bedömarnas poäng "
        "30 poäng eller mer isär; en förändring på 20 poäng eller mer sedan förra året."
    ),
    "fb_visit_none": "Inget kriterium uppfyller regeln.",
    "fb_visit_why": "Varför",
    "fb_visit_thin_evidence": "Poängen {score} vilar på högst ett underlag.",
    "fb_visit_team_spread": "Bedömarnas poäng spände från {min} till {max}.",
    "fb_visit_big_change": "Ändrad från {old} till {score} sedan förra året.",
    "fb_visit_na_flagged": "Markerad som ej tillämplig, vilket modellen flaggar.",
    "fb_visit_ask_thin_evidence": (
        "Visa hur det här fungerar i praktiken: var används det, och vad har det gett?"
    ),
    "fb_visit_ask_thin_evidence_result": (
        "Vilka mått visar den här nivån, och mot vilka mål och jämförelser?"
    ),
    "fb_visit_ask_team_spread": (
        "Var i verksamheten fungerar det här bra, och var inte? Vad förklarar skillnaden?"
    ),
    "fb_visit_ask_big_change": "Vad har förändrats, och var syns det?",
    "fb_method_summary": (
        "Viktigaste styrkor: de kriterier och resultatområden som har en noterad styrka, högst "
        "poäng först, högst fem; har färre än tre en noterad styrka följer de med högst poäng "
        "som når målet. Viktigaste förbättringsområden: de som har ett noterat "
        "förbättringsområde, i ordning efter prioriteringsregeln nedan (arbetssätt före "
        "resultat), högst fem; har färre än tre ett noterat förbättringsområde följer toppen av "
        "samma rangordning."
    ),
    "fb_method_priority": (
        "Prioritering: gap × betydelse (avståndet till målet gånger kriteriets betydelse, det "
        "vill säga framgångsfaktorns andel av arbetssätten), vid lika större vikt först och "
        "sedan id. Resultat under målet rangordnas på samma sätt och visas för sig."
    ),
    "fb_method_paragraph": (
        "Stycket för varje framgångsfaktor: dess poäng och nivå, hur många styrkor och "
        "förbättringsområden som är noterade, och dess högsta och lägsta kriterium."
    ),
    "fb_method_level": (
        "Nivå: det poängintervall i modellens skala som poängen ligger i; en dels poäng "
        "avrundas först till närmaste steg på skalan."
    ),
    "fb_method_notes": (
        "Att stämma av: poäng 70 eller mer utan styrka och utan underlag; ett "
        "förbättringsområde trots poängen 100; bara styrkor vid poäng 30 eller lägre."
    ),
    "fb_method_maturity": "Mognad: den nivå i modellens mognadsskala som totalpoängen hamnar i.",
    "fb_method_links": (
        "Kopplingar mellan resultat och arbetssätt: de kriterier som varje resultatområde "
        "anger i modellfilen, visade under resultatområdet och under varje kriterium."
    ),
    "fb_method_visits": (
        "Frågor till platsbesöket: valda efter regeln i det avsnittet. Förra årets poäng "
        "hämtas från den tidigare bedömningen när en sådan anges (report --previous), annars "
        "från de poäng för förra året som står i den här filen."
    ),
}
