"""Pydantic schema of a model file, as read from YAML."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

Id = Annotated[str, StringConstraints(pattern=r"^[A-Za-z][A-Za-z0-9_.\-]*$", max_length=64)]
Text = dict[Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")], str]
"""A text in several languages, keyed by ISO 639-1 code: ``{sv: ..., en: ...}``."""

Weight = Annotated[float, Field(ge=1e-6, le=1e6, allow_inf_nan=False)]
"""Bounded, so that sums and products of weights stay exact enough and never overflow."""
Point = Annotated[int, Field(ge=0, le=1000, strict=True)]
NaPolicy = Literal["allowed", "flagged", "refused"]
"""Whether a leaf may be marked not applicable (rule 13): freely, listed for an examiner to
examine, or not at all. Set on the model, a group, a success factor or a leaf; the nearest wins."""


class Strict(BaseModel):
    """Base for file schemas: unknown keys are errors, values are not coerced silently.

    The schema is built when a model file is first validated, not when the classes are
    defined: a command that takes the built-in model from the cache never validates one.
    """

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, defer_build=True)


class Provenance(Strict):
    """Where a node comes from: a name confirmed by SIQ sources, or our own derived wording."""

    status: Literal["confirmed", "derived", "project"]
    source: str = Field(min_length=1)


class Band(Strict):
    """A contiguous range of scale values sharing one label and descriptor."""

    min: Point
    max: Point
    label: Text
    descriptor: Text


class Scale(Strict):
    """A scoring scale: ``min`` to ``max`` in ``step``s, described band by band."""

    name: Text
    min: Point = 0
    max: Point = 100
    step: Annotated[int, Field(gt=0, strict=True)] = 10
    bands: list[Band] = Field(min_length=1)
    placement: Text | None = None
    """How to choose the lower, middle or upper value inside a band (shown beside the levels)."""
    provenance: Provenance | None = None


class Group(Strict):
    """One of the two top-level groups: ways of working, or results."""

    weight: Weight = 1
    scale: Id
    name: Text
    description: Text | None = None
    not_applicable: NaPolicy | None = None


class Groups(Strict):
    """The two groups under the root; their weights split the total."""

    ways_of_working: Group
    results: Group


class Criterion(Strict):
    """A ways-of-working leaf: one guiding question."""

    id: Id
    weight: Weight = 1
    question: Text
    help: Text | None = None
    scale: Id | None = None
    provenance: Provenance | None = None
    not_applicable: NaPolicy | None = None


class SuccessFactor(Strict):
    """A success factor and its criteria."""

    id: Id
    weight: Weight = 1
    name: Text
    description: Text | None = None
    provenance: Provenance | None = None
    not_applicable: NaPolicy | None = None
    criteria: list[Criterion] = Field(min_length=1)


class ResultArea(Strict):
    """A result-area leaf, with example measures."""

    id: Id
    weight: Weight = 1
    name: Text
    description: Text | None = None
    question: Text
    help: Text | None = None
    measures: list[Text] = Field(default_factory=list)
    scale: Id | None = None
    provenance: Provenance | None = None
    not_applicable: NaPolicy | None = None
    related: list[Id] = Field(default_factory=list)
    """The criteria whose ways of working this result follows from (rule 11: shown both ways)."""


class MaturityBand(Strict):
    """A band of total points (from ``min`` up to the next band's ``min``) and what it says."""

    min: Point
    label: Text
    statement: Text


class Model(Strict):
    """A complete model file."""

    format: Literal[1]
    id: Id
    version: str = Field(min_length=1, max_length=64)
    languages: list[Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")]] = Field(min_length=1)
    name: Text
    publisher: str | None = None
    provenance: Text | None = None
    default_target: Point = 70
    defaults_provenance: Provenance | None = None
    """Where the group weights and the default target come from."""
    not_applicable: NaPolicy = "flagged"
    """The policy of every node that sets none (rule 13: N/A is rare and examined)."""
    maturity: list[MaturityBand] = Field(default_factory=list)
    """The total's maturity bands, lowest first: the feedback report's maturity statement."""
    maturity_provenance: Provenance | None = None
    scales: dict[Id, Scale] = Field(min_length=1)
    groups: Groups
    success_factors: list[SuccessFactor] = Field(min_length=1)
    result_areas: list[ResultArea] = Field(min_length=1)
