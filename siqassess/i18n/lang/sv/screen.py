"""Swedish texts: screen."""

from __future__ import annotations

from siqassess.i18n.catalogue import Plural, Text

TEXTS: dict[str, Text] = {
    "n_answered": Plural(one="{n} besvarad", other="{n} besvarade"),
    "n_na": Plural(one="{n} ej tillämplig", other="{n} ej tillämpliga"),
    "n_missing": Plural(one="{n} saknas", other="{n} saknas"),
    "n_to_go": Plural(one="{n} kvar", other="{n} kvar"),
    "n_strengths": Plural(one="{n} styrka", other="{n} styrkor"),
    "n_improvements": Plural(one="{n} förbättringsområde", other="{n} förbättringsområden"),
    "n_evidence": Plural(one="{n} underlag", other="{n} underlag"),
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
    "key_note": "kommentar",
    "key_strength": "styrka",
    "key_improvement": "förbättringsområde",
    "key_evidence": "underlag",
    "key_target": "mål",
    "key_help": "hjälp",
    "key_quit": "spara och stäng",
    "help_title": "Hjälp – {id}",
    "help_keys": "Tangenter",
    "help_return": "Tryck på valfri tangent för att gå tillbaka till frågan.",
    "edit_note": "Kommentar till {id}",
    "edit_strength": "Ny styrka för {id}",
    "edit_improvement": "Nytt förbättringsområde för {id}",
    "edit_evidence": "Underlag för {id} (separera med kommatecken)",
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
        "tryck t för att sätta ett nytt."
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
    "iv_last_year": "Förra året: {value}",
    "iv_last_year_na": "ej tillämplig",
    "iv_placement": "Så placeras poängen inom en nivå",
    "iv_placement_hint": "? visar hur poängen placeras inom nivån",
    "iv_folded_placement": "? visar vägledningen och placeringen inom nivån",
    "iv_folded_placement_measures": "? visar vägledningen, {measures} och placeringen inom nivån",
    "iv_help_scroll": "rad {first}–{last} av {total} · ↑↓ bläddra · andra tangenter: tillbaka",
}
