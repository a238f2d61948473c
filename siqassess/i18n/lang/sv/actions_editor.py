"""Svenska texter: åtgärdsredigeraren i intervjun (regel 12, #27)."""

from __future__ import annotations

from siqassess.i18n.catalogue import Plural, Text

TEXTS: dict[str, Text] = {
    "key_actions": "åtgärder",
    "n_actions": Plural(one="{n} åtgärd", other="{n} åtgärder"),
    "ae_no_improvement": (
        "Skriv först ett förbättringsområde (tryck i); sedan kan du lägga till åtgärder."
    ),
    "ae_areas_title": "Åtgärder för {id}: välj förbättringsområde",
    "ae_list_title": "Åtgärder för förbättringsområde {n} i {id}",
    "ae_area": "Förbättringsområde",
    "ae_new": "Ny åtgärd",
    "ae_none": "Inga åtgärder ännu.",
    "ae_owner_is": "ansvarig: {owner}",
    "ae_due_is": "klart senast: {due}",
    "ae_status_planned": "planerad",
    "ae_status_in_progress": "pågår",
    "ae_status_done": "klar",
    "ae_pick_keys": "1–9 och ↑↓ väljer · Enter öppnar · ← tillbaka",
    "ae_list_keys": "1–9 och ↑↓ väljer · Enter öppnar · x tar bort · ← tillbaka",
    "ae_pick_first": "Välj först med en siffra eller ↑↓, tryck sedan Enter.",
    "ae_delete_confirm": "Tryck x igen för att ta bort åtgärd {n}.",
    "ae_deleted": "Åtgärd {n} är borttagen.",
    "ae_text": "Åtgärd",
    "ae_owner": "Ansvarig",
    "ae_due": "Klart senast",
    "ae_status": "Status",
    "ae_edit_text": "Åtgärd {n} för {id}: vad ska göras?",
    "ae_edit_owner": "Ansvarig för åtgärd {n} (namn eller roll; tomt: ingen ännu)",
    "ae_edit_due": "Klart senast för åtgärd {n} (ÅÅÅÅ-MM-DD; tomt: inget datum)",
    "ae_status_title": "Status för åtgärd {n}",
    "ae_status_keys": "Välj status: en siffra och Enter · ← behåller den",
    "ae_text_required": "Skriv vad som ska göras, eller tryck Esc.",
    "ae_bad_date": "”{value}” är inget datum. Skriv ÅÅÅÅ-MM-DD (2027-03-31) eller töm fältet.",
}
