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
}
