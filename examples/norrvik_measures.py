"""The fictitious Norrvik Kommun's measures per result area (rule 16): made up, no real data."""

from __future__ import annotations

from siqassess.core.measure_types import Comparison, Measure

MEASURES: dict[str, list[Measure]] = {
    "R1": [
        Measure(
            name="Tid för åtgärd av felanmälan",
            unit="dagar",
            direction="lower",
            suggested=2,
            values={2023: 9, 2024: 8, 2025: 7, 2026: 6},
            targets={2025: 7, 2026: 6},
            comparisons=[Comparison(value=7.5, source="Kolada, liknande kommuner", year=2025)],
            follows_from=["F4.3", "F4.6"],
            source="Ledningssystemet, nyckeltal felanmälan",
        ),
        Measure(
            name="Nöjd-Kund-Index VA och avfall",
            unit="index",
            direction="higher",
            suggested=1,
            values={2022: 66, 2024: 69, 2026: 73},
            targets={2026: 72},
            comparisons=[
                Comparison(value=68, source="Kommungenomsnitt, SCB:s medborgarundersökning")
            ],
            follows_from=["F1.4"],
        ),
        Measure(
            name="Antal klagomål på snöröjning",
            unit="st",
            direction="lower",
            suggested=5,
            values={2024: 212, 2025: 187, 2026: 190},
        ),
    ],
    "R2": [
        Measure(
            name="Sjukfrånvaro",
            unit="%",
            direction="lower",
            suggested=3,
            values={2023: 6.8, 2024: 7.1, 2025: 7.4, 2026: 7.2},
            targets={2026: 6.0},
            comparisons=[Comparison(value=6.9, source="Kolada, riket", year=2025)],
            follows_from=["F3.2"],
        ),
        Measure(
            name="Hållbart medarbetarengagemang (HME)",
            unit="index",
            direction="higher",
            suggested=1,
            values={2025: 76, 2026: 77},
        ),
    ],
    "R3": [
        Measure(
            name="Lekplatser som är tillgängliga för barn med funktionsnedsättning",
            unit="%",
            direction="higher",
            suggested=2,
            values={2024: 40, 2025: 48, 2026: 55},
            targets={2028: 75},
            follows_from=["F1.2"],
        ),
    ],
    "R4": [
        Measure(
            name="Fossilfria arbetsmaskiner i egen flotta",
            unit="%",
            direction="higher",
            suggested=2,
            values={2023: 52, 2024: 64, 2025: 71, 2026: 80},
            follows_from=["F2.3"],
            source="Fordonsregistret",
        ),
    ],
    "R5": [
        Measure(
            name="Kostnad per invånare för gata och park",
            unit="kr",
            direction="lower",
            suggested=2,
            values={2023: 1850, 2024: 1910, 2025: 1960, 2026: 1990},
            targets={2026: 1900},
            comparisons=[Comparison(value=2050, source="Kolada, liknande kommuner", year=2025)],
            follows_from=["F4.4"],
        ),
    ],
}


def until(year: int) -> dict[str, list[Measure]]:
    """The measures as they stood in ``year``: later values left out."""
    return {
        leaf: [
            m.model_copy(update={"values": {y: v for y, v in m.values.items() if y <= year}})
            for m in measures
        ]
        for leaf, measures in MEASURES.items()
    }
