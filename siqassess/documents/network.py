"""The network document of ``siqassess benchmark --format json``: figures by code, suppressed.

Nothing in it names a member: members are codes, a figure that rests on fewer than ``min_n``
members is null with ``suppressed: true``, a segment is named beside a member only when it
holds at least ``min_n`` members, and the heat map holds quartiles, never scores.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from siqassess.core.network import (
    Collector,
    Figure,
    Member,
    Quartile,
    code_order,
    complement,
    quartile,
    weak_spots,
)
from siqassess.documents.parts import FORMAT, ModelRefDoc, NodeKind

if TYPE_CHECKING:
    from siqassess.core.network_checks import Check, Screened
    from siqassess.criteria.tree import LoadedModel

CheckKindDoc = Literal["model", "year", "duplicate", "coverage", "unread"]


@dataclass(frozen=True)
class CheckDoc:
    """A problem found before the figures, by member code."""

    kind: CheckKindDoc
    member: str | None
    """The member's code; null for a file that could not be read."""
    year: int | None
    detail: str
    left_out: bool
    answered: int
    na: int
    missing: int


@dataclass(frozen=True)
class MemberDoc:
    """A member of the report's year, by code."""

    code: str
    segment: str | None
    """Null when its segment holds fewer than ``min_n`` members."""
    answered: int
    na: int
    missing: int


@dataclass(frozen=True)
class FigureDoc:
    """A node's figures over the members; null and ``suppressed`` below the minimum group size."""

    id: str
    kind: NodeKind
    parent: str | None
    n: int
    suppressed: bool
    median: float | None
    p25: float | None
    p75: float | None
    min: float | None
    max: float | None
    under: int | None
    """Members under their target at this node."""


@dataclass(frozen=True)
class SegmentDoc:
    """The figures of one segment's members."""

    segment: str
    members: int
    nodes: tuple[FigureDoc, ...]


@dataclass(frozen=True)
class HeatRowDoc:
    """One node of the heat map: each member's quartile (1 lowest … 4 top), in ``codes`` order;
    null where the member has no score or the node's figures are suppressed."""

    id: str
    quartiles: tuple[Quartile | None, ...]


@dataclass(frozen=True)
class WeakDoc:
    """A shared weak spot."""

    id: str
    median: float | None
    under: int | None
    n: int


@dataclass(frozen=True)
class LearnerDoc:
    """A top-quartile member of a criterion; strengths only with its consent."""

    code: str
    strengths: tuple[str, ...]


@dataclass(frozen=True)
class LearningDoc:
    """The top-quartile members of one criterion."""

    id: str
    members: tuple[LearnerDoc, ...]


@dataclass(frozen=True)
class YearFiguresDoc:
    """An earlier (or the report's) year: its members and every node's figures."""

    year: int
    members: int
    nodes: tuple[FigureDoc, ...]


@dataclass(frozen=True)
class NetworkDocument:
    """The output of ``siqassess benchmark --format json``."""

    format: Literal[1]
    kind: Literal["network"]
    model: ModelRefDoc
    year: int | None
    years: tuple[int, ...]
    min_n: int
    unread: int
    """Files that could not be read at all (named on the coordinator's terminal only)."""
    checks: tuple[CheckDoc, ...]
    members: tuple[MemberDoc, ...]
    codes: tuple[str, ...]
    """The report year's members, in code order: the columns of the heat map."""
    nodes: tuple[FigureDoc, ...]
    segments: tuple[SegmentDoc, ...]
    heatmap: tuple[HeatRowDoc, ...]
    lowest_medians: tuple[WeakDoc, ...]
    most_under_target: tuple[WeakDoc, ...]
    learning: tuple[LearningDoc, ...]
    history: tuple[YearFiguresDoc, ...]
    """Every year's figures, oldest first (the network's trend)."""


def _fig(model: LoadedModel, f: Figure) -> FigureDoc:
    node = model.nodes[f.id]
    parent = model.parents.get(f.id)
    kind = node.kind
    pid = parent.id if parent is not None else None
    return FigureDoc(
        f.id, kind, pid, f.n, f.suppressed, f.median, f.p25, f.p75, f.min, f.max, f.under
    )


