"""English texts: consensus."""

from __future__ import annotations

from siqassess.i18n.catalogue import Plural, Text

TEXTS: dict[str, Text] = {
    "draft_header_1": (
        "Consensus draft for the team's meeting (status: draft), not an agreed result: the "
        "meeting agrees each score in discussion and edits this file."
    ),
    "draft_header_2": Plural(
        one=(
            "Made by siqassess aggregate from {n} assessor's answers. A question the team "
            "disagrees on (max − min ≥ {spread}) is blank (score: null), with every assessor's "
            "own score and argument under respondents:, so that no mean anchors the "
            "discussion; elsewhere the score is the suggestion (suggested:), the mean rounded "
            "to the scale. A question is not applicable when more assessors said so than gave "
            "a score."
        ),
        other=(
            "Made by siqassess aggregate from {n} assessors' answers. A question the team "
            "disagrees on (max − min ≥ {spread}) is blank (score: null), with every assessor's "
            "own score and argument under respondents:, so that no mean anchors the "
            "discussion; elsewhere the score is the suggestion (suggested:), the mean rounded "
            "to the scale. A question is not applicable when more assessors said so than gave "
            "a score."
        ),
    ),
    "draft_header_3": (
        "Every assessor's notes, strengths, areas for improvement (with actions) and "
        "evidence are kept, each starting with the assessor's name; group: shows the spread."
    ),
    "draft_header_4": (
        "Fill in every blank score (or na: true with a reason), write a one-line reason: "
        "wherever the agreed score differs from the suggestion, then run: siqassess consensus "
        'close DRAFT -o AGREED.yaml --present "Name, Name"'
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
