"""English texts: the interview's action editor (rule 12, #27)."""

from __future__ import annotations

from siqassess.i18n.catalogue import Plural, Text

TEXTS: dict[str, Text] = {
    "key_actions": "actions",
    "n_actions": Plural(one="{n} action", other="{n} actions"),
    "ae_no_improvement": (
        "Write an area for improvement first (press i); then you can add actions to it."
    ),
    "ae_areas_title": "Actions for {id}: choose the area for improvement",
    "ae_list_title": "Actions for area for improvement {n} of {id}",
    "ae_area": "Area for improvement",
    "ae_new": "New action",
    "ae_none": "No actions yet.",
    "ae_owner_is": "owner: {owner}",
    "ae_due_is": "due: {due}",
    "ae_status_planned": "planned",
    "ae_status_in_progress": "in progress",
    "ae_status_done": "done",
    "ae_pick_keys": "1–9 and ↑↓ choose · Enter opens · ← back",
    "ae_list_keys": "1–9 and ↑↓ choose · Enter opens · x deletes · ← back",
    "ae_pick_first": "Choose with a digit or ↑↓ first, then press Enter.",
    "ae_delete_confirm": "Press x again to delete action {n}.",
    "ae_deleted": "Action {n} deleted.",
    "ae_text": "Action",
    "ae_owner": "Owner",
    "ae_due": "Due",
    "ae_status": "Status",
    "ae_edit_text": "Action {n} for {id}: what is to be done?",
    "ae_edit_owner": "Owner of action {n} (a name or a role; empty: none yet)",
    "ae_edit_due": "Due date of action {n} (YYYY-MM-DD; empty: no date)",
    "ae_status_title": "Status of action {n}",
    "ae_status_keys": "Choose the status: a digit, then Enter · ← keeps it",
    "ae_text_required": "Type what is to be done, or press Esc.",
    "ae_bad_date": "“{value}” is not a date. Type YYYY-MM-DD (2027-03-31) or empty the field.",
}
