"""The checks a network report lists before any figure: model, year, duplicates, coverage. No I/O.

A member whose file answers another model (id, version or content hash), or a year the
coordinator did not name, is left out of every figure, and so is the second file of one member
in one year; each is a :class:`Check` that reports list first, by code.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from siqassess.core.network import Member, ModelKey

CheckKind = Literal["model", "year", "duplicate", "coverage", "unread"]


@dataclass(frozen=True)
class Check:
    """One problem found before the figures; ``member`` is the organisation (for the coordinator
    and the key), never shown to the network: reports show its code."""

    kind: CheckKind
    member: str
    file: str
    year: int | None = None
    detail: str = ""
    """model: the member's model version; coverage: unused."""
    left_out: bool = True
    answered: int = 0
    na: int = 0
    missing: int = 0


@dataclass(frozen=True)
class Screened:
    """The members that enter the figures, the checks, and the years covered."""

    kept: tuple[Member, ...]
    checks: tuple[Check, ...]
    years: tuple[int, ...]
    """Every year with a member kept, oldest first."""
    year: int | None
    """The report's year: the latest kept."""


def screen(members: Iterable[Member], model: ModelKey, years: Sequence[int] = ()) -> Screened:
    """Keep the members that answer ``model`` in a wanted year (``years``; empty: any), each
    member once a year (the first file read); list the rest and every incomplete coverage."""
    kept: list[Member] = []
    checks: list[Check] = []
    seen: set[tuple[str, int]] = set()
    for m in members:
        if years and m.year not in years:
            checks.append(Check("year", m.name, m.file, m.year))
            continue
        if m.model != model:
            detail = f"{m.model.id} {m.model.version}"
            checks.append(Check("model", m.name, m.file, m.year, detail))
            continue
        if (m.name, m.year) in seen:
            checks.append(Check("duplicate", m.name, m.file, m.year))
            continue
        seen.add((m.name, m.year))
        kept.append(m)
        if m.missing:
            checks.append(
                Check("coverage", m.name, m.file, m.year, "", False, m.answered, m.na, m.missing)
            )
    found = tuple(sorted({m.year for m in kept}))
    return Screened(tuple(kept), tuple(checks), found, found[-1] if found else None)
