"""What an SIQ examiner would challenge in an assessment: the lint rules, as pure functions.

Each rule has an id, a severity, a message and a rationale (both in the catalogues, under
``lint_<id>`` and ``lint_<id>_why``). A finding names the key path it concerns, so the I/O
layer can point at ``file:line:column``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from siqassess.core.answers import Answer, AnswersFile, Improvement

Severity = Literal["error", "warning", "note"]


@dataclass(frozen=True)
class Rule:
    """A lint rule: its id, its severity and the short name used in SARIF."""

    id: str
    severity: Severity
    name: str


RULES: dict[str, Rule] = {
    rule.id: rule
    for rule in (
        Rule("SIQ001", "warning", "high-score-without-support"),
        Rule("SIQ002", "warning", "strengths-under-low-score"),
        Rule("SIQ003", "error", "improvement-under-full-score"),
        Rule("SIQ004", "warning", "flagged-not-applicable"),
        Rule("SIQ005", "warning", "result-scored-without-measures"),
        Rule("SIQ006", "error", "high-result-without-measures"),
        Rule("SIQ007", "note", "measure-with-few-values"),
        Rule("SIQ008", "note", "measure-without-comparison"),
        Rule("SIQ009", "note", "target-without-reason"),
        Rule("SIQ010", "warning", "action-without-owner-or-due"),
        Rule("SIQ011", "warning", "action-overdue"),
        Rule("SIQ012", "error", "evidence-link-not-http"),
    )
}

HIGH_SCORE = 70
LOW_SCORE = 30
FULL_SCORE = 100
HIGH_RESULT = 60
MIN_VALUES = 3
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]+):\S")


@dataclass(frozen=True)
class Finding:
    """One rule broken at one place: the rule, the key path and the message's values."""

    rule: str
    path: tuple[str | int, ...]
    params: tuple[tuple[str, object], ...] = ()

    @property
    def severity(self) -> Severity:
        """The rule's severity."""
        return RULES[self.rule].severity


def _n(value: float | None) -> object:
    """A score as written: 60, not 60.0."""
    return int(value) if value is not None and float(value).is_integer() else value


def unsupported_high_score(answer: Answer) -> bool:
    """A score of 70 or more with no evidence and no strength (SIQ001)."""
    score = answer.score
    return (
        score is not None and score >= HIGH_SCORE and not answer.evidence and not answer.strengths
    )


def link_scheme(item: str) -> str | None:
    """The scheme of an evidence item that is a link (``mailto:``, ``file:``…), else None;
    ``Ledningssystem: nyckeltal`` is text, not a link."""
    match = _SCHEME.match(item.strip())
    return match.group(1).lower() if match else None


def lint_answer(
    leaf: str, answer: Answer, *, result_area: bool, date: dt.date | None, na_flagged: bool
) -> Iterator[Finding]:
    """Every finding of one leaf's answer, in rule order; ``na_flagged``: the model flags an
    N/A on this leaf (``core.na.flagged_na``), so SIQ004 applies."""
    at: tuple[str | int, ...] = ("answers", leaf)
    score = answer.score
    if unsupported_high_score(answer):
        yield Finding("SIQ001", (*at, "score"), (("id", leaf), ("score", _n(score))))
    if score is not None and score <= LOW_SCORE and answer.strengths:
        yield Finding("SIQ002", (*at, "strengths"), (("id", leaf), ("score", _n(score))))
    if score is not None and score >= FULL_SCORE and answer.improvements:
        yield Finding("SIQ003", (*at, "improvements"), (("id", leaf),))
    if answer.na and na_flagged:
        yield Finding("SIQ004", (*at, "na"), (("id", leaf),))
    if result_area and score is not None and not answer.measures:
        rule = "SIQ006" if score >= HIGH_RESULT else "SIQ005"
        yield Finding(rule, (*at, "score"), (("id", leaf), ("score", _n(score))))
    for i, measure in enumerate(answer.measures):
        here = (*at, "measures", i)
        if len(measure.values) < MIN_VALUES:
            yield Finding("SIQ007", here, (("name", measure.name), ("n", len(measure.values))))
        if not measure.comparisons:
            yield Finding("SIQ008", here, (("name", measure.name),))
    if answer.target is not None and not (answer.note or "").strip():
        yield Finding("SIQ009", (*at, "target"), (("id", leaf),))
    for i, item in enumerate(answer.improvements):
        if isinstance(item, Improvement):
            yield from _actions(at, i, item, date)
    for i, evidence in enumerate(answer.evidence):
        scheme = link_scheme(evidence)
        if scheme is not None and scheme not in ("http", "https"):
            yield Finding("SIQ012", (*at, "evidence", i), (("scheme", scheme),))


def _actions(
    at: tuple[str | int, ...], i: int, item: Improvement, date: dt.date | None
) -> Iterator[Finding]:
    for j, action in enumerate(item.actions):
        here = (*at, "improvements", i, "actions", j)
        text = action.text[:60]
        if not action.owner.strip() or action.due is None:
            yield Finding("SIQ010", here, (("action", text),))
        elif date is not None and action.status != "done" and action.due < date:
            yield Finding("SIQ011", (*here, "due"), (("action", text), ("due", action.due)))


def lint(
    answers: AnswersFile,
    result_areas: frozenset[str],
    disabled: frozenset[str] = frozenset(),
    *,
    flagged: frozenset[str],
) -> list[Finding]:
    """Every finding of an answers file, leaf by leaf in the file's order; ``disabled`` rules
    are left out. ``flagged``: the leaves whose N/A the model flags (the ids of
    ``core.na.flagged_na``); an N/A the model allows is no finding (rule 13)."""
    found: list[Finding] = []
    for leaf, answer in answers.answers.items():
        if answer is None:
            continue
        for finding in lint_answer(
            leaf,
            answer,
            result_area=leaf in result_areas,
            date=answers.date,
            na_flagged=leaf in flagged,
        ):
            if finding.rule not in disabled:
                found.append(finding)
    return found
