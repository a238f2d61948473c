"""English texts: screen."""

from __future__ import annotations

from siqassess.i18n.catalogue import Plural, Text

TEXTS: dict[str, Text] = {
    "n_answered": Plural(one="{n} answered", other="{n} answered"),
    "n_na": Plural(one="{n} not applicable", other="{n} not applicable"),
    "n_missing": Plural(one="{n} missing", other="{n} missing"),
    "n_to_go": Plural(one="{n} to go", other="{n} to go"),
    "n_strengths": Plural(one="{n} strength", other="{n} strengths"),
    "n_improvements": Plural(one="{n} area for improvement", other="{n} areas for improvement"),
    "n_evidence": Plural(one="{n} piece of evidence", other="{n} pieces of evidence"),
    "n_measures": Plural(one="{n} example measure", other="{n} example measures"),
    "n_unanswered": Plural(
        one="{n} question is unanswered; the file is saved as in progress.",
        other="{n} questions are unanswered; the file is saved as in progress.",
    ),
    "level_means": "This level means:",
    "pick_first": "Pick a level first: {keys}.",
    "level_keys": "0–9 for 0–90, + for 100",
    "saved_level": "● saved answer",
    "folded": "? shows the guidance",
    "folded_measures": "? shows the guidance and {measures}",
    "folded_tail": "(folded to fit the window)",
    "key_level": "pick level",
    "key_enter": "save, next",
    "key_skip": "skip",
    "key_back": "back",
    "key_na": "not applicable",
    "key_overview": "overview",
    "key_note": "note",
    "key_strength": "strength",
    "key_improvement": "area for improvement",
    "key_evidence": "evidence",
    "key_target": "target",
    "key_help": "help",
    "key_quit": "save and quit",
    "help_title": "Help – {id}",
    "help_keys": "Keys",
    "help_return": "Press any key to go back to the question.",
    "edit_note": "Note on {id}",
    "edit_strength": "New strength for {id}",
    "edit_improvement": "New area for improvement for {id}",
    "edit_evidence": "Evidence for {id} (separate with commas)",
    "edit_na": "Why does {id} not apply?",
    "edit_so_far": "So far:",
    "edit_multiline_keys": "Enter saves · Alt+Enter new line · Esc cancels",
    "edit_line_keys": "Enter saves · Esc cancels",
    "reason_required": "Please give a short reason (or Esc to cancel).",
    "bad_score": (
        "{where}: the saved value {value} of {id} is not on the scale ({low}–{high} in "
        "steps of {step}). Pick a level to correct it."
    ),
    "bad_target": (
        "{where}: the own target {value} of {id} is not on the scale and was dropped; t "
        "sets a new one."
    ),
    "bad_na": (
        "{where}: {id} is marked not applicable without a reason. Pick a level, or n and "
        "give a reason."
    ),
    "bad_both": (
        "{where}: {id} has both a value and not applicable. Pick a level, or n for not applicable."
    ),
    "bad_path": "Cannot save in {path}: {reason}. Type another file name.",
    "bad_path_folder": "the folder {folder} does not exist",
    "bad_path_dir": "it is a folder",
    "finish": "Done: show the summary (the file is marked complete)",
    "finish_incomplete_n": Plural(
        one="Show the summary now ({n} unanswered, the file stays in progress)",
        other="Show the summary now ({n} unanswered, the file stays in progress)",
    ),
    "save_exit": "Save and quit – resume later",
    "resume_first": "Continue with the unanswered questions (first {id})",
    "resume_review": "Review every question from the start",
    "overview_title": "Overview – {tally}",
    "continue_walk": "Back to the question ({id})",
    "coverage_legend": "a / n / m: answered / N/A / missing",
    "summary_columns": "Columns: score · target · █ score ┃ target · answered / N/A / missing",
    "menu_keys": "(press a number, or arrow keys and Enter)",
    "menu_arrows": "(arrow keys, Enter chooses)",
    "no_terminal": (
        "siqassess assess needs an interactive terminal (stdin and stdout must be a TTY)."
        " Without one: write a blank file with `siqassess init -o FILE`, fill it in with "
        "an editor, check it with `siqassess validate FILE`, then run `siqassess score "
        "FILE` or `siqassess report FILE`."
    ),
    "legend_short": "█ score ┃ target",
    "iv_last_year": "Last year: {value}",
    "iv_last_year_na": "N/A",
    "iv_placement": "Placing a score within a band",
    "iv_placement_hint": "? shows how to place a score within a band",
    "iv_folded_placement": "? shows the guidance and placement within a band",
    "iv_folded_placement_measures": "? shows the guidance, {measures} and placement within a band",
    "iv_help_scroll": "lines {first}–{last} of {total} · ↑↓ scroll · other keys: back",
}
