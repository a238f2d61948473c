"""Swedish texts: lead."""

from __future__ import annotations

from siqassess.i18n.catalogue import Text

TEXTS: dict[str, Text] = {
    "list_or": "{head} eller {last}",
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
    "os_stdout_closed": "standardutmatningen är stängd",
    "err_output_failed": "utdata kan inte skrivas: {reason}",
}
