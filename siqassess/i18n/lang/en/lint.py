"""English texts: lint (what an examiner would challenge)."""

from __future__ import annotations

from siqassess.i18n.catalogue import Text

TEXTS: dict[str, Text] = {
    "lint_severity_error": "error",
    "lint_severity_warning": "warning",
    "lint_severity_note": "note",
    "lint_unknown_rule": "unknown lint rule {rules}: the rules are SIQ001 to SIQ012",
    "lint_SIQ001": "{id} is scored {score} with no evidence and no strength",
    "lint_SIQ001_short": "A high score with no evidence and no strength",
    "lint_SIQ001_why": (
        "An examiner places a criterion at 70 or more only on shown evidence of a systematic, "
        "deployed and refined way of working; with neither evidence nor a written strength, "
        "the score rests on nothing a reader can check."
    ),
    "lint_SIQ002": "{id} has strengths but is scored {score}",
    "lint_SIQ002_short": "Strengths under a low score",
    "lint_SIQ002_why": (
        "A score of 30 or less says the way of working is scattered or missing; strengths "
        "written under it contradict the score, so one of them is wrong."
    ),
    "lint_SIQ003": "{id} is scored 100 but has an area for improvement",
    "lint_SIQ003_short": "An area for improvement under a full score",
    "lint_SIQ003_why": (
        "100 means nothing is left to improve; an area for improvement under it contradicts "
        "the score."
    ),
    "lint_SIQ004": "{id} is marked not applicable: say why an examiner should accept it",
    "lint_SIQ004_short": "A flagged not applicable",
    "lint_SIQ004_why": (
        "The model applies to every organisation: what has not been worked on is scored low, "
        "not marked not applicable (rule 13). Every N/A is a question for the consensus meeting."
    ),
    "lint_SIQ005": "{id} is scored {score} without measures",
    "lint_SIQ005_short": "A result area scored without measures",
    "lint_SIQ005_why": (
        "Examiners judge results on levels, trends and comparisons; without measures the "
        "score of a result area cannot be checked (rule 16)."
    ),
    "lint_SIQ006": "{id} is scored {score} with no measure to show for it",
    "lint_SIQ006_short": "A result area scored 60 or more with no measure",
    "lint_SIQ006_why": (
        "60 and above on the results scale claims good levels and trends; with no measure the "
        "claim has no data behind it (rule 16)."
    ),
    "lint_SIQ007": "the measure {name!r} has {n} values: a trend needs three or more",
    "lint_SIQ007_short": "A measure with fewer than three values",
    "lint_SIQ007_why": (
        "A trend is judged over three or more values (rule 16); with fewer, improvement "
        "cannot be told from chance."
    ),
    "lint_SIQ008": "the measure {name!r} has no comparison",
    "lint_SIQ008_short": "A measure with no comparison",
    "lint_SIQ008_why": (
        "A level is good only against something: a comparison with similar organisations or "
        "the country shows whether it is (rule 16)."
    ),
    "lint_SIQ009": "{id} has its own target but no note saying why",
    "lint_SIQ009_short": "A target without a stated reason",
    "lint_SIQ009_why": (
        "A target set apart from the default is a decision; the note should say what it rests "
        "on, so next year's team can judge whether it still holds."
    ),
    "lint_SIQ010": "the action {action!r} has no owner or no due date",
    "lint_SIQ010_short": "An action without an owner or a due date",
    "lint_SIQ010_why": "An action nobody owns, or that has no date, is rarely done (rule 12).",
    "lint_SIQ011": "the action {action!r} was due {due} and is not done",
    "lint_SIQ011_short": "An action overdue against the assessment date",
    "lint_SIQ011_why": (
        "An action past its due date on the day of the assessment needs a new date or a "
        "decision, before the plan is trusted again."
    ),
    "lint_SIQ012": "evidence is a {scheme}: link, not an http(s) link a reader can open",
    "lint_SIQ012_short": "An evidence link that is not http(s)",
    "lint_SIQ012_why": (
        "Reports turn only http(s) evidence into links; other schemes (file:, mailto:, "
        "javascript:) do not open for the reader, or open something they should not."
    ),
}
