"""Swedish texts: consensus."""

from __future__ import annotations

from siqassess.i18n.catalogue import Plural, Text

TEXTS: dict[str, Text] = {
    "draft_header_1": (
        "UTKAST till teamets konsensusmöte, inte ett överenskommet resultat: mötet enas om "
        "varje poäng i diskussion och redigerar filen."
    ),
    "draft_header_2": Plural(
        one=(
            "Skapat av siqassess aggregate ur {n} bedömares svar: varje poäng är medelvärdet "
            "avrundat till skalan; en fråga är ej tillämplig när fler bedömare svarade ej "
            "tillämplig än gav en poäng."
        ),
        other=(
            "Skapat av siqassess aggregate ur {n} bedömares svar: varje poäng är medelvärdet "
            "avrundat till skalan; en fråga är ej tillämplig när fler bedömare svarade ej "
            "tillämplig än gav en poäng."
        ),
    ),
    "draft_header_3": (
        "Varje bedömares kommentarer, styrkor, förbättringsområden (med åtgärder) och "
        "underlag finns kvar, med bedömarens namn först; group: visar spridningen."
    ),
    "discuss_more": Plural(
        one="Ytterligare {n} fråga är flaggad att diskutera: {ids}. Den har ! i ”{table}”.",
        other="Ytterligare {n} frågor är flaggade att diskutera: {ids}. De har ! i ”{table}”.",
    ),
    "tbl_discuss_more": Plural(
        one="Ytterligare {n} fråga att diskutera: {ids} (markerad med ! i frågetabellen)",
        other="Ytterligare {n} frågor att diskutera: {ids} (markerade med ! i frågetabellen)",
    ),
}
