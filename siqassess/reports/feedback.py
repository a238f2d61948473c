"""The feedback report (återföringsrapport): written findings per criterion, then scores.

Domain rule 11: examiners write strengths and areas for improvement per criterion, and the
score only places the criterion on the scale. The report goes success factor by success
factor, criterion by criterion, and then through the result areas the same way; each part
closes with its score profile. The context is typed (frozen dataclasses) and reaches the
templates ``feedback.<fmt>.j2`` as their top-level names (see :meth:`FeedbackReport.variables`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

from siqassess.core.answers import Action, Answer, AnswersFile, Improvement
from siqassess.core.nodescore import Coverage, NodeScore
from siqassess.core.scoring import Result
from siqassess.core.status import status
from siqassess.criteria.tree import LoadedModel, Node, say
from siqassess.i18n import t
from siqassess.reports.context import clean, safe_href
from siqassess.reports.context_types import Evidence
from siqassess.reports.labels import labels

SCHEMA = 1
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

    @property
    def has_findings(self) -> bool:
        """Whether any strength or area for improvement is written down."""
        return bool(self.strengths or self.improvements)


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

    @property
    def n_strengths(self) -> int:
        """How many strengths are written down under the part."""
        return sum(len(c.strengths) for c in self.criteria)

    @property
    def n_improvements(self) -> int:
        """How many areas for improvement are written down under the part."""
        return sum(len(c.improvements) for c in self.criteria)


@dataclass(frozen=True)
class Assessment:
    """Who assessed what, and when."""

    organisation: str
    unit: str
    respondent: str
    respondents: tuple[str, ...]
    date: str | None


@dataclass(frozen=True)
class ModelInfo:
    """The model the answers were scored against."""

    id: str
    version: str
    name: str
    sha256: str


@dataclass(frozen=True)
class FeedbackReport:
    """The whole feedback report, in ``lang``; scores unrounded, templates round for display."""

    schema: int
    lang: str
    labels: Mapping[str, str]
    title: str
    generated: str | None
    assessment: Assessment
    model: ModelInfo
    coverage: Coverage
    partial: bool
    total: Part
    factors: tuple[Part, ...]
    results: Part

    def variables(self) -> dict[str, Any]:
        """The template's top-level names: one per field, the values kept typed."""
        return {f.name: getattr(self, f.name) for f in fields(self)}


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
) -> FeedbackReport:
    """The feedback report of one scored assessment, in ``lang``."""
    build = _Builder(model, answers, result, lang)
    org = clean(answers.organisation)
    name = t(lang, "fb_title")
    total = build.part(model.root)
    return FeedbackReport(
        schema=SCHEMA,
        lang=lang,
        labels=labels(lang),
        title=clean(title) if title else (f"{name}: {org}" if org else name),
        generated=generated,
        assessment=Assessment(
            organisation=org,
            unit=clean(answers.unit),
            respondent=clean(answers.respondent),
            respondents=tuple(clean(r) for r in answers.respondents or []),
            date=answers.date.isoformat() if answers.date else None,
        ),
        model=ModelInfo(
            id=model.id,
            version=model.version,
            name=build.text(model.spec.name, model.id),
            sha256=model.sha256,
        ),
        coverage=total.coverage,
        partial=total.coverage.missing > 0,
        total=total,
        factors=tuple(build.section(factor) for factor in model.ways_of_working.children),
        results=build.section(model.results),
    )
