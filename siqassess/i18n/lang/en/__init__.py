"""English: the reference catalogue. Every key exists here; other languages fall back to it.

One module per area, each defining ``TEXTS``; a new area is one new file.
"""

from __future__ import annotations

from siqassess.i18n.catalogue import Catalogue, area_texts

CATALOGUE = Catalogue(
    code="en",
    name="English",
    english="English",
    texts=area_texts(__name__, __path__),
    decimal=".",
    months=(
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    date="{day} {month_name} {year}",
)
