"""Svenska texter: ett ord för varje begrepp (#27): gaprapportens lista under målet."""

from __future__ import annotations

from siqassess.i18n.catalogue import Text

TEXTS: dict[str, Text] = {
    "below_target": "Under målet",
    "points_at_stake_col": "Poäng att vinna",
}
