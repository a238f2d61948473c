"""Swedish texts: feedback."""

from __future__ import annotations

from siqassess.i18n.catalogue import Text

TEXTS: dict[str, Text] = {
    "fb_title": "Återföringsrapport",
    "fb_intro": (
        "Först den sammanfattande bedömningen; sedan, kriterium för kriterium, styrkor och "
        "förbättringsområden så som de noterats i bedömningen, med poängen och dess nivå "
        "bredvid. Kärnan är iakttagelserna; poängen visar bara var kriteriet hamnar på skalan. "
        "Styrkor och förbättringsområden poängsätts aldrig."
    ),
    "fb_profile": "Poängprofil",
    "fb_action": "Åtgärd",
    "fb_action_planned": "planerad",
    "fb_action_in_progress": "pågår",
    "fb_action_done": "klar",
    "fb_summary_gap_only": "--summary är gapanalysens översikt; utelämna det med --kind feedback",
}
