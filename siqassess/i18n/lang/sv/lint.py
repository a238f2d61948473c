"""Svenska texter: lint (det en examinator skulle ifrågasätta)."""

from __future__ import annotations

from siqassess.i18n.catalogue import Text

TEXTS: dict[str, Text] = {
    "lint_severity_error": "fel",
    "lint_severity_warning": "varning",
    "lint_severity_note": "notering",
    "lint_unknown_rule": "okänd lintregel {rules}: reglerna är SIQ001 till SIQ012",
    "lint_SIQ001": "{id} har poängen {score} utan underlag och utan styrka",
    "lint_SIQ001_short": "Hög poäng utan underlag och utan styrka",
    "lint_SIQ001_why": (
        "En examinator sätter 70 eller mer bara när underlaget visar ett systematiskt, spritt "
        "och förbättrat arbetssätt; utan underlag och utan skriven styrka vilar poängen på "
        "inget som en läsare kan pröva."
    ),
    "lint_SIQ002": "{id} har styrkor men poängen {score}",
    "lint_SIQ002_short": "Styrkor under en låg poäng",
    "lint_SIQ002_why": (
        "En poäng på 30 eller lägre säger att arbetssättet är splittrat eller saknas; styrkor "
        "under den motsäger poängen, så en av dem stämmer inte."
    ),
    "lint_SIQ003": "{id} har poängen 100 men ett förbättringsområde",
    "lint_SIQ003_short": "Ett förbättringsområde under full poäng",
    "lint_SIQ003_why": (
        "100 betyder att inget återstår att förbättra; ett förbättringsområde under den "
        "motsäger poängen."
    ),
    "lint_SIQ004": (
        "{id} är markerad som ej tillämplig: motivera varför en examinator ska godta det"
    ),
    "lint_SIQ004_short": "Ej tillämplig som ska prövas",
    "lint_SIQ004_why": (
        "Modellen gäller alla organisationer: det som inte har bearbetats får låg poäng, inte "
        "ej tillämplig (regel 13). Varje ej tillämplig är en fråga till konsensusmötet."
    ),
    "lint_SIQ005": "{id} har poängen {score} utan mätetal",
    "lint_SIQ005_short": "Ett resultatområde med poäng men utan mätetal",
    "lint_SIQ005_why": (
        "Examinatorer värderar resultat efter nivåer, trender och jämförelser; utan mätetal går "
        "poängen för ett resultatområde inte att pröva (regel 16)."
    ),
    "lint_SIQ006": "{id} har poängen {score} utan något mätetal som visar det",
    "lint_SIQ006_short": "Ett resultatområde med 60 eller mer utan mätetal",
    "lint_SIQ006_why": (
        "60 och mer på resultatskalan påstår goda nivåer och trender; utan mätetal saknar "
        "påståendet data (regel 16)."
    ),
    "lint_SIQ007": "mätetalet {name!r} har {n} värden: en trend kräver tre eller fler",
    "lint_SIQ007_short": "Ett mätetal med färre än tre värden",
    "lint_SIQ007_why": (
        "En trend bedöms över tre eller fler värden (regel 16); med färre går en förbättring "
        "inte att skilja från slumpen."
    ),
    "lint_SIQ008": "mätetalet {name!r} saknar jämförelse",
    "lint_SIQ008_short": "Ett mätetal utan jämförelse",
    "lint_SIQ008_why": (
        "En nivå är god bara i förhållande till något: en jämförelse med liknande "
        "organisationer eller riket visar om den är det (regel 16)."
    ),
    "lint_SIQ009": "{id} har ett eget mål men ingen kommentar om varför",
    "lint_SIQ009_short": "Ett mål utan motivering",
    "lint_SIQ009_why": (
        "Ett mål som avviker från standardmålet är ett beslut; kommentaren bör säga vad det "
        "vilar på, så att nästa års grupp kan avgöra om det fortfarande gäller."
    ),
    "lint_SIQ010": "åtgärden {action!r} saknar ansvarig eller klart senast",
    "lint_SIQ010_short": "En åtgärd utan ansvarig eller datum",
    "lint_SIQ010_why": (
        "En åtgärd som ingen äger, eller som saknar datum, blir sällan gjord (regel 12)."
    ),
    "lint_SIQ011": "åtgärden {action!r} skulle vara klar senast {due} och är inte klar",
    "lint_SIQ011_short": "En försenad åtgärd vid bedömningens datum",
    "lint_SIQ011_why": (
        "En åtgärd som passerat sitt datum när bedömningen görs behöver ett nytt datum eller "
        "ett beslut innan planen går att lita på igen."
    ),
    "lint_SIQ012": "underlaget är en {scheme}:-länk, inte en http(s)-länk som en läsare kan öppna",
    "lint_SIQ012_short": "En länk i underlaget som inte är http(s)",
    "lint_SIQ012_why": (
        "Rapporterna gör bara http(s)-underlag till länkar; andra scheman (file:, mailto:, "
        "javascript:) öppnas inte för läsaren, eller öppnar något de inte borde."
    ),
}
