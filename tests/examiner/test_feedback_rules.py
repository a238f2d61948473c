"""The feedback report's examiner rules as pure functions (rule 11): consistency notes, the
overall assessment's picks, the maturity band and the questions for the site visit."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from siqassess.core.answers import Answer, AnswersFile, GroupStats, Improvement
from siqassess.core.feedback_summary import (
    Pick,
    consistency,
    leaf_notes,
    main_improvements,
    main_strengths,
    maturity,
)
from siqassess.core.scoring import Result, score
from siqassess.core.site_visit import Visit, site_visit
from siqassess.criteria.tree import LoadedModel
from siqassess.io.answers import leaf_inputs, new_answers, read_answers
from siqassess.io.models import resolve_model

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def siq() -> LoadedModel:
    return resolve_model("siq-2019-1")


def _file(model: LoadedModel, **answers: Answer) -> AnswersFile:
    data = new_answers(model, language="en", date=dt.date(2026, 10, 15))
    data.answers.update(answers)
    return data


def _scored(model: LoadedModel, data: AnswersFile) -> Result:
    return score(model, leaf_inputs(data), data.default_target)


@pytest.mark.parametrize(
    ("answer", "notes"),
    [
        (Answer(score=70), ("high_unsupported",)),
        (Answer(score=70, evidence=["x"]), ()),
        (Answer(score=70, strengths=["s"]), ()),
        (Answer(score=60), ()),
        (Answer(score=100, improvements=["i"]), ("high_unsupported", "improvement_at_top")),
        (Answer(score=100, improvements=["i"], strengths=["s"]), ("improvement_at_top",)),
        (Answer(score=90, improvements=["i"], strengths=["s"]), ()),
        (Answer(score=30, strengths=["s"]), ("strengths_only_low",)),
        (Answer(score=0, strengths=["s"]), ("strengths_only_low",)),
        (Answer(score=30, strengths=["s"], improvements=["i"]), ()),
        (Answer(score=40, strengths=["s"]), ()),
        (Answer(na=True, reason="r", strengths=["s"]), ()),
        (Answer(strengths=["s"]), ()),
        (None, ()),
    ],
)
def test_consistency_notes_where_score_and_findings_disagree(
    answer: Answer | None, notes: tuple[str, ...]
) -> None:
    assert leaf_notes(answer) == notes


def test_consistency_lists_only_the_leaves_with_a_note_in_model_order(siq: LoadedModel) -> None:
    data = _file(siq, R1=Answer(score=80), **{"F1.2": Answer(score=20, strengths=["s"])})
    assert consistency(siq, data.answers) == {
        "F1.2": ("strengths_only_low",),
        "R1": ("high_unsupported",),
    }


def test_main_strengths_are_written_strengths_by_score_then_model_order(
    siq: LoadedModel,
) -> None:
    data = _file(
        siq,
        **{
            "F2.1": Answer(score=50, strengths=["b"]),
            "F1.3": Answer(score=80, strengths=["a", "second"], evidence=["e"]),
            "F1.1": Answer(score=50, strengths=["c"]),
            "F3.1": Answer(strengths=["no score"]),
            "F4.1": Answer(score=90, strengths=["   "]),
        },
    )
    assert main_strengths(siq, data, _scored(siq, data)) == (
        Pick("F1.3", "a", 80),
        Pick("F1.1", "c", 50),
        Pick("F2.1", "b", 50),
        Pick("F3.1", "no score", None),
    )


def test_main_strengths_are_five_at_most(siq: LoadedModel) -> None:
    leaves = [leaf.id for leaf in siq.leaves][:7]
    data = _file(siq, **{i: Answer(score=10 * n, strengths=[i]) for n, i in enumerate(leaves)})
    picks = main_strengths(siq, data, _scored(siq, data))
    assert [p.id for p in picks] == leaves[6:1:-1]


def test_fewer_than_three_strengths_are_filled_by_score_at_target(siq: LoadedModel) -> None:
    data = _file(
        siq,
        **{
            "F1.1": Answer(score=40, strengths=["s"]),
            "F2.2": Answer(score=90, evidence=["e"]),
            "F3.3": Answer(score=80, evidence=["e"]),
            "F4.4": Answer(score=80, evidence=["e"]),
        },
    )
    assert main_strengths(siq, data, _scored(siq, data)) == (
        Pick("F1.1", "s", 40),
        Pick("F2.2", None, 90),
        Pick("F3.3", None, 80),
    )


def test_main_improvements_follow_rule_8_then_results_then_no_gap(siq: LoadedModel) -> None:
    data = _file(
        siq,
        **{
            "R1": Answer(score=10, improvements=["result"]),
            "F1.1": Answer(score=60, improvements=[Improvement(text="small gap")]),
            "F2.1": Answer(score=20, improvements=["big gap"]),
            "F3.1": Answer(score=80, improvements=["above target"], strengths=["s"]),
        },
    )
    assert main_improvements(siq, data, _scored(siq, data)) == (
        Pick("F2.1", "big gap", 20),
        Pick("F1.1", "small gap", 60),
        Pick("R1", "result", 10),
        Pick("F3.1", "above target", 80),
    )


def test_fewer_than_three_improvements_are_filled_from_the_top_of_rule_8(
    siq: LoadedModel,
) -> None:
    data = _file(
        siq,
        **{
            "F1.1": Answer(score=60, improvements=["written"]),
            "F5.2": Answer(score=10),
            "F4.4": Answer(score=30),
            "F3.3": Answer(score=50),
        },
    )
    assert main_improvements(siq, data, _scored(siq, data)) == (
        Pick("F1.1", "written", 60),
        Pick("F5.2", None, 10),
        Pick("F4.4", None, 30),
    )


@pytest.mark.parametrize(
    ("points", "band"),
    [
        (None, None),
        (0.0, "Beginning"),
        (99.4, "Beginning"),
        (99.5, "Early development"),
        (349.0, "Early development"),
        (543.0, "Established"),
        (650.0, "Well integrated"),
        (1000.0, "Role model"),
    ],
)
def test_maturity_is_the_band_that_holds_the_rounded_points(
    siq: LoadedModel, points: float | None, band: str | None
) -> None:
    found = maturity(siq, points)
    assert (found.label["en"] if found else None) == band


def test_site_visit_rule_on_every_kind(siq: LoadedModel) -> None:
    spread = GroupStats(n=3, mean=50, median=40, min=30, max=70, stdev=17.0, discuss=True)
    agreed = GroupStats(n=3, mean=50, median=50, min=40, max=60, stdev=8.0)
    data = _file(
        siq,
        **{
            "F1.1": Answer(score=70, evidence=["one"]),
            "F1.2": Answer(score=70, evidence=["one", "two"]),
            "F1.3": Answer(score=50, group=spread),
            "F1.4": Answer(score=50, group=agreed),
            "F3.1": Answer(group=spread),
            "F2.1": Answer(score=60, last_year=40),
            "F2.2": Answer(score=60, last_year=50),
            "F2.3": Answer(na=True, reason="not ours"),
            "R1": Answer(score=80, last_year=50),
        },
    )
    assert site_visit(siq, data) == (
        Visit("F1.1", ("thin_evidence",), 70),
        Visit("F1.3", ("team_spread",), 50, low=30, high=70),
        Visit("F2.1", ("big_change",), 60, previous=40),
        Visit("F2.3", ("na_flagged",), None),
        Visit("F3.1", ("team_spread",), None, low=30, high=70),  # a draft's leaf to agree
        Visit("R1", ("thin_evidence", "big_change"), 80, previous=50),
    )


def test_a_previous_file_replaces_last_year_and_an_allowed_na_is_not_visited(
    tmp_path: Path,
) -> None:
    text = (EXAMPLES.parent / "models/siq_2019_1.yaml").read_text("utf-8")
    path = tmp_path / "allowed.yaml"
    path.write_text(text.replace("not_applicable: flagged\n", "not_applicable: allowed\n"))
    model = resolve_model(str(path))
    data = _file(model, **{"F2.1": Answer(score=60, last_year=40), "F2.3": Answer(na=True)})
    assert site_visit(model, data, previous={"F2.1": 50}) == ()
    assert site_visit(model, data, previous={"F2.1": 80}) == (
        Visit("F2.1", ("big_change",), 60, previous=80),
    )


def test_norrvik_with_last_year_asks_about_f4_3_and_the_flagged_na(siq: LoadedModel) -> None:
    new = read_answers(EXAMPLES / "norrvik-2026.yaml", siq)
    old = read_answers(EXAMPLES / "norrvik-2025.yaml", siq)
    before = {k: float(a.score) for k, a in old.answers.items() if a and a.score is not None}
    chosen = {v.id: v.kinds for v in site_visit(siq, new, before)}
    assert chosen == {
        "F1.4": ("thin_evidence",),
        "F3.2": ("thin_evidence",),
        "F4.1": ("thin_evidence",),
        "F4.3": ("big_change",),
        "F5.3": ("na_flagged",),
        "R3": ("na_flagged",),
        "R4": ("thin_evidence",),
    }
