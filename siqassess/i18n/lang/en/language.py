"""English texts: language."""

from __future__ import annotations

from siqassess.i18n.catalogue import Plural, Text

TEXTS: dict[str, Text] = {
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
    "chk_no_band": Plural(
        one="value {values} is in no band: the band {band} ends before it and the next starts "
        "at {next}",
        other="values {values} are in no band: the band {band} ends before them and the next "
        "starts at {next}",
    ),
    "chk_no_band_start": Plural(
        one="value {values} is in no band: the first band starts after it",
        other="values {values} are in no band: the first band starts after them",
    ),
    "chk_no_band_end": Plural(
        one="value {values} is in no band: the last band ends before it",
        other="values {values} are in no band: the last band ends before them",
    ),
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
    "plan_unknown_format": (
        "unknown format {fmt} for plan; use md, txt, html, pdf, docx, csv or xlsx"
    ),
    "cfg_whole_number": "{key} must be a whole number from 0 to 1000, not {value}",
    "cfg_number": "{key} must be a number from 0 to 100, not {value}",
    "cfg_text": "{key} must be a non-empty string, not {value}",
    "cfg_lang": "lang must be one of {choices}, not {value}",
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
}
