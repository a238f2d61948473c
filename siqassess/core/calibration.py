"""Calibration for the facilitator (rule 15) and respondent groups (rule 14). No I/O.

Krippendorff's α is our own few lines, not the ``krippendorff`` package: that package is
GPL-3.0 (siqassess is MIT) and pulls in NumPy for one number. The interval metric's sums
reduce to running totals (Σv, Σv² per unit and overall), so the cost is linear in the
scores; ``tests/group/test_calibration.py`` checks it against Krippendorff's own published
example (2011, four coders × twelve units: α = 0.849).
"""

from __future__ import annotations

import itertools
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from siqassess.core.aggregate import Aggregate

WITHIN = 10.0
"""Two respondents agree on a leaf when their scores are at most this far apart."""
MAX_PAIRED = 40
"""Pairs are listed for at most this many respondents: their number grows as n², and a
facilitator reads 780 rows at most; offsets and α cover every respondent (linear)."""
ROLE_GAP = 20.0
"""Default: a criterion is flagged when the role means are this far apart or more."""


def _spread(values: Sequence[float]) -> float:
    """Σ over ordered pairs i ≠ j of (vᵢ − vⱼ)², in one pass: 2(mΣv² − (Σv)²)."""
    total = sum(values)
    return 2 * (len(values) * sum(v * v for v in values) - total * total)


def krippendorff_interval(data: Sequence[Sequence[float | None]]) -> float | None:
    """Krippendorff's α, interval metric, of ``data`` (one row per coder, one column per unit;
    ``None`` where a coder gave no value). ``None`` when it is undefined: fewer than two
    pairable values, or no variation at all.

    α = 1 − D_o / D_e, with D_o = Σᵤ spread(u) / (mᵤ − 1) / n over the units with mᵤ ≥ 2
    values, and D_e = spread(all n pairable values) / (n (n − 1)).
    """
    units = [[v for v in column if v is not None] for column in zip(*data, strict=True)]
    pairable = [u for u in units if len(u) >= 2]
    values = [v for u in pairable for v in u]
    n = len(values)
    if n < 2:
        return None
    expected = _spread(values) / (n * (n - 1))
    if expected == 0:
        return None
    observed = sum(_spread(u) / (len(u) - 1) for u in pairable) / n
    return 1 - observed / expected


@dataclass(frozen=True)
class Pair:
    """Two respondents: on how many leaves both scored, and the share within ``WITHIN``."""

    first: str
    second: str
    leaves: int
    share: float | None


@dataclass(frozen=True)
class Calibration:
    """Each respondent's average offset from the group mean, the pairs, and the team's α."""

    offsets: tuple[tuple[str, float | None, int], ...]
    """(name, mean of own score − leaf mean over the leaves they scored, how many)."""
    pairs: tuple[Pair, ...]
    alpha: float | None
    leaves: int
    """Leaves at least two respondents scored: what α rests on."""


def calibration(agg: Aggregate) -> Calibration:
    """Rule 15 over the leaves of ``agg``; N/A and unanswered leaves are left out."""
    names = agg.respondents
    grid: list[list[float | None]] = [[] for _ in names]  # respondents × leaves
    means: list[float | None] = []
    for stats in agg.leaves.values():
        means.append(stats.mean)
        for row, r in zip(grid, stats.responses, strict=True):
            row.append(r.score)
    offsets = []
    for name, row in zip(names, grid, strict=True):
        diffs = [s - m for s, m in zip(row, means, strict=True) if s is not None and m is not None]
        offsets.append((name, statistics.fmean(diffs) if diffs else None, len(diffs)))
    pairs = []
    paired = zip(names, grid, strict=True) if len(names) <= MAX_PAIRED else iter(())
    for (a, row_a), (b, row_b) in itertools.combinations(paired, 2):
        both = [
            (x, y) for x, y in zip(row_a, row_b, strict=True) if x is not None and y is not None
        ]
        close = sum(abs(x - y) <= WITHIN for x, y in both)
        pairs.append(Pair(a, b, len(both), close / len(both) if both else None))
    pairable = sum(
        1 for column in zip(*grid, strict=True) if sum(v is not None for v in column) > 1
    )
    return Calibration(tuple(offsets), tuple(pairs), krippendorff_interval(grid), pairable)


@dataclass(frozen=True)
class RoleRow:
    """One leaf: each role's mean (in :attr:`RoleSplit.roles` order), the gap, the flag."""

    id: str
    means: tuple[float | None, ...]
    gap: float | None
    flagged: bool


@dataclass(frozen=True)
class RoleSplit:
    """The group split by role (rule 14): who is in each, and every leaf's role means."""

    roles: tuple[str, ...]
    """The roles in the order first met; ``""`` for respondents whose file names none."""
    counts: tuple[int, ...]
    threshold: float
    rows: tuple[RoleRow, ...]


def by_role(agg: Aggregate, threshold: float = ROLE_GAP) -> RoleSplit:
    """Each role's mean per leaf and the gap between the highest and lowest role mean."""
    roles = tuple(dict.fromkeys(p.role for p in agg.people))
    role_of = {p.name: p.role for p in agg.people}
    counts = tuple(sum(p.role == role for p in agg.people) for role in roles)
    rows = []
    for stats in agg.leaves.values():
        scores: dict[str, list[float]] = {role: [] for role in roles}
        for r in stats.responses:
            if r.score is not None:
                scores[role_of[r.respondent]].append(r.score)
        means = tuple(statistics.fmean(v) if v else None for v in scores.values())
        known = [m for m in means if m is not None]
        gap = max(known) - min(known) if len(known) >= 2 else None
        rows.append(RoleRow(stats.id, means, gap, gap is not None and gap >= threshold))
    return RoleSplit(roles, counts, threshold, tuple(rows))
