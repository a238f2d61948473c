"""Swedish texts: feedback."""

from __future__ import annotations

from siqassess.i18n.catalogue import Text

TEXTS: dict[str, Text] = {
    "fb_title": "Återföringsrapport",
    "fb_intro": (
        "Styrkor och förbättringsområden, kriterium för kriterium, så som de skrivits i "
        "bedömningen, och därefter varje dels poängprofil. Kärnan är iakttagelserna; "
        "poängen visar var kriteriet hamnar. Styrkor och förbättringsområden "
        "poängsätts aldrig."
    ),
    "fb_no_findings": "Inga styrkor eller förbättringsområden noterade.",
    "fb_profile": "Poängprofil",
    "fb_action": "Åtgärd",
    "fb_action_planned": "planerad",
    "fb_action_in_progress": "pågår",
    "fb_action_done": "klar",
    "fb_summary_gap_only": "--summary är gapanalysens översikt; utelämna det med --kind feedback",
}
