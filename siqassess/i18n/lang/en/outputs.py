"""English texts: outputs (format registry, folder scans, Word documents, CSV dialects)."""

from __future__ import annotations

from siqassess.i18n.catalogue import Plural, Text

TEXTS: dict[str, Text] = {
    "out_skipped_other": Plural(
        one="skipped {n} file that is not an answers file: {files}",
        other="skipped {n} files that are not answers files: {files}",
    ),
    "out_docx_missing": (
        "Word output needs python-docx, which is not installed; install it with: "
        "pip install 'siqassess[docx]'"
    ),
}
