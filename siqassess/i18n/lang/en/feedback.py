"""English texts: feedback."""

from __future__ import annotations

from siqassess.i18n.catalogue import Text

TEXTS: dict[str, Text] = {
    "fb_title": "Feedback report",
    "fb_intro": (
        "The overall assessment first; then, criterion by criterion, the strengths and areas "
        "for improvement as written in the assessment, with the score and its level beside "
        "them. The findings are the substance of the feedback; the score only places a "
        "criterion on the scale. Findings are never scored."
    ),
    "fb_profile": "Score profile",
    "fb_action": "Action",
    "fb_action_planned": "planned",
    "fb_action_in_progress": "in progress",
    "fb_action_done": "done",
    "fb_summary_gap_only": (
        "--summary is the overview of the gap report; leave it out with --kind feedback"
    ),
}
