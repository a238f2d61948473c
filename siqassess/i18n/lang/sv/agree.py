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
    "fac_title": "För mötesledaren: {org}",
    "fac_title_plain": "För mötesledaren",
    "fac_percent": "{value} %",
    "fac_no_role": "(ingen roll)",
    "fac_question": "Fråga",
    "fac_gap": "Skillnad",
    "fac_roles_title": "Svarsgrupper: varje rolls medelvärde per fråga",
    "fac_roles_intro": (
        "Roller (antal bedömare): {roles}. En fråga flaggas (!) när rollernas medelvärden skiljer "
        "sig {gap} poäng eller mer: ledning och medarbetare ser olika på den, och det är en "
        "iakttagelse i sig."
    ),
    "fac_roles_flagged": Plural(
        one="{n} fråga där rollerna skiljer sig {gap} poäng eller mer: {ids}.",
        other="{n} frågor där rollerna skiljer sig {gap} poäng eller mer: {ids}.",
    ),
    "fac_roles_none": "Ingen fråga där rollerna skiljer sig {gap} poäng eller mer.",
    "fac_cal_title": "Kalibrering: hur varje bedömare poängsätter jämfört med gruppen",
    "fac_cal_intro": (
        "För den som leder konsensusmötet, inte för organisationens rapport. Avvikelse: "
        "bedömarens poäng minus gruppens medelvärde, i genomsnitt över de frågor bedömaren "
        "poängsatte."
    ),
    "fac_alpha": Plural(
        one=(
            "Krippendorffs α (intervall) för teamet: {alpha}, över {n} fråga som minst två "
            "bedömare poängsatte (1 är full samstämmighet, 0 inte mer än slumpen)."
        ),
        other=(
            "Krippendorffs α (intervall) för teamet: {alpha}, över {n} frågor som minst två "
            "bedömare poängsatte (1 är full samstämmighet, 0 inte mer än slumpen)."
        ),
    ),
    "fac_assessor": "Bedömare",
    "fac_offset": "Avvikelse från gruppens medelvärde",
    "fac_questions": "Frågor",
    "fac_pairs_title": "Par av bedömare",
    "fac_pairs_intro": (
        "För varje par: frågorna som båda poängsatte och andelen där de ligger inom 10 poäng."
    ),
    "fac_pairs_many": (
        "{n} bedömare: par visas för högst {max}; avvikelserna och α ovan gäller alla."
    ),
    "fac_assessors": "Bedömare",
    "fac_both": "Frågor som båda poängsatte",
    "fac_within": "Inom 10 poäng",
    "err_facilitator_format": (
        "--by-role och --calibration skriver table, md eller html, inte {format}: välj ett av "
        "dem med --format"
    ),
    "wb_role": "Roll (till exempel ledning, chef, medarbetare)",
    "draft_report_title": "Utkast till konsensus – {title}",
    "err_close_extension": (
        "{output}: den överenskomna filen är en svarsfil i YAML: ge den ändelsen .yaml eller "
        ".yml (siqassess convert gör en arbetsbok av den efteråt)"
    ),
    "nobody_named": "ingen namngiven",
}
