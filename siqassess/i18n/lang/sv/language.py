"""Swedish texts: language."""

from __future__ import annotations

from siqassess.i18n.catalogue import Plural, Text

TEXTS: dict[str, Text] = {
    "tbl_score_title": (
        "Poäng 0–100, poäng av 1000, täckning: frågor besvarade/ej tillämpliga/saknas"
    ),
    "tbl_score_caption": "Svagast: den framgångsfaktor som har lägst poäng.",
    "tbl_file": "Fil",
    "tbl_organisation": "Organisation",
    "tbl_respondent": "Svarande",
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
    "chk_band_reversed": "poängintervallet {min}–{max} går baklänges",
    "chk_band_overlaps": "poängintervallet som börjar på {min} överlappar intervallet före",
    "chk_no_band": Plural(
        one="värdet {values} ligger inte i något poängintervall: intervallet {band} slutar före "
        "och nästa börjar på {next}",
        other="värdena {values} ligger inte i något poängintervall: intervallet {band} slutar "
        "före och nästa börjar på {next}",
    ),
    "chk_no_band_start": Plural(
        one="värdet {values} ligger inte i något poängintervall: det första intervallet börjar "
        "efter",
        other="värdena {values} ligger inte i något poängintervall: det första intervallet "
        "börjar efter",
    ),
    "chk_no_band_end": Plural(
        one="värdet {values} ligger inte i något poängintervall: det sista intervallet slutar före",
        other="värdena {values} ligger inte i något poängintervall: det sista intervallet "
        "slutar före",
    ),
    "chk_band_step": "poängintervallet {min}–{max} följer inte steget {step}",
    "chk_bands_past": "poängintervallen går förbi skalans högsta värde {max}",
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
    "plan_unknown_format": (
        "okänt format {fmt} för plan; använd md, txt, html, pdf, docx, csv eller xlsx"
    ),
    "cfg_whole_number": "{key} måste vara ett heltal från 0 till 1000, inte {value}",
    "cfg_number": "{key} måste vara ett tal från 0 till 100, inte {value}",
    "cfg_text": "{key} måste vara en text som inte är tom, inte {value}",
    "cfg_lang": "lang måste vara något av {choices}, inte {value}",
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
}
