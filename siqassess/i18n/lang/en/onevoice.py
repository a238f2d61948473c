"""English texts: one term per concept (#27): the gap report's list below target."""

from __future__ import annotations

from siqassess.i18n.catalogue import Text

TEXTS: dict[str, Text] = {
    "below_target": "Below target",
    "points_at_stake_col": "Points at stake",
}
