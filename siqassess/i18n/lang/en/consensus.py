"""English texts: consensus."""

from __future__ import annotations

from siqassess.i18n.catalogue import Plural, Text

TEXTS: dict[str, Text] = {
    "draft_header_1": (
        "DRAFT for the team's consensus meeting, not an agreed result: the meeting agrees each "
        "score in discussion and edits this file."
    ),
    "draft_header_2": Plural(
        one=(
            "Made by siqassess aggregate from {n} respondent's answers: each score is the mean "
            "rounded to the scale; a question is N/A when more respondents said N/A than gave "
            "a score."
        ),
        other=(
            "Made by siqassess aggregate from {n} respondents' answers: each score is the mean "
            "rounded to the scale; a question is N/A when more respondents said N/A than gave "
            "a score."
        ),
    ),
    "draft_header_3": (
        "Every respondent's notes, strengths, areas for improvement (with actions) and "
        "evidence are kept, each starting with the respondent's name; group: shows the spread."
    ),
    "discuss_more": Plural(
        one="{n} more question is flagged to discuss: {ids}. It is marked ! in “{table}”.",
        other="{n} more questions are flagged to discuss: {ids}. They are marked ! in “{table}”.",
    ),
    "tbl_discuss_more": Plural(
        one="{n} more leaf to discuss: {ids} (marked ! in the leaves table)",
        other="{n} more leaves to discuss: {ids} (marked ! in the leaves table)",
    ),
}
