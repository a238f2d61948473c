"""Texts of the interview screens in Swedish and English, with plural forms.

Until the shared catalogue of ``siqassess.i18n`` takes them over, the interview keeps the
texts it added here; anything not found here comes from ``siqassess.i18n``.
"""

from __future__ import annotations

from siqassess import i18n

TEXTS: dict[str, dict[str, str]] = {
    "sv": {
        "answered_one": "{count} besvarad",
        "answered_other": "{count} besvarade",
        "na_one": "{count} ej tillämplig",
        "na_other": "{count} ej tillämpliga",
        "missing_one": "{count} saknas",
        "missing_other": "{count} saknas",
        "to_go_one": "{count} kvar",
        "to_go_other": "{count} kvar",
        "strengths_one": "{count} styrka",
        "strengths_other": "{count} styrkor",
        "improvements_one": "{count} förbättringsområde",
        "improvements_other": "{count} förbättringsområden",
        "evidence_one": "{count} belägg",
        "evidence_other": "{count} belägg",
        "measures_one": "{count} exempel på mått",
        "measures_other": "{count} exempel på mått",
        "unanswered_one": "{count} fråga är obesvarad; filen är sparad som påbörjad.",
        "unanswered_other": "{count} frågor är obesvarade; filen är sparad som påbörjad.",
        "level_means": "Nivån innebär:",
        "pick_first": "Välj en nivå först: {keys}.",
        "level_keys": "0–9 för 0–90, + för 100",
        "saved_level": "● sparat svar",
        "note": "Anteckning",
        "folded": "? visar vägledningen",
        "folded_measures": "? visar vägledningen och {measures}",
        "folded_tail": "(dold för att få plats)",
        "key_level": "välj nivå",
        "key_enter": "spara, nästa",
        "key_skip": "hoppa över",
        "key_back": "tillbaka",
        "key_na": "ej tillämplig",
        "key_overview": "översikt",
        "key_note": "anteckning",
        "key_strength": "styrka",
        "key_improvement": "förbättringsområde",
        "key_evidence": "belägg",
        "key_target": "mål",
        "key_help": "hjälp",
        "key_quit": "spara och stäng",
        "help_title": "Hjälp – {id}",
        "help_keys": "Tangenter",
        "help_return": "Tryck på valfri tangent för att gå tillbaka till frågan.",
        "edit_note": "Anteckning till {id}",
        "edit_strength": "Ny styrka för {id}",
        "edit_improvement": "Nytt förbättringsområde för {id}",
        "edit_evidence": "Belägg för {id} (separera med kommatecken)",
        "edit_na": "Varför är {id} inte tillämplig?",
        "edit_so_far": "Hittills:",
        "edit_multiline_keys": "Enter sparar · Alt+Enter ny rad · Esc avbryter",
        "edit_line_keys": "Enter sparar · Esc avbryter",
        "reason_required": "Skriv en kort motivering (eller Esc för att avbryta).",
        "bad_score": (
            "{where}: det sparade värdet {value} för {id} finns inte på skalan "
            "({low}–{high} i steg om {step}). Välj en nivå för att rätta det."
        ),
        "bad_target": (
            "{where}: det egna målet {value} för {id} finns inte på skalan och är borttaget; "
            "t sätter ett nytt."
        ),
        "bad_na": (
            "{where}: {id} är markerad ej tillämplig utan motivering. "
            "Välj en nivå, eller n och skriv en motivering."
        ),
        "bad_both": (
            "{where}: {id} har både ett värde och ej tillämplig. "
            "Välj en nivå, eller n för ej tillämplig."
        ),
        "bad_path": "Kan inte spara i {path}: {reason}. Skriv ett annat filnamn.",
        "bad_path_folder": "mappen {folder} finns inte",
        "bad_path_dir": "det är en mapp",
        "bad_path_other": "filen går inte att skriva",
        "finish": "Klar: visa sammanfattningen (filen markeras som klar)",
        "finish_incomplete_one": (
            "Visa sammanfattningen nu ({count} obesvarad, filen förblir påbörjad)"
        ),
        "finish_incomplete_other": (
            "Visa sammanfattningen nu ({count} obesvarade, filen förblir påbörjad)"
        ),
        "save_exit": "Spara och stäng – fortsätt senare",
        "resume_first": "Fortsätt med de obesvarade frågorna (först {id})",
        "resume_review": "Gå igenom alla frågor från början",
        "overview_title": "Översikt – {tally}",
        "continue_walk": "Tillbaka till frågan ({id})",
        "coverage_legend": "b / e / s: besvarade / ej tillämpliga / saknas",
        "largest_gaps": "Största gapen mot målet",
        "legend": "█ poäng ┃ mål",
        "done_report": "Klart: alla {total} frågor är besvarade. Rapport: siqassess report {path}",
        "at_target": "På eller över målet",
    },
    "en": {
        "answered_one": "{count} answered",
        "answered_other": "{count} answered",
        "na_one": "{count} not applicable",
        "na_other": "{count} not applicable",
        "missing_one": "{count} missing",
        "missing_other": "{count} missing",
        "to_go_one": "{count} to go",
        "to_go_other": "{count} to go",
        "strengths_one": "{count} strength",
        "strengths_other": "{count} strengths",
        "improvements_one": "{count} area for improvement",
        "improvements_other": "{count} areas for improvement",
        "evidence_one": "{count} piece of evidence",
        "evidence_other": "{count} pieces of evidence",
        "measures_one": "{count} example measure",
        "measures_other": "{count} example measures",
        "unanswered_one": "{count} question is unanswered; the file is saved as in progress.",
        "unanswered_other": "{count} questions are unanswered; the file is saved as in progress.",
        "level_means": "This level means:",
        "pick_first": "Pick a level first: {keys}.",
        "level_keys": "0–9 for 0–90, + for 100",
        "saved_level": "● saved answer",
        "note": "Note",
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
            "{where}: the saved value {value} of {id} is not on the scale "
            "({low}–{high} in steps of {step}). Pick a level to correct it."
        ),
        "bad_target": (
            "{where}: the own target {value} of {id} is not on the scale and was dropped; "
            "t sets a new one."
        ),
        "bad_na": (
            "{where}: {id} is marked not applicable without a reason. "
            "Pick a level, or n and give a reason."
        ),
        "bad_both": (
            "{where}: {id} has both a value and not applicable. "
            "Pick a level, or n for not applicable."
        ),
        "bad_path": "Cannot save in {path}: {reason}. Type another file name.",
        "bad_path_folder": "the folder {folder} does not exist",
        "bad_path_dir": "it is a folder",
        "bad_path_other": "the file cannot be written",
        "finish": "Done: show the summary (the file is marked complete)",
        "finish_incomplete_one": (
            "Show the summary now ({count} unanswered, the file stays in progress)"
        ),
        "finish_incomplete_other": (
            "Show the summary now ({count} unanswered, the file stays in progress)"
        ),
        "save_exit": "Save and quit – resume later",
        "resume_first": "Continue with the unanswered questions (first {id})",
        "resume_review": "Review every question from the start",
        "overview_title": "Overview – {tally}",
        "continue_walk": "Back to the question ({id})",
        "coverage_legend": "a / n / m: answered / N/A / missing",
        "largest_gaps": "Largest gaps to target",
        "legend": "█ score ┃ target",
        "done_report": "Done: all {total} questions are answered. Report: siqassess report {path}",
        "at_target": "At or above target",
    },
}


def t(lang: str, key: str, **values: object) -> str:
    """The interview text ``key`` in ``lang`` (English if unknown), filled with ``values``."""
    table = TEXTS.get(lang, TEXTS["en"])
    if key in table:
        return table[key].format(**values)
    return i18n.t(lang, key, **values)


def tn(lang: str, key: str, count: int, **values: object) -> str:
    """The singular or plural form of ``key`` for ``count`` (both languages: one vs other)."""
    return t(lang, f"{key}_{'one' if count == 1 else 'other'}", count=count, **values)


def tally(lang: str, answered: int, na: int, missing: int) -> str:
    """``3 answered · 1 not applicable · 28 to go``: the one way progress is counted."""
    return " · ".join(
        (tn(lang, "answered", answered), tn(lang, "na", na), tn(lang, "to_go", missing))
    )