def collect(model: LoadedModel, members: Sequence[Member], min_n: int) -> tuple[Figure, ...]:
    """The figures of every node over ``members``."""
    collector = Collector(len(model.nodes))
    for m in members:
        collector.add(m)
    return collector.figures(tuple(model.nodes), min_n)


def check_doc(c: Check, codes: Mapping[str, str]) -> CheckDoc:
    code = codes.get(c.member) if c.kind != "unread" else None
    return CheckDoc(c.kind, code, c.year, c.detail, c.left_out, c.answered, c.na, c.missing)


def _heat_ids(model: LoadedModel) -> tuple[str, ...]:
    """The heat map's rows: each success factor and its criteria, then the result areas."""
    rows: list[str] = []
    for group in model.root.children:
        for child in group.children:
            rows.append(child.id)
            rows.extend(leaf.id for leaf in child.children)
    return tuple(rows)


def network_document(
    model: LoadedModel,
    screened: Screened,
    codes: Mapping[str, str],
    *,
    min_n: int,
    segments: bool = False,
    unread: int = 0,
) -> NetworkDocument:
    """The network's report for its latest year (``screened.year``), every member by code."""
    year = screened.year
    now = sorted(
        (m for m in screened.kept if m.year == year), key=lambda m: code_order(codes[m.name])
    )
    figures = collect(model, now, min_n)
    by_id = {f.id: f for f in figures}
    seg_members: dict[str, list[Member]] = {}
    for m in now:
        seg_members.setdefault(m.segment, []).append(m)
    big = {s for s, ms in seg_members.items() if s and len(ms) >= min_n}
    seg_docs: tuple[SegmentDoc, ...] = ()
    if segments:
        raw = {s: collect(model, ms, min_n) for s, ms in seg_members.items()}
        hidden = complement(raw, min_n)
        seg_docs = tuple(
            SegmentDoc(s or "", len(seg_members[s]), tuple(_fig(model, f) for f in hidden[s]))
            for s in sorted(hidden)
        )
    at = {node_id: i for i, node_id in enumerate(model.nodes)}
    heat = tuple(
        HeatRowDoc(row, tuple(quartile(m.scores[at[row]], by_id[row]) for m in now))
        for row in _heat_ids(model)
    )
    leaves = [leaf.id for leaf in model.leaves]
    lowest, most = weak_spots(figures, leaves)
    return NetworkDocument(
        FORMAT,
        "network",
        ModelRefDoc(model.id, model.version, model.sha256),
        year,
        screened.years,
        min_n,
        unread,
        tuple(check_doc(c, codes) for c in screened.checks),
        tuple(
            MemberDoc(
                codes[m.name], m.segment if m.segment in big else None, m.answered, m.na, m.missing
            )
            for m in now
        ),
        tuple(codes[m.name] for m in now),
        tuple(_fig(model, f) for f in figures),
        seg_docs,
        heat,
        tuple(WeakDoc(w.id, w.median, w.under, w.n) for w in lowest),
        tuple(WeakDoc(w.id, w.median, w.under, w.n) for w in most),
        _learning(model, now, by_id, codes, at),
        tuple(
            YearFiguresDoc(
                y,
                sum(m.year == y for m in screened.kept),
                tuple(
                    _fig(model, f)
                    for f in collect(model, [m for m in screened.kept if m.year == y], min_n)
                ),
            )
            for y in screened.years
        ),
    )


def _learning(
    model: LoadedModel,
    now: Sequence[Member],
    by_id: Mapping[str, Figure],
    codes: Mapping[str, str],
    at: Mapping[str, int],
) -> tuple[LearningDoc, ...]:
    out = []
    for leaf in model.ways_of_working.walk():
        if not leaf.is_leaf or by_id[leaf.id].suppressed:
            continue
        top = []
        for m in now:
            if quartile(m.scores[at[leaf.id]], by_id[leaf.id]) == 4:
                shared = dict(m.strengths).get(leaf.id, ()) if m.consent else ()
                top.append(LearnerDoc(codes[m.name], shared))
        if top:
            out.append(LearningDoc(leaf.id, tuple(top)))
    return tuple(out)
