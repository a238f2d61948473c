"""English texts: the action plan as a document (html, txt, pdf, docx)."""

from __future__ import annotations

from siqassess.i18n.catalogue import Text

TEXTS: dict[str, Text] = {
    "plan_improvement": "Area for improvement",
    "plan_action": "Action",
    "plan_owner_col": "Owner",
    "plan_due_col": "Due",
    "plan_status_col": "Status",
    "plan_no_action": "no action yet",
    "plan_all_done": "every action done",
}
