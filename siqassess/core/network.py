"""A network's self-assessments side by side, anonymously (domain rule 17). No I/O.

Each member's file is reduced to a :class:`Member` as soon as it is read: its own score of
every node and whether the node is under its target. The figures of a node are n, median,
25th and 75th percentiles, min and max; a figure that rests on fewer than ``min_n`` members is
suppressed (``None`` with ``suppressed``), so that no output lets a reader work out one
member's score.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

MIN_N = 5
"""The default minimum group size: a figure resting on fewer members is suppressed."""
WEAK_TOP = 5
"""How many shared weak spots a report lists."""

Quartile = Literal[1, 2, 3, 4]


@dataclass(frozen=True, slots=True)
class ModelKey:
    """Which model a member answered: id, version and content hash."""

    id: str
    version: str
    sha256: str


@dataclass(frozen=True, slots=True)
class Member:
    """What the network needs of one member's file in one year."""

    name: str
    """The organisation: known to the coordinator, never shown to the network."""
    file: str
    year: int
    segment: str
    model: ModelKey
    answered: int
    na: int
    missing: int
    scores: tuple[float | None, ...]
    """Its own score of every node, in model order (``Figures.node_ids``)."""
    under: tuple[bool | None, ...]
    """Whether each node is under the member's target; ``None`` without a score."""
    consent: bool = False
    """``share_strengths: true`` in its file: its written strengths may be shown."""
    strengths: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """Leaf id → written strengths; kept only with consent."""


@dataclass(frozen=True, slots=True)
class Figure:
    """One node's figures over a set of members; all ``None`` when ``suppressed``."""

    id: str
    n: int
    suppressed: bool
    median: float | None = None
    p25: float | None = None
    p75: float | None = None
    min: float | None = None
    max: float | None = None
    under: int | None = None
    """How many members are under their target at this node."""


def quartiles(values: Sequence[float]) -> tuple[float, float, float]:
    """P25, median and P75 (inclusive method: they lie between the lowest and highest value)."""
    if len(values) == 1:
        return values[0], values[0], values[0]
    p25, median, p75 = statistics.quantiles(values, n=4, method="inclusive")
    return p25, median, p75


def figure(node_id: str, values: Sequence[float], under: int, min_n: int) -> Figure:
    """The figures of one node; suppressed when fewer than ``min_n`` members have a score."""
    n = len(values)
    if n < min_n or n == 0:
        return Figure(node_id, n, True)
    p25, median, p75 = quartiles(sorted(values))
    return Figure(node_id, n, False, median, p25, p75, min(values), max(values), under)


def quartile(score: float | None, fig: Figure) -> Quartile | None:
    """A score's quartile within the network: 1 lowest, 4 top; ``None`` when suppressed.

    At or above P75 (and above the median) is the top quartile, at or below P25 (and below
    the median) the lowest; the rest split at the median. Members all at one value are all 2.
    """
    if score is None or fig.suppressed or fig.median is None:
        return None
    assert fig.p25 is not None and fig.p75 is not None
    if score >= fig.p75 and score > fig.median:
        return 4
    if score <= fig.p25 and score < fig.median:
        return 1
    return 2 if score <= fig.median else 3


class Collector:
    """The scores of every node over the members added, for one set (a year, a segment)."""

    def __init__(self, size: int) -> None:
        self.values: list[list[float]] = [[] for _ in range(size)]
        self.under: list[int] = [0] * size
        self.members = 0

    def add(self, member: Member) -> None:
        """Count one member in."""
        self.members += 1
        for at, (score, below) in enumerate(zip(member.scores, member.under, strict=True)):
            if score is not None:
                self.values[at].append(score)
                self.under[at] += bool(below)

    def figures(self, node_ids: Sequence[str], min_n: int) -> tuple[Figure, ...]:
        """The figures of every node."""
        return tuple(
            figure(node_id, self.values[at], self.under[at], min_n)
            for at, node_id in enumerate(node_ids)
        )


def complement(
    segments: Mapping[str, Sequence[Figure]], min_n: int
) -> dict[str, tuple[Figure, ...]]:
    """Segment figures with complementary suppression: where any segment's figure of a node is
    suppressed while members stand behind it, every segment's figure of that node is too, so
    the total less the shown segments cannot reveal the hidden one."""
    if not segments:
        return {}
    size = len(next(iter(segments.values())))
    hidden = [any(0 < figs[at].n < min_n for figs in segments.values()) for at in range(size)]
    return {
        name: tuple(Figure(f.id, f.n, True) if hidden[at] else f for at, f in enumerate(figs))
        for name, figs in segments.items()
    }


def codes(count: int) -> Iterable[str]:
    """Member codes in order: A…Z, then AA, AB… (as spreadsheet columns)."""
    for index in range(count):
        text, k = "", index + 1
        while k:
            k, rest = divmod(k - 1, 26)
            text = chr(65 + rest) + text
        yield text


def assign_codes(
    names: Iterable[str], key: Mapping[str, str], shuffle: Callable[[list[str]], None]
) -> dict[str, str]:
    """Every member's code: the key's (code → name) for known members, fresh codes in random
    order for new ones. ``shuffle`` is ``random.Random.shuffle`` or the like."""
    known = {name: code for code, name in key.items()}
    new = sorted({n for n in names if n not in known})
    used = set(key)
    fresh: list[str] = []
    for code in codes(len(used) + len(new)):
        if len(fresh) == len(new):
            break
        if code not in used:
            fresh.append(code)
    if len(fresh) < len(new):  # the key holds codes beyond the plain sequence
        extra = (c for c in codes(len(used) + 2 * len(new)) if c not in used and c not in fresh)
        fresh += [next(extra) for _ in range(len(new) - len(fresh))]
    shuffle(fresh)
    return {**known, **dict(zip(new, fresh, strict=True))}


def code_order(code: str) -> tuple[int, str]:
    """Codes sort A, B, … Z, AA, AB…"""
    return len(code), code


@dataclass(frozen=True)
class Weak:
    """A shared weak spot: a leaf with a low median or many members under target."""

    id: str
    median: float | None
    under: int | None
    n: int


def weak_spots(
    figures: Sequence[Figure], leaves: Sequence[str], top: int = WEAK_TOP
) -> tuple[tuple[Weak, ...], tuple[Weak, ...]]:
    """The leaves with the lowest medians, and those with the most members under target;
    suppressed figures never take part."""
    shown = [f for f in figures if f.id in set(leaves) and not f.suppressed]
    lowest = sorted(shown, key=lambda f: (f.median, f.id))[:top]
    most = sorted((f for f in shown if f.under), key=lambda f: (-(f.under or 0) / f.n, f.id))[:top]
    return (
        tuple(Weak(f.id, f.median, f.under, f.n) for f in lowest),
        tuple(Weak(f.id, f.median, f.under, f.n) for f in most),
    )
