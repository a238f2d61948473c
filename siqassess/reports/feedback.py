"""The feedback report (återföringsrapport): the overall assessment, then the written findings
per criterion with the score and its level beside them.

Domain rule 11: examiners write strengths and areas for improvement per criterion, and the
score only places the criterion on the scale. The report opens with the overall assessment
(main strengths and areas for improvement, maturity, one paragraph per success factor), goes
success factor by success factor, criterion by criterion, then through the result areas the
same way, each linked to the other; it closes with the flagged N/A, the questions for the site
visit and the method. The context is typed (frozen dataclasses) and reaches the templates
``feedback.<fmt>.j2`` as their top-level names (one per field of :class:`FeedbackReport`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from siqassess.core.answers import Action, Answer, AnswersFile, Improvement
from siqassess.core.nodescore import Coverage, NodeScore
from siqassess.core.scoring import Result
from siqassess.core.status import status
from siqassess.criteria.tree import LoadedModel, Node, say
from siqassess.i18n import t
from siqassess.reports.context_types import Evidence, NaExamined
from siqassess.reports.examined import na_examined
from siqassess.reports.feedback_parts import (
    Level,
    RelatedLeaf,
    Summary,
    VisitItem,
    level,
    links,
    notes,
    summary,
    visits,
)
from siqassess.reports.header import Assessment, Header, ModelInfo, assessment_of, header
from siqassess.reports.labels import labels
from siqassess.reports.usertext import clean, safe_href

SCHEMA = 2
"""Version of the feedback context; raised when a name changes meaning or goes away."""

TEMPLATE = "feedback"
"""The templates' base name: ``feedback.html.j2``, ``feedback.md.j2``, ``feedback.txt.j2``."""


@dataclass(frozen=True)
class ActionItem:
    """One action under an area for improvement (rule 12)."""

    text: str
    status: str
    """``planned``, ``in_progress`` or ``done``."""
    details: tuple[str, ...]
    """Owner, due date and status as short texts in the report's language."""


@dataclass(frozen=True)
class ImprovementItem:
    """One written area for improvement and its actions, if any."""

    text: str
    actions: tuple[ActionItem, ...]


@dataclass(frozen=True)
class Criterion:
    """One criterion (or result area) with its findings and its score."""

    id: str
    kind: str
    title: str
    """The question of a criterion, the name of a result area."""
    question: str
    status: str
    """``answered``, ``na`` or ``missing``."""
    score: float | None
    target: float | None
    gap: float | None
    reason: str
    strengths: tuple[str, ...]
    improvements: tuple[ImprovementItem, ...]
    evidence: tuple[Evidence, ...]
    level: Level | None = None
    """The level the score falls in, with the model's phrase for it."""
    notes: tuple[str, ...] = ()
    """Consistency notes: where the score and the written findings disagree."""
    links: tuple[RelatedLeaf, ...] = ()
    """A result area's related criteria; a criterion's result areas that depend on it."""

    @property
    def has_findings(self) -> bool:
        """Whether any strength or area for improvement is written down."""
        return bool(self.strengths or self.improvements)

    @property
    def quiet(self) -> bool:
        """A criterion with nothing to write out in full: no findings, no note, not N/A. Such
        criteria are named in one line per success factor instead of one empty section each;
        a result area is always written out, with the criteria it builds on."""
        if self.kind == "result_area":
            return False
        return not (self.has_findings or self.notes or self.status == "na")


@dataclass(frozen=True)
class Part:
    """A success factor, or the results group: its criteria and its own roll-up."""

    id: str
    kind: str
    name: str
    score: float | None
    target: float | None
    gap: float | None
    coverage: Coverage
    criteria: tuple[Criterion, ...]
    level: Level | None = None

    @property
    def quiet(self) -> tuple[Criterion, ...]:
        """The criteria without findings, notes or N/A: named in one line."""
        return tuple(c for c in self.criteria if c.quiet)

    @property
    def n_strengths(self) -> int:
        """How many strengths are written down under the part."""
        return sum(len(c.strengths) for c in self.criteria)

    @property
    def n_improvements(self) -> int:
        """How many areas for improvement are written down under the part."""
        return sum(len(c.improvements) for c in self.criteria)


