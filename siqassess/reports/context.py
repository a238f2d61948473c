"""Build the typed context report templates receive (README "Template context")."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal, TypedDict

from siqassess.core.priorities import Ranked
from siqassess.core.scoring import Result
from siqassess.core.status import Status, status
from siqassess.criteria.tree import LoadedModel, Node, band_for, say
from siqassess.i18n import languages, t
from siqassess.io.answers import AnswersFile
from siqassess.reports.context_types import (
    SCHEMA,
    Band,
    Branch,
    Chart,
    Coverage,
    Evidence,
    Leaf,
    NodeEntry,
    RankedLeaf,
    ReportContext,
)
from siqassess.reports.examined import na_examined
from siqassess.reports.header import assessment_of, header
from siqassess.reports.labels import labels
from siqassess.reports.measures_context import area_measures
from siqassess.reports.radar import Series, radar_svg
from siqassess.reports.usertext import clean as clean  # re-exported: older imports
from siqassess.reports.usertext import safe_href as safe_href


def report_language(answers: AnswersFile, model: LoadedModel, lang: str | None) -> str:
    """The report's language: ``lang``, else the file's. Its headings are the catalogue's; model
    texts the model lacks in it are shown in English (``criteria.tree.say``)."""
    wanted = lang or answers.language
    return wanted if wanted in languages() else model.spec.languages[0]


class _Entry(TypedDict):
    """The fields of a :class:`NodeEntry`, for building it and the entries that extend it."""

    id: str
    kind: str
    name: str
    score: float | None
    target: float | None
    gap: float | None
    points: float | None
    weight: float
    effective_weight: float
    coverage: Coverage


class _Answered(TypedDict):
    """A :class:`Leaf`'s fields beyond its node's."""

    question: str
    help: str
    status: Status
    target_source: Literal["own", "file", "model"]
    band: Band | None
    note: str
    reason: str
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class _Tree:
    """Turns the model's nodes, with their scores, into the context's entries, in ``lang``."""

    model: LoadedModel
    result: Result
    lang: str

    def name(self, node: Node) -> str:
        return clean(say(node.name, self.lang) or node.id)

    def entry(self, node: Node) -> NodeEntry:
        return NodeEntry(**self._fields(node))

    def _fields(self, node: Node) -> _Entry:
        scored = self.result.nodes[node.id]
        return _Entry(
            id=node.id,
            kind=node.kind,
            name=self.name(node),
            score=scored.score,
            target=scored.target,
            gap=scored.gap,
            points=None if scored.score is None else scored.score * 10,
            weight=node.weight,
            effective_weight=scored.effective_weight,
            coverage=scored.coverage,
        )

    def branch(self, node: Node, leaves: Mapping[str, Leaf]) -> Branch:
        return Branch(
            **self._fields(node),
            children=tuple(
                leaves[child.id] if child.is_leaf else self.branch(child, leaves)
                for child in node.children
            ),
            description=clean(say(node.description, self.lang)) if node.description else None,
        )

    def leaf(self, node: Node, answers: AnswersFile) -> Leaf:
        return Leaf(
            **self._fields(node), **_answered(self.model, node, self.result, answers, self.lang)
        )

    def ranked(self, entry: Ranked, answers: AnswersFile) -> RankedLeaf:
        """A leaf in a priority list: the same fields as :meth:`leaf`, and its rank."""
        node = self.model.nodes[entry.node.id]
        return RankedLeaf(
            **self._fields(node),
            **_answered(self.model, node, self.result, answers, self.lang),
            rank=entry.rank,
            importance=entry.importance,
            points_at_stake=entry.points_at_stake,
        )


def build_context(
    model: LoadedModel,
    answers: AnswersFile,
    result: Result,
    *,
    lang: str,
    title: str | None = None,
    generated: str | None = None,
    source: str = "",
    draft: bool = False,
    summary: bool = False,
) -> ReportContext:
    """The whole report as typed entries (``to_data`` makes it JSON), in ``lang``.

    Scores are unrounded floats or ``None``; templates round for display only.
    ``generated`` is shown only when given, so the same input renders the same output.
    ``draft``: the answers are a draft (no agreed result), which the default title says;
    ``summary``: ``report --summary``, the overview alone.
    """
    text = labels(lang)
    tree = _Tree(model, result, lang)
    leaves = {node.id: tree.leaf(node, answers) for node in model.leaves}
    groups = tuple(tree.branch(group, leaves) for group in model.root.children)
    factors = tuple(f for g in groups if g.id == model.ways_of_working.id for f in g.children)
    areas = tuple(a for g in groups if g.id == model.results.id for a in g.children)
    total = tree.entry(model.root)
    org = clean(answers.organisation)
    heading = (
        clean(title) if title else (f"{text['gap_report']}: {org}" if org else text["gap_report"])
    )
    if draft and not title:
        heading = t(lang, "draft_report_title", title=heading)
    who = assessment_of(answers)
    top = header(
        heading, lang, model, assessment=who, coverage=result.nodes[model.root.id].coverage
    )
    return ReportContext(
        schema=SCHEMA,
        lang=lang,
        labels=text,
        title=heading,
        generated=generated,
        source=source,
        header=top,
        assessment=who,
        model=top.model,
        coverage=total.coverage,
        partial=total.coverage.missing > 0,
        total=total,
        groups=groups,
        factors=factors,
        result_areas=areas,
        leaves=tuple(leaves.values()),
        improvements=tuple(tree.ranked(r, answers) for r in result.improvements),
        results_below=tuple(tree.ranked(r, answers) for r in result.results_below),
        at_target=tuple(leaves[n.id] for n in result.at_target),
        na_items=tuple(leaf for leaf in leaves.values() if leaf.status == "na"),
        missing_items=tuple(leaf for leaf in leaves.values() if leaf.status == "missing"),
        charts=_charts(factors, areas, text),
        measures=area_measures(model, answers, lang),
        na_flagged=na_examined(model, answers, text, lang, clean),
        summary=summary,
    )


def _answered(
    model: LoadedModel, node: Node, result: Result, answers: AnswersFile, lang: str
) -> _Answered:
    """A leaf's fields beyond its node's: the question, the answer and the score's band."""
    scored = result.nodes[node.id]
    answer = answers.answer(node.id)
    band = band_for(model.scale_of(node), scored.score) if scored.score is not None else None
    question = node.question or node.name
    own_target = answer.target if answer is not None else None
    return _Answered(
        question=clean(say(question, lang)),
        help=clean(say(node.help or {}, lang)),
        status=status(answer),
        target_source="own"
        if own_target is not None
        else ("file" if answers.default_target is not None else "model"),
        band=Band(
            label=clean(say(band.label, lang)),
            descriptor=clean(say(band.descriptor, lang)),
            min=band.min,
            max=band.max,
        )
        if band
        else None,
        note=clean(answer.note) if answer else "",
        reason=clean(answer.reason) if answer and answer.na else "",
        evidence=tuple(
            Evidence(clean(item), safe_href(clean(item)))
            for item in (answer.evidence if answer else [])
        ),
    )


def _charts(
    factors: Sequence[NodeEntry], areas: Sequence[NodeEntry], text: Mapping[str, str]
) -> dict[str, Chart]:
    charts: dict[str, Chart] = {}
    for key, items, title in (
        ("factors", factors, text["factors_chart"]),
        ("results", areas, text["results_chart"]),
    ):
        if len(items) < 3:
            continue
        axes = [f"{item.id} {item.name}" for item in items]
        series = [
            Series(text["current"], tuple(item.score for item in items), "solid"),
            Series(text["target"], tuple(item.target for item in items), "dashed"),
        ]
        charts[key] = Chart(title, radar_svg(axes, series, title=title))
    return charts
