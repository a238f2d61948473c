"""Svenska texter: mätetal över åren i compare och trend (domänregel 16)."""

from __future__ import annotations

from siqassess.i18n.catalogue import Text

TEXTS: dict[str, Text] = {
    "my_heading": "Mätetal över åren",
    "my_intro": (
        "Varje mätetals värden per kalenderår, så som filerna anger dem; där två filer anger "
        "samma år visas den senare filens värde. Trenden bedöms över alla värden, i den "
        "riktning som är bra (regel 16)."
    ),
    "my_area": "Område",
}