@dataclass(frozen=True)
class FeedbackReport:
    """The whole feedback report, in ``lang``; scores unrounded, templates round for display."""

    schema: int
    lang: str
    labels: Mapping[str, str]
    title: str
    generated: str | None
    header: Header
    """What every report kind opens with (``_header.<fmt>.j2``)."""
    assessment: Assessment
    model: ModelInfo
    coverage: Coverage
    partial: bool
    total: Part
    factors: tuple[Part, ...]
    results: Part
    summary: Summary
    """The overall assessment (sammanfattande bedömning), first in the report."""
    na_flagged: tuple[NaExamined, ...]
    """N/A leaves the model flags: "Not applicable – to be examined" (rule 13)."""
    visits: tuple[VisitItem, ...]
    """The questions for the site visit, chosen by the rule stated in the Method section."""
    previous: bool
    """Whether last year's scores were given (``--previous``): the Method section says so."""


def _action(action: Action, lang: str) -> ActionItem:
    details: list[str] = []
    if action.owner:
        details.append(t(lang, "plan_owner", owner=clean(action.owner)))
    if action.due:
        details.append(t(lang, "plan_due", due=action.due.isoformat()))
    details.append(t(lang, f"fb_action_{action.status}"))
    return ActionItem(clean(action.text), action.status, tuple(details))


def _improvement(item: str | Improvement, lang: str) -> ImprovementItem:
    if isinstance(item, str):
        return ImprovementItem(clean(item), ())
    return ImprovementItem(clean(item.text), tuple(_action(a, lang) for a in item.actions))


def _texts(items: list[str]) -> tuple[str, ...]:
    return tuple(text for text in (clean(item).strip() for item in items) if text)


@dataclass(frozen=True)
class _Builder:
    model: LoadedModel
    answers: AnswersFile
    result: Result
    lang: str
    links: Mapping[str, tuple[RelatedLeaf, ...]]

    def text(self, texts: Mapping[str, str] | None, fallback: str = "") -> str:
        texts = texts or {}
        return clean(say(texts, self.lang) or fallback)

    def criterion(self, node: Node) -> Criterion:
        answer: Answer | None = self.answers.answer(node.id)
        scored = self.result.nodes[node.id]
        question = self.text(node.question or node.name, node.id)
        title = self.text(node.name, node.id) if node.kind == "result_area" else question
        return Criterion(
            id=node.id,
            kind=node.kind,
            title=title,
            question=question,
            status=status(answer),
            score=scored.score,
            target=scored.target,
            gap=scored.gap,
            reason=clean(answer.reason) if answer and answer.na else "",
            strengths=_texts(answer.strengths) if answer else (),
            improvements=tuple(
                _improvement(item, self.lang) for item in (answer.improvements if answer else [])
            ),
            evidence=tuple(
                Evidence(clean(item), safe_href(clean(item)))
                for item in (answer.evidence if answer else [])
            ),
            level=level(self.model, node, scored.score, self.lang),
            notes=notes(self.answers, node.id, self.lang),
            links=self.links.get(node.id, ()),
        )

    def part(self, node: Node, criteria: tuple[Criterion, ...] = ()) -> Part:
        scored: NodeScore = self.result.nodes[node.id]
        return Part(
            id=node.id,
            kind=node.kind,
            name=self.text(node.name, node.id),
            score=scored.score,
            target=scored.target,
            gap=scored.gap,
            coverage=scored.coverage,
            criteria=criteria,
            level=level(self.model, node, scored.score, self.lang),
        )

    def section(self, node: Node) -> Part:
        return self.part(node, tuple(self.criterion(child) for child in node.children))


def build_feedback(
    model: LoadedModel,
    answers: AnswersFile,
    result: Result,
    *,
    lang: str,
    title: str | None = None,
    generated: str | None = None,
    previous: Mapping[str, float] | None = None,
) -> FeedbackReport:
    """The feedback report of one scored assessment, in ``lang``; ``previous``: last year's
    leaf scores (``report --previous``), for the site visit's "large change" rule."""
    build = _Builder(model, answers, result, lang, links(model, result))
    org = clean(answers.organisation)
    name = t(lang, "fb_title")
    total = build.part(model.root)
    text = labels(lang)
    factors = tuple(build.section(factor) for factor in model.ways_of_working.children)
    results = build.section(model.results)
    titles = {c.id: c.title for part in (*factors, results) for c in part.criteria}
    heading = clean(title) if title else (f"{name}: {org}" if org else name)
    who = assessment_of(answers)
    top = header(heading, lang, model, assessment=who, coverage=total.coverage)
    return FeedbackReport(
        schema=SCHEMA,
        lang=lang,
        labels=text,
        title=heading,
        generated=generated,
        header=top,
        assessment=who,
        model=top.model,
        coverage=total.coverage,
        partial=total.coverage.missing > 0,
        total=total,
        factors=factors,
        results=results,
        summary=summary(model, answers, result, lang, clean),
        na_flagged=na_examined(model, answers, text, lang, clean),
        visits=visits(model, answers, lang, titles, previous),
        previous=previous is not None,
    )
