"""Build the plain-data context report templates receive (schema in docs/readme/report.md)."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from siqassess.core.priorities import Ranked
from siqassess.core.scoring import NodeScore, Result
from siqassess.core.status import status
from siqassess.criteria.tree import LoadedModel, Node, band_for
from siqassess.errors import Problem, ValidationError
from siqassess.io.answers import AnswersFile, answers_from_data
from siqassess.io.anyfile import read_document
from siqassess.io.resolver import model_for
from siqassess.reports.labels import labels
from siqassess.reports.radar import Series, radar_svg

SCHEMA = 1
"""Version of the context schema; raised when a key changes meaning or goes away."""

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SAFE_SCHEMES = ("http", "https", "mailto")


def clean(text: str | None) -> str:
    """User text fit for every format: line ends normalised, control characters dropped."""
    if not text:
        return ""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def safe_href(text: str) -> str | None:
    """The link target of an evidence entry, or ``None`` when it must be shown as text.

    Only http(s), mailto and relative references become links; anything with another
    scheme (``javascript:``, ``data:``, ``file:``), whitespace, backslashes or a network
    path (``//host``) stays text.
    """
    # Markdown and HTML decode entities in a link: judge what the reader's browser will see.
    value = html.unescape(text).strip()
    if value != text.strip():
        return None
    if not value or any(c.isspace() or ord(c) < 32 for c in value) or "\\" in value:
        return None
    try:
        parts = urlsplit(value)
    except ValueError:
        return None
    if parts.scheme:
        ok = parts.scheme.lower() in _SAFE_SCHEMES
        return value if ok and (parts.netloc or parts.scheme.lower() == "mailto") else None
    if value.startswith("//") or ":" in value.split("/", 1)[0]:
        return None
    return value


def load_assessment(path: Path, model_spec: str | None) -> tuple[LoadedModel, AnswersFile]:
    """Read an answers file and the model it answers (its ``model.id``, unless overridden)."""
    data, source = read_document(path)
    if not isinstance(data, dict):
        raise ValidationError(Problem(source.locate(()), "not an answers file", ""))
    model = model_for(data, source, model_spec)
    return model, answers_from_data(data, source, model)


def report_language(answers: AnswersFile, model: LoadedModel, lang: str | None) -> str:
    """The report's language: ``lang``, else the file's; a language the model lacks falls back."""
    wanted = lang or answers.language
    return wanted if wanted in model.spec.languages else model.spec.languages[0]


@dataclass(frozen=True)
class _Tree:
    """Turns the model's nodes, with their scores, into the context's entries, in ``lang``."""

    model: LoadedModel
    result: Result
    lang: str

    def name(self, node: Node) -> str:
        return clean(node.name.get(self.lang) or next(iter(node.name.values()), node.id))

    def entry(self, node: Node) -> dict[str, Any]:
        scored = self.result.nodes[node.id]
        return {
            "id": node.id,
            "kind": node.kind,
            "name": self.name(node),
            "score": scored.score,
            "target": scored.target,
            "gap": scored.gap,
            "points": None if scored.score is None else scored.score * 10,
            "weight": node.weight,
            "effective_weight": scored.effective_weight,
            "coverage": _coverage(scored),
        }

    def branch(self, node: Node, leaves: dict[str, dict[str, Any]]) -> dict[str, Any]:
        out = self.entry(node)
        if node.description:
            out["description"] = clean(node.description.get(self.lang, ""))
        out["children"] = [
            leaves[child.id] if child.is_leaf else self.branch(child, leaves)
            for child in node.children
        ]
        return out

    def model_info(self) -> dict[str, Any]:
        model = self.model
        return {
            "id": model.id,
            "version": model.version,
            "name": clean(model.spec.name.get(self.lang, model.id)),
            "sha256": model.sha256,
            "default_target": model.spec.default_target,
            "group_weights": [
                {
                    "id": g.id,
                    "name": self.name(g),
                    "weight": g.weight,
                    "share": self.result.nodes[g.id].effective_weight,
                }
                for g in model.root.children
            ],
        }


def _assessment(answers: AnswersFile) -> dict[str, Any]:
    return {
        "organisation": clean(answers.organisation),
        "unit": clean(answers.unit),
        "respondent": clean(answers.respondent),
        "respondents": [clean(r) for r in answers.respondents or []],
        "date": answers.date.isoformat() if answers.date else None,
        "status": answers.status,
        "language": answers.language,
        "default_target": answers.default_target,
    }


def build_context(
    model: LoadedModel,
    answers: AnswersFile,
    result: Result,
    *,
    lang: str,
    title: str | None = None,
    generated: str | None = None,
    source: str = "",
) -> dict[str, Any]:
    """The whole report as plain dicts and lists (JSON-serialisable), in ``lang``.

    Scores are unrounded floats or ``None``; templates round for display only.
    ``generated`` is shown only when given, so the same input renders the same output.
    """
    text = labels(lang)
    tree = _Tree(model, result, lang)
    leaves = {
        node.id: _leaf(model, node, result.nodes[node.id], answers, lang, tree.entry(node))
        for node in model.leaves
    }
    groups = [tree.branch(group, leaves) for group in model.root.children]
    factors = [f for g in groups if g["id"] == model.ways_of_working.id for f in g["children"]]
    areas = [a for g in groups if g["id"] == model.results.id for a in g["children"]]
    total = tree.entry(model.root)
    coverage = total["coverage"]
    org = clean(answers.organisation)
    heading = (
        clean(title) if title else (f"{text['gap_report']}: {org}" if org else text["gap_report"])
    )
    return {
        "schema": SCHEMA,
        "lang": lang,
        "labels": text,
        "title": heading,
        "generated": generated,
        "source": source,
        "assessment": _assessment(answers),
        "model": tree.model_info(),
        "coverage": coverage,
        "partial": coverage["missing"] > 0,
        "total": total,
        "groups": groups,
        "factors": factors,
        "result_areas": areas,
        "leaves": list(leaves.values()),
        "improvements": [_ranked(leaves, r) for r in result.improvements],
        "results_below": [_ranked(leaves, r) for r in result.results_below],
        "at_target": [leaves[n.id] for n in result.at_target],
        "na_items": [leaf for leaf in leaves.values() if leaf["status"] == "na"],
        "missing_items": [leaf for leaf in leaves.values() if leaf["status"] == "missing"],
        "charts": _charts(factors, areas, text),
        "sections": [],
    }


def _ranked(leaves: dict[str, dict[str, Any]], entry: Ranked) -> dict[str, Any]:
    return dict(
        leaves[entry.node.id],
        rank=entry.rank,
        importance=entry.importance,
        points_at_stake=entry.points_at_stake,
    )


def _coverage(scored: NodeScore) -> dict[str, Any]:
    c = scored.coverage
    return {
        "answered": c.answered,
        "na": c.na,
        "missing": c.missing,
        "total": c.total,
        "complete": c.complete,
    }


def _leaf(
    model: LoadedModel,
    node: Node,
    scored: NodeScore,
    answers: AnswersFile,
    lang: str,
    base: dict[str, Any],
) -> dict[str, Any]:
    answer = answers.answer(node.id)
    band = band_for(model.scale_of(node), scored.score) if scored.score is not None else None
    question = node.question or node.name
    own_target = answer.target if answer is not None else None
    return {
        **base,
        "question": clean(question.get(lang, "")),
        "help": clean((node.help or {}).get(lang, "")),
        "status": status(answer),
        "target_source": "own"
        if own_target is not None
        else ("file" if answers.default_target is not None else "model"),
        "band": {
            "label": clean(band.label.get(lang, "")),
            "descriptor": clean(band.descriptor.get(lang, "")),
            "min": band.min,
            "max": band.max,
        }
        if band
        else None,
        "note": clean(answer.note) if answer else "",
        "reason": clean(answer.reason) if answer and answer.na else "",
        "evidence": [
            {"text": clean(item), "href": safe_href(clean(item))}
            for item in (answer.evidence if answer else [])
        ],
    }


def _charts(
    factors: list[dict[str, Any]], areas: list[dict[str, Any]], text: dict[str, str]
) -> dict[str, Any]:
    charts: dict[str, Any] = {}
    for key, items, title in (
        ("factors", factors, text["factors_chart"]),
        ("results", areas, text["results_chart"]),
    ):
        if len(items) < 3:
            continue
        axes = [f"{item['id']} {item['name']}" for item in items]
        series = [
            Series(text["current"], tuple(item["score"] for item in items), "solid"),
            Series(text["target"], tuple(item["target"] for item in items), "dashed"),
        ]
        charts[key] = {"title": title, "svg": radar_svg(axes, series, title=title), "file": None}
    return charts
