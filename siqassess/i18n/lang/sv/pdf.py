"""Svenska texter: PDF-rapporter (Typst och dess mallar)."""

from __future__ import annotations

from siqassess.i18n.catalogue import Text

TEXTS: dict[str, Text] = {
    "pdf_missing": (
        "PDF kräver Typst, som inte är installerat; installera det med: "
        "pip install 'siqassess[pdf]'"
    ),
    "pdf_fetch": (
        "en PDF-rapport hämtar ingenting utifrån, men HTML-mallen hänvisar till {what}; "
        "ta bort hänvisningen ur mallen"
    ),
    "pdf_reach": (
        "en PDF-mall får inte använda {word}: den får rapporten som sys.inputs.report och "
        "inget annat (inte import, include, eval, std, plugin eller paket)"
    ),
    "pdf_template": ("PDF-mallen misslyckades: {detail}; en PDF-mall läser bara sys.inputs.report"),
}
