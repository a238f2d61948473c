"""Swedish texts: closing the consensus (rule 9), respondent groups (rule 14), calibration (15)."""

from __future__ import annotations

from siqassess.i18n.catalogue import Plural, Text

TEXTS: dict[str, Text] = {
    "agree_na": "ej tillämplig",
    "agree_blank": "inget (lämnades till mötet)",
    "err_close_blank": (
        "{id} är fortfarande tom: skriv poängen som mötet enades om (score:), eller na: true "
        "med en motivering"
    ),
    "err_close_no_reason": (
        "{id}: mötet enades om {agreed} och utkastet föreslog {draft}: skriv varför i en "
        "motivering på en rad (reason:)"
    ),
    "err_close_no_reason_blank": (
        "{id} lämnades till mötet, som enades om {agreed}: skriv varför i en motivering på en "
        "rad (reason:)"
    ),
    "err_close_reason_lines": (
        "{id}: motiveringen är längre än en rad: säg på en rad varför mötet enades om detta"
    ),
    "err_not_a_draft": (
        "det här är inte ett utkast till konsensus (status: {status}): skapa ett med siqassess "
        "aggregate FILER -f yaml -o UTKAST.yaml"
    ),
    "draft_first_line": Plural(
        one=(
            "Utkast till konsensus – {file} är inte ett överenskommet resultat: {n} fråga "
            "återstår att enas om. När mötet har enats: siqassess consensus close {file} -o "
            "ÖVERENSKOMMEN.yaml"
        ),
        other=(
            "Utkast till konsensus – {file} är inte ett överenskommet resultat: {n} frågor "
            "återstår att enas om. När mötet har enats: siqassess consensus close {file} -o "
            "ÖVERENSKOMMEN.yaml"
        ),
    ),
    "draft_first_line_ready": (
        "Utkast till konsensus – {file} är inte ett överenskommet resultat förrän det är "
        "stängt: siqassess consensus close {file} -o ÖVERENSKOMMEN.yaml"
    ),
    "closed": Plural(
        one=(
            "Den överenskomna filen är skriven: {output} ({n} beslut i loggen; närvarande: "
            "{present})."
        ),
        other=(
            "Den överenskomna filen är skriven: {output} ({n} beslut i loggen; närvarande: "
            "{present})."
        ),
    ),
    "err_mixed_organisations": (
        "filerna gäller olika organisationer: {orgs}. En sammanställning är en organisation "
        "vid ett tillfälle: jämför organisationer med siqassess benchmark (nätverkets "
        "jämförelse), eller slå ändå ihop dem med --allow-mixed"
    ),
    "err_mixed_dates": (
        "filerna är daterade mer än sex månader isär: {first} ({first_file}) och {last} "
        "({last_file}). En sammanställning är en organisation vid ett tillfälle: följ åren med "
        "siqassess compare eller trend, jämför organisationer med siqassess benchmark "
        "(nätverkets jämförelse), eller slå ändå ihop dem med --allow-mixed"
    ),
    "iv_assessors": "Bedömarnas egna svar (utkast till konsensus):",
    "iv_na_short": "e.t.",
    "nobody_named": "ingen namngiven",
}
