"""Interface texts of the interview and the summary, in Swedish and English."""

from __future__ import annotations

import os
from collections.abc import Mapping

LANGUAGES = ("sv", "en")

TEXTS: dict[str, dict[str, str]] = {
    "sv": {
        "progress": "Fråga {n} av {total}",
        "answered_count": "{answered} besvarade, {na} ej tillämpliga, {missing} kvar",
        "current": "Nuvarande svar",
        "current_na": "Ej tillämplig – {reason}",
        "unanswered": "inte besvarad",
        "measures": "Exempel på mått",
        "help": "Vägledning",
        "levels": "Nivåer",
        "level_description": "Nivån innebär",
        "level_instruction": "(välj nivå med piltangenterna, Enter väljer)",
        "na": "Ej tillämplig (N/A) …",
        "skip": "Hoppa över tills vidare",
        "back": "◂ Tillbaka till föregående fråga",
        "overview": "Översikt över faktorerna",
        "save_exit": "Spara och avsluta",
        "na_reason": "Varför är frågan inte tillämplig?",
        "reason_required": "Skriv en kort motivering.",
        "details": "Något mer om {id}?",
        "next": "Nästa fråga ▸",
        "add_note": "Anteckning …",
        "edit_note": "Ändra anteckning …",
        "add_evidence": "Belägg och länkar …",
        "edit_evidence": "Ändra belägg ({count}) …",
        "set_target": "Eget mål (nu {target}) …",
        "note_prompt": "Anteckning",
        "note_instruction": "(flera rader; avsluta med Esc och sedan Enter, eller Alt+Enter)",
        "evidence_prompt": "Belägg, länkar eller dokument",
        "evidence_instruction": "(separera med kommatecken; lämna tomt för inga)",
        "target_prompt": "Mål för {id}",
        "target_default": "standard ({target})",
        "overview_title": "Översikt – {answered} av {total} besvarade",
        "overview_prompt": "Vart vill du gå?",
        "continue_walk": "Fortsätt där du var ({id})",
        "finish": "Avsluta och visa sammanfattning",
        "finish_incomplete": "Avsluta ändå ({missing} obesvarade, filen förblir påbörjad)",
        "resume_prompt": "Filen har {answered} av {total} frågor besvarade. Hur vill du fortsätta?",
        "resume_first": "Fortsätt med första obesvarade frågan ({id})",
        "resume_review": "Gå igenom alla frågor från början",
        "resume_done": "Alla frågor är besvarade. Vad vill du göra?",
        "language_prompt": "Språk / Language",
        "organisation_prompt": "Organisation",
        "respondent_prompt": "Ditt namn (den som svarar)",
        "file_prompt": "Spara svaren i fil",
        "resumed": "Återupptar {path}",
        "created": "Svaren sparas i {path} efter varje fråga.",
        "saved": "Sparat i {path}",
        "interrupted": "Avbrutet. {answered} av {total} svar är sparade i {path}.",
        "interrupted_nothing": "Avbrutet innan något sparades.",
        "resume_hint": "Fortsätt senare med: siqassess assess {path}",
        "report_hint": "Skapa en rapport med: siqassess report {path}",
        "complete": "Klart! Alla {total} frågor är besvarade och filen är markerad som klar.",
        "incomplete": "{missing} frågor är obesvarade; filen är sparad som påbörjad.",
        "summary_title": "Sammanfattning – {name}",
        "total": "Totalt",
        "points": "{points} av 1000 poäng",
        "coverage": "{answered} besvarade · {na} ej tillämpliga · {missing} saknas",
        "col_area": "Område",
        "col_score": "Poäng",
        "col_target": "Mål",
        "col_bar": "Poäng mot mål",
        "col_coverage": "Besvarade / N/A / saknas",
        "gaps": "Största gapen mot målet, viktade efter andel av totalen",
        "legend": "█ poäng   ┃ mål   · återstår till 100",
        "strengths": "Styrkor",
        "none_yet": "Inga ännu.",
        "no_score": "ingen poäng",
        "gap_line": "{id} {name}: {score} mot mål {target} (gap {gap})",
        "strength_line": "{id} {name}: {score} (mål {target})",
        "init_written": "Skrev en tom svarsfil: {path}",
        "init_next": (
            "Nästa steg: fyll i filen i en editor (eller kör `siqassess assess {path}`), "
            "kontrollera den med `siqassess validate {path}` och räkna fram resultatet med "
            "`siqassess score {path}` eller `siqassess report {path}`."
        ),
    },
    "en": {
        "progress": "Question {n} of {total}",
        "answered_count": "{answered} answered, {na} not applicable, {missing} to go",
        "current": "Current answer",
        "current_na": "Not applicable – {reason}",
        "unanswered": "not answered",
        "measures": "Example measures",
        "help": "Guidance",
        "levels": "Levels",
        "level_description": "This level means",
        "level_instruction": "(choose a level with the arrow keys, Enter selects)",
        "na": "Not applicable (N/A) …",
        "skip": "Skip for now",
        "back": "◂ Back to the previous question",
        "overview": "Overview of the factors",
        "save_exit": "Save and exit",
        "na_reason": "Why does the question not apply?",
        "reason_required": "Please give a short reason.",
        "details": "Anything more on {id}?",
        "next": "Next question ▸",
        "add_note": "Note …",
        "edit_note": "Edit note …",
        "add_evidence": "Evidence and links …",
        "edit_evidence": "Edit evidence ({count}) …",
        "set_target": "Own target (now {target}) …",
        "note_prompt": "Note",
        "note_instruction": "(several lines; finish with Esc then Enter, or Alt+Enter)",
        "evidence_prompt": "Evidence, links or documents",
        "evidence_instruction": "(separate with commas; leave empty for none)",
        "target_prompt": "Target for {id}",
        "target_default": "default ({target})",
        "overview_title": "Overview – {answered} of {total} answered",
        "overview_prompt": "Where to?",
        "continue_walk": "Continue where you were ({id})",
        "finish": "Finish and show the summary",
        "finish_incomplete": "Finish anyway ({missing} unanswered, the file stays in progress)",
        "resume_prompt": "The file has {answered} of {total} questions answered. How to go on?",
        "resume_first": "Continue with the first unanswered question ({id})",
        "resume_review": "Review every question from the start",
        "resume_done": "Every question is answered. What next?",
        "language_prompt": "Språk / Language",
        "organisation_prompt": "Organisation",
        "respondent_prompt": "Your name (the respondent)",
        "file_prompt": "Save the answers in file",
        "resumed": "Resuming {path}",
        "created": "Answers are saved to {path} after every question.",
        "saved": "Saved to {path}",
        "interrupted": "Interrupted. {answered} of {total} answers are saved in {path}.",
        "interrupted_nothing": "Interrupted before anything was saved.",
        "resume_hint": "Resume later with: siqassess assess {path}",
        "report_hint": "Make a report with: siqassess report {path}",
        "complete": "Done! All {total} questions are answered and the file is marked complete.",
        "incomplete": "{missing} questions are unanswered; the file is saved as in progress.",
        "summary_title": "Summary – {name}",
        "total": "Total",
        "points": "{points} of 1000 points",
        "coverage": "{answered} answered · {na} not applicable · {missing} missing",
        "col_area": "Area",
        "col_score": "Score",
        "col_target": "Target",
        "col_bar": "Score against target",
        "col_coverage": "Answered / N/A / missing",
        "gaps": "Largest gaps to target, weighted by share of the total",
        "legend": "█ score   ┃ target   · remaining to 100",
        "strengths": "Strengths",
        "none_yet": "None yet.",
        "no_score": "no score",
        "gap_line": "{id} {name}: {score} against target {target} (gap {gap})",
        "strength_line": "{id} {name}: {score} (target {target})",
        "init_written": "Wrote a blank answers file: {path}",
        "init_next": (
            "Next: fill it in with an editor (or run `siqassess assess {path}`), check it with "
            "`siqassess validate {path}`, then get the result with `siqassess score {path}` "
            "or `siqassess report {path}`."
        ),
    },
}


def t(lang: str, key: str, **values: object) -> str:
    """The interface text ``key`` in ``lang`` (English if unknown), filled with ``values``."""
    table = TEXTS.get(lang, TEXTS["en"])
    return table[key].format(**values)


def default_language(
    option: str | None = None,
    file_language: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> str:
    """The interface language: the option, else the file's, else the locale (sv or en)."""
    if option in LANGUAGES:
        return option
    if file_language in LANGUAGES:
        return file_language
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return "sv" if value.lower().startswith("sv") else "en"
    return "en"
