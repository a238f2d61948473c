"""A result area's measures in an answers file: the checks against the model, the YAML body."""

from __future__ import annotations

import datetime as dt

import yaml

from siqassess.core.answers import Answer, AnswersFile
from siqassess.core.measure_types import Measure
from siqassess.core.measures import AreaJudgement, judge_area
from siqassess.criteria.tree import LoadedModel, Node
from siqassess.errors import Msg, msg

FIRST_YEAR = 1900
Finding = tuple[tuple[str | int, ...], Msg]


def measure_findings(
    answers: AnswersFile, model: LoadedModel, leaf_id: str, answer: Answer
) -> list[Finding]:
    """The problems of one leaf's measures: on a result area only; no value or comparison in a
    year after the assessment's; a source for every comparison; links to known criteria."""
    path: tuple[str | int, ...] = ("answers", leaf_id, "measures")
    node = model.nodes.get(leaf_id)
    if node is None or node.kind != "result_area":
        return [(path, msg("err_measures_not_result", id=leaf_id))]
    this_year = (answers.date or dt.date.today()).year
    findings: list[Finding] = []
    for i, measure in enumerate(answer.measures):
        here = (*path, i)
        for year in measure.values:
            if year > this_year:
                findings.append(
                    ((*here, "values", year), msg("err_future_year", year=year, now=this_year))
                )
        for j, comparison in enumerate(measure.comparisons):
            if not comparison.source.strip():
                findings.append(((*here, "comparisons", j, "source"), msg("err_comparison_source")))
            if comparison.year is not None and not FIRST_YEAR <= comparison.year <= this_year:
                year_at = (*here, "comparisons", j, "year")
                findings.append((year_at, _year(comparison.year, this_year)))
        for j, criterion in enumerate(measure.follows_from):
            linked = model.nodes.get(criterion)
            if linked is None or linked.kind != "criterion":
                findings.append(((*here, "follows_from", j), msg("err_follows_from", id=criterion)))
        if measure.suggested is not None and measure.suggested > len(node.measures):
            findings.append(
                ((*here, "suggested"), msg("err_suggested_range", max=len(node.measures)))
            )
    return findings


def _year(year: int, this_year: int) -> Msg:
    if year < FIRST_YEAR:
        return msg("err_year_range", year=year)
    return msg("err_future_year", year=year, now=this_year)


def suggestions(node: Node) -> tuple[tuple[str, ...], ...]:
    """The model's suggested measures for a result area, each in all its languages."""
    return tuple(tuple(text.values()) for text in node.measures)


def judge_leaf(model: LoadedModel, node: Node, answer: Answer | None) -> AreaJudgement | None:
    """A result area's judgement; ``None`` for a criterion, or a result area without measures."""
    if node.kind != "result_area" or answer is None or not answer.measures:
        return None
    return judge_area(answer.measures, suggestions(node))


class FlowMap(dict[int, float]):
    """Values per year, written on one line: ``{2024: 7.1, 2025: 7.4}``."""


class FlowList(list[str]):
    """Short lists of ids, written on one line: ``[F4.3, F4.6]``."""


def flow_style(dumper: type[yaml.SafeDumper]) -> None:
    """Make ``dumper`` write :class:`FlowMap` and :class:`FlowList` on one line."""
    dumper.add_representer(
        FlowMap, lambda d, v: d.represent_mapping("tag:yaml.org,2002:map", v, flow_style=True)
    )
    dumper.add_representer(
        FlowList, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True)
    )


def _num(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def measure_body(measure: Measure) -> dict[str, object]:
    """One measure as YAML data: only the keys that are set, values in year order."""
    body: dict[str, object] = {"name": measure.name}
    if measure.unit:
        body["unit"] = measure.unit
    body["direction"] = measure.direction
    if measure.suggested is not None:
        body["suggested"] = measure.suggested
    if measure.values:
        body["values"] = FlowMap({y: _num(v) for y, v in sorted(measure.values.items())})
    if measure.targets:
        body["targets"] = FlowMap({y: _num(v) for y, v in sorted(measure.targets.items())})
    if measure.comparisons:
        body["comparisons"] = [
            {"value": _num(c.value), "source": c.source}
            | ({"year": c.year} if c.year is not None else {})
            for c in measure.comparisons
        ]
    if measure.follows_from:
        body["follows_from"] = FlowList(measure.follows_from)
    if measure.source:
        body["source"] = measure.source
    return body
