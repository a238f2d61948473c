"""Swedish texts: fientliga filer och fel (låset, förtroende för inställningar, gränser)."""

from __future__ import annotations

from siqassess.i18n.catalogue import Text

TEXTS: dict[str, Text] = {
    "lock_taken": (
        "står i vägen för låset på {file} ({what}); inget har ändrats. Ta bort den och starta igen"
    ),
    "lock_what_link": "en symbolisk länk",
    "lock_what_hard_link": "ett andra namn på en annan fil (en hård länk)",
    "lock_what_folder": "en mapp",
    "lock_what_fifo": "en namngiven rörledning (FIFO)",
    "lock_what_device": "en enhet",
    "lock_what_other": "inte en låsfil från siqassess",
    "lock_another_process": "en annan process",
    "cfg_skipped": "hoppas över, {reason}",
    "cfg_refused": (
        "{key} används inte: en projektfil får bara ange ofarliga standardvärden, inte mallar, "
        "modeller, utdatafiler eller det som ändrar en poäng; ange det på kommandoraden eller "
        "lita på filen: siqassess config trust"
    ),
    "cfg_too_deep": "nästlad mer än {limit} nivåer djupt; en inställningsfil är platt",
    "cfg_bad_value": "{key}: {detail}",
    "cfg_ignored": "används inte",
    "cfg_trusted": "litar på {path} som den är nu (sha256 {sha256}…), sparat i {user}",
    "cfg_no_project": (
        "ingen siqassess.toml eller pyproject.toml med [tool.siqassess] här eller ovanför; "
        "ange filen att lita på"
    ),
}
