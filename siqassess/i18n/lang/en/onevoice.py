"""English texts: one term per concept (#27): the gap report's list below target."""

from __future__ import annotations

from siqassess.i18n.catalogue import Plural, Text

TEXTS: dict[str, Text] = {
    "below_target": "Below target",
    "points_at_stake_col": "Points at stake",
    "coverage_counts": "{answered} · {na} · {missing}",
    "done_counted": "Done: {coverage}. Report: siqassess report {path}",
    "resume_counted": "In the file: {coverage}. How do you want to go on?",
    "summary_counted": "answers to {model} {version}, {coverage}",
    "coverage_of": Plural(one="{coverage} ({n} question)", other="{coverage} ({n} questions)"),
    "answered_key": "Ans./N/A/missing: answered / not applicable / missing",
    "saved_counted": "Saved to {path}: {coverage}",
    "target_title": "Target for {id}",
    "target_own": "own target {value}",
    "target_default_now": "default target {value}",
    "target_hint": (
        "Choose the target: a digit, then Enter · t: the default ({default}) · ← keeps it"
    ),
    "iv_target": "Target: {value}",
}
