"""Svenska."""

from __future__ import annotations

from siqassess.i18n.catalogue import Catalogue, Plural

TEXTS: dict[str, str | Plural] = {
    # interview
    "progress": "Fråga {n} av {total}",
    "current_answer": "Nuvarande svar",
    "current_na": "Ej tillämplig – {reason}",
    "measures": "Exempel på mått",
    "help": "Vägledning",
    "target_prompt": "Mål för {id}",
    "target_default": "standard ({target})",
    "overview_prompt": "Vart vill du gå?",
    "resume_prompt": "Filen har {answered} av {total} frågor besvarade. Hur vill du fortsätta?",
    "resume_done": "Alla frågor är besvarade. Vad vill du göra?",
    "language_prompt": "Språk / Language",
    "respondent_prompt": "Ditt namn (den som svarar)",
    "file_prompt": "Spara svaren i fil",
    "resumed": "Återupptar {path}",
    "created": "Svaren sparas i {path} efter varje fråga.",
    "saved": "Sparat i {path}",
    "interrupted": "Avbrutet. {answered} av {total} svar är sparade i {path}.",
    "interrupted_nothing": "Avbrutet innan något sparades.",
    "resume_hint": "Fortsätt senare med: siqassess assess {path}",
    "report_hint": "Skapa en rapport med: siqassess report {path}",
    "summary_title": "Sammanfattning – {name}",
    "coverage_line": "{answered} besvarade · {na} ej tillämpliga · {missing} saknas",
    "col_bar": "Poäng mot mål",
    "col_coverage": "Besvarade / N/A / saknas",
    "gaps": "Förbättringsområden (gap × betydelse)",
    "legend": "█ poäng   ┃ mål   · återstår till 100",
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
    # reports
    "report": "Självvärdering",
    "gap_report": "Gapanalys",
    "organisation": "Organisation",
    "unit": "Enhet",
    "respondent": "Bedömare",
    "respondents": "Bedömare",
    "date": "Datum",
    "model": "Modell",
    "version": "version",
    "coverage": "Täckning",
    "answered": "besvarade",
    "answered_col": "Besv./e.t./saknas",
    "na": "ej tillämpliga",
    "missing": "saknas",
    "of_leaves": "av {n} frågor",
    "partial": (
        "Ofullständig bedömning: {n} av {total} frågor är obesvarade. Poängen bygger bara på de"
        " besvarade."
    ),
    "in_progress": "Pågående",
    "complete": "Klar",
    "status": "Status",
    "overview": "Översikt",
    "total": "Totalt",
    "score": "Poäng",
    "points_of": "{points} av 1000 poäng",
    "target": "Mål",
    "gap": "Gap",
    "current": "Nuläge",
    "bar": "Stapel",
    "area": "Område",
    "success_factors": "Framgångsfaktorer",
    "result_areas": "Resultatområden",
    "factors_chart": "Framgångsfaktorer: nuläge och mål",
    "results_chart": "Resultatområden: nuläge och mål",
    "chart_omitted": "Diagrammen skrivs bara när rapporten sparas till fil (-o).",
    "improvements": "Förbättringsområden",
    "improvements_intro": (
        "Frågor om arbetssätt under målet, ordnade efter gap × betydelse (framgångsfaktorns andel "
        "av sin grupp, justerad efter frågans egen vikt). Poäng att vinna visar vad gapet är värt "
        "av 1000; de styr inte ordningen."
    ),
    "no_improvements": "Ingen fråga om arbetssätt ligger under målet.",
    "results_below": "Resultat under målet",
    "results_below_intro": (
        "Resultatområden under målet, ordnade på samma sätt och redovisade för sig: ett resultat "
        "förbättras genom arbetssätten bakom det."
    ),
    "no_results_below": "Inget resultatområde ligger under målet.",
    "points_at_stake": "poäng att vinna",
    "at_target": "Når målet",
    "at_target_intro": "Frågor som når eller överträffar målet, högst poäng först.",
    "no_at_target": "Ingen fråga når målet än.",
    "strengths": "Styrkor",
    "details": "Per framgångsfaktor",
    "results_details": "Per resultatområde",
    "question": "Fråga",
    "level": "Nivå",
    "note": "Kommentar",
    "evidence": "Underlag",
    "rank": "Nr",
    "weight": "Vikt",
    "na_and_missing": "Ej tillämpliga och saknade",
    "na_items": "Ej tillämpliga",
    "reason": "Motivering",
    "missing_items": "Obesvarade",
    "none": "Inga.",
    "not_answered": "ej besvarad",
    "file_findings_1": (
        "Skrivna iakttagelser, valfria på varje fråga: `strengths:` (styrkor) och `improvements:` "
        "(förbättringsområden), listor med korta texter."
    ),
    "file_findings_2": (
        "Ett förbättringsområde kan vara `{text: ..., actions: [{text, owner, due: ÅÅÅÅ-MM-DD, "
        "status: planned|in_progress|done}]}`. `last_year` visas men räknas aldrig."
    ),
    "plan_title": "Handlingsplan",
    "plan_empty": "Inga förbättringsområden är nedskrivna än.",
    "plan_owner": "ansvarig: {owner}",
    "plan_due": "senast {due}",
    "plan_in_progress": "pågår",
    "plan_figures": "{list}: gap {gap}, {points} poäng att vinna",
    "last_year": "förra året: {value}",
    "init_carried": (
        "Skrev {out}, startad från {path}: huvud, iakttagelser, underlag, anteckningar, mål "
        "och åtgärder följer med; alla poäng och ej tillämpliga är tomma."
    ),
    "not_applicable": "ej tillämplig",
    "method": "Metod",
    "method_rollup": (
        "Varje fråga bedöms 0–100 i steg om 10. En framgångsfaktors, grupps och totalens poäng "
        "är det viktade medelvärdet av de underliggande poäng som finns. Ej tillämpliga och "
        "obesvarade frågor räknas inte in, och de räknas aldrig som noll. En del utan någon "
        "besvarad fråga visas som –."
    ),
    "method_target": (
        "En frågas mål är dess eget mål, annars svarsfilens standardmål, annars modellens "
        "standardmål ({default}). Mål för högre nivåer är viktade medelvärden av samma frågors "
        "mål. Gap = mål − poäng; ett positivt gap betyder under målet."
    ),
    "method_points": (
        "Totalpoängen är totalen gånger 10, av 1000 möjliga. Förbättringsområden rangordnas "
        "efter gap gånger frågans andel av totalen."
    ),
    "method_wording": (
        "Strukturen följer SIQ Managementmodell. Frågornas och nivåernas formuleringar är "
        "projektet siqassess egna, inte SIQ:s officiella text."
    ),
    "group_weights": "Gruppernas vikter",
    "points_max": "poäng av 1000",
    "model_hash": "Modellens kontrollsumma",
    "generated": "Skapad",
    "contents": "Innehåll",
    # comparison and group reports
    "comparison": "Jämförelse",
    "earlier": "Tidigare",
    "latest": "Senaste",
    "change": "Förändring",
    "compared_files": "Jämför {old} ({old_date}) med {new} ({new_date}).",
    "coverage_cols": "Täckning tidigare / senaste",
    "biggest_improvements": "Största förbättringar",
    "biggest_declines": "Största försämringar",
    "crossed": "Frågor som passerat målet",
    "crossed_up": "Når målet nu (låg under målet förra gången)",
    "crossed_down": "Under målet nu (nådde målet förra gången)",
    "drift_title": "Obs! Bedömningarna bygger på olika versioner av modellen",
    "drift_id": "Modellens id",
    "drift_version": "Modellens version",
    "drift_hash": "Modellens innehåll (kontrollsumma)",
    "drift_changed": "{what} har ändrats: {old} → {new}.",
    "drift_only_old": "Finns bara i den tidigare modellen och jämförs inte: {ids}.",
    "drift_only_new": "Finns bara i den senaste modellen och jämförs inte: {ids}.",
    "drift_compared": "Jämförelsen bygger på de {n} frågor som finns i båda modellerna.",
    "comparison_chart_factors": "Framgångsfaktorer: tidigare, senaste och mål",
    "comparison_chart_results": "Resultatområden: tidigare, senaste och mål",
    "comparison_method": (
        "Förändring = senaste poäng − tidigare poäng, för varje del av modellen. En del som "
        "saknar poäng i någon av bedömningarna får ingen förändring (–), aldrig 0. Varje fil "
        "poängsätts med den modell den anger; har frågor lagts till eller tagits bort jämförs "
        "bara de frågor som finns i båda. Mål och gap i rapporten är den senaste bedömningens."
    ),
    "group_report": "Gruppens självvärdering",
    "mean": "Medel",
    "median": "Median",
    "lowest": "Lägst",
    "highest": "Högst",
    "range": "Högst (skuggat: lägst–högst)",
    "spread": "Spridning",
    "stdev": "Std.avv.",
    "n_scored": "Antal",
    "discuss_first": "Diskutera först",
    "discuss_intro": (
        "Frågor där bedömarnas poäng skiljer sig med {spread} eller mer (högst − lägst), störst"
        " spridning först. Oenigheten är i sig ett resultat: börja mötet här."
    ),
    "no_discuss": "Ingen fråga har så stor spridning.",
    "group_table": "Spridning per fråga",
    "group_table_intro": (
        "Antal = bedömare som gav poäng. Ej tillämpliga och obesvarade räknas i bedömare. "
        "Std.avv. är populationens standardavvikelse. ! = diskutera."
    ),
    "group_chart_factors": "Framgångsfaktorer: gruppens medel, mål och spridning",
    "group_chart_results": "Resultatområden: gruppens medel, mål och spridning",
    "group_method": (
        "Gruppens poäng för en fråga är medelvärdet av de bedömares poäng som svarat; den "
        "rullas upp med samma regler som en enskild bedömning. En fråga som alla markerat som "
        "ej tillämplig är ej tillämplig; en fråga utan någon poäng saknas. Målet för en fråga "
        "är medelvärdet av bedömarnas mål. Det skuggade bandet i diagrammen går från den lägsta"
        " till den högsta bedömarens egen poäng för faktorn eller området."
    ),
    # interview: the question screen, its keys, the editor, the summary (issue #12)
    "n_answered": Plural(one="{n} besvarad", other="{n} besvarade"),
    "n_na": Plural(one="{n} ej tillämplig", other="{n} ej tillämpliga"),
    "n_missing": Plural(one="{n} saknas", other="{n} saknas"),
    "n_to_go": Plural(one="{n} kvar", other="{n} kvar"),
    "n_strengths": Plural(one="{n} styrka", other="{n} styrkor"),
    "n_improvements": Plural(one="{n} förbättringsområde", other="{n} förbättringsområden"),
    "n_evidence": Plural(one="{n} belägg", other="{n} belägg"),
    "n_measures": Plural(one="{n} exempel på mått", other="{n} exempel på mått"),
    "n_unanswered": Plural(
        one="{n} fråga är obesvarad; filen är sparad som påbörjad.",
        other="{n} frågor är obesvarade; filen är sparad som påbörjad.",
    ),
    "level_means": "Nivån innebär:",
    "pick_first": "Välj en nivå först: {keys}.",
    "level_keys": "0–9 för 0–90, + för 100",
    "saved_level": "● sparat svar",
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
        "{where}: det sparade värdet {value} för {id} finns inte på skalan ({low}–{high} "
        "i steg om {step}). Välj en nivå för att rätta det."
    ),
    "bad_target": (
        "{where}: det egna målet {value} för {id} finns inte på skalan och är borttaget; "
        "t sätter ett nytt."
    ),
    "bad_na": (
        "{where}: {id} är markerad ej tillämplig utan motivering. Välj en nivå, eller n "
        "och skriv en motivering."
    ),
    "bad_both": (
        "{where}: {id} har både ett värde och ej tillämplig. Välj en nivå, eller n för ej"
        " tillämplig."
    ),
    "bad_path": "Kan inte spara i {path}: {reason}. Skriv ett annat filnamn.",
    "bad_path_folder": "mappen {folder} finns inte",
    "bad_path_dir": "det är en mapp",
    "finish": "Klar: visa sammanfattningen (filen markeras som klar)",
    "finish_incomplete_n": Plural(
        one="Visa sammanfattningen nu ({n} obesvarad, filen förblir påbörjad)",
        other="Visa sammanfattningen nu ({n} obesvarade, filen förblir påbörjad)",
    ),
    "save_exit": "Spara och stäng – fortsätt senare",
    "resume_first": "Fortsätt med de obesvarade frågorna (först {id})",
    "resume_review": "Gå igenom alla frågor från början",
    "overview_title": "Översikt – {tally}",
    "continue_walk": "Tillbaka till frågan ({id})",
    "coverage_legend": "b / e / s: besvarade / ej tillämpliga / saknas",
    "summary_columns": (
        "Kolumner: poäng · mål · █ poäng ┃ mål · besvarade / ej tillämpliga / saknas"
    ),
    "menu_keys": "(tryck en siffra, eller piltangenterna och Enter)",
    "menu_arrows": "(piltangenterna, Enter väljer)",
    "no_terminal": (
        "siqassess assess behöver en interaktiv terminal (stdin och stdout måste vara en "
        "TTY). Utan en sådan: skriv en tom fil med `siqassess init -o FIL`, fyll i den i "
        "en editor, kontrollera den med `siqassess validate FIL` och kör sedan `siqassess"
        " score FIL` eller `siqassess report FIL`."
    ),
    "legend_short": "█ poäng ┃ mål",
    "done_report": "Klart: alla {total} frågor är besvarade. Rapport: siqassess report {path}",
    # messages: errors and warnings of every command
    "error": "fel",
    "warning": "varning",
    "interrupted_cli": "avbrutet",
    "internal_error": "internt fel: {error} (kör igen med --traceback och rapportera det)",
    "err_is_directory": "är en mapp, inte en fil",
    "err_no_such_file": "filen finns inte",
    "err_permission": "åtkomst nekad",
    "err_cannot_read": "kan inte läsas: {reason}",
    "err_too_large": "filen är större än gränsen på {limit} MiB",
    "err_not_utf8": "inte UTF-8-text (byte 0x{byte})",
    "err_empty": "filen är tom",
    "err_yaml": "fel i YAML: {detail}",
    "err_yaml_other": "ogiltig YAML: {detail}",
    "err_tab": "YAML drar in med mellanslag; byt tabben på rad {line} mot mellanslag",
    "err_duplicate_key": "nyckeln {key} finns två gånger",
    "err_tag": "taggen {tag} är inte tillåten",
    "err_character": "tecknet U+{code} är inte tillåtet i YAML",
    "err_too_deep": "nästlingen är för djup",
    "err_deeper_than": "nästlingen är djupare än {max} nivåer",
    "err_alias_bomb": "dokumentet växer till mer än {max} noder (en aliasbomb?)",
    "err_no_folder": "mappen {folder} finns inte",
    "err_cannot_write": "kan inte skrivas: {reason}",
    "err_alias_text": "dokumentet växer till mer än {max} MiB text genom sina alias",
    "err_too_many_values": "dokumentet har fler än {max} värden",
    "err_fifo": "är en namngiven rörledning (FIFO), inte en vanlig fil",
    "err_socket": "är en socket, inte en vanlig fil",
    "err_char_device": "är en teckenenhet, inte en vanlig fil",
    "err_block_device": "är en blockenhet, inte en vanlig fil",
    "err_not_regular": "är inte en vanlig fil",
    "err_no_reader": "är en socket eller enhet utan läsare, inte en vanlig fil",
    "err_overwrite_input": "-o skulle skriva över indatafilen {input}; vägrar",
    "err_locked": "redigeras av {holder}; vänta tills den sessionen är slut",
    "err_output_stream": "utdata kan inte skrivas: {reason}",
    "err_not_mapping": "väntade {what} (en YAML-mappning överst), fann {found}",
    "what_answers_file": "en svarsfil",
    "what_model_file": "en modellfil",
    "kind_list": "en lista",
    "kind_str": "en text",
    "kind_number": "ett tal",
    "kind_whole_number": "ett heltal",
    "kind_bool": "true eller false",
    "kind_mapping": "en mappning (nyckel: värde)",
    "kind_date": "ett datum (ÅÅÅÅ-MM-DD)",
    "kind_nothing": "ingenting",
    "err_unknown_key": "okänd nyckel {key!r}",
    "err_missing_key": "nyckeln {key!r} saknas men krävs",
    "err_expected": "ska vara {expected}, men är {got}",
    "err_quoted_number": "skriv {value} utan citattecken",
    "err_one_of": "ska vara en av {choices}, men är {got}",
    "err_schema": "{detail}",
    "err_language_one_of": "language ska vara en av {langs}",
    "err_off_scale": "{value} finns inte på skalan ({min}–{max} i steg om {step})",
    "err_not_scored_leaf": "{id!r} är ingen fråga som poängsätts i modellen {model}",
    "err_unknown_id": "okänt id {id!r} i modellen {model}",
    "err_score_and_na": "en fråga kan inte ha både en poäng (score) och na: true",
    "err_empty_strength": "en styrka är tom",
    "err_empty_improvement": "ett förbättringsområde är tomt",
    "err_empty_action": "en åtgärd är tom",
    "err_last_year_model": "svarar mot modellen {found!r}, inte {wanted!r}; ange --model {found}",
    "err_na_reason": "na: true kräver en motivering (reason)",
    "err_complete_unanswered": Plural(
        one="status är complete men {n} fråga är obesvarad",
        other="status är complete men {n} frågor är obesvarade",
    ),
    "err_different_model": "svarar på en annan modell: {diffs}",
    "diff_id": "id {found!r} ≠ {expected!r}",
    "diff_version": "version {found!r} ≠ {expected!r}",
    "diff_hash": "innehållets kontrollsumma {found}… ≠ {expected}…",
    "err_unknown_model": "okänd modell {spec!r}; inbyggda modeller: {known}",
    "err_no_match": "inga filer matchar mönstret",
    "err_model_not_builtin": (
        "svarar på modellen {id!r}, som inte är inbyggd (inbyggda: {known}); ange --model FIL"
    ),
    "err_not_answers": "ingen svarsfil (den har varken nyckeln `answers` eller `model`)",
    "err_unanswered_required": "{id} är obesvarad (--require-complete)",
    "err_no_answers_files": "inga svarsfiler hittades",
    "err_cannot_load_model": (
        "kan inte läsa modellen som filen svarar på: {reason}; ange --model SÖKVÄG"
    ),
    "ok": "ok",
    "summary_answers": "svar på {model} {version}, {done}/{total} besvarade",
    "summary_model": Plural(
        one="modell {model} {version}: {factors} framgångsfaktorer, {n} fråga",
        other="modell {model} {version}: {factors} framgångsfaktorer, {n} frågor",
    ),
    "files_checked": Plural(one="{n} fil kontrollerad", other="{n} filer kontrollerade"),
    "files_invalid": Plural(one="{n} ogiltig", other="{n} ogiltiga"),
    "problem_count": Plural(one="{n} problem", other="{n} problem"),
    "all_valid": Plural(one="giltig", other="alla giltiga"),
    "fail_under_no_score": "ingen poäng, under --fail-under {limit}",
    "fail_under_total": "totalt {total}, under --fail-under {limit}",
    "output_not_written": "{output} skrevs inte",
    "output_incomplete": "utskriften ovan är ofullständig",
    "interrupted_batch": Plural(
        one="avbrutet efter {seen} av {n} fil ({scored} poängsatt); {where}",
        other="avbrutet efter {seen} av {n} filer ({scored} poängsatta); {where}",
    ),
    "err_exists": "{path} finns redan; ange --force för att skriva över den, eller -o en annan fil",
    "files_skipped": Plural(
        one="{n} annan YAML-fil överhoppad", other="{n} andra YAML-filer överhoppade"
    ),
    "neither_model_nor_answers": "varken en modell eller en svarsfil",
    "skipped_file": "hoppade över {file}: {why}",
    "file_header": "siqassess svarsfil för {name} {version}.",
    "file_howto": (
        "Poängsätt varje fråga 0-100 i steg om 10, eller skriv `na: true` med en "
        "motivering (`reason`)."
    ),
    "file_schema": "Schema för editorn: siqassess schema answers -o {hint}",
    "tbl_comparison": "Jämförelse: {old} ({old_date}) → {new} ({new_date})",
    "tbl_drift": "MODELLEN HAR ÄNDRATS",
    "tbl_compare_title": "Poäng 0–100: tidigare, senaste och Δ = senaste − tidigare",
    "tbl_coverage_caption": "Täckning: frågor besvarade/ej tillämpliga/saknas.",
    "tbl_node": "Del",
    "tbl_old": "Tidigare",
    "tbl_new": "Senaste",
    "tbl_delta": "Δ",
    "tbl_old_cov": "Täckn. tid.",
    "tbl_new_cov": "Täckn. sen.",
    "tbl_improvements": "Största förbättringar",
    "tbl_declines": "Största försämringar",
    "tbl_crossed_up": "Når målet nu (under målet förra gången)",
    "tbl_crossed_down": "Under målet nu (nådde målet förra gången)",
    "tbl_change": "{id}: {old} → {new} ({delta}; mål {target})",
    "tbl_group_total": (
        "Totalt {score} ({points}/1000 poäng), täckning {coverage} (besvarade/ej "
        "tillämpliga/saknas)"
    ),
    "tbl_rollup_title": "Frågornas medel, upprullade; lägst/högst: bedömarnas egna",
    "tbl_mean": "Medel",
    "tbl_target": "Mål",
    "tbl_gap": "Gap",
    "tbl_low": "Lägst",
    "tbl_high": "Högst",
    "tbl_coverage": "Täckning",
    "tbl_leaves_title": "Frågor; ! = diskutera (högst − lägst ≥ {spread})",
    "tbl_leaves_caption": "Antal: bedömare som gav poäng; E.t. och Saknas: bedömare.",
    "tbl_leaf": "Fråga",
    "tbl_median": "Median",
    "tbl_min": "Lägst",
    "tbl_max": "Högst",
    "tbl_sd": "Std.avv.",
    "tbl_n": "Antal",
    "tbl_na": "E.t.",
    "tbl_miss": "Saknas",
    "tbl_no_discuss": "Diskutera först: {dash} (ingen fråga med högst − lägst ≥ {spread})",
    "tbl_discuss_title": "Diskutera först: störst spridning först",
    "tbl_spread": "Spridning",
    "tbl_group_of": Plural(
        one="Grupp med {n} bedömare: {names}", other="Grupp med {n} bedömare: {names}"
    ),
    # --- lead ---
    "err_fifo_no_reader": "är ett namngivet rör (FIFO) som ingen läser; starta läsaren först",
    "err_worker_lost": (
        "en arbetsprocess för --jobs avslutades innan dess filer var poängsatta"
        " (dödad, eller slut på minne); kör igen, eller med färre jobb"
    ),
    "os_no_such_file": "filen eller mappen finns inte",
    "os_permission": "åtkomst nekas",
    "os_is_directory": "är en mapp",
    "os_not_directory": "en del av sökvägen är ingen mapp",
    "os_no_space": "det finns inget utrymme kvar på enheten",
    "os_quota": "diskkvoten är överskriden",
    "os_read_only": "filsystemet är skrivskyddat",
    "os_name_too_long": "filnamnet är för långt",
    "os_link_loop": "för många nivåer av symboliska länkar",
    "os_io": "in- eller utmatningsfel",
    "os_too_many_open": "för många öppna filer",
    "os_busy": "enheten eller resursen är upptagen",
    "os_file_too_large": "filen är för stor",
    "os_stdout_closed": "standard ut är stängd",
    "err_output_failed": "utdata kan inte skrivas: {reason}",
    # (end lead)
    # --- feedback ---
    "fb_title": "Återföringsrapport",
    "fb_intro": (
        "Styrkor och förbättringsområden, kriterium för kriterium, så som de skrivits i "
        "bedömningen, och därefter varje dels poängprofil. Det skrivna är återföringens "
        "kärna; poängen placerar bara kriteriet på skalan. Styrkor och förbättringsområden "
        "poängsätts aldrig."
    ),
    "fb_no_findings": "Inga styrkor eller förbättringsområden nedskrivna.",
    "fb_profile": "Poängprofil",
    "fb_action": "Åtgärd",
    "fb_action_planned": "planerad",
    "fb_action_in_progress": "pågår",
    "fb_action_done": "klar",
    "fb_summary_gap_only": "--summary är gapanalysens översikt; utelämna det med --kind feedback",
    # (end feedback)
    # --- consensus ---
    "draft_header_1": (
        "UTKAST till teamets konsensusmöte, inte ett överenskommet resultat: mötet enas om "
        "varje poäng i diskussion och redigerar filen."
    ),
    "draft_header_2": Plural(
        one=(
            "Skapat av siqassess aggregate ur {n} bedömares svar: varje poäng är medelvärdet "
            "avrundat till skalan; en fråga är ej tillämplig när fler bedömare svarade ej "
            "tillämplig än gav en poäng."
        ),
        other=(
            "Skapat av siqassess aggregate ur {n} bedömares svar: varje poäng är medelvärdet "
            "avrundat till skalan; en fråga är ej tillämplig när fler bedömare svarade ej "
            "tillämplig än gav en poäng."
        ),
    ),
    "draft_header_3": (
        "Varje bedömares anteckningar, styrkor, förbättringsområden (med åtgärder) och "
        "underlag finns kvar, med bedömarens namn först; group: visar spridningen."
    ),
    "discuss_more": Plural(
        one="Ytterligare {n} fråga är flaggad att diskutera: {ids}. Den har ! i ”{table}”.",
        other="Ytterligare {n} frågor är flaggade att diskutera: {ids}. De har ! i ”{table}”.",
    ),
    "tbl_discuss_more": Plural(
        one="Ytterligare {n} fråga att diskutera: {ids} (markerad med ! i frågetabellen)",
        other="Ytterligare {n} frågor att diskutera: {ids} (markerade med ! i frågetabellen)",
    ),
    # (end consensus)
    # --- workbook ---
    "wb_col_rank": "Prioritet",
    "wb_col_list": "Lista",
    "wb_col_id": "Id",
    "wb_col_question": "Fråga",
    "wb_col_gap": "Gap",
    "wb_col_points": "Poäng att vinna",
    "wb_col_improvement": "Förbättringsområde",
    "wb_col_action": "Åtgärd",
    "wb_col_owner": "Ansvarig",
    "wb_col_due": "Klart senast",
    "wb_col_status": "Status",
    "wb_status_planned": "planerad",
    "wb_status_in_progress": "pågår",
    "wb_status_done": "klar",
    "wb_sheet_instructions": "Instruktioner",
    "wb_sheet_questions": "Frågor",
    "wb_sheet_levels": "Nivåer",
    "wb_sheet_actions": "Åtgärder",
    "wb_yes": "Ja",
    "wb_no": "Nej",
    "wb_col_part": "Faktor eller område",
    "wb_col_guidance": "Vägledning",
    "wb_col_score": "Poäng",
    "wb_col_level": "Nivån innebär",
    "wb_col_na": "Ej tillämplig",
    "wb_col_reason": "Motivering (N/A)",
    "wb_col_target": "Eget mål",
    "wb_col_note": "Anteckning",
    "wb_col_evidence": "Belägg (en per rad)",
    "wb_col_strengths": "Styrkor (en per rad)",
    "wb_col_improvements": "Förbättringsområden (en per rad)",
    "wb_col_no": "Förbättringsområde nr",
    "wb_col_from": "Från",
    "wb_col_to": "Till",
    "wb_col_scale": "Skala",
    "wb_col_band": "Nivå",
    "wb_col_descriptor": "Beskrivning",
    "wb_col_last_year": "Förra året",
    "wb_placement": "Inom bandet",
    "wb_organisation": "Organisation",
    "wb_unit": "Enhet",
    "wb_respondent": "Den som svarar",
    "wb_date": "Datum (ÅÅÅÅ-MM-DD)",
    "wb_title": "Självvärdering enligt {model} {version}",
    "wb_steps_title": "Så här gör du",
    "wb_step_1": (
        "1. Fyll i organisation, enhet, ditt namn och dagens datum i de gula fälten nedan."
    ),
    "wb_step_2": (
        "2. Gå till bladet {questions}. Läs frågan och vägledningen på varje rad och välj en "
        "poäng i listan i kolumnen {score}. Nivåns beskrivning visas bredvid."
    ),
    "wb_step_3": (
        "3. Om en fråga inte gäller er verksamhet: välj {yes} under {na} och skriv varför i "
        "{reason}. Lämna då poängen tom. En fråga som inte är tillämplig kräver en motivering."
    ),
    "wb_step_4": (
        "4. Skriv gärna anteckningar, belägg (dokument, länkar), styrkor och "
        "förbättringsområden, ett per rad. Ett eget mål kan väljas per fråga."
    ),
    "wb_step_5": "5. Åtgärder för ett förbättringsområde skrivs på bladet {actions}, en per rad.",
    "wb_step_6": (
        "6. Spara filen som Excel-arbetsbok (.xlsx) med samma namn och skicka tillbaka den. "
        "Ändra inte bladens namn och ta inte bort dolda kolumner eller blad."
    ),
    "wb_scale_title": "Skalan, nivå för nivå",
    "wb_init_written": "Skrev ett tomt frågeformulär: {path}",
    "wb_init_next": (
        "Nästa steg: skicka det till den som ska svara. Fylls det i med Excel eller LibreOffice"
        " kan det läsas direkt: `siqassess validate {path}`, `siqassess score {path}` eller "
        "`siqassess report {path}`."
    ),
    "wb_converted": "Skrev {out} ({answered} av {total} frågor besvarade)",
    "wb_header_title": "Uppgifter om bedömningen",
    "wb_err_formula": "en formel i en svarscell; skriv in värdet i stället",
    "wb_err_not_number": "{value!r} är inget tal; välj ett värde i listan",
    "wb_err_not_yes_no": "{value!r} är varken {yes} eller {no}",
    "wb_err_not_date": "{value!r} är inget datum; skriv ÅÅÅÅ-MM-DD",
    "wb_err_not_status": "{value!r} är ingen status; välj {choices}",
    "wb_err_not_no": "{value!r} är inget nummer på ett förbättringsområde för {id}",
    "wb_err_unknown_id": "{value!r} är ingen fråga i frågeformuläret",
    "wb_err_duplicate_id": "frågan {id} finns på två rader (även rad {row})",
    "wb_err_missing_row": "raden för frågan {id} saknas",
    "wb_err_missing_column": "kolumnen för {what} saknas; ta inte bort dolda kolumner",
    "wb_err_missing_sheet": "bladet {sheet!r} saknas; byt inte namn på bladen",
    "wb_err_action_text": "en åtgärd behöver en text",
    "wb_err_bad_meta": "metadatabladet är skadat ({what}); skapa ett nytt frågeformulär",
    "wb_file_old_format": "en {kind}-fil går inte att läsa; spara den som Excel-arbetsbok (.xlsx)",
    "wb_file_not_questionnaire": (
        "inget frågeformulär från siqassess; skapa ett med `siqassess init -o FIL.xlsx`"
    ),
    "wb_file_not_zip": "ingen Excel-arbetsbok (.xlsx): filen är tom, trasig eller av annat slag",
    "wb_file_too_big": "arbetsboken är för stor ({what} över gränsen {limit})",
    "wb_file_external": "arbetsboken har externa länkar ({part}); ta bort dem och spara igen",
    "wb_file_macro": "arbetsboken har makron; spara den som .xlsx utan makron",
    "wb_file_bad_xml": "arbetsboken går inte att läsa ({detail})",
    "wb_s_totals": "Totalt",
    "wb_s_nodes": "Alla delar",
    "wb_s_improvements": "Förbättringsområden",
    "wb_s_results_below_target": "Resultat under målet",
    "wb_s_discuss": "Diskutera först",
    "wb_s_respondents": "Bedömare",
    "wb_s_files": "Filer",
    "wb_s_compare_improvements": "Förbättringar",
    "wb_s_compare_declines": "Försämringar",
    "wb_s_compare_crossed_up": "Nådde målet",
    "wb_s_compare_crossed_down": "Föll under målet",
    "wb_h_file": "Fil",
    "wb_h_organisation": "Organisation",
    "wb_h_unit": "Enhet",
    "wb_h_respondent": "Bedömare",
    "wb_h_date": "Datum",
    "wb_h_status": "Status",
    "wb_h_model": "Modell",
    "wb_h_version": "Version",
    "wb_h_score": "Poäng",
    "wb_h_points": "Poäng av 1000",
    "wb_h_max_points": "Möjliga poäng",
    "wb_h_target": "Mål",
    "wb_h_gap": "Gap",
    "wb_h_answered": "Besvarade",
    "wb_h_na": "Ej tillämpliga",
    "wb_h_missing": "Saknas",
    "wb_h_node": "Del",
    "wb_h_id": "Id",
    "wb_h_kind": "Typ",
    "wb_h_parent": "Ingår i",
    "wb_h_effective_weight": "Vikt i totalen",
    "wb_h_rank": "Prioritet",
    "wb_h_importance": "Betydelse",
    "wb_h_priority": "Prioritetstal",
    "wb_h_points_at_stake": "Poäng att vinna",
    "wb_h_respondents": "Bedömare",
    "wb_h_spread": "Spridning",
    "wb_h_min": "Lägst",
    "wb_h_max": "Högst",
    "wb_h_mean": "Medel",
    "wb_h_name": "Namn",
    "wb_h_which": "Vilken",
    "wb_h_old": "Tidigare",
    "wb_h_new": "Senaste",
    "wb_h_delta": "Förändring",
    "wb_h_old_target": "Tidigare mål",
    "wb_h_new_target": "Senaste mål",
    "wb_v_old": "tidigare",
    "wb_v_new": "senaste",
    "wb_h_old_score": "Tidigare poäng",
    "wb_h_old_gap": "Tidigare gap",
    "wb_h_old_answered": "Tidigare besvarade",
    "wb_h_old_na": "Tidigare ej tillämpliga",
    "wb_h_old_missing": "Tidigare saknas",
    "wb_h_new_score": "Senaste poäng",
    "wb_h_new_gap": "Senaste gap",
    "wb_h_new_answered": "Senaste besvarade",
    "wb_h_new_na": "Senaste ej tillämpliga",
    "wb_h_new_missing": "Senaste saknas",
    # (end workbook)
    # --- language ---
    "tbl_score_title": (
        "Poäng 0–100, poäng av 1000, täckning: frågor besvarade/ej tillämpliga/saknas"
    ),
    "tbl_score_caption": "Svagast: den framgångsfaktor som har lägst poäng.",
    "tbl_file": "Fil",
    "tbl_organisation": "Organisation",
    "tbl_respondent": "Bedömare",
    "tbl_score": "Poäng",
    "tbl_points": "Av 1000",
    "tbl_weakest": "Svagast",
    "tbl_matrix_title": "Poäng per framgångsfaktor och resultatområde",
    "progress_scoring": "Poängsätter",
    "n_of_leaves": Plural(one="av {n} fråga", other="av {n} frågor"),
    "n_partial": Plural(
        one="Ofullständig bedömning: {n} av {total} frågor är obesvarad. Poängen bygger bara "
        "på de besvarade.",
        other="Ofullständig bedömning: {n} av {total} frågor är obesvarade. Poängen bygger bara "
        "på de besvarade.",
    ),
    "w_answered": Plural(one="besvarad", other="besvarade"),
    "w_na": Plural(one="ej tillämplig", other="ej tillämpliga"),
    "w_missing": Plural(one="saknas", other="saknas"),
    "err_no_such_date": "{value} är inget datum som finns",
    "err_not_a_date": "{value} är inget datum: skriv det som ÅÅÅÅ-MM-DD",
    "err_tagged_int": "{value} är taggat !!int men är inget heltal",
    "err_tagged_float": "{value} är taggat !!float men är inget tal",
    "err_tagged_bool": "{value} är taggat !!bool men är varken true eller false",
    "err_tagged_null": "{value} är taggat !!null men är inte tomt",
    "err_alias_loop": "ett alias pekar på sin egen samling",
    "err_key_not_plain": "en nyckel måste vara ett enkelt värde, inte en lista eller en mappning",
    "err_merge_mappings": "en sammanslagning (<<) tar bara mappningar",
    "err_read_with_model": "läs den med modellen den gjordes med: {hint} MODELLFIL",
    "model_ref": "{id} {version} (kontrollsumma {hash}…)",
    "err_group_model": (
        "svarar på {this}, men {file} svarar på {first}; alla filer måste svara på samma modell"
    ),
    "chk_the_root": "roten",
    "chk_a_group": "en grupp",
    "chk_duplicate_id": "id {id} finns två gånger (används redan av {by})",
    "chk_language_twice": "ett språk står två gånger",
    "chk_missing_text": "texten på {lang} saknas",
    "chk_undeclared_language": "språket {lang} står inte i 'languages'",
    "chk_empty_text": "texten på {lang} är tom",
    "chk_scale_range": (
        "skalan går {min}–{max}; varje skala måste gå {lo}–{hi} (stegen får skilja sig)"
    ),
    "chk_step": "steget {step} delar inte {min}–{max} jämnt",
    "chk_band_reversed": "bandet {min}–{max} går baklänges",
    "chk_band_overlaps": "bandet som börjar på {min} överlappar bandet före",
    "chk_no_band": "värdena {lo}–{hi} ligger inte i något band",
    "chk_band_step": "bandet {min}–{max} följer inte steget {step}",
    "chk_bands_past": "banden går förbi skalans högsta värde {max}",
    "chk_off_scale": "{value} finns inte på skalan {scale} ({min}–{max} i steg om {step})",
    "chk_unknown_scale": "okänd skala {scale}",
    "fmt_cannot_write": "{command} kan inte skriva {fmt}; använd något av {allowed}",
    "fmt_contradicts": (
        "--format {fmt} stämmer inte med filändelsen i {name} ({ext}); ändra en av dem"
    ),
    "fmt_unknown_ext": "kan inte avgöra formatet av {name} (använd {known} eller --format)",
    "fmt_cannot_write_ext": "{command} kan inte skriva {ext} ({name}); använd något av {allowed}",
    "fmt_binary": "formatet är binärt; skriv det till en fil med -o",
    "fmt_unknown_report": "okänt format {fmt}; använd txt, md eller html",
    "tpl_folder_missing": "mallmappen finns inte",
    "conv_extension": "{output}: skriv .yaml, .yml eller .xlsx",
    "conv_exists": (
        "{output} finns redan; skriv över den med --force, eller välj en annan fil med -o"
    ),
    "plan_unknown_format": "okänt format {fmt} för plan; använd md, csv eller xlsx",
    "cfg_whole_number": "{key} måste vara ett heltal från 0 till 1000, inte {value}",
    "cfg_number": "{key} måste vara ett tal från 0 till 100, inte {value}",
    "cfg_text": "{key} måste vara en text som inte är tom, inte {value}",
    "cfg_lang": "lang måste vara sv eller en, inte {value}",
    "cfg_not_toml": "ogiltig TOML: {detail}",
    "cfg_unknown": "okänd inställning {key} (kända: {known})",
    "cfg_src_default": "standard",
    "cfg_src_user": "användarfil {path}",
    "cfg_src_project": "projektfil {path}",
    "cfg_src_env": "miljövariabel {name}",
    "cfg_src_cli": "kommandoraden",
    "cfg_user_file": "användarfil: {path}",
    "err_min_respondents": Plural(
        one="aggregate behöver minst {n} svarsfil (--min-respondents), fick {got}",
        other="aggregate behöver minst {n} svarsfiler (--min-respondents), fick {got}",
    ),
    # (end language)
    # --- interview ---
    "iv_last_year": "Förra året: {value}",
    "iv_last_year_na": "ej tillämplig",
    "iv_placement": "Så placeras poängen inom ett band",
    "iv_placement_hint": "? visar hur poängen placeras inom bandet",
    "iv_folded_placement": "? visar vägledningen och placering inom bandet",
    "iv_folded_placement_measures": "? visar vägledningen, {measures} och placering inom bandet",
    "iv_help_scroll": "rad {first}–{last} av {total} · ↑↓ bläddra · andra tangenter: tillbaka",
    # (end interview)
    # --- startup ---
    # (end startup)
    # --- batch ---
    "err_more_problems": Plural(
        one="… och {n} problem till, som inte listas: bara de {max} första visas",
        other="… och {n} problem till, som inte listas: bara de {max} första visas",
    ),
    # (end batch)
    # --- house ---
    # (end house)
}

CATALOGUE = Catalogue(
    code="sv",
    name="Svenska",
    texts=TEXTS,
    decimal=",",
    months=(
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ),
    date="{day} {month_name} {year}",
)
