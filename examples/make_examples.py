"""Write the example answers files for the fictitious Norrvik Kommun (run from the repo root).

The files are made with ``new_answers`` + ``save_answers`` so that they carry the right
model hash; rerun this script after the built-in model changes.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from siqassess.io.answers import Action, Answer, Improvement, new_answers, save_answers
from siqassess.io.models import resolve_model

from norrvik_measures import MEASURES, until  # isort: skip  (beside this script)

HERE = Path(__file__).resolve().parent
ORG, UNIT = "Norrvik Kommun", "Tekniska förvaltningen"

# Scores this year (2026) and last year (2025), in model order.
THIS_YEAR = {
    "F1.1": 60, "F1.2": 40, "F1.3": 50, "F1.4": 70,
    "F2.1": 60, "F2.2": 50, "F2.3": 40, "F2.4": 50, "F2.5": 40,
    "F3.1": 50, "F3.2": 70, "F3.3": 40, "F3.4": 30, "F3.5": 60,
    "F4.1": 70, "F4.2": 50, "F4.3": 60, "F4.4": 50, "F4.5": 40, "F4.6": 60,
    "F5.1": 50, "F5.2": 20, "F5.3": None, "F5.4": 40, "F5.5": 30, "F5.6": 40, "F5.7": 30,
    "R1": 60, "R2": 50, "R3": None, "R4": 70, "R5": 60,
}  # fmt: skip
LAST_YEAR = {
    "F1.1": 50, "F1.2": 30, "F1.3": 40, "F1.4": 60,
    "F2.1": 50, "F2.2": 40, "F2.3": 30, "F2.4": 50, "F2.5": 30,
    "F3.1": 40, "F3.2": 60, "F3.3": 30, "F3.4": 30, "F3.5": 50,
    "F4.1": 60, "F4.2": 40, "F4.3": 40, "F4.4": 40, "F4.5": 30, "F4.6": 50,
    "F5.1": 40, "F5.2": 10, "F5.3": 20, "F5.4": 30, "F5.5": 20, "F5.6": 30, "F5.7": 20,
    "R1": 50, "R2": 40, "R3": 30, "R4": 60, "R5": 50,
}  # fmt: skip

NA_REASONS = {
    "F5.3": (
        "Vi har inte gjort någon systematisk jämförelse med andra kommuner under året. "
        "Kolada-jämförelsen sköts centralt och ingår inte i förvaltningens uppdrag."
    ),
    "R3": (
        "Förvaltningen mäter inte sociala resultat separat; de redovisas i kommunens "
        "gemensamma hållbarhetsrapport."
    ),
}

NOTES = {
    "F1.1": (
        "Medborgardialog inför varje större gatuprojekt och en årlig enkät om snöröjning. "
        "Synpunkter via felanmälan analyseras per kvartal."
    ),
    "F1.2": (
        "Brukare är med i tidiga skeden av lekplatsrenoveringar, men inte i VA- och "
        "avfallsfrågor.\nHär finns mycket att vinna."
    ),
    "F1.4": "NKI för VA och avfall mäts vartannat år; senaste värdet 71 (kommungenomsnitt 68).",
    "F2.3": (
        "Hållbarhetsmål finns i förvaltningsplanen men följs bara upp i bokslutet. "
        "Inga mål för social hållbarhet i upphandlingar."
    ),
    "F3.4": (
        "Beslut om små inköp och arbetsordning ligger fortfarande hos enhetschef. "
        "Medarbetarenkäten visar lågt värde på 'jag kan påverka mitt arbete'."
    ),
    "F4.1": "Processkartan för gata/park och VA är klar och har utsedda processägare.",
    "F4.5": "Processerna ses över när något gått fel, inte enligt plan.",
    "F5.2": (
        "Enstaka innovationsprojekt (sensorer i avloppsnätet) drivs av eldsjälar utan "
        "budget eller uppföljning."
    ),
    "F5.5": "Förbättringsförslag samlas i en lista men prioriteras inte på något samlat sätt.",
    "R1": "Tid för åtgärd av felanmälan har minskat från 9 till 6 dagar på tre år.",
    "R4": "Fossilfria arbetsmaskiner i 80 % av egen flotta; mål 100 % till 2028.",
}

EVIDENCE = {
    "F1.1": ["https://norrvik.example.se/medborgardialog", "Enkät snöröjning 2026.pdf"],
    "F1.4": ["https://norrvik.example.se/nki-2026"],
    "F4.1": ["processer/processkarta-tekniska.pdf"],
    "R1": ["Ledningssystem: nyckeltal felanmälan (intranät)", "mailto:kvalitet@norrvik.example.se"],
    "R4": ["https://norrvik.example.se/miljobokslut-2025"],
}

# Written findings (rule 11) and actions (rule 12), as an examiner would write them.
STRENGTHS = {
    "F1.1": ["Medborgardialog inför alla större gatuprojekt, med återkoppling till de boende."],
    "F1.4": ["NKI mäts regelbundet och jämförs med andra kommuner."],
    "F4.1": [
        "Processkarta med utsedda processägare för gata/park och VA.",
        "Kundkrav är nedbrutna till mål för varje huvudprocess.",
    ],
    "F3.2": ["Systematiskt arbetsmiljöarbete med skyddsombud i alla arbetslag."],
}
IMPROVEMENTS: dict[str, list[str | Improvement]] = {
    "F1.2": ["Brukare deltar inte i utvecklingen av VA- och avfallstjänster."],
    "F3.4": [
        Improvement(
            text="Beslut om små inköp och arbetsordning ligger kvar hos enhetschef.",
            actions=[
                Action(
                    text="Delegationsordningen ses över med arbetslagen",
                    owner="Anna Lind",
                    due=dt.date(2027, 3, 31),
                    status="in_progress",
                ),
                Action(
                    text="Uppföljningsfråga om mandat i pulsenkäten",
                    owner="Sara Ek",
                    due=dt.date(2027, 6, 30),
                ),
            ],
        )
    ],
    "F5.2": [
        Improvement(
            text="Innovationsprojekt saknar budget, mål och uppföljning.",
            actions=[
                Action(
                    text="Avsätt en innovationspott i budget 2027",
                    owner="Ledningsgruppen",
                    due=dt.date(2026, 12, 15),
                    status="done",
                )
            ],
        ),
        "Lärdomar från försök sprids inte till andra enheter.",
    ],
    "F5.5": ["Förbättringsförslag prioriteras inte efter några gemensamma kriterier."],
    "R2": ["Sjukfrånvaron redovisas inte per arbetslag, så trender syns sent."],
}

# Three team members for 2026: answers spread around this year's scores.
TEAM = {
    "anna-lind": ("Anna Lind, förvaltningschef", {"F3.4": 60, "F5.2": 50, "R2": 70}, 0),
    "johan-berg": ("Johan Berg, enhetschef gata/park", {"F3.4": 20, "F5.2": 10, "F2.3": 20}, -10),
    "sara-ek": ("Sara Ek, kvalitetssamordnare", {"F2.3": 60, "R2": 30, "F1.2": 70}, 10),
}
TEAM_NOTES = {
    "anna-lind": {"F3.4": "Jag upplever att vi har delegerat mycket de senaste två åren."},
    "johan-berg": {"F3.4": "Mina medarbetare måste fråga mig om nästan allt. Det tar tid."},
    "sara-ek": {"F2.3": "Hållbarhetsmålen finns i styrkortet sedan i våras."},
}
TEAM_SKIPPED = {"johan-berg": ("R5",)}
TEAM_ROLES = {"anna-lind": "ledning", "johan-berg": "chef", "sara-ek": "medarbetare"}  # rule 14


def _clamp(value: int) -> int:
    return max(0, min(100, value))


def main() -> None:
    """Write examples/*.yaml and examples/team/*.yaml."""
    model = resolve_model("siq-2019-1")
    now = new_answers(
        model, organisation=ORG, respondent="Ledningsgruppen", language="sv",
        date=dt.date(2026, 10, 15), unit=UNIT,
    )  # fmt: skip
    for leaf_id, score in THIS_YEAR.items():
        if score is None:
            now.answers[leaf_id] = Answer(
                na=True, reason=NA_REASONS[leaf_id], measures=MEASURES.get(leaf_id, [])
            )
        else:
            now.answers[leaf_id] = Answer(
                score=score,
                note=NOTES.get(leaf_id),
                evidence=EVIDENCE.get(leaf_id, []),
                target=80 if leaf_id in ("F1.4", "R1") else None,
                strengths=STRENGTHS.get(leaf_id, []),
                improvements=IMPROVEMENTS.get(leaf_id, []),
                measures=MEASURES.get(leaf_id, []),
            )
    now.status = "complete"
    save_answers(HERE / "norrvik-2026.yaml", now, model)

    last = new_answers(
        model, organisation=ORG, respondent="Ledningsgruppen", language="sv",
        date=dt.date(2025, 10, 20), unit=UNIT,
    )  # fmt: skip
    measured = until(2025)  # last year's file holds the values known then
    for leaf_id, score in LAST_YEAR.items():
        last.answers[leaf_id] = Answer(score=score, measures=measured.get(leaf_id, []))
    last.answers["F1.1"] = Answer(score=50, note="Enkät om snöröjning genomförd för första gången.")
    last.status = "complete"
    save_answers(HERE / "norrvik-2025.yaml", last, model)

    for slug, (person, spread, shift) in TEAM.items():
        team = new_answers(
            model, organisation=ORG, respondent=person, language="sv",
            date=dt.date(2026, 10, 8), unit=UNIT,
        )  # fmt: skip
        for leaf_id, base in THIS_YEAR.items():
            if leaf_id in TEAM_SKIPPED.get(slug, ()):
                continue
            if base is None:
                team.answers[leaf_id] = Answer(na=True, reason=NA_REASONS[leaf_id])
                continue
            value = spread.get(leaf_id, _clamp(base + shift))
            team.answers[leaf_id] = Answer(score=value, note=TEAM_NOTES[slug].get(leaf_id))
        team.role = TEAM_ROLES[slug]
        team.status = "in_progress" if slug in TEAM_SKIPPED else "complete"
        save_answers(HERE / "team" / f"{slug}.yaml", team, model)


if __name__ == "__main__":
    main()
