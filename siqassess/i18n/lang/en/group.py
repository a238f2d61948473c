"""English texts: group."""

from __future__ import annotations

from siqassess.i18n.catalogue import Text

TEXTS: dict[str, Text] = {
    "comparison": "Comparison",
    "earlier": "Earlier",
    "latest": "Latest",
    "change": "Change",
    "compared_files": "Compares {old} ({old_date}) with {new} ({new_date}).",
    "coverage_cols": "Coverage earlier / latest",
    "biggest_improvements": "Biggest improvements",
    "biggest_declines": "Biggest declines",
    "crossed": "Questions that crossed their target",
    "crossed_up": "Reached the target (below it last time)",
    "crossed_down": "Fell below the target (at or above it last time)",
    "drift_title": "Note: the assessments answer different versions of the model",
    "drift_id": "The model id",
    "drift_version": "The model version",
    "drift_hash": "The model content (checksum)",
    "drift_changed": "{what} changed: {old} → {new}.",
    "drift_only_old": "Only in the earlier model, so not compared: {ids}.",
    "drift_only_new": "Only in the latest model, so not compared: {ids}.",
    "drift_compared": "The comparison covers the {n} questions both models have.",
    "comparison_chart_factors": "Success factors: earlier, latest and target",
    "comparison_chart_results": "Result areas: earlier, latest and target",
    "comparison_method": (
        "Change = latest score − earlier score, for every part of the model. A part without a "
        "score in either assessment has no change (–), never 0. Each file is scored with the "
        "model it names; when questions were added or removed, only the questions in both are "
        "compared. Targets and gaps in this report are the latest assessment's."
    ),
    "group_report": "Group self-assessment",
    "mean": "Mean",
    "median": "Median",
    "lowest": "Lowest",
    "highest": "Highest",
    "range": "Highest (shaded: lowest–highest)",
    "spread": "Spread",
    "stdev": "SD",
    "n_scored": "n",
    "discuss_first": "Discuss first",
    "discuss_intro": (
        "Questions where the assessors' scores differ by {spread} or more (highest − lowest),"
        " widest spread first. The disagreement is itself a finding: start here."
    ),
    "no_discuss": "No question has that wide a spread.",
    "group_table": "Spread per question",
    "group_table_intro": (
        "n = assessors who gave a score. N/A and missing are shown in columns of their own. "
        "SD is the population standard deviation. ! = discuss."
    ),
    "group_chart_factors": "Success factors: the group's mean, target and spread",
    "group_chart_results": "Result areas: the group's mean, target and spread",
    "group_method": (
        "The group's score for a question is the mean of the scores of the assessors who "
        "answered it; it rolls up with the same rules as a single assessment. A question every "
        "assessor marked not applicable is not applicable; one without any score is missing. "
        "A question's target is the mean of the assessors' targets. The shaded band in the "
        "charts runs from the lowest to the highest assessor's own score for the factor or "
        "area."
    ),
}
