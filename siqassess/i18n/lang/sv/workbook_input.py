"""Swedish texts: what a client types into the questionnaire workbook, and what is said back."""

from __future__ import annotations

from siqassess.i18n.catalogue import Plural, Text

_SAVE_AS = (
    "öppna den och spara den som Excel-arbetsbok: i LibreOffice Arkiv > Spara som, filtyp "
    "”Excel 2007-365 (.xlsx)”, sedan ”Använd formatet Excel 2007-365!”; i Excel Arkiv > "
    "Spara som, ”Excel-arbetsbok (*.xlsx)”"
)

TEXTS: dict[str, Text] = {
    "warning_count": Plural(one="{n} varning", other="{n} varningar"),
    "wb_col_no": "Nr",
    "wb_step_5": (
        "5. Åtgärder skrivs på bladet {actions}, en per rad. Koppla varje åtgärd till sitt "
        "förbättringsområde: frågans id (till exempel F1.1) under {id} och under {no} numret på "
        "området i frågans kolumn {improvements} (1 för första raden, 2 för andra). Områdets "
        "text visas då under {improvement}."
    ),
    "wb_err_formula": "en formel i en svarscell; skriv in värdet i stället",
    "wb_err_percent": "{typed} skrevs med procenttecken; skriv {value} utan procenttecken",
    "wb_err_not_number": "”{value}” är inget tal; skriv det med siffror (till exempel 70)",
    "wb_err_not_yes_no": "”{value}” är varken {yes} eller {no}; välj i listan",
    "wb_err_not_date": (
        "”{value}” är inget datum; skriv det som ÅÅÅÅ-MM-DD (till exempel 2027-03-31)"
    ),
    "wb_err_not_status": "”{value}” är ingen status; välj {choices}",
    "wb_err_off_step": "{value} finns inte på skalan; välj {below} eller {above}",
    "wb_err_off_range": "{value} finns inte på skalan; välj ett värde från {min} till {max}",
    "wb_err_score_and_na": (
        "{na} är {yes} och det finns en poäng också; töm {score} eller välj {no} under {na}"
    ),
    "wb_err_na_reason": "{na} är {yes}; skriv under {reason} varför frågan inte gäller er",
    "wb_warn_reason_without_na": (
        "en motivering står under {reason} men {na} är inte {yes}; välj {yes} under {na} "
        "(och töm poängen) eller ta bort motiveringen"
    ),
    "wb_err_not_a_question_row": (
        "raden hör inte till någon fråga (den saknar {id}), så det som står här läses inte; "
        "flytta det till frågans rad"
    ),
    "wb_err_action_no_id": (
        "åtgärden hör inte till någon fråga; skriv frågans id (till exempel F1.1) under {id}"
    ),
    "wb_err_no_missing": (
        "numret på förbättringsområdet saknas; skriv vilken rad i {improvements} för {id} "
        "åtgärden gäller ({choices})"
    ),
    "wb_err_no_missing_none": (
        "numret på förbättringsområdet saknas, och {id} har inga; skriv först området under "
        "{improvements} på frågans rad och sedan dess nummer här (1)"
    ),
    "wb_err_not_no": (
        "{id} har inget förbättringsområde nummer {value}; skriv vilken rad i {improvements} "
        "åtgärden gäller ({choices})"
    ),
    "wb_err_not_no_none": (
        "{id} har inget förbättringsområde nummer {value}; skriv först området under "
        "{improvements} på frågans rad"
    ),
    "wb_err_action_text": "raden saknar åtgärd; skriv den under {action} eller töm raden",
    "wb_err_unknown_id": (
        "”{value}” är ingen fråga i frågeformuläret; skriv ett id som till exempel F1.1"
    ),
    "wb_err_duplicate_id": "frågan {id} finns på två rader (även rad {row}); ta bort den ena",
    "wb_err_missing_row": "raden för frågan {id} saknas; ångra borttagningen",
    "wb_err_missing_column": "kolumnen {what} saknas; ångra borttagningen av en dold kolumn",
    "wb_err_missing_sheet": "bladet ”{sheet}” saknas; ångra borttagningen",
    "wb_err_bad_meta": "metadatabladet är skadat ({what}); skapa ett nytt frågeformulär",
    "wb_warn_date_far": (
        "datumet {date} ligger mer än tio år från i dag; kontrollera året och skriv datum som "
        "ÅÅÅÅ-MM-DD"
    ),
    "wb_warn_due_before": (
        "klart senast {date} är före bedömningen ({assessed}); kontrollera året och skriv "
        "datum som ÅÅÅÅ-MM-DD"
    ),
    "wb_warn_due_far": (
        "klart senast {date} är mer än tio år efter bedömningen ({assessed}); kontrollera året "
        "och skriv datum som ÅÅÅÅ-MM-DD"
    ),
    "wb_warn_target_without_score": (
        "ett eget mål under {target} räknas bara med en poäng; välj en poäng under {score}"
    ),
    "wb_warn_renamed": (
        "bladet ”{sheet}” heter ”{name}”; det lästes ändå, men ge det tillbaka sitt namn"
    ),
    "wb_file_old_format": "en {kind}-fil går inte att läsa: " + _SAVE_AS,
    "wb_file_not_questionnaire": (
        "inget frågeformulär från siqassess; skapa ett med `siqassess init -o FIL.xlsx`"
    ),
    "wb_file_not_zip": "ingen Excel-arbetsbok (.xlsx): filen är tom, trasig eller av annat slag",
    "wb_file_too_big_rows": (
        "bladet {sheet} har fler än {limit} rader med innehåll, och ett frågeformulär har under "
        "100; ta bort raderna som har lagts till"
    ),
    "wb_file_too_big_cells": (
        "arbetsboken har fler än {limit} celler med innehåll, och ett frågeformulär har några "
        "hundra; ta bort bladen eller raderna som har lagts till"
    ),
    "wb_file_too_big_file": (
        "arbetsboken är större än {limit}, och ett frågeformulär är ungefär 25 kB; ta bort "
        "bilder och tillagda blad och spara igen"
    ),
    "wb_file_too_big_members": (
        "arbetsboken har fler än {limit} delar, och ett frågeformulär ungefär 20; ta bort "
        "tillagda blad, bilder och objekt och spara igen"
    ),
    "wb_file_too_big_uncompressed": (
        "arbetsboken rymmer mer än {limit} uppackad, och ett frågeformulär ungefär 200 kB; ta "
        "bort bilder och tillagda blad och spara igen"
    ),
    "wb_file_external": "arbetsboken har externa länkar ({part}); ta bort dem och spara igen",
    "wb_file_macro": "arbetsboken har makron; spara den som .xlsx utan makron",
    "wb_file_bad_xml": "arbetsboken går inte att läsa ({detail})",
    "wb_dv_title": "Inte tillåtet här",
    "wb_dv_score": "Välj ett av värdena {values} (utan procenttecken) eller lämna tomt.",
    "wb_dv_yes_no": "Välj {yes} eller {no} eller lämna tomt.",
    "wb_dv_status": "Välj {choices}.",
    "wb_dv_date": (
        "Skriv ett datum från {first} till {last} som ÅÅÅÅ-MM-DD, till exempel {example}."
    ),
    "wb_dv_id": "Skriv id för en fråga, till exempel F1.1.",
    "wb_dv_no": (
        "Skriv numret på förbättringsområdet: 1 för första raden i frågans {improvements}, 2 "
        "för andra."
    ),
}
