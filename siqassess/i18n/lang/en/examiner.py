"""English texts: the examiner's parts (rule 13 N/A, feedback summary, consensus, calibration)."""

from __future__ import annotations

from siqassess.i18n.catalogue import Plural, Text

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
    # feedback report (rule 11): the overall assessment and the examiner's notes
    "fb_summary_title": "Overall assessment",
    "fb_maturity_title": "Maturity",
    "fb_maturity": "{points} points of 1000: {label}. {statement}",
    "fb_main_strengths": "Main strengths",
    "fb_main_improvements": "Most important areas for improvement",
    "fb_pick_by_score": "(no strength written down; chosen by its score of {score})",
    "fb_pick_by_gap": "(no area for improvement written down; chosen by its gap, score {score})",
    "fb_factor_paragraphs": "Per success factor",
    "fb_par_score": "Score {score}, level {level}.",
    "fb_par_findings": Plural(
        one="{n} strength and {improvements} written down.",
        other="{n} strengths and {improvements} written down.",
    ),
    "fb_par_improvements": Plural(
        one="{n} area for improvement", other="{n} areas for improvement"
    ),
    "fb_par_range": "Highest: {best} ({best_score}); lowest: {worst} ({worst_score}).",
    "fb_level": "Level",
    "fb_note": "Consistency note",
    "fb_note_high_unsupported": (
        "A score of 70 or more with no strength and no evidence written down: what supports it?"
    ),
    "fb_note_improvement_at_top": (
        "An area for improvement under a score of 100: the top level leaves nothing to improve."
    ),
    "fb_note_strengths_only_low": (
        "Strengths only, under a score of 30 or less: what keeps the score this low?"
    ),
    "fb_related_results": "Shows in the results",
    "fb_related_criteria": "Rests on the ways of working",
    "fb_quiet": "Without written strengths or areas for improvement",
    "fb_visit_title": "Questions for the site visit",
    "fb_visit_intro": (
        "Criteria an examiner should verify on site: a score of 70 or more resting on at most "
        "one evidence entry, a wide spread in the team, a change of 20 points or more since "
        "last year, or a flagged not applicable."
    ),
    "fb_visit_why": "Why",
    "fb_visit_thin_evidence": "Score {score} rests on thin evidence.",
    "fb_visit_team_spread": "The assessors' scores ranged from {min} to {max}.",
    "fb_visit_big_change": "Changed from {old} to {score} since last year.",
    "fb_visit_na_flagged": "Marked not applicable; the model flags that.",
    "fb_visit_ask_thin_evidence": (
        "Show us how this works in practice: where is it used, and what has it achieved?"
    ),
    "fb_visit_ask_team_spread": (
        "Where in the organisation does this work well, and where not? What explains the "
        "difference?"
    ),
    "fb_visit_ask_big_change": "What changed, and where can we see it?",
    "fb_method_summary": (
        "Main strengths: the criteria with written strengths, highest score first, five at "
        "most; under three, the highest-scoring criteria at or above target follow. Most "
        "important areas for improvement: the criteria with written areas for improvement, in "
        "the order of gap × importance (ways of working before results), five at most; under "
        "three, the top of that ranking follows."
    ),
    "fb_method_notes": (
        "Consistency notes: a score of 70 or more with no strength and no evidence; an area for "
        "improvement under a score of 100; strengths only under a score of 30 or less."
    ),
    "fb_method_maturity": (
        "Maturity: the band of the model's maturity scale that holds the total points."
    ),
}
