"""English texts: PDF reports (the Typst engine and its templates)."""

from __future__ import annotations

from siqassess.i18n.catalogue import Text

TEXTS: dict[str, Text] = {
    "pdf_missing": (
        "PDF output needs Typst, which is not installed; install it with: "
        "pip install 'siqassess[pdf]'"
    ),
    "pdf_fetch": (
        "a PDF report loads nothing from outside, and the HTML template asks for {what}; "
        "remove that reference from the template"
    ),
    "pdf_reach": (
        "a PDF template may not use {word}: it gets the report as sys.inputs.report and "
        "nothing else (no import, include, eval, std, plugin or package)"
    ),
    "pdf_template": (
        "the PDF template failed: {detail}; a PDF template reads only sys.inputs.report"
    ),
}
