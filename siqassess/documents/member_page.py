"""One member's page: "Your organisation against the network" (``benchmark --per-member``).

It holds the member's own scores and quartiles beside the network's figures (suppressed as in
the network report), and its own trend against the network's median; no other member's score,
code or name.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from siqassess.core.network import Figure, Member, Quartile, quartile
from siqassess.documents.network import FigureDoc, NetworkDocument
from siqassess.documents.parts import FORMAT, NodeKind

if TYPE_CHECKING:
    from siqassess.core.network_checks import Screened
    from siqassess.criteria.tree import LoadedModel


@dataclass(frozen=True)
class OwnNodeDoc:
    """A node: the member's own score and quartile beside the network's figures."""

    id: str
    kind: NodeKind
    parent: str | None
    score: float | None
    under_target: bool | None
    quartile: Quartile | None
    """Null where the network's figures are suppressed."""
    n: int
    suppressed: bool
    median: float | None
    p25: float | None
    p75: float | None


@dataclass(frozen=True)
class OwnYearDoc:
    """One year of the member's trend: its own score and the network's median, by node."""

    year: int
    scores: tuple[float | None, ...]
    medians: tuple[float | None, ...]
    """Null where that year's figure is suppressed."""


@dataclass(frozen=True)
class MemberPageDocument:
    """The output of ``benchmark --per-member`` for one member (json)."""

    format: Literal[1]
    kind: Literal["member"]
    organisation: str
    code: str
    year: int
    min_n: int
    members: int
    """How many members the network has this year."""
    segment: str
    nodes: tuple[OwnNodeDoc, ...]
    trend_nodes: tuple[str, ...]
    """The nodes of ``trend``: the total, the groups and the success factors."""
    trend: tuple[OwnYearDoc, ...]


def _figure_fields(f: FigureDoc) -> tuple[int, bool, float | None, float | None, float | None]:
    return f.n, f.suppressed, f.median, f.p25, f.p75


def _fig_core(f: FigureDoc) -> Figure:
    return Figure(f.id, f.n, f.suppressed, f.median, f.p25, f.p75, f.min, f.max, f.under)


def member_pages(
    model: LoadedModel,
    screened: Screened,
    codes: Mapping[str, str],
    doc: NetworkDocument,
) -> Iterator[MemberPageDocument]:
    """One page per member of the report's year, in code order."""
    ids = list(model.nodes)
    trend_ids = tuple(
        n.id for n in model.nodes.values() if n.kind in ("total", "group", "success_factor")
    )
    trend_at = [ids.index(i) for i in trend_ids]
    history = {h.year: h for h in doc.history}
    past: dict[str, dict[int, Member]] = {}
    for m in screened.kept:
        past.setdefault(m.name, {})[m.year] = m
    for m in sorted((m for m in screened.kept if m.year == doc.year), key=lambda m: codes[m.name]):
        nodes = []
        for at, f in enumerate(doc.nodes):
            core = _fig_core(f)
            nodes.append(
                OwnNodeDoc(
                    f.id,
                    f.kind,
                    f.parent,
                    m.scores[at],
                    m.under[at],
                    quartile(m.scores[at], core),
                    *_figure_fields(f),
                )
            )
        years = []
        for year, own in sorted(past[m.name].items()):
            figs = history[year].nodes
            years.append(
                OwnYearDoc(
                    year,
                    tuple(own.scores[a] for a in trend_at),
                    tuple(figs[a].median for a in trend_at),
                )
            )
        yield MemberPageDocument(
            FORMAT,
            "member",
            m.name,
            codes[m.name],
            m.year,
            doc.min_n,
            len(doc.codes),
            m.segment,
            tuple(nodes),
            trend_ids,
            tuple(years),
        )
