"""Svenska: one module per area, each defining ``TEXTS``; a new area is one new file."""

from __future__ import annotations

from siqassess.i18n.catalogue import Catalogue, area_texts

CATALOGUE = Catalogue(
    code="sv",
    name="Svenska",
    english="Swedish",
    texts=area_texts(__name__, __path__),
    decimal=",",
    group="\u00a0",
    quotes=("\u201d", "\u201d"),
    months=(
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ),
    date="{day} {month_name} {year}",
)
