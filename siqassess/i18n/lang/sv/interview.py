"""Swedish texts: interview."""

from __future__ import annotations

from siqassess.i18n.catalogue import Text

TEXTS: dict[str, Text] = {
    "progress": "Fråga {n} av {total}",
    "current_answer": "Nuvarande svar",
    "current_na": "Ej tillämplig – {reason}",
    "measures": "Exempel på mått",
    "help": "Vägledning",
    "overview_prompt": "Vart vill du gå?",
    "resume_done": "Alla frågor är besvarade. Vad vill du göra?",
    "language_prompt": "Språk / Language",
    "respondent_prompt": "Ditt namn (den som svarar)",
    "file_prompt": "Spara svaren i fil",
    "resumed": "Återupptar {path}",
    "created": "Svaren sparas i {path} efter varje fråga.",
    "saved": "Sparat i {path}",
    "interrupted": "Avbrutet. Sparat i {path}: {coverage}.",
    "interrupted_nothing": "Avbrutet innan något sparades.",
    "resume_hint": "Fortsätt senare med: siqassess assess {path}",
    "report_hint": "Skapa en rapport med: siqassess report {path}",
    "summary_title": "Sammanfattning – {name}",
    "coverage_line": "{answered} besvarade · {na} ej tillämpliga · {missing} saknas",
    "col_bar": "Poäng mot mål",
    "col_coverage": "Besvarade / ej tillämpliga / saknas",
    "gaps": "Under målet (gap × betydelse)",
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
}
