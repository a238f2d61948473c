"""A result area's measures as read from an answers file (domain rule 16). Pure types, no I/O."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

Number = Annotated[float, Field(allow_inf_nan=False, ge=-1e12, le=1e12)]
Year = int
"""A calendar year; checked against the assessment's date in :mod:`siqassess.io.measures`."""
Direction = Literal["higher", "lower", "target"]
CriterionId = Annotated[str, StringConstraints(min_length=1, max_length=64)]


class _Strict(BaseModel):
    # Each schema is built when first used, all in one go, not class by class at import: the
    # import of core.answers and the first validation of an answers file took 102 ms of CPU
    # before, 71 ms so (in one process, after Typer's own imports; 3 runs each).
    model_config = ConfigDict(extra="forbid", strict=True, defer_build=True)


class Comparison(_Strict):
    """A value to compare the latest value with, and where it comes from."""

    value: Number
    source: str
    """For example "Kolada, liknande kommuner, 2025" or "riket"; required, never blank."""
    year: Year | None = None


class Measure(_Strict):
    """One measure of a result area: values and targets per year, comparisons, links."""

    name: str = Field(min_length=1, max_length=300)
    unit: str = ""
    direction: Direction = "higher"
    """Which way is good: ``higher``, ``lower``, or ``target`` (close to the target)."""
    values: dict[Year, Number] = Field(default_factory=dict)
    targets: dict[Year, Number] = Field(default_factory=dict)
    comparisons: list[Comparison] = Field(default_factory=list)
    follows_from: list[CriterionId] = Field(default_factory=list)
    """The ways-of-working criteria (leaf ids) this result follows from."""
    source: str = ""
    suggested: Annotated[int, Field(ge=1, le=999)] | None = None
    """Which of the model's suggested measures for the area (1-based) this one is."""
