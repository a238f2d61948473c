"""The examiner's parts of the feedback report (rule 11): the overall assessment, the level
phrase and consistency notes per criterion, links between results and ways of working, and
the questions for the site visit. Built from :mod:`siqassess.core.examiner`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from siqassess.core import examiner
from siqassess.core.answers import AnswersFile
from siqassess.core.consensus import nearest_step
from siqassess.core.scoring import Result
from siqassess.criteria.tree import LoadedModel, Node, band_for
from siqassess.i18n import number, t, tn


@dataclass(frozen=True)
class Link:
    """A related node: a result area's criterion, or a criterion's result area."""

    id: str
    score: float | None


@dataclass(frozen=True)
class Level:
    """The level a score falls in: its label and the model's phrase for it."""

    label: str
    phrase: str


@dataclass(frozen=True)
class SummaryItem:
    """A main strength or area for improvement: the leaf, its written text or a note on why
    it was chosen without one."""

    id: str
    text: str
    written: bool


@dataclass(frozen=True)
class VisitItem:
    """A criterion to verify on the site visit: why, and the question to ask."""

    id: str
    title: str
    why: str
    ask: str


@dataclass(frozen=True)
class Summary:
    """The overall assessment (sammanfattande bedömning)."""

    maturity: str
    """The total's band in the model's words (empty when the model has no bands)."""
    strengths: tuple[SummaryItem, ...]
    improvements: tuple[SummaryItem, ...]
    paragraphs: tuple[tuple[str, str], ...]
    """One paragraph per success factor (and the results), with its heading."""


def _num(lang: str, value: float | None) -> str:
    return "–" if value is None else number(lang, value, 0)


def level(model: LoadedModel, node: Node, score: float | None, lang: str) -> Level | None:
    """The level of a (leaf or rolled-up) score on the node's scale, rounded to the scale."""
    if score is None:
        return None
    leaf = node if node.is_leaf else node.walk()[-1]
    scale = model.scale_of(leaf)
    band = band_for(scale, nearest_step(score, scale))
    if band is None:
        return None
    return Level(band.label.get(lang, ""), band.descriptor.get(lang, ""))


def links(model: LoadedModel, result: Result) -> dict[str, tuple[Link, ...]]:
    """Both ways: each result area's related criteria, and each criterion's result areas."""
    out: dict[str, list[Link]] = {}
    for area in model.results.children:
        for crit in area.related:
            out.setdefault(area.id, []).append(Link(crit, result.nodes[crit].score))
            out.setdefault(crit, []).append(Link(area.id, result.nodes[area.id].score))
    return {k: tuple(v) for k, v in out.items()}


def notes(answers: AnswersFile, leaf_id: str, lang: str) -> tuple[str, ...]:
    """The consistency notes of one leaf, as sentences in ``lang``."""
    return tuple(t(lang, f"fb_note_{k}") for k in examiner.leaf_notes(answers.answer(leaf_id)))


def _item(pick: examiner.Pick, lang: str, why: str) -> SummaryItem:
    if pick.text is not None:
        return SummaryItem(pick.id, pick.text.strip(), True)
    return SummaryItem(pick.id, t(lang, why, score=_num(lang, pick.score)), False)


def _paragraph(
    model: LoadedModel, node: Node, result: Result, answers: AnswersFile, lang: str
) -> str:
    scored = [(c.id, result.nodes[c.id].score) for c in node.children]
    scored = [(i, s) for i, s in scored if s is not None]
    n_s = sum(len(a.strengths) for c in node.children if (a := answers.answer(c.id)))
    n_i = sum(len(a.improvements) for c in node.children if (a := answers.answer(c.id)))
    score = result.nodes[node.id].score
    found = level(model, node, score, lang)
    parts = [
        t(lang, "fb_par_score", score=_num(lang, score), level=found.label if found else "–"),
        tn(lang, "fb_par_findings", n_s, improvements=tn(lang, "fb_par_improvements", n_i)),
    ]
    if len(scored) >= 2:
        best = max(scored, key=lambda p: (p[1], p[0]))
        worst = min(scored, key=lambda p: (p[1], p[0]))
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


def summary(model: LoadedModel, answers: AnswersFile, result: Result, lang: str) -> Summary:
    """The overall assessment: maturity, main strengths and areas for improvement, and one
    paragraph per success factor and for the results."""
    total = result.total.score
    band = examiner.maturity(model, None if total is None else total * 10)
    statement = ""
    if band is not None and total is not None:
        statement = t(
            lang,
            "fb_maturity",
            points=_num(lang, total * 10),
            label=band.label.get(lang, ""),
            statement=band.statement.get(lang, "").strip(),
        )
    heads = [*model.ways_of_working.children, model.results]
    return Summary(
        maturity=statement,
        strengths=tuple(
            _item(p, lang, "fb_pick_by_score")
            for p in examiner.main_strengths(model, answers, result)
        ),
        improvements=tuple(
            _item(p, lang, "fb_pick_by_gap")
            for p in examiner.main_improvements(model, answers, result)
        ),
        paragraphs=tuple(
            (
                f"{n.id} {n.name.get(lang, '')}"
                if n.kind == "success_factor"
                else n.name.get(lang, ""),
                _paragraph(model, n, result, answers, lang),
            )
            for n in heads
        ),
    )


def visits(
    model: LoadedModel, answers: AnswersFile, result: Result, lang: str, titles: Mapping[str, str]
) -> tuple[VisitItem, ...]:
    """The site-visit questions, with the figures that chose them."""
    out = []
    for q in examiner.visit_questions(model, answers, result):
        answer = answers.answer(q.id)
        node = model.nodes[q.id]
        score = _num(lang, result.nodes[q.id].score)
        values: dict[str, str] = {"score": score}
        if answer is not None and answer.group is not None:
            values |= {"min": _num(lang, answer.group.min), "max": _num(lang, answer.group.max)}
        if answer is not None and isinstance(answer.last_year, float | int):
            values["old"] = _num(lang, answer.last_year)
        ask_key = f"fb_visit_ask_{q.kind}"
        if q.kind == "na_flagged":
            ask_key = "na_ask_result_area" if node.kind == "result_area" else "na_ask_criterion"
        out.append(
            VisitItem(
                q.id,
                titles.get(q.id, q.id),
                t(lang, f"fb_visit_{q.kind}", **values),
                t(lang, ask_key),
            )
        )
    return tuple(out)
