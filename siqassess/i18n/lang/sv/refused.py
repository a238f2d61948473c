"""Swedish texts: många inställningar i en inställningsfil som inte används, sagt en gång."""

from __future__ import annotations

from siqassess.i18n.catalogue import Text

TEXTS: dict[str, Text] = {
    "cfg_refused_many": (
        "{total} inställningar används inte ({keys}, …): en projektfil får bara ange ofarliga "
        "standardvärden, inte mallar, modeller, utdatafiler eller det som ändrar en poäng; ange "
        "dem på kommandoraden eller lita på filen: siqassess config trust"
    ),
}
