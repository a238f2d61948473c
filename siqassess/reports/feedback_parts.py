"""The examiner's parts of the feedback report (rule 11), in the report's language: the overall
assessment (sammanfattande bedömning), each score's level phrase, the consistency notes, the
links between results and ways of working, and the questions for the site visit.

The rules are pure functions in :mod:`siqassess.core.feedback_summary` and
:mod:`siqassess.core.site_visit`; this module only puts their results into words.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from siqassess.core import feedback_summary as rules
from siqassess.core.answers import AnswersFile
from siqassess.core.scoring import Result
from siqassess.core.site_visit import Visit, site_visit
from siqassess.criteria.schema import Scale
from siqassess.criteria.tree import LoadedModel, Node, band_for, say
from siqassess.i18n import number, t, tn

Clean = Callable[[str | None], str]


@dataclass(frozen=True)
class Level:
    """The level a score falls in: its score range, the band's label and the model's phrase."""

    range: str
    """``40–60``; a band of one value is that value (``0``)."""
    label: str
    phrase: str


@dataclass(frozen=True)
class RelatedLeaf:
    """A related leaf: a result area's criterion, or a criterion's result area; its score."""

    id: str
    score: float | None


@dataclass(frozen=True)
class SummaryItem:
    """A main strength or area for improvement: the leaf and its written text, or (``written``
    false) a note on why it was chosen without one."""

    id: str
    text: str
    written: bool


@dataclass(frozen=True)
class FactorParagraph:
    """One success factor's (or the results') paragraph of the overall assessment."""

    id: str
    heading: str
    text: str


@dataclass(frozen=True)
class Summary:
    """The overall assessment, first in the report."""

    maturity: str
    """The total's maturity band in the model's words; empty when the model has no bands."""
    strengths: tuple[SummaryItem, ...]
    improvements: tuple[SummaryItem, ...]
    paragraphs: tuple[FactorParagraph, ...]


@dataclass(frozen=True)
class VisitItem:
    """A criterion to verify on the site visit: why it was chosen, and the question to ask."""

    id: str
    title: str
    why: str
    ask: str


def _num(lang: str, value: float | None) -> str:
    return "–" if value is None else number(lang, value, 0)


def _step(score: float, scale: Scale) -> float:
    """A (rolled-up) score rounded to the nearest value on the scale, halves up (35 → 40)."""
    stepped = scale.min + math.floor((score - scale.min) / scale.step + 0.5) * scale.step
    return float(min(max(stepped, scale.min), scale.max))


def level(model: LoadedModel, node: Node, score: float | None, lang: str) -> Level | None:
    """The level of a leaf's score, or of a rolled-up score rounded to the scale of the node's
    first leaf; None without a score."""
    if score is None:
        return None
    leaf = node if node.is_leaf else node.walk()[-1]
    scale = model.scale_of(leaf)
    band = band_for(scale, _step(score, scale))
    if band is None:
        return None
    span = f"{band.min}" if band.min == band.max else f"{band.min}–{band.max}"
    return Level(span, say(band.label, lang), " ".join(say(band.descriptor, lang).split()))


def links(model: LoadedModel, result: Result) -> dict[str, tuple[RelatedLeaf, ...]]:
    """Both ways, in model order: each result area's related criteria, and for each criterion
    the result areas that name it."""
    out: dict[str, list[RelatedLeaf]] = {}
    for area in model.results.children:
        for crit in area.related:
            if crit in result.nodes:
                out.setdefault(area.id, []).append(RelatedLeaf(crit, result.nodes[crit].score))
                out.setdefault(crit, []).append(RelatedLeaf(area.id, result.nodes[area.id].score))
    return {k: tuple(v) for k, v in out.items()}


def notes(answers: AnswersFile, leaf_id: str, lang: str) -> tuple[str, ...]:
    """The consistency notes of one leaf, as sentences in ``lang``."""
    return tuple(t(lang, f"fb_note_{k}") for k in rules.leaf_notes(answers.answer(leaf_id)))


def _item(pick: rules.Pick, lang: str, why: str, clean: Clean) -> SummaryItem:
    if pick.text is not None:
        return SummaryItem(pick.id, clean(pick.text), True)
    return SummaryItem(pick.id, t(lang, why, score=_num(lang, pick.score)), False)


def _paragraph(
    model: LoadedModel, node: Node, result: Result, answers: AnswersFile, lang: str
) -> str:
    """Score and level, how much is written down, and the highest and lowest criterion."""
    scored = [(c.id, s) for c in node.children if (s := result.nodes[c.id].score) is not None]
    found = [a for c in node.children if (a := answers.answer(c.id)) is not None]
    n_s = sum(len(a.strengths) for a in found)
    n_i = sum(len(a.improvements) for a in found)
    score = result.nodes[node.id].score
    at = level(model, node, score, lang)
    parts = [
        t(lang, "fb_par_score", score=_num(lang, score), level=at.label if at else "–"),
        tn(lang, "fb_par_findings", n_s, improvements=tn(lang, "fb_par_improvements", n_i)),
    ]
    if len(scored) >= 2:
        best = max(scored, key=lambda p: p[1])  # the first of the highest, in model order
        worst = min(scored, key=lambda p: p[1])
        if best[1] != worst[1]:
            parts.append(
                t(
                    lang,
                    "fb_par_range",
                    best=best[0],
                    best_score=_num(lang, best[1]),
                    worst=worst[0],
                    worst_score=_num(lang, worst[1]),
                )
            )
    return " ".join(parts)


def summary(
    model: LoadedModel, answers: AnswersFile, result: Result, lang: str, clean: Clean
) -> Summary:
    """The overall assessment: maturity, the main strengths and areas for improvement, and one
    paragraph per success factor and for the results."""
    total = result.total.score
    band = rules.maturity(model, None if total is None else total * 10)
    statement = ""
    if band is not None and total is not None:
        statement = t(
            lang,
            "fb_maturity",
            points=_num(lang, total * 10),
            label=say(band.label, lang),
            statement=" ".join(say(band.statement, lang).split()),
        )
    heads = [*model.ways_of_working.children, model.results]
    return Summary(
        maturity=statement,
        strengths=tuple(
            _item(p, lang, "fb_pick_by_score", clean)
            for p in rules.main_strengths(model, answers, result)
        ),
        improvements=tuple(
            _item(p, lang, "fb_pick_by_gap", clean)
            for p in rules.main_improvements(model, answers, result)
        ),
        paragraphs=tuple(
            FactorParagraph(
                n.id,
                clean(say(n.name, lang)),
                _paragraph(model, n, result, answers, lang),
            )
            for n in heads
        ),
    )


def _why(visit: Visit, lang: str) -> str:
    values = {
        "score": _num(lang, visit.score),
        "old": _num(lang, visit.previous),
        "min": _num(lang, visit.low),
        "max": _num(lang, visit.high),
    }
    return " ".join(t(lang, f"fb_visit_{kind}", **values) for kind in visit.kinds)


def visits(
    model: LoadedModel,
    answers: AnswersFile,
    lang: str,
    titles: Mapping[str, str],
    previous: Mapping[str, float] | None = None,
) -> tuple[VisitItem, ...]:
    """The questions for the site visit, with the figures that chose each criterion; the
    question asked is the one for its first reason."""
    out = []
    for visit in site_visit(model, answers, previous):
        first = visit.kinds[0]
        ask = f"fb_visit_ask_{first}"
        area = model.nodes[visit.id].kind == "result_area"
        if first == "na_flagged":
            ask = "na_ask_result_area" if area else "na_ask_criterion"
        elif first == "thin_evidence" and area:
            ask = "fb_visit_ask_thin_evidence_result"
        title = titles.get(visit.id, visit.id)
        out.append(VisitItem(visit.id, title, _why(visit, lang), t(lang, ask)))
    return tuple(out)
