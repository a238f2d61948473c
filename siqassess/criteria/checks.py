"""Semantic checks that a schema alone cannot express."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from siqassess.criteria.schema import Model, Scale
from siqassess.criteria.tree import GROUP_IDS, ROOT_ID
from siqassess.errors import Msg, dotted, msg

Finding = tuple[tuple[str | int, ...], Msg]
"""A key path into the file and what is wrong there (a catalogue message: model authors read
these in their language too)."""


def check_model(model: Model) -> list[Finding]:
    """Every semantic problem in a schema-valid model, in file order."""
    from siqassess.criteria.links import check_links

    findings = [*_ids(model), *_texts(model), *_scales(model), *_leaf_scales(model)]
    findings += check_links(model)
    if not findings:
        findings.extend(_default_target(model))
    return findings


def _ids(model: Model) -> Iterator[Finding]:
    return duplicate_ids(model.model_dump())


def duplicate_ids(data: Any) -> Iterator[Finding]:
    """Ids used twice; works on raw parsed YAML too, so it can run when the schema fails."""
    seen: dict[str, Msg | str] = {ROOT_ID: msg("chk_the_root")}
    seen.update({g: msg("chk_a_group") for g in GROUP_IDS})
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
            yield path, msg("chk_duplicate_id", id=repr(node_id), by=seen[node_id])
        else:
            seen[node_id] = dotted(path[:-1])


def _texts(model: Model) -> Iterator[Finding]:
    wanted = set(model.languages)
    if len(wanted) != len(model.languages):
        yield ("languages",), msg("chk_language_twice")
    for path, text in _walk_texts(model.model_dump(), ()):
        for lang in sorted(wanted - text.keys()):
            yield path, msg("chk_missing_text", lang=repr(lang))
        for lang in sorted(text.keys() - wanted):
            yield (*path, lang), msg("chk_undeclared_language", lang=repr(lang))
        for lang, value in text.items():
            if lang in wanted and not value.strip():
                yield (*path, lang), msg("chk_empty_text", lang=repr(lang))


_TEXT_KEYS = {
    "name",
    "description",
    "question",
    "help",
    "label",
    "descriptor",
    "provenance",
    "placement",
    "statement",
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
            lo, hi = SCORE_RANGE
            yield (*path, key), msg("chk_scale_range", min=scale.min, max=scale.max, lo=lo, hi=hi)
            continue
        if (scale.max - scale.min) % scale.step:
            span = {"min": scale.min, "max": scale.max}
            yield (*path, "step"), msg("chk_step", step=scale.step, **span)
            continue
        expected = scale.min
        for i, band in enumerate(scale.bands):
            where = (*path, "bands", i)
            if band.min > band.max:
                yield (*where, "min"), msg("chk_band_reversed", min=band.min, max=band.max)
            elif band.min < expected:
                yield (*where, "min"), msg("chk_band_overlaps", min=band.min)
            elif band.min > expected:
                # Said at the band before the gap (the one likely changed), with the values.
                n, uncovered = _values(expected, band.min - scale.step, scale.step)
                if i:
                    prev = scale.bands[i - 1]
                    reach = f"{prev.min:g}–{prev.max:g}"
                    yield (
                        (*path, "bands", i - 1, "max"),
                        msg("chk_no_band", count=n, values=uncovered, band=reach, next=band.min),
                    )
                else:
                    yield (*where, "min"), msg("chk_no_band_start", count=n, values=uncovered)
            if (band.min - scale.min) % scale.step or (band.max - scale.min) % scale.step:
                span = {"min": band.min, "max": band.max}
                yield where, msg("chk_band_step", step=scale.step, **span)
            expected = max(expected, band.max + scale.step)
        if expected <= scale.max:
            n, uncovered = _values(expected, scale.max, scale.step)
            last = (*path, "bands", len(scale.bands) - 1, "max") if scale.bands else (*path,)
            yield last, msg("chk_no_band_end", count=n, values=uncovered)
        elif expected > scale.max + scale.step:
            yield (*path, "bands"), msg("chk_bands_past", max=scale.max)


def _values(lo: float, hi: float, step: float) -> tuple[int, str]:
    """How many scale values run from ``lo`` to ``hi``, and they: ``50``, ``30, 40``, or
    ``10, 20 … 60``."""
    found = [lo + k * step for k in range(int((hi - lo) // step) + 1)] if step > 0 else [lo]
    shown = [f"{v:g}" for v in found]
    text = ", ".join(shown) if len(shown) <= 3 else f"{shown[0]}, {shown[1]} … {shown[-1]}"
    return len(shown), text


def off_scale(value: float, scale_id: str, scale: Scale) -> Msg | None:
    """Why ``value`` is not on ``scale``, or None when it is."""
    if scale.min <= value <= scale.max and (value - scale.min) % scale.step == 0:
        return None
    shown = int(value) if float(value).is_integer() else value
    span = {"min": scale.min, "max": scale.max, "step": scale.step}
    return msg("chk_off_scale", value=shown, scale=repr(scale_id), **span)


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
            yield ("groups", group, "scale"), msg("chk_unknown_scale", scale=repr(scale))
    for i, factor in enumerate(model.success_factors):
        for j, crit in enumerate(factor.criteria):
            if crit.scale is not None and crit.scale not in model.scales:
                path = ("success_factors", i, "criteria", j, "scale")
                yield path, msg("chk_unknown_scale", scale=repr(crit.scale))
    for i, area in enumerate(model.result_areas):
        if area.scale is not None and area.scale not in model.scales:
            yield ("result_areas", i, "scale"), msg("chk_unknown_scale", scale=repr(area.scale))
