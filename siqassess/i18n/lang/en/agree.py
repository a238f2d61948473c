"""English texts: closing the consensus (rule 9), respondent groups (rule 14), calibration (15)."""

from __future__ import annotations

from siqassess.i18n.catalogue import Plural, Text

TEXTS: dict[str, Text] = {
    "agree_na": "not applicable",
    "agree_blank": "nothing (left to the meeting)",
    "err_close_blank": (
        "{id} is still blank: write the score the meeting agreed (score:), or na: true with "
        "a reason"
    ),
    "err_close_no_reason": (
        "{id}: the meeting agreed on {agreed} and the draft suggested {draft}: write why in a "
        "one-line reason:"
    ),
    "err_close_no_reason_blank": (
        "{id} was left to the meeting, which agreed on {agreed}: write why in a one-line reason:"
    ),
    "err_close_reason_lines": (
        "{id}: the reason is more than one line: say in one line why the meeting agreed on this"
    ),
    "err_not_a_draft": (
        "this is not a consensus draft (status: {status}): make one with siqassess aggregate "
        "FILES -f yaml -o DRAFT.yaml"
    ),
    "draft_first_line": Plural(
        one=(
            "Consensus draft – {file} is not an agreed result: {n} question is still to agree. "
            "When the meeting has agreed: siqassess consensus close {file} -o AGREED.yaml"
        ),
        other=(
            "Consensus draft – {file} is not an agreed result: {n} questions are still to "
            "agree. When the meeting has agreed: siqassess consensus close {file} -o AGREED.yaml"
        ),
    ),
    "draft_first_line_ready": (
        "Consensus draft – {file} is not an agreed result until it is closed: siqassess "
        "consensus close {file} -o AGREED.yaml"
    ),
    "closed": Plural(
        one="Agreed file written: {output} ({n} decision in its log; present: {present}).",
        other="Agreed file written: {output} ({n} decisions in its log; present: {present}).",
    ),
    "err_mixed_organisations": (
        "these files answer for different organisations: {orgs}. One aggregate is one "
        "organisation at one time: compare organisations with siqassess benchmark (the network "
        "benchmark), or combine them anyway with --allow-mixed"
    ),
    "err_mixed_dates": (
        "these files are dated more than six months apart: {first} ({first_file}) and {last} "
        "({last_file}). One aggregate is one organisation at one time: follow the years with "
        "siqassess compare or trend, compare organisations with siqassess benchmark (the "
        "network benchmark), or combine them anyway with --allow-mixed"
    ),
    "iv_assessors": "The assessors' own answers (consensus draft):",
    "iv_na_short": "N/A",
    "nobody_named": "nobody named",
}
