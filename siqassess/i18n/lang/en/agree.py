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
    "fac_title": "For the facilitator: {org}",
    "fac_title_plain": "For the facilitator",
    "fac_percent": "{value}%",
    "fac_no_role": "(no role)",
    "fac_question": "Question",
    "fac_gap": "Gap",
    "fac_roles_title": "Respondent groups: each role's mean per question",
    "fac_roles_intro": (
        "Roles (assessors): {roles}. A question is flagged (!) when the role means are {gap} "
        "points or more apart: management and staff see it differently, which is a finding."
    ),
    "fac_roles_flagged": Plural(
        one="{n} question where the roles differ by {gap} points or more: {ids}.",
        other="{n} questions where the roles differ by {gap} points or more: {ids}.",
    ),
    "fac_roles_none": "No question where the roles differ by {gap} points or more.",
    "fac_cal_title": "Calibration: how each assessor scores against the group",
    "fac_cal_intro": (
        "For whoever leads the consensus meeting, not for the organisation's report. Offset: "
        "the assessor's score minus the group mean, averaged over the questions they scored."
    ),
    "fac_alpha": Plural(
        one=(
            "Krippendorff's α (interval) for the team: {alpha}, over {n} question scored by at "
            "least two assessors (1 is full agreement, 0 no more than chance)."
        ),
        other=(
            "Krippendorff's α (interval) for the team: {alpha}, over {n} questions scored by at "
            "least two assessors (1 is full agreement, 0 no more than chance)."
        ),
    ),
    "fac_assessor": "Assessor",
    "fac_offset": "Offset from the group mean",
    "fac_questions": "Questions",
    "fac_pairs_title": "Pairs of assessors",
    "fac_pairs_intro": "For each pair: the questions both scored, and the share within 10 points.",
    "fac_pairs_many": (
        "{n} assessors: pairs are listed for at most {max}; the offsets and α above cover everyone."
    ),
    "fac_assessors": "Assessors",
    "fac_both": "Questions both scored",
    "fac_within": "Within 10 points",
    "err_facilitator_format": (
        "--by-role and --calibration write table, md or html, not {format}: choose one of "
        "those with --format"
    ),
    "wb_role": "Role (for example ledning, chef, medarbetare)",
    "draft_report_title": "Consensus draft – {title}",
    "err_close_extension": (
        "{output}: the agreed file is an answers file in YAML: name it .yaml or .yml (siqassess "
        "convert makes a workbook of it afterwards)"
    ),
    "nobody_named": "nobody named",
}
