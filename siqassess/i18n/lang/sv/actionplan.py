"""Svenska texter: handlingsplanen som dokument (html, txt, pdf, docx)."""

from __future__ import annotations

from siqassess.i18n.catalogue import Text

TEXTS: dict[str, Text] = {
    "plan_improvement": "Förbättringsområde",
    "plan_action": "Åtgärd",
    "plan_owner_col": "Ansvarig",
    "plan_due_col": "Klart senast",
    "plan_status_col": "Status",
    "plan_no_action": "ingen åtgärd än",
    "plan_all_done": "alla åtgärder klara",
}
