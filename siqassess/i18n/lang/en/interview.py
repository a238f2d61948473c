"""English texts: interview."""

from __future__ import annotations

from siqassess.i18n.catalogue import Text

TEXTS: dict[str, Text] = {
    "progress": "Question {n} of {total}",
    "current_answer": "Current answer",
    "current_na": "Not applicable – {reason}",
    "measures": "Example measures",
    "help": "Guidance",
    "overview_prompt": "Where to?",
    "resume_done": "Every question is answered. What next?",
    "language_prompt": "Språk / Language",
    "respondent_prompt": "Your name (the respondent)",
    "file_prompt": "Save the answers in file",
    "resumed": "Resuming {path}",
    "created": "Answers are saved to {path} after every question.",
    "saved": "Saved to {path}",
    "interrupted": "Interrupted. Saved to {path}: {coverage}.",
    "interrupted_nothing": "Interrupted before anything was saved.",
    "resume_hint": "Resume later with: siqassess assess {path}",
    "report_hint": "Make a report with: siqassess report {path}",
    "summary_title": "Summary – {name}",
    "coverage_line": "{answered} answered · {na} not applicable · {missing} missing",
    "col_bar": "Score against target",
    "col_coverage": "Answered / N/A / missing",
    "gaps": "Below target (gap × importance)",
    "legend": "█ score   ┃ target   · remaining to 100",
    "none_yet": "None yet.",
    "no_score": "no score",
    "gap_line": "{id} {name}: {score} against target {target} (gap {gap})",
    "strength_line": "{id} {name}: {score} (target {target})",
    "init_written": "Wrote a blank answers file: {path}",
    "init_next": (
        "Next: fill it in with an editor (or run `siqassess assess {path}`), check it with "
        "`siqassess validate {path}`, then get the result with `siqassess score {path}` or "
        "`siqassess report {path}`."
    ),
}
