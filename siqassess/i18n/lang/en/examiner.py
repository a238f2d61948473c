"""English texts: the examiner's parts (rule 13 N/A, feedback summary, consensus, calibration)."""

from __future__ import annotations

from siqassess.i18n.catalogue import Text

TEXTS: dict[str, Text] = {
    # model checks
    "chk_related_unknown": "'{id}' is not a criterion of this model",
    "chk_maturity_start": "the first maturity band must start at 0, not {min}",
    "chk_maturity_order": "maturity band at {min} does not come after the band at {prev}",
    # rule 13: not applicable, examined
    "err_na_refused": (
        "this question may not be marked not applicable in this model: give it a score "
        "(a criterion you have not worked on scores 0–10)"
    ),
    "na_flagged_title": "Not applicable – to be examined",
    "na_flagged_intro": (
        "The model applies to every organisation: a question you have not worked on is scored "
        "low, not marked not applicable. An examiner will ask about each of these."
    ),
    "na_flagged_reason": "Reason given",
    "na_flagged_ask": "Question to ask",
    "na_no_reason": "(no reason given)",
    "na_ask_criterion": (
        "How do you work on this today? If there is no approach yet, score it 0–10 rather than "
        "mark it not applicable."
    ),
    "na_ask_result_area": (
        "Which results do you measure here, even if they are reported elsewhere? Without "
        "measurement, score it low rather than mark it not applicable."
    ),
    "na_went_na": (
        "{id} was scored {old} last time and is marked not applicable now: the totals are not "
        "like for like."
    ),
    "like_for_like": (
        "Like for like, over the {n} questions both scored: {old} → {new} ({delta}); "
        "reported: {rep_old} → {rep_new} ({rep_delta})."
    ),
    "like_for_like_title": "Like for like",
    "lint_na_flagged": (
        "{id} is marked not applicable, and the model flags that: if you have not worked on it, "
        "score it low instead"
    ),
}
