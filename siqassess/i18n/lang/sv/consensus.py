"""Swedish texts: consensus."""

from __future__ import annotations

from siqassess.i18n.catalogue import Plural, Text

TEXTS: dict[str, Text] = {
    "draft_header_1": (
        "Utkast till konsensus för teamets möte (status: draft), inte ett överenskommet "
        "resultat: mötet enas om varje poäng i diskussion och redigerar filen."
    ),
    "draft_header_2": Plural(
        one=(
            "Skapat av siqassess aggregate ur {n} bedömares svar. En fråga där teamet är "
            "oense (max − min ≥ {spread}) är tom (score: null), med varje bedömares egen poäng "
            "och motivering under respondents:, så att inget medelvärde styr diskussionen; "
            "övriga frågor har förslaget som poäng (suggested:), medelvärdet avrundat till "
            "skalan. En fråga är ej tillämplig när fler bedömare svarade så än gav en poäng."
        ),
        other=(
            "Skapat av siqassess aggregate ur {n} bedömares svar. En fråga där teamet är "
            "oense (max − min ≥ {spread}) är tom (score: null), med varje bedömares egen poäng "
            "och motivering under respondents:, så att inget medelvärde styr diskussionen; "
            "övriga frågor har förslaget som poäng (suggested:), medelvärdet avrundat till "
            "skalan. En fråga är ej tillämplig när fler bedömare svarade så än gav en poäng."
        ),
    ),
    "draft_header_3": (
        "Varje bedömares kommentarer, styrkor, förbättringsområden (med åtgärder) och "
        "underlag finns kvar, med bedömarens namn först; group: visar spridningen."
    ),
    "draft_header_4": (
        "Fyll i varje tom poäng (eller na: true med en motivering), skriv en motivering på "
        "en rad (reason:) där den överenskomna poängen skiljer sig från förslaget och kör "
        'sedan: siqassess consensus close UTKAST -o ÖVERENSKOMMEN.yaml --present "Namn, Namn"'
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
