"""The questionnaire workbook's texts, in Swedish and English (to move into the i18n catalogue)."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "sv": {
        "sheet_instructions": "Instruktioner",
        "sheet_questions": "Frågor",
        "sheet_levels": "Nivåer",
        "sheet_actions": "Åtgärder",
        "yes": "Ja",
        "no": "Nej",
        "status_planned": "planerad",
        "status_in_progress": "pågår",
        "status_done": "klar",
        "col_id": "Id",
        "col_part": "Faktor eller område",
        "col_question": "Fråga",
        "col_guidance": "Vägledning",
        "col_score": "Poäng",
        "col_level": "Nivån innebär",
        "col_na": "Ej tillämplig",
        "col_reason": "Motivering (N/A)",
        "col_target": "Eget mål",
        "col_note": "Anteckning",
        "col_evidence": "Belägg (en per rad)",
        "col_strengths": "Styrkor (en per rad)",
        "col_improvements": "Förbättringsområden (en per rad)",
        "col_no": "Förbättringsområde nr",
        "col_improvement": "Förbättringsområde",
        "col_action": "Åtgärd",
        "col_owner": "Ansvarig",
        "col_due": "Klart senast",
        "col_status": "Status",
        "col_from": "Från",
        "col_to": "Till",
        "col_scale": "Skala",
        "col_band": "Nivå",
        "col_descriptor": "Beskrivning",
        "col_last_year": "Förra året",
        "placement": "Inom bandet",
        "organisation": "Organisation",
        "unit": "Enhet",
        "respondent": "Den som svarar",
        "date": "Datum (ÅÅÅÅ-MM-DD)",
        "title": "Självvärdering enligt {model} {version}",
        "steps_title": "Så här gör du",
        "step_1": (
            "1. Fyll i organisation, enhet, ditt namn och dagens datum i de gula fälten nedan."
        ),
        "step_2": (
            "2. Gå till bladet {questions}. Läs frågan och vägledningen på varje rad och välj en "
            "poäng i listan i kolumnen {score}. Nivåns beskrivning visas bredvid."
        ),
        "step_3": (
            "3. Om en fråga inte gäller er verksamhet: välj {yes} under {na} och skriv varför i "
            "{reason}. Lämna då poängen tom. En fråga som inte är tillämplig kräver en motivering."
        ),
        "step_4": (
            "4. Skriv gärna anteckningar, belägg (dokument, länkar), styrkor och "
            "förbättringsområden, ett per rad. Ett eget mål kan väljas per fråga."
        ),
        "step_5": "5. Åtgärder för ett förbättringsområde skrivs på bladet {actions}, en per rad.",
        "step_6": (
            "6. Spara filen som Excel-arbetsbok (.xlsx) med samma namn och skicka tillbaka den. "
            "Ändra inte bladens namn och ta inte bort dolda kolumner eller blad."
        ),
        "scale_title": "Skalan, nivå för nivå",
        "init_written": "Skrev ett tomt frågeformulär: {path}",
        "init_next": (
            "Nästa steg: skicka det till den som ska svara. Fylls det i med Excel eller "
            "LibreOffice kan det läsas direkt: `siqassess validate {path}`, `siqassess score "
            "{path}` eller `siqassess report {path}`."
        ),
        "converted": "Skrev {out} ({answered} av {total} frågor besvarade)",
        "header_title": "Uppgifter om bedömningen",
    },
    "en": {
        "sheet_instructions": "Instructions",
        "sheet_questions": "Questions",
        "sheet_levels": "Levels",
        "sheet_actions": "Actions",
        "yes": "Yes",
        "no": "No",
        "status_planned": "planned",
        "status_in_progress": "in progress",
        "status_done": "done",
        "col_id": "Id",
        "col_part": "Factor or area",
        "col_question": "Question",
        "col_guidance": "Guidance",
        "col_score": "Score",
        "col_level": "The level means",
        "col_na": "Not applicable",
        "col_reason": "Reason (N/A)",
        "col_target": "Own target",
        "col_note": "Note",
        "col_evidence": "Evidence (one per line)",
        "col_strengths": "Strengths (one per line)",
        "col_improvements": "Areas for improvement (one per line)",
        "col_no": "Area for improvement no.",
        "col_improvement": "Area for improvement",
        "col_action": "Action",
        "col_owner": "Owner",
        "col_due": "Due",
        "col_status": "Status",
        "col_from": "From",
        "col_to": "To",
        "col_scale": "Scale",
        "col_band": "Level",
        "col_descriptor": "Description",
        "col_last_year": "Last year",
        "placement": "Within a band",
        "organisation": "Organisation",
        "unit": "Unit",
        "respondent": "Respondent",
        "date": "Date (YYYY-MM-DD)",
        "title": "Self-assessment against {model} {version}",
        "steps_title": "What to do",
        "step_1": (
            "1. Fill in organisation, unit, your name and today's date in the yellow cells below."
        ),
        "step_2": (
            "2. Go to the sheet {questions}. Read the question and guidance on each row and pick a "
            "score from the list in the column {score}. The level's description appears beside it."
        ),
        "step_3": (
            "3. If a question does not apply to your organisation: choose {yes} under {na} and "
            "write why under {reason}. Leave the score empty. A question marked not applicable "
            "needs a reason."
        ),
        "step_4": (
            "4. Add notes, evidence (documents, links), strengths and areas for improvement, one "
            "per line, as you like. You can pick your own target for each question."
        ),
        "step_5": "5. Actions for an area for improvement go on the sheet {actions}, one per row.",
        "step_6": (
            "6. Save the file as an Excel workbook (.xlsx) under the same name and send it back. "
            "Do not rename the sheets or delete hidden columns or sheets."
        ),
        "scale_title": "The scale, level by level",
        "init_written": "Wrote a blank questionnaire: {path}",
        "init_next": (
            "Next: send it to the respondent. Filled in with Excel or LibreOffice, it is read "
            "directly: `siqassess validate {path}`, `siqassess score {path}` or "
            "`siqassess report {path}`."
        ),
        "converted": "Wrote {out} ({answered} of {total} questions answered)",
        "header_title": "About this assessment",
    },
}

ERRORS: dict[str, dict[str, str]] = {
    "sv": {
        "formula": "en formel i en svarscell; skriv in värdet i stället",
        "not_number": "{value!r} är inget tal; välj ett värde i listan",
        "not_yes_no": "{value!r} är varken {yes} eller {no}",
        "not_date": "{value!r} är inget datum; skriv ÅÅÅÅ-MM-DD",
        "not_status": "{value!r} är ingen status; välj {choices}",
        "not_no": "{value!r} är inget nummer på ett förbättringsområde för {id}",
        "unknown_id": "{value!r} är ingen fråga i frågeformuläret",
        "duplicate_id": "frågan {id} finns på två rader (även rad {row})",
        "missing_row": "raden för frågan {id} saknas",
        "missing_column": "kolumnen för {what} saknas; ta inte bort dolda kolumner",
        "missing_sheet": "bladet {sheet!r} saknas; byt inte namn på bladen",
        "action_text": "en åtgärd behöver en text",
        "bad_meta": "metadatabladet är skadat ({what}); skapa ett nytt frågeformulär",
    },
    "en": {
        "formula": "a formula in an answer cell; type the value instead",
        "not_number": "{value!r} is not a number; choose a value from the list",
        "not_yes_no": "{value!r} is neither {yes} nor {no}",
        "not_date": "{value!r} is not a date; write YYYY-MM-DD",
        "not_status": "{value!r} is not a status; choose {choices}",
        "not_no": "{value!r} is not the number of an area for improvement of {id}",
        "unknown_id": "{value!r} is not a question of this questionnaire",
        "duplicate_id": "question {id} is on two rows (also row {row})",
        "missing_row": "the row of question {id} is missing",
        "missing_column": "the column for {what} is missing; do not delete hidden columns",
        "missing_sheet": "the sheet {sheet!r} is missing; do not rename the sheets",
        "action_text": "an action needs a text",
        "bad_meta": "the metadata sheet is damaged ({what}); make a new questionnaire",
    },
}
"""Messages about cells, in the questionnaire's language."""

