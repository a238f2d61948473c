"""Write the network and trend examples (run from the repo root): deterministic, fictitious.

- ``examples/network/2024``, ``2025``, ``2026``: ten municipalities × three years. Six send
  their full agreed answers file (five consent to share their strengths, Forsa does not); four
  send anonymised contributions. Each has a segment. In 2026 Jörnvik's contribution answers
  another model version, and Åby sent two files (a duplicate).
- ``examples/network/key.yaml``: the coordinator's key, so the codes stay the same.
- ``examples/trend``: five years of Norrvik Kommun, 2022–2026, with a criterion that is not
  applicable one year and unanswered another, and each year the measures of
  ``norrvik_measures.py`` as they stood then.

Rerun after the built-in model changes: the files carry its hash.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from siqassess.io.answers import Answer, AnswersFile, dump_answers, new_answers
from siqassess.io.contribution import contribution, dump_contribution
from siqassess.io.models import resolve_model

from norrvik_measures import until  # isort: skip  (beside this script)

HERE = Path(__file__).resolve().parent
MEMBERS = (
    # (organisation, file stem, segment, level, full file, consent)
    ("Åby kommun", "aby-kommun", "under-20k", 38, True, True),
    ("Bergvik kommun", "bergvik-kommun", "under-20k", 52, True, True),
    ("Dalsjö kommun", "dalsjo-kommun", "20k-50k", 45, True, True),
    ("Ekeby kommun", "ekeby-kommun", "20k-50k", 60, True, True),
    ("Forsa kommun", "forsa-kommun", "under-20k", 56, True, False),
    ("Granö kommun", "grano-kommun", "20k-50k", 41, True, True),
    ("Hallstad kommun", "hallstad-kommun", "under-20k", 48, False, False),
    ("Ivarsby kommun", "ivarsby-kommun", "20k-50k", 35, False, False),
    ("Jörnvik kommun", "jornvik-kommun", "under-20k", 50, False, False),
    ("Kullen kommun", "kullen-kommun", "20k-50k", 44, False, False),
)
YEARS = (2024, 2025, 2026)
STRENGTHS = {
    "F1.1": "Brukarenkäter varje år, med resultat som återkopplas till verksamheterna.",
    "F3.2": "Medarbetarsamtal med tydlig koppling till verksamhetens mål.",
    "F4.2": "Avvikelser fångas i ett gemensamt system och följs upp varje månad.",
    "F5.1": "Förbättringstavlor i alla enheter; idéerna följs upp varje vecka.",
}


def _on_scale(value: float) -> int:
    return int(max(0, min(100, round(value / 10) * 10)))


def _answers(
    model_leaves: list[str], rng: random.Random, level: float, year_gain: float
) -> dict[str, Answer | None]:
    out: dict[str, Answer | None] = {}
    for leaf_id in model_leaves:
        out[leaf_id] = Answer(score=_on_scale(rng.gauss(level + year_gain, 12)))
    return out


def network() -> None:
    model = resolve_model(None)
    leaves = [leaf.id for leaf in model.leaves]
    rng = random.Random(2026)
    for year in YEARS:
        folder = HERE / "network" / str(year)
        folder.mkdir(parents=True, exist_ok=True)
        for org, stem, segment, level, full, consent in MEMBERS:
            answers = new_answers(
                model, organisation=org, unit="Kommunledningen", date=dt.date(year, 11, 15)
            )
            answers.answers.update(_answers(leaves, rng, level, 4 * (year - YEARS[0])))
            answers.status = "complete"
            answers.segment = segment
            answers.share_strengths = consent
            if stem == "hallstad-kommun":
                answers.answers["F5.3"] = Answer(na=True, reason="Ingen jämförelse gjord i år.")
            if stem == "ivarsby-kommun" and year == 2026:
                answers.answers["R3"] = None  # unanswered: shows in the coverage check
            for leaf_id, text in STRENGTHS.items():
                answer = answers.answers[leaf_id]
                if answer is not None and answer.score is not None and answer.score >= 50:
                    answers.answers[leaf_id] = answer.model_copy(update={"strengths": [text]})
            answers.answers["F1.1"] = (answers.answers["F1.1"] or Answer()).model_copy(
                update={"note": f"Intern anteckning från {org}: bör inte lämna kommunen."}
            )
            if full:
                _write(folder / f"{stem}.yaml", dump_answers(answers, model))
            else:
                c = contribution(answers, model, year, segment)
                if stem == "jornvik-kommun" and year == 2026:
                    other = c.model.model_copy(update={"version": "2019:0", "sha256": "0" * 64})
                    c = c.model_copy(update={"model": other})
                _write(folder / f"{stem}.yaml", dump_contribution(c))
            if stem == "aby-kommun" and year == 2026:
                again = answers.model_copy(update={"respondent": "Kvalitetsstrategen"})
                _write(folder / f"{stem}-reviderad.yaml", dump_answers(again, model))


TREND = {
    # year: (level, F5.3 state): F5.3 is not applicable in 2023 and unanswered in 2025
    2022: 34,
    2023: 39,
    2024: 45,
    2025: 44,
    2026: 52,
}


def trend() -> None:
    model = resolve_model(None)
    leaves = [leaf.id for leaf in model.leaves]
    rng = random.Random(1905)
    folder = HERE / "trend"
    folder.mkdir(parents=True, exist_ok=True)
    for year, level in TREND.items():
        answers: AnswersFile = new_answers(
            model,
            organisation="Norrvik Kommun",
            unit="Tekniska förvaltningen",
            respondent="Ledningsgruppen",
            date=dt.date(year, 10, 20),
        )
        answers.answers.update(_answers(leaves, rng, level, 0))
        answers.status = "complete"
        if year == 2023:
            answers.answers["F5.3"] = Answer(na=True, reason="Ingen jämförelse med andra i år.")
        if year == 2025:
            answers.answers["F5.3"] = None
            answers.status = "in_progress"
        for leaf, measures in until(year).items():  # the measures as they stood that year
            known = [
                m.model_copy(
                    update={"comparisons": [c for c in m.comparisons if (c.year or 0) <= year]}
                )
                for m in measures
                if m.values
            ]
            answer = answers.answers.get(leaf) or Answer()
            answers.answers[leaf] = answer.model_copy(update={"measures": known})
        _write(folder / f"norrvik-{year}.yaml", dump_answers(answers, model))


def _write(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    network()
    trend()
