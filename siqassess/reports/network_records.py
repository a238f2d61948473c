"""The network report and the member pages as their templates see them: every cell as text in
one language (``..`` where a figure is suppressed). Built by ``reports.networkview``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from siqassess.reports.header import Header
from siqassess.reports.linechart import LineFigure


@dataclass(frozen=True)
class FigureRow:
    """A node's network figures as cells; ``depth`` 0 for the total, 3 for a criterion."""

    id: str
    kind: str
    depth: int
    name: str
    label: str
    n: str
    median: str
    p25: str
    p75: str
    min: str
    max: str
    under: str


@dataclass(frozen=True)
class HeatCell:
    """One member's quartile of one node ("" when it has none) and its colours."""

    q: str
    bg: str
    ink: str


@dataclass(frozen=True)
class HeatRow:
    """One node's row of the heat map, a cell per member code."""

    id: str
    label: str
    kind: str
    cells: tuple[HeatCell, ...]


@dataclass(frozen=True)
class QuartileKey:
    """One quartile of the heat map's legend."""

    q: int
    bg: str
    ink: str
    text: str


@dataclass(frozen=True)
class MemberRow:
    """A member by code: its segment (``..`` when suppressed) and answered/N/A/missing."""

    code: str
    segment: str
    coverage: str


@dataclass(frozen=True)
class SegmentView:
    """One segment's figures (no criteria) and how many members it has, in words."""

    name: str
    members: str
    nodes: tuple[FigureRow, ...]


@dataclass(frozen=True)
class WeakSpot:
    """A node with a low median or many members under target."""

    label: str
    median: str
    under: str


@dataclass(frozen=True)
class Learner:
    """A member strong where others are weak, and its written strengths."""

    code: str
    strengths: tuple[str, ...]


@dataclass(frozen=True)
class LearningPair:
    """A node and the members others can learn from there."""

    label: str
    members: tuple[Learner, ...]


@dataclass(frozen=True)
class HistoryRow:
    """One earlier year of the network: its members and the total's median."""

    year: int
    members: int
    median: str
    n: int


@dataclass(frozen=True)
class NetworkView:
    """What the network templates see (their top-level names)."""

    lang: str
    labels: Mapping[str, str]
    title: str
    header: Header
    """What every report kind opens with (``_header.<fmt>.j2``)."""
    intro: str
    codes_text: str
    suppression: str
    checks: tuple[str, ...]
    unread: str
    members: tuple[MemberRow, ...]
    nodes: tuple[FigureRow, ...]
    segments: tuple[SegmentView, ...]
    codes: tuple[str, ...]
    heatmap: tuple[HeatRow, ...]
    quartiles: tuple[QuartileKey, ...]
    lowest: tuple[WeakSpot, ...]
    most_under: tuple[WeakSpot, ...]
    learning: tuple[LearningPair, ...]
    history: tuple[HistoryRow, ...]


@dataclass(frozen=True)
class MemberNode:
    """One node on a member's page: its own score and quartile beside the network's figures."""

    id: str
    kind: str
    depth: int
    label: str
    score: str
    quartile: str
    bg: str
    ink: str
    n: str
    median: str
    p25: str
    p75: str


@dataclass(frozen=True)
class MemberTrend:
    """One node over the years: the member's own scores and the network's medians."""

    label: str
    own: tuple[str, ...]
    network: tuple[str, ...]


@dataclass(frozen=True)
class MemberView:
    """What the member page templates see (their top-level names)."""

    lang: str
    labels: Mapping[str, str]
    title: str
    header: Header
    """What every report kind opens with (``_header.<fmt>.j2``)."""
    intro: str
    code: str
    suppression: str
    caveat: str
    rows: tuple[MemberNode, ...]
    years: tuple[str, ...]
    trend: tuple[MemberTrend, ...]
    charts: tuple[LineFigure, ...]