FILE_ERRORS: dict[str, dict[str, str]] = {
    "sv": {
        "old_format": "en {kind}-fil går inte att läsa; spara den som Excel-arbetsbok (.xlsx)",
        "not_questionnaire": (
            "inget frågeformulär från siqassess; skapa ett med `siqassess init -o FIL.xlsx`"
        ),
        "not_zip": "ingen Excel-arbetsbok (.xlsx): filen är tom, trasig eller av annat slag",
        "too_big": "arbetsboken är för stor ({what} över gränsen {limit})",
        "external": "arbetsboken har externa länkar ({part}); ta bort dem och spara igen",
        "macro": "arbetsboken har makron; spara den som .xlsx utan makron",
        "bad_xml": "arbetsboken går inte att läsa ({detail})",
    },
    "en": {
        "old_format": "a {kind} file cannot be read; save it as an Excel workbook (.xlsx)",
        "not_questionnaire": (
            "not a siqassess questionnaire; make one with `siqassess init -o FILE.xlsx`"
        ),
        "not_zip": "not an Excel workbook (.xlsx): the file is empty, damaged or of another kind",
        "too_big": "the workbook is too large ({what} over the limit of {limit})",
        "external": "the workbook has external links ({part}); remove them and save again",
        "macro": "the workbook has macros; save it as .xlsx without macros",
        "bad_xml": "the workbook cannot be read ({detail})",
    },
}
"""Messages about the whole file, in the user's language (the file's is not known yet)."""


def text(lang: str, key: str, **values: object) -> str:
    """A workbook text in ``lang`` (English when the language is unknown)."""
    table = TEXTS.get(lang, TEXTS["en"])
    return table[key].format(**values) if values else table[key]


def error(lang: str, key: str, **values: object) -> str:
    """A message about a cell, in ``lang``."""
    return ERRORS.get(lang, ERRORS["en"])[key].format(**values)


def file_error(lang: str, key: str, **values: object) -> str:
    """A message about a whole file, in ``lang``."""
    return FILE_ERRORS.get(lang, FILE_ERRORS["en"])[key].format(**values)
