"""The reports' view of each result area's measures (domain rule 16): typed, in one language."""

from __future__ import annotations

import re
from dataclasses import dataclass

from siqassess.core.answers import AnswersFile
from siqassess.core.measures import Judged, inconsistent
from siqassess.criteria.tree import LoadedModel
from siqassess.i18n import number, t
from siqassess.io.measures import judge_leaf
from siqassess.reports.measure_chart import trend_chart


@dataclass(frozen=True)
class CriterionRef:
    """A ways-of-working criterion a measure follows from."""

    id: str
    question: str


@dataclass(frozen=True)
class ComparisonEntry:
    """A comparison value, its source, and whether the latest value beats it."""

    source: str
    value: float
    year: int | None
    better: bool | None
    value_text: str


@dataclass(frozen=True)
class MeasureEntry:
    """One measure as the reports show it."""

    name: str
    unit: str
    direction: str
    values: tuple[tuple[int, float], ...]
    targets: tuple[tuple[int, float], ...]
    latest: float | None
    latest_year: int | None
    target: float | None
    target_text: str
    met: bool | None
    trend: str | None
    arrow: str
    comparisons: tuple[ComparisonEntry, ...]
    share: float | None
    follows_from: tuple[CriterionRef, ...]
    source: str
    chart: str
    """The inline SVG trend chart (escaped inside; the HTML report includes it as it is)."""
    values_text: str
    """The values as ``year: value`` pairs in the report's language, for Markdown and text."""


@dataclass(frozen=True)
class AreaMeasures:
    """A result area's measures beside its score: the suggested band and the consistency note."""

    id: str
    name: str
    status: str
    score: float | None
    low: int
    high: int
    band: str
    covered: int
    suggested: int
    note: str
    """The consistency note, empty when the score is within a band of the suggestion."""
    measures: tuple[MeasureEntry, ...]


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(text: str | None) -> str:
    """User text fit for every format, as ``context.clean`` makes it (which imports this)."""
    if not text:
        return ""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


ARROWS = {"improving": "↗", "flat": "→", "worsening": "↘"}


def _num(lang: str, value: float) -> str:
    return number(lang, value, 0 if float(value).is_integer() else 1)


def _entry(model: LoadedModel, judged: Judged, lang: str) -> MeasureEntry:
    m, level = judged.measure, judged.level
    better = level.better if level is not None else ()
    comparisons = tuple(
        ComparisonEntry(
            clean(c.source),
            c.value,
            c.year,
            better[i] if i < len(better) else None,
            _num(lang, c.value),
        )
        for i, c in enumerate(m.comparisons)
    )
    links = tuple(
        CriterionRef(cid, clean((model.nodes[cid].question or model.nodes[cid].name).get(lang, "")))
        for cid in m.follows_from
        if cid in model.nodes
    )
    name = clean(m.name)
    return MeasureEntry(
        name=name,
        unit=clean(m.unit),
        direction=m.direction,
        values=judged.series,
        targets=tuple(sorted(m.targets.items())),
        latest=level.value if level else None,
        latest_year=level.year if level else None,
        target=level.target if level else None,
        target_text=_num(lang, level.target) if level and level.target is not None else "",
        met=level.met if level else None,
        trend=judged.trend,
        arrow=ARROWS.get(judged.trend or "", "·"),
        comparisons=comparisons,
        share=level.share if level else None,
        follows_from=links,
        source=clean(m.source),
        chart=trend_chart(
            judged.series,
            tuple(sorted(m.targets.items())),
            tuple((c.source, c.value, c.year) for c in comparisons),
            name,
        ),
        values_text=", ".join(f"{y}: {_num(lang, v)}" for y, v in judged.series),
    )


def area_measures(model: LoadedModel, answers: AnswersFile, lang: str) -> tuple[AreaMeasures, ...]:
    """Every result area that has measures, in model order."""
    out = []
    for node in model.leaves:
        answer = answers.answer(node.id)
        judged = judge_leaf(model, node, answer)
        if judged is None or answer is None:
            continue
        s = judged.suggestion
        band = f"{s.low}–{s.high}" if s.high else "0"
        bands = [(b.min, b.max) for b in model.scale_of(node).bands]
        score = answer.score if not answer.na else None
        note = ""
        if inconsistent(score, s, bands):
            note = t(lang, "ms_consistency", score=_num(lang, score or 0), band=band)
        out.append(
            AreaMeasures(
                id=node.id,
                name=clean(node.name.get(lang, "")),
                status="na" if answer.na else ("answered" if score is not None else "missing"),
                score=score,
                low=s.low,
                high=s.high,
                band=band,
                covered=judged.covered,
                suggested=judged.suggested,
                note=note,
                measures=tuple(_entry(model, j, lang) for j in judged.measures),
            )
        )
    return tuple(out)
