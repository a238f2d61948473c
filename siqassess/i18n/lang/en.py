"""English: the reference catalogue. Every key exists here; other languages fall back to it."""

from __future__ import annotations

from siqassess.i18n.catalogue import Catalogue, Plural

TEXTS: dict[str, str | Plural] = {
    # interview
    "progress": "Question {n} of {total}",
    "current_answer": "Current answer",
    "current_na": "Not applicable – {reason}",
    "measures": "Example measures",
    "help": "Guidance",
    "target_prompt": "Target for {id}",
    "target_default": "default ({target})",
    "overview_prompt": "Where to?",
    "resume_prompt": "The file has {answered} of {total} questions answered. How to go on?",
    "resume_done": "Every question is answered. What next?",
    "language_prompt": "Språk / Language",
    "respondent_prompt": "Your name (the respondent)",
    "file_prompt": "Save the answers in file",
    "resumed": "Resuming {path}",
    "created": "Answers are saved to {path} after every question.",
    "saved": "Saved to {path}",
    "interrupted": "Interrupted. {answered} of {total} answers are saved in {path}.",
    "interrupted_nothing": "Interrupted before anything was saved.",
    "resume_hint": "Resume later with: siqassess assess {path}",
    "report_hint": "Make a report with: siqassess report {path}",
    "summary_title": "Summary – {name}",
    "coverage_line": "{answered} answered · {na} not applicable · {missing} missing",
    "col_bar": "Score against target",
    "col_coverage": "Answered / N/A / missing",
    "gaps": "Areas for improvement (gap × importance)",
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
    # reports
    "report": "Self-assessment",
    "gap_report": "Gap report",
    "organisation": "Organisation",
    "unit": "Unit",
    "respondent": "Respondent",
    "respondents": "Respondents",
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
    "chart_omitted": "Charts are written only when the report is saved to a file (-o).",
    "improvements": "Areas for improvement",
    "improvements_intro": (
        "Ways-of-working questions below target, ranked by gap × importance (the success "
        "factor's share of its group, adjusted for the question's own weight). Points at stake "
        "show what closing the gap is worth out of 1000; they do not set the order."
    ),
    "no_improvements": "No ways-of-working question is below target.",
    "results_below": "Results under target",
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
    "plan_figures": "{list}: gap {gap}, {points} points at stake",
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
        "Total points are the total score times 10, out of 1000. Areas for improvement are "
        "ranked by gap times the question's share of the total."
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
    # comparison and group reports
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
        "Questions where the respondents' scores differ by {spread} or more (highest − lowest),"
        " widest spread first. The disagreement is itself a finding: start here."
    ),
    "no_discuss": "No question has that wide a spread.",
    "group_table": "Spread per question",
    "group_table_intro": (
        "n = respondents who gave a score. N/A and missing count respondents. SD is the "
        "population standard deviation. ! = discuss."
    ),
    "group_chart_factors": "Success factors: the group's mean, target and spread",
    "group_chart_results": "Result areas: the group's mean, target and spread",
    "group_method": (
        "The group's score for a question is the mean of the scores of the respondents who "
        "answered it; it rolls up with the same rules as a single assessment. A question every "
        "respondent marked not applicable is not applicable; one without any score is missing. "
        "A question's target is the mean of the respondents' targets. The shaded band in the "
        "charts runs from the lowest to the highest respondent's own score for the factor or "
        "area."
    ),
    # interview: the question screen, its keys, the editor, the summary (issue #12)
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
    "done_report": "Done: all {total} questions are answered. Report: siqassess report {path}",
    # messages: errors and warnings of every command
    "error": "error",
    "warning": "warning",
    "interrupted_cli": "interrupted",
    "internal_error": "internal error: {error} (rerun with --traceback and report it)",
    "err_is_directory": "is a directory, not a file",
    "err_no_such_file": "no such file",
    "err_permission": "permission denied",
    "err_cannot_read": "cannot read: {reason}",
    "err_too_large": "file is larger than the {limit} MiB limit",
    "err_not_utf8": "not UTF-8 text (byte 0x{byte})",
    "err_empty": "file is empty",
    "err_yaml": "{detail}",
    "err_yaml_other": "invalid YAML: {detail}",
    "err_tab": "YAML indents with spaces; replace the tab at line {line}",
    "err_duplicate_key": "duplicate key {key}",
    "err_tag": "tag {tag} is not allowed",
    "err_character": "character U+{code} is not allowed in YAML",
    "err_too_deep": "nesting is too deep",
    "err_deeper_than": "nesting is deeper than {max} levels",
    "err_alias_bomb": "document expands to more than {max} nodes (alias bomb?)",
    "err_no_folder": "folder {folder} does not exist",
    "err_cannot_write": "cannot write: {reason}",
    "err_alias_text": "document expands to more than {max} MiB of text through its aliases",
    "err_too_many_values": "document has more than {max} values",
    "err_fifo": "is a named pipe (FIFO), not a regular file",
    "err_socket": "is a socket, not a regular file",
    "err_char_device": "is a character device, not a regular file",
    "err_block_device": "is a block device, not a regular file",
    "err_not_regular": "is not a regular file",
    "err_no_reader": "is a socket or device without a reader, not a regular file",
    "err_overwrite_input": "-o would overwrite the input file {input}; refused",
    "err_locked": "is being edited by {holder}; wait for that session to end",
    "err_output_stream": "cannot write the output: {reason}",
    "err_not_mapping": "expected {what} (a YAML mapping at the top level), found {found}",
    "what_answers_file": "an answers file",
    "what_model_file": "a model file",
    "kind_list": "a list",
    "kind_str": "a string",
    "kind_number": "a number",
    "kind_whole_number": "a whole number",
    "kind_bool": "true or false",
    "kind_mapping": "a mapping (key: value)",
    "kind_date": "a date (YYYY-MM-DD)",
    "kind_nothing": "nothing",
    "err_unknown_key": "unknown key {key!r}",
    "err_missing_key": "missing required key {key!r}",
    "err_expected": "expected {expected}, got {got}",
    "err_quoted_number": "write {value} without quotes",
    "err_one_of": "must be one of {choices}, got {got}",
    "err_schema": "{detail}",
    "err_language_one_of": "language must be one of {langs}",
    "err_off_scale": "{value} is not on the scale ({min}–{max} in steps of {step})",
    "err_not_scored_leaf": "not a scored leaf {id!r} in model {model}",
    "err_unknown_id": "unknown id {id!r} in model {model}",
    "err_score_and_na": "a leaf cannot have both a score and na: true",
    "err_empty_strength": "a strength is empty",
    "err_empty_improvement": "an area for improvement is empty",
    "err_empty_action": "an action is empty",
    "err_last_year_model": "answers model {found!r}, not {wanted!r}; pass --model {found}",
    "err_na_reason": "na: true needs a reason",
    "err_complete_unanswered": Plural(
        one="status is complete but {n} leaf is unanswered",
        other="status is complete but {n} leaves are unanswered",
    ),
    "err_different_model": "answers a different model: {diffs}",
    "diff_id": "id {found!r} ≠ {expected!r}",
    "diff_version": "version {found!r} ≠ {expected!r}",
    "diff_hash": "content hash {found}… ≠ {expected}…",
    "err_unknown_model": "unknown model {spec!r}; built-in models: {known}",
    "err_no_match": "no files match this pattern",
    "err_model_not_builtin": (
        "answers model {id!r}, which is not built in (built-in: {known}); pass --model FILE"
    ),
    "err_not_answers": "not an answers file (it has no `answers` or `model` key)",
    "err_unanswered_required": "{id} is unanswered (--require-complete)",
    "err_no_answers_files": "no answers files found",
    "err_cannot_load_model": "cannot load the model it answers: {reason}; pass --model PATH",
    "ok": "ok",
    "summary_answers": "answers to {model} {version}, {done}/{total} answered",
    "summary_model": Plural(
        one="model {model} {version}: {factors} success factors, {n} scored leaf",
        other="model {model} {version}: {factors} success factors, {n} scored leaves",
    ),
    "files_checked": Plural(one="{n} file checked", other="{n} files checked"),
    "files_invalid": Plural(one="{n} invalid", other="{n} invalid"),
    "problem_count": Plural(one="{n} problem", other="{n} problems"),
    "all_valid": Plural(one="all valid", other="all valid"),
    "fail_under_no_score": "no score, under --fail-under {limit}",
    "fail_under_total": "a total of {total}, under --fail-under {limit}",
    "output_not_written": "{output} was not written",
    "output_incomplete": "the output above is incomplete",
    "interrupted_batch": Plural(
        one="interrupted after {seen} of {n} file ({scored} scored); {where}",
        other="interrupted after {seen} of {n} files ({scored} scored); {where}",
    ),
    "err_exists": "{path} exists; pass --force to overwrite it, or -o another file",
    "files_skipped": Plural(
        one="{n} other YAML file skipped", other="{n} other YAML files skipped"
    ),
    "neither_model_nor_answers": "neither a model nor an answers file",
    "skipped_file": "skipped {file}: {why}",
    "file_header": "siqassess answers file for {name} {version}.",
    "file_howto": "Score each leaf 0-100 in steps of 10, or write `na: true` with a `reason`.",
    "file_schema": "Editor schema: siqassess schema answers -o {hint}",
    "tbl_comparison": "Comparison: {old} ({old_date}) → {new} ({new_date})",
    "tbl_drift": "MODEL DRIFT",
    "tbl_compare_title": "Score 0–100: old, new and Δ = new − old",
    "tbl_coverage_caption": "Coverage: leaves answered/N/A/missing.",
    "tbl_node": "Node",
    "tbl_old": "Old",
    "tbl_new": "New",
    "tbl_delta": "Δ",
    "tbl_old_cov": "Old cov.",
    "tbl_new_cov": "New cov.",
    "tbl_improvements": "Biggest improvements",
    "tbl_declines": "Biggest declines",
    "tbl_crossed_up": "Reached target (below before, at or above now)",
    "tbl_crossed_down": "Fell below target (at or above before, below now)",
    "tbl_change": "{id}: {old} → {new} ({delta}; target {target})",
    "tbl_group_total": (
        "Total {score} ({points}/1000 points), coverage {coverage} (answered/N/A/missing)"
    ),
    "tbl_rollup_title": "Roll-up of the leaf means; low/high: respondents' own roll-ups",
    "tbl_mean": "Mean",
    "tbl_target": "Target",
    "tbl_gap": "Gap",
    "tbl_low": "Low",
    "tbl_high": "High",
    "tbl_coverage": "Coverage",
    "tbl_leaves_title": "Leaves; ! = discuss (max − min ≥ {spread})",
    "tbl_leaves_caption": "n: respondents who scored; N/A and Miss.: respondents.",
    "tbl_leaf": "Leaf",
    "tbl_median": "Median",
    "tbl_min": "Min",
    "tbl_max": "Max",
    "tbl_sd": "SD",
    "tbl_n": "n",
    "tbl_na": "N/A",
    "tbl_miss": "Miss.",
    "tbl_no_discuss": "Discuss first: {dash} (no leaf with max − min ≥ {spread})",
    "tbl_discuss_title": "Discuss first: widest spread first",
    "tbl_spread": "Spread",
    "tbl_group_of": Plural(one="Group of {n}: {names}", other="Group of {n}: {names}"),
    # --- lead ---
    "err_fifo_no_reader": "is a named pipe (FIFO) that nobody reads; start its reader first",
    "err_worker_lost": (
        "a worker process of --jobs stopped before its files were scored"
        " (killed, or out of memory); run again, or with fewer jobs"
    ),
    "os_no_such_file": "no such file or directory",
    "os_permission": "permission denied",
    "os_is_directory": "is a directory",
    "os_not_directory": "a part of the path is not a directory",
    "os_no_space": "no space left on the device",
    "os_quota": "disk quota exceeded",
    "os_read_only": "read-only file system",
    "os_name_too_long": "file name too long",
    "os_link_loop": "too many levels of symbolic links",
    "os_io": "input/output error",
    "os_too_many_open": "too many open files",
    "os_busy": "device or resource busy",
    "os_file_too_large": "file too large",
    "os_stdout_closed": "standard output is closed",
    "err_output_failed": "cannot write the output: {reason}",
    # (end lead)
    # --- feedback ---
    "fb_title": "Feedback report",
    "fb_intro": (
        "Strengths and areas for improvement, criterion by criterion, as written in the "
        "assessment; then each part's score profile. The findings are the substance of the "
        "feedback; the score only places a criterion on the scale. Findings are never scored."
    ),
    "fb_no_findings": "No strengths or areas for improvement written down.",
    "fb_profile": "Score profile",
    "fb_action": "Action",
    "fb_action_planned": "planned",
    "fb_action_in_progress": "in progress",
    "fb_action_done": "done",
    "fb_summary_gap_only": (
        "--summary is the overview of the gap report; leave it out with --kind feedback"
    ),
    # (end feedback)
    # --- consensus ---
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
    # (end consensus)
    # --- workbook ---
    "wb_col_rank": "Rank",
    "wb_col_list": "List",
    "wb_col_id": "Id",
    "wb_col_question": "Question",
    "wb_col_gap": "Gap",
    "wb_col_points": "Points at stake",
    "wb_col_improvement": "Area for improvement",
    "wb_col_action": "Action",
    "wb_col_owner": "Owner",
    "wb_col_due": "Due",
    "wb_col_status": "Status",
    "wb_status_planned": "planned",
    "wb_status_in_progress": "in progress",
    "wb_status_done": "done",
    "wb_sheet_instructions": "Instructions",
    "wb_sheet_questions": "Questions",
    "wb_sheet_levels": "Levels",
    "wb_sheet_actions": "Actions",
    "wb_yes": "Yes",
    "wb_no": "No",
    "wb_col_part": "Factor or area",
    "wb_col_guidance": "Guidance",
    "wb_col_score": "Score",
    "wb_col_level": "The level means",
    "wb_col_na": "Not applicable",
    "wb_col_reason": "Reason (N/A)",
    "wb_col_target": "Own target",
    "wb_col_note": "Note",
    "wb_col_evidence": "Evidence (one per line)",
    "wb_col_strengths": "Strengths (one per line)",
    "wb_col_improvements": "Areas for improvement (one per line)",
    "wb_col_no": "Area for improvement no.",
    "wb_col_from": "From",
    "wb_col_to": "To",
    "wb_col_scale": "Scale",
    "wb_col_band": "Level",
    "wb_col_descriptor": "Description",
    "wb_col_last_year": "Last year",
    "wb_placement": "Within a band",
    "wb_organisation": "Organisation",
    "wb_unit": "Unit",
    "wb_respondent": "Respondent",
    "wb_date": "Date (YYYY-MM-DD)",
    "wb_title": "Self-assessment against {model} {version}",
    "wb_steps_title": "What to do",
    "wb_step_1": (
        "1. Fill in organisation, unit, your name and today's date in the yellow cells below."
    ),
    "wb_step_2": (
        "2. Go to the sheet {questions}. Read the question and guidance on each row and pick a "
        "score from the list in the column {score}. The level's description appears beside it."
    ),
    "wb_step_3": (
        "3. If a question does not apply to your organisation: choose {yes} under {na} and "
        "write why under {reason}. Leave the score empty. A question marked not applicable "
        "needs a reason."
    ),
    "wb_step_4": (
        "4. Add notes, evidence (documents, links), strengths and areas for improvement, one "
        "per line, as you like. You can pick your own target for each question."
    ),
    "wb_step_5": "5. Actions for an area for improvement go on the sheet {actions}, one per row.",
    "wb_step_6": (
        "6. Save the file as an Excel workbook (.xlsx) under the same name and send it back. Do"
        " not rename the sheets or delete hidden columns or sheets."
    ),
    "wb_scale_title": "The scale, level by level",
    "wb_init_written": "Wrote a blank questionnaire: {path}",
    "wb_init_next": (
        "Next: send it to the respondent. Filled in with Excel or LibreOffice, it is read "
        "directly: `siqassess validate {path}`, `siqassess score {path}` or `siqassess report "
        "{path}`."
    ),
    "wb_converted": "Wrote {out} ({answered} of {total} questions answered)",
    "wb_header_title": "About this assessment",
    "wb_err_formula": "a formula in an answer cell; type the value instead",
    "wb_err_not_number": "{value!r} is not a number; choose a value from the list",
    "wb_err_not_yes_no": "{value!r} is neither {yes} nor {no}",
    "wb_err_not_date": "{value!r} is not a date; write YYYY-MM-DD",
    "wb_err_not_status": "{value!r} is not a status; choose {choices}",
    "wb_err_not_no": "{value!r} is not the number of an area for improvement of {id}",
    "wb_err_unknown_id": "{value!r} is not a question of this questionnaire",
    "wb_err_duplicate_id": "question {id} is on two rows (also row {row})",
    "wb_err_missing_row": "the row of question {id} is missing",
    "wb_err_missing_column": "the column for {what} is missing; do not delete hidden columns",
    "wb_err_missing_sheet": "the sheet {sheet!r} is missing; do not rename the sheets",
    "wb_err_action_text": "an action needs a text",
    "wb_err_bad_meta": "the metadata sheet is damaged ({what}); make a new questionnaire",
    "wb_file_old_format": "a {kind} file cannot be read; save it as an Excel workbook (.xlsx)",
    "wb_file_not_questionnaire": (
        "not a siqassess questionnaire; make one with `siqassess init -o FILE.xlsx`"
    ),
    "wb_file_not_zip": (
        "not an Excel workbook (.xlsx): the file is empty, damaged or of another kind"
    ),
    "wb_file_too_big": "the workbook is too large ({what} over the limit of {limit})",
    "wb_file_external": "the workbook has external links ({part}); remove them and save again",
    "wb_file_macro": "the workbook has macros; save it as .xlsx without macros",
    "wb_file_bad_xml": "the workbook cannot be read ({detail})",
    "wb_s_totals": "Totals",
    "wb_s_nodes": "Nodes",
    "wb_s_improvements": "Areas for improvement",
    "wb_s_results_below_target": "Results under target",
    "wb_s_discuss": "Discuss first",
    "wb_s_respondents": "Respondents",
    "wb_s_files": "Files",
    "wb_s_compare_improvements": "Improved",
    "wb_s_compare_declines": "Declined",
    "wb_s_compare_crossed_up": "Reached target",
    "wb_s_compare_crossed_down": "Fell below target",
    "wb_h_file": "File",
    "wb_h_organisation": "Organisation",
    "wb_h_unit": "Unit",
    "wb_h_respondent": "Respondent",
    "wb_h_date": "Date",
    "wb_h_status": "Status",
    "wb_h_model": "Model",
    "wb_h_version": "Version",
    "wb_h_score": "Score",
    "wb_h_points": "Points of 1000",
    "wb_h_max_points": "Max points",
    "wb_h_target": "Target",
    "wb_h_gap": "Gap",
    "wb_h_answered": "Answered",
    "wb_h_na": "N/A",
    "wb_h_missing": "Missing",
    "wb_h_node": "Node",
    "wb_h_id": "Id",
    "wb_h_kind": "Kind",
    "wb_h_parent": "Parent",
    "wb_h_effective_weight": "Weight in total",
    "wb_h_rank": "Rank",
    "wb_h_importance": "Importance",
    "wb_h_priority": "Priority",
    "wb_h_points_at_stake": "Points at stake",
    "wb_h_respondents": "Respondents",
    "wb_h_spread": "Spread",
    "wb_h_min": "Min",
    "wb_h_max": "Max",
    "wb_h_mean": "Mean",
    "wb_h_name": "Name",
    "wb_h_which": "Which",
    "wb_h_old": "Old",
    "wb_h_new": "New",
    "wb_h_delta": "Change",
    "wb_h_old_target": "Old target",
    "wb_h_new_target": "New target",
    "wb_v_old": "old",
    "wb_v_new": "new",
    "wb_h_old_score": "Old score",
    "wb_h_old_gap": "Old gap",
    "wb_h_old_answered": "Old answered",
    "wb_h_old_na": "Old N/A",
    "wb_h_old_missing": "Old missing",
    "wb_h_new_score": "New score",
    "wb_h_new_gap": "New gap",
    "wb_h_new_answered": "New answered",
    "wb_h_new_na": "New N/A",
    "wb_h_new_missing": "New missing",
    # (end workbook)
    # --- language ---
    "tbl_score_title": "Score 0–100, points out of 1000, coverage: leaves answered/N/A/missing",
    "tbl_score_caption": "Weakest: the success factor with the lowest score.",
    "tbl_file": "File",
    "tbl_organisation": "Organisation",
    "tbl_respondent": "Respondent",
    "tbl_score": "Score",
    "tbl_points": "Points",
    "tbl_weakest": "Weakest",
    "tbl_matrix_title": "Scores per success factor and result area",
    "progress_scoring": "Scoring",
    "n_of_leaves": Plural(one="of {n} question", other="of {n} questions"),
    "n_partial": Plural(
        one="Partial assessment: {n} of {total} questions is unanswered. Scores rest on the "
        "answered ones only.",
        other="Partial assessment: {n} of {total} questions are unanswered. Scores rest on the "
        "answered ones only.",
    ),
    "w_answered": Plural(one="answered", other="answered"),
    "w_na": Plural(one="not applicable", other="not applicable"),
    "w_missing": Plural(one="missing", other="missing"),
    "err_no_such_date": "{value} is not a date that exists",
    "err_not_a_date": "{value} is not a date: write it as YYYY-MM-DD",
    "err_tagged_int": "{value} is tagged !!int but is not a whole number",
    "err_tagged_float": "{value} is tagged !!float but is not a number",
    "err_tagged_bool": "{value} is tagged !!bool but is neither true nor false",
    "err_tagged_null": "{value} is tagged !!null but is not empty",
    "err_alias_loop": "an alias refers to its own collection",
    "err_key_not_plain": "a key must be a plain value, not a list or a mapping",
    "err_merge_mappings": "a merge (<<) takes mappings only",
    "err_read_with_model": "read it with the model it was made with: {hint} MODEL_FILE",
    "model_ref": "{id} {version} (content hash {hash}…)",
    "err_group_model": (
        "answers {this}, but {file} answers {first}; all files must answer the same model"
    ),
    "chk_the_root": "the root",
    "chk_a_group": "a group",
    "chk_duplicate_id": "duplicate id {id} (already used by {by})",
    "chk_language_twice": "a language is listed twice",
    "chk_missing_text": "missing the {lang} text",
    "chk_undeclared_language": "language {lang} is not declared in 'languages'",
    "chk_empty_text": "the {lang} text is empty",
    "chk_scale_range": (
        "scale runs {min}–{max}; every scale must run {lo}–{hi} (steps may differ)"
    ),
    "chk_step": "step {step} does not divide {min}–{max}",
    "chk_band_reversed": "band {min}–{max} is reversed",
    "chk_band_overlaps": "band starting at {min} overlaps the band before it",
    "chk_no_band": "values {lo}–{hi} are in no band",
    "chk_band_step": "band {min}–{max} is not on the step of {step}",
    "chk_bands_past": "bands run past the scale's max of {max}",
    "chk_off_scale": "{value} is not on the scale {scale} ({min}–{max} in steps of {step})",
    "chk_unknown_scale": "unknown scale {scale}",
    "fmt_cannot_write": "{command} cannot write {fmt}; use one of {allowed}",
    "fmt_contradicts": (
        "--format {fmt} contradicts the extension of {name} ({ext}); change one of them"
    ),
    "fmt_unknown_ext": "cannot tell the format from {name} (use {known} or --format)",
    "fmt_cannot_write_ext": "{command} cannot write {ext} ({name}); use one of {allowed}",
    "fmt_binary": "this format is binary; write it to a file with -o",
    "fmt_unknown_report": "unknown format {fmt}; use txt, md or html",
    "tpl_folder_missing": "template folder not found",
    "conv_extension": "{output}: write .yaml, .yml or .xlsx",
    "conv_exists": "{output} exists; pass --force to overwrite it, or -o another file",
    "plan_unknown_format": "unknown format {fmt} for plan; use md, csv or xlsx",
    "cfg_whole_number": "{key} must be a whole number from 0 to 1000, not {value}",
    "cfg_number": "{key} must be a number from 0 to 100, not {value}",
    "cfg_text": "{key} must be a non-empty string, not {value}",
    "cfg_lang": "lang must be sv or en, not {value}",
    "cfg_not_toml": "not valid TOML: {detail}",
    "cfg_unknown": "unknown setting {key} (known: {known})",
    "cfg_src_default": "default",
    "cfg_src_user": "user file {path}",
    "cfg_src_project": "project file {path}",
    "cfg_src_env": "environment {name}",
    "cfg_src_cli": "command line",
    "cfg_user_file": "user file: {path}",
    "err_min_respondents": Plural(
        one="aggregate needs at least {n} answers file (--min-respondents), got {got}",
        other="aggregate needs at least {n} answers files (--min-respondents), got {got}",
    ),
    # (end language)
    # --- interview ---
    "iv_last_year": "Last year: {value}",
    "iv_last_year_na": "N/A",
    "iv_placement": "Placing a score within a band",
    "iv_placement_hint": "? shows how to place a score within a band",
    "iv_folded_placement": "? shows the guidance and placement within a band",
    "iv_folded_placement_measures": "? shows the guidance, {measures} and placement within a band",
    "iv_help_scroll": "lines {first}–{last} of {total} · ↑↓ scroll · other keys: back",
    # (end interview)
    # --- startup ---
    # (end startup)
    # --- batch ---
    "err_more_problems": Plural(
        one="… and {n} more problem, not listed: only the first {max} are",
        other="… and {n} more problems, not listed: only the first {max} are",
    ),
    # (end batch)
    # --- house ---
    # (end house)
}

CATALOGUE = Catalogue(
    code="en",
    name="English",
    texts=TEXTS,
    decimal=".",
    months=(
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    date="{day} {month_name} {year}",
)
