"""English texts: the feedback report's examiner parts (rule 11): overall assessment, levels,
consistency notes, links, site-visit questions and the method."""

from __future__ import annotations

from siqassess.i18n.catalogue import Plural, Text

TEXTS: dict[str, Text] = {
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
    "fb_level": "level",
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
    "fb_related_results": "Results that depend on it",
    "fb_related_criteria": "Builds on",
    "fb_col_results": "Results",
    "fb_quiet": "Without written strengths or areas for improvement",
    "fb_visit_title": "Questions for the site visit",
    "fb_visit_intro": (
        "Criteria an examiner should verify on site, chosen by this rule: a flagged not "
        "applicable; a score of 70 or more resting on at most one evidence entry; assessors' "
        "scores 30 points or more apart; a change of 20 points or more since last year."
    ),
    "fb_visit_none": "No criterion meets the rule.",
    "fb_visit_why": "Why",
    "fb_visit_thin_evidence": "Score {score} rests on at most one evidence entry.",
    "fb_visit_team_spread": "The assessors' scores ranged from {min} to {max}.",
    "fb_visit_big_change": "Changed from {old} to {score} since last year.",
    "fb_visit_na_flagged": "Marked not applicable; the model flags that.",
    "fb_visit_ask_thin_evidence": (
        "Show us how this works in practice: where is it used, and what has it achieved?"
    ),
    "fb_visit_ask_thin_evidence_result": (
        "Which measures show this level, and against which targets and comparisons?"
    ),
    "fb_visit_ask_team_spread": (
        "Where in the organisation does this work well, and where not? What explains the "
        "difference?"
    ),
    "fb_visit_ask_big_change": "What changed, and where can we see it?",
    "fb_method_summary": (
        "Main strengths: the criteria and result areas with a written strength, highest score "
        "first, five at most; when fewer than three have one, those at or above target with "
        "the highest scores follow. Most important areas for improvement: those with a written "
        "area for improvement, in the order of the priority rule below (ways of working before "
        "results), five at most; when fewer than three have one, the top of that ranking "
        "follows."
    ),
    "fb_method_priority": (
        "Priority: gap × importance (the gap to the target times the criterion's importance, "
        "its success factor's share of the ways of working), ties by the larger weight, then "
        "by id. Results below target are ranked the same way and listed apart."
    ),
    "fb_method_paragraph": (
        "Each success factor's paragraph: its score and level, how many strengths and areas "
        "for improvement are written down, and its highest and lowest criterion."
    ),
    "fb_method_level": (
        "Level: the band of the model's scale that holds the score; a part's score is first "
        "rounded to the nearest step of the scale."
    ),
    "fb_method_notes": (
        "Consistency notes: a score of 70 or more with no strength and no evidence; an area for "
        "improvement under a score of 100; strengths only under a score of 30 or less."
    ),
    "fb_method_maturity": (
        "Maturity: the band of the model's maturity scale that holds the total points."
    ),
    "fb_method_links": (
        "Links between results and ways of working: the criteria each result area names in "
        "the model file, shown under the result area and under each criterion."
    ),
    "fb_method_visits": (
        "Questions for the site visit: chosen by the rule in their section. Last year's "
        "scores come from the previous assessment when one is given (report --previous), "
        "else from the last year's scores written into this file."
    ),
}
