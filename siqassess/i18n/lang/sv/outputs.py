"""Svenska texter: utdata (formatregistret, mappgenomsökning, Word-dokument, CSV-varianter)."""

from __future__ import annotations

from siqassess.i18n.catalogue import Plural, Text

TEXTS: dict[str, Text] = {
    "out_skipped_other": Plural(
        one="hoppade över {n} fil som inte är en svarsfil: {files}",
        other="hoppade över {n} filer som inte är svarsfiler: {files}",
    ),
    "out_docx_missing": (
        "Word-dokument kräver python-docx, som inte är installerat; installera det med: "
        "pip install 'siqassess[docx]'"
    ),
}
