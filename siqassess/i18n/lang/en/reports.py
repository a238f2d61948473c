"""English texts: reports."""

from __future__ import annotations

from siqassess.i18n.catalogue import Text

TEXTS: dict[str, Text] = {
    "report": "Self-assessment",
    "gap_report": "Gap report",
    "organisation": "Organisation",
    "unit": "Unit",
    "respondent": "Respondent",
    "respondents": "Assessors",
    "date": "Date",
    "model": "Model",
    "version": "version",
    "coverage": "Coverage",
    "answered": "answered",
    "answered_col": "Ans./N/A/missing",
    "na": "not applicable",
    "missing": "missing",
    "of_leaves": "of {n} questions",
    "partial": (
        "Partial assessment: {n} of {total} questions are unanswered. Scores rest on the "
        "answered ones only."
    ),
    "in_progress": "In progress",
    "complete": "Complete",
    "status": "Status",
    "overview": "Overview",
    "total": "Total",
    "score": "Score",
    "points_of": "{points} of 1000 points",
    "target": "Target",
    "gap": "Gap",
    "current": "Current",
    "bar": "Bar",
    "area": "Area",
    "success_factors": "Success factors",
    "result_areas": "Result areas",
    "factors_chart": "Success factors: current and target",
    "results_chart": "Result areas: current and target",
    "chart_omitted": "Charts are included only when the report is saved to a file (-o).",
    "improvements": "Areas for improvement",
    "improvements_intro": (
        "Ways-of-working questions below target, ranked by gap × importance (the success "
        "factor's share of its group, adjusted for the question's own weight). Points at stake "
        "show what closing the gap is worth out of 1000; they do not set the order."
    ),
    "no_improvements": "No ways-of-working question is below target.",
    "results_below": "Results below target",
    "results_below_intro": (
        "Result areas below target, ranked the same way and kept apart: a result improves "
        "through the ways of working behind it."
    ),
    "no_results_below": "No result area is below target.",
    "points_at_stake": "points at stake",
    "at_target": "At or above target",
    "at_target_intro": "Questions at or above target, highest score first.",
    "no_at_target": "No question reaches its target yet.",
    "strengths": "Strengths",
    "details": "By success factor",
    "results_details": "By result area",
    "question": "Question",
    "level": "Level",
    "note": "Note",
    "evidence": "Evidence",
    "rank": "No.",
    "weight": "Weight",
    "na_and_missing": "Not applicable and missing",
    "na_items": "Not applicable",
    "reason": "Reason",
    "missing_items": "Unanswered",
    "none": "None.",
    "not_answered": "not answered",
    "file_findings_1": (
        "Written findings, optional on every question: `strengths:` and `improvements:`, lists of "
        "short texts."
    ),
    "file_findings_2": (
        "An improvement may be `{text: ..., actions: [{text, owner, due: YYYY-MM-DD, status: "
        "planned|in_progress|done}]}`. `last_year` is shown, never scored."
    ),
    "plan_title": "Action plan",
    "plan_empty": "No area for improvement has been written down yet.",
    "plan_owner": "owner: {owner}",
    "plan_due": "due {due}",
    "plan_in_progress": "in progress",
    "plan_figures": "{list}, rank {rank} in the gap report: gap {gap}, {points} points at stake",
    "last_year": "last year: {value}",
    "init_carried": (
        "Wrote {out}, started from {path}: header, findings, evidence, notes, targets and "
        "actions carried over; every score and N/A is blank."
    ),
    "not_applicable": "not applicable",
    "method": "Method",
    "method_rollup": (
        "Each question is scored 0–100 in steps of 10. The score of a success factor, a group "
        "and the total is the weighted mean of the scores below it that exist. Not applicable "
        "and unanswered questions are left out, and never counted as zero. A part with no "
        "answered question is shown as –."
    ),
    "method_target": (
        "A question's target is its own target, else the answers file's default target, else "
        "the model's default target ({default}). Targets of higher levels are weighted means of"
        " the same questions' targets. Gap = target − score; a positive gap means below target."
    ),
    "method_points": (
        "Total points are the total score times 10, out of 1000. Questions below target are "
        "ranked by gap × importance (a criterion's importance is its success factor's share of "
        "the ways of working); result areas below target are ranked the same way and listed "
        "apart."
    ),
    "method_wording": (
        "The structure follows the SIQ Management Model. The wording of the questions and "
        "levels is the siqassess project's own, not SIQ's official text."
    ),
    "group_weights": "Group weights",
    "points_max": "points of 1000",
    "model_hash": "Model checksum",
    "generated": "Generated",
    "contents": "Contents",
}
