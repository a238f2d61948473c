"""English texts: measures carried across years in compare and trend (domain rule 16)."""

from __future__ import annotations

from siqassess.i18n.catalogue import Text

TEXTS: dict[str, Text] = {
    "my_heading": "Measures over the years",
    "my_intro": (
        "Each measure's values by calendar year, as the files give them; where two files give "
        "the same year, the later file's value is shown. The trend is judged over all the "
        "values, in the direction that counts as good (rule 16)."
    ),
    "my_area": "Area",
}
