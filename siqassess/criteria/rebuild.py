"""A model already validated, taken apart into JSON values and put back together unchecked.

The model cache (:mod:`siqassess.io.model_cache`) keeps the built-in model in this form, so
that a command need not parse and validate the model file on every start. ``spec_from_dump``
builds each part with pydantic's ``model_construct``: no validation, and no schema built, so
the schema classes (``defer_build``) cost next to nothing to define. It must only ever be given
what ``spec_dump`` made of a validated model.
"""

from __future__ import annotations

from typing import Any

from siqassess.criteria.schema import (
    Band,
    Criterion,
    Group,
    Groups,
    MaturityBand,
    Model,
    Provenance,
    ResultArea,
    Scale,
    SuccessFactor,
)

Dump = dict[str, Any]


def spec_dump(model: Model) -> Dump:
    """A validated model as JSON values: only the keys the file set, so defaults stay
    defaults and the rebuilt model is equal to this one, down to its set fields."""
    return model.model_dump(mode="json", exclude_unset=True)


def spec_from_dump(data: Dump) -> Model:
    """The model ``spec_dump`` took apart (a ``KeyError`` or ``TypeError`` if it is not one)."""
    fields = dict(data)
    _provenance(fields, "defaults_provenance")
    _provenance(fields, "maturity_provenance")
    if "maturity" in fields:
        fields["maturity"] = [MaturityBand.model_construct(**band) for band in fields["maturity"]]
    fields["scales"] = {key: _scale(scale) for key, scale in fields["scales"].items()}
    groups = fields["groups"]
    fields["groups"] = Groups.model_construct(
        ways_of_working=Group.model_construct(**groups["ways_of_working"]),
        results=Group.model_construct(**groups["results"]),
    )
    fields["success_factors"] = [_factor(factor) for factor in fields["success_factors"]]
    fields["result_areas"] = [_area(area) for area in fields["result_areas"]]
    return Model.model_construct(**fields)


def _provenance(fields: Dump, key: str) -> None:
    if fields.get(key) is not None:
        fields[key] = Provenance.model_construct(**fields[key])


def _scale(data: Dump) -> Scale:
    fields = dict(data)
    fields["bands"] = [Band.model_construct(**band) for band in fields["bands"]]
    _provenance(fields, "provenance")
    return Scale.model_construct(**fields)


def _factor(data: Dump) -> SuccessFactor:
    fields = dict(data)
    _provenance(fields, "provenance")
    fields["criteria"] = [_criterion(criterion) for criterion in fields["criteria"]]
    return SuccessFactor.model_construct(**fields)


def _criterion(data: Dump) -> Criterion:
    fields = dict(data)
    _provenance(fields, "provenance")
    return Criterion.model_construct(**fields)


def _area(data: Dump) -> ResultArea:
    fields = dict(data)
    _provenance(fields, "provenance")
    return ResultArea.model_construct(**fields)
