"""Semantic checks that a schema alone cannot express."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from siqassess.criteria.schema import Model, Scale
from siqassess.criteria.tree import GROUP_IDS, ROOT_ID
from siqassess.errors import dotted

Finding = tuple[tuple[str | int, ...], str]
"""A key path into the file and what is wrong there."""


def check_model(model: Model) -> list[Finding]:
    """Every semantic problem in a schema-valid model, in file order."""
    findings = [*_ids(model), *_texts(model), *_scales(model), *_leaf_scales(model)]
    if not findings:
        findings.extend(_default_target(model))
    return findings


def _ids(model: Model) -> Iterator[Finding]:
    return duplicate_ids(model.model_dump())


def duplicate_ids(data: Any) -> Iterator[Finding]:
    """Ids used twice; works on raw parsed YAML too, so it can run when the schema fails."""
    seen: dict[str, str] = {ROOT_ID: "the root", **{g: "a group" for g in GROUP_IDS}}
    nodes: list[tuple[tuple[str | int, ...], Any]] = []
    factors = data.get("success_factors") if isinstance(data, dict) else None
    for i, factor in enumerate(factors if isinstance(factors, list) else []):
        if not isinstance(factor, dict):
            continue
        nodes.append((("success_factors", i, "id"), factor.get("id")))
        criteria = factor.get("criteria")
        nodes.extend(
            (("success_factors", i, "criteria", j, "id"), crit.get("id"))
            for j, crit in enumerate(criteria if isinstance(criteria, list) else [])
            if isinstance(crit, dict)
        )
    areas = data.get("result_areas") if isinstance(data, dict) else None
    nodes.extend(
        (("result_areas", i, "id"), area.get("id"))
        for i, area in enumerate(areas if isinstance(areas, list) else [])
        if isinstance(area, dict)
    )
    for path, node_id in nodes:
        if not isinstance(node_id, str):
            continue
        if node_id in seen:
            yield path, f"duplicate id {node_id!r} (already used by {seen[node_id]})"
        else:
            seen[node_id] = dotted(path[:-1])


def _texts(model: Model) -> Iterator[Finding]:
    wanted = set(model.languages)
    if len(wanted) != len(model.languages):
        yield ("languages",), "a language is listed twice"
    for path, text in _walk_texts(model.model_dump(), ()):
        for lang in sorted(wanted - text.keys()):
            yield path, f"missing the {lang!r} text"
        for lang in sorted(text.keys() - wanted):
            yield (*path, lang), f"language {lang!r} is not declared in 'languages'"
        for lang, value in text.items():
            if lang in wanted and not value.strip():
                yield (*path, lang), f"the {lang!r} text is empty"


_TEXT_KEYS = {
    "name",
    "description",
    "question",
    "help",
    "label",
    "descriptor",
    "provenance",
    "placement",
}


def _walk_texts(
    data: Any, path: tuple[str | int, ...]
) -> Iterator[tuple[tuple[str | int, ...], dict[str, str]]]:
    if isinstance(data, dict):
        for key, value in data.items():
            if value is None:
                continue
            if key in _TEXT_KEYS and isinstance(value, dict) and "status" not in value:
                yield (*path, key), value
            elif key == "measures":
                yield from (((*path, key, i), m) for i, m in enumerate(value))
            else:
                yield from _walk_texts(value, (*path, key))
    elif isinstance(data, list):
        for i, item in enumerate(data):
            yield from _walk_texts(item, (*path, i))


SCORE_RANGE = (0, 100)
"""Every scale runs 0–100: scores roll up as weighted means and the total is shown as
points out of 1000 (score × 10), which are only right when every leaf shares that range."""


def _scales(model: Model) -> Iterator[Finding]:
    for scale_id, scale in model.scales.items():
        path: tuple[str | int, ...] = ("scales", scale_id)
        if (scale.min, scale.max) != SCORE_RANGE:
            key = "min" if scale.min != SCORE_RANGE[0] else "max"
            yield (
                (*path, key),
                (
                    f"scale runs {scale.min}–{scale.max}; every scale must run "
                    f"{SCORE_RANGE[0]}–{SCORE_RANGE[1]} (steps may differ)"
                ),
            )
            continue
        if (scale.max - scale.min) % scale.step:
            yield (*path, "step"), f"step {scale.step} does not divide {scale.min}–{scale.max}"
            continue
        expected = scale.min
        for i, band in enumerate(scale.bands):
            where = (*path, "bands", i)
            if band.min > band.max:
                yield (*where, "min"), f"band {band.min}–{band.max} is reversed"
            elif band.min < expected:
                yield (*where, "min"), f"band starting at {band.min} overlaps the band before it"
            elif band.min > expected:
                yield (*where, "min"), f"values {expected}–{band.min - scale.step} are in no band"
            if (band.min - scale.min) % scale.step or (band.max - scale.min) % scale.step:
                yield where, f"band {band.min}–{band.max} is not on the step of {scale.step}"
            expected = max(expected, band.max + scale.step)
        if expected <= scale.max:
            yield (*path, "bands"), f"values {expected}–{scale.max} are in no band"
        elif expected > scale.max + scale.step:
            yield (*path, "bands"), f"bands run past the scale's max of {scale.max}"


def off_scale(value: float, scale_id: str, scale: Scale) -> str:
    """Why ``value`` is not on ``scale``, or ``""`` when it is."""
    if scale.min <= value <= scale.max and (value - scale.min) % scale.step == 0:
        return ""
    shown = int(value) if float(value).is_integer() else value
    return (
        f"{shown} is not on the scale {scale_id!r} "
        f"({scale.min}–{scale.max} in steps of {scale.step})"
    )


def leaf_scale_ids(model: Model) -> list[str]:
    """The scales leaves are scored on, each once, in model order."""
    ids = [
        crit.scale or model.groups.ways_of_working.scale
        for f in model.success_factors
        for crit in f.criteria
    ]
    ids += [area.scale or model.groups.results.scale for area in model.result_areas]
    return list(dict.fromkeys(ids))


def _default_target(model: Model) -> Iterator[Finding]:
    # A default target applies to every leaf without its own, so it must be on every scale.
    for scale_id in leaf_scale_ids(model):
        message = off_scale(model.default_target, scale_id, model.scales[scale_id])
        if message:
            yield ("default_target",), message
            return


def _leaf_scales(model: Model) -> Iterator[Finding]:
    for group in GROUP_IDS:
        scale = getattr(model.groups, group).scale
        if scale not in model.scales:
            yield ("groups", group, "scale"), f"unknown scale {scale!r}"
    for i, factor in enumerate(model.success_factors):
        for j, crit in enumerate(factor.criteria):
            if crit.scale is not None and crit.scale not in model.scales:
                path = ("success_factors", i, "criteria", j, "scale")
                yield path, f"unknown scale {crit.scale!r}"
    for i, area in enumerate(model.result_areas):
        if area.scale is not None and area.scale not in model.scales:
            yield ("result_areas", i, "scale"), f"unknown scale {area.scale!r}"
