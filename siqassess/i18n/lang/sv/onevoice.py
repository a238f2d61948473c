"""Svenska texter: ett ord för varje begrepp (#27): gaprapportens lista under målet."""

from __future__ import annotations

from siqassess.i18n.catalogue import Plural, Text

TEXTS: dict[str, Text] = {
    "below_target": "Under målet",
    "points_at_stake_col": "Poäng att vinna",
    "coverage_counts": "{answered} · {na} · {missing}",
    "done_counted": "Klart: {coverage}. Rapport: siqassess report {path}",
    "resume_counted": "I filen: {coverage}. Hur vill du fortsätta?",
    "summary_counted": "svar på {model} {version}, {coverage}",
    "coverage_of": Plural(one="{coverage} ({n} fråga)", other="{coverage} ({n} frågor)"),
    "answered_key": "Besv./e.t./saknas: besvarade / ej tillämpliga / saknas",
    "saved_counted": "Sparat i {path}: {coverage}",
    "target_title": "Mål för {id}",
    "target_own": "eget mål {value}",
    "target_default_now": "standardmål {value}",
    "target_hint": (
        "Välj målet: en siffra och Enter · t: standardmålet ({default}) · ← behåller det"
    ),
    "iv_target": "Mål: {value}",
}
