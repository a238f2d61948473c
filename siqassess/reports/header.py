"""What every report opens with, whatever its kind: one :class:`Header`, built here and shown by
the one header partial of each output family (``templates/_header.<fmt>.j2``).

The gap, feedback, comparison and group reports are about one assessment (a comparison's latest,
a group's consensus): their header names it, its model and its coverage. The trend, network and
member-page reports cover several assessments: their header has a sentence instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from siqassess.core.answers import AnswersFile
from siqassess.core.nodescore import Coverage
from siqassess.criteria.tree import LoadedModel, say
from siqassess.reports.usertext import clean


@dataclass(frozen=True)
class Assessment:
    """Who answered, when, in which language and with which default target."""

    organisation: str
    unit: str
    respondent: str
    respondents: tuple[str, ...]
    date: str | None
    status: str
    language: str
    default_target: float | None


@dataclass(frozen=True)
class GroupWeight:
    """A group's weight in the model and its share of the total."""

    id: str
    name: str
    weight: float
    share: float


@dataclass(frozen=True)
class ModelInfo:
    """The model the assessment was scored against."""

    id: str
    version: str
    name: str
    sha256: str
    default_target: float
    group_weights: tuple[GroupWeight, ...]


@dataclass(frozen=True)
class Header:
    """The top of every report: its title, in ``lang``, and what it is about."""

    title: str
    lang: str
    model: ModelInfo
    """The model the scores rest on (a trend's latest)."""
    assessment: Assessment | None = None
    """The one assessment a report is about; None where it covers several (trend, network)."""
    coverage: Coverage | None = None
    """That assessment's leaves: answered, not applicable, missing (the core's one type)."""
    intro: str = ""
    """A report over several assessments: the sentence under its title."""


def assessment_of(answers: AnswersFile) -> Assessment:
    """Who answered the file, and when, as a report shows it."""
    return Assessment(
        organisation=clean(answers.organisation),
        unit=clean(answers.unit),
        respondent=clean(answers.respondent),
        respondents=tuple(clean(r) for r in answers.respondents or []),
        date=answers.date.isoformat() if answers.date else None,
        status=answers.status,
        language=answers.language,
        default_target=answers.default_target,
    )


def model_info(model: LoadedModel, lang: str) -> ModelInfo:
    """The model's identity and its groups' weights, names in ``lang``."""

    def name(texts: dict[str, str], fallback: str) -> str:
        return clean(say(texts, lang) or fallback)

    return ModelInfo(
        id=model.id,
        version=model.version,
        name=name(model.spec.name, model.id),
        sha256=model.sha256,
        default_target=model.spec.default_target,
        group_weights=tuple(
            GroupWeight(g.id, name(g.name, g.id), g.weight, model.weights[g.id])
            for g in model.root.children
        ),
    )


def header(
    title: str,
    lang: str,
    model: LoadedModel,
    *,
    assessment: Assessment | None = None,
    coverage: Coverage | None = None,
    intro: str = "",
) -> Header:
    """The header of a report in ``lang``: of one ``assessment`` (with its ``coverage``) or,
    with ``intro``, of several."""
    return Header(
        title=title,
        lang=lang,
        model=model_info(model, lang),
        assessment=assessment,
        coverage=coverage,
        intro=intro,
    )
