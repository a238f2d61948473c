"""aggregate: every statistic worked by hand on the minimal model, and the consensus file."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from siqassess.core import scoring
from siqassess.core.aggregate import combine
from siqassess.core.consensus import consensus, nearest_step
from siqassess.criteria.tree import LoadedModel
from siqassess.io.answers import dump_answers, leaf_inputs, read_answers
from siqassess.io.groupio import read_group

from .conftest import AnswersWriter, ModelWriter


def _model_path(files: list[Path]) -> str:
    return str(files[0].parent / "mini.yaml")  # mini_model() writes it beside the answers


@pytest.fixture
def team(mini_model: ModelWriter, answers: AnswersWriter) -> tuple[LoadedModel, list[Path]]:
    """Three respondents; see each test for the figures worked by hand."""
    _, model = mini_model()
    files = [
        answers(
            model,
            "anna.yaml",
            {"A.1": 40, "A.2": 20, "B.1": "na", "R1": 50},
            respondent="Anna",
            default_target=70,
        ),
        answers(
            model,
            "bo.yaml",
            {
                "A.1": {"score": 70, "target": 80, "note": "We measure it monthly."},
                "A.2": 40,
                "B.1": "na",
            },
            respondent="Bo",
        ),
        answers(model, "cilla.yaml", {"A.1": 50, "A.2": "na", "B.1": "na"}, respondent="Cilla"),
    ]
    return model, files


def test_leaf_statistics_by_hand(team: tuple[LoadedModel, list[Path]]) -> None:
    _model, files = team
    model, people = read_group([str(f) for f in files], model=_model_path(files))
    agg = combine(model, people, threshold=30)
    assert agg.respondents == ("Anna", "Bo", "Cilla")
    a1 = agg.leaves["A.1"]  # 40, 70, 50
    assert (a1.n, a1.min, a1.max, a1.median, a1.na, a1.missing) == (3, 40, 70, 50, 0, 0)
    assert a1.mean == pytest.approx(160 / 3)
    # deviations −13⅓, 16⅔, −3⅓: squares sum to 466⅔, divided by n = 3
    assert a1.stdev == pytest.approx(math.sqrt(466.6666667 / 3))
    assert a1.spread == 30 and a1.discuss  # exactly at the threshold is flagged
    assert a1.target == pytest.approx((70 + 80 + 60) / 3)  # Anna's file default, Bo's own, model
    notes = [(r.respondent, r.note) for r in a1.responses if r.note]
    assert notes == [("Bo", "We measure it monthly.")]
    a2 = agg.leaves["A.2"]  # 20, 40, N/A
    assert (a2.n, a2.mean, a2.median, a2.stdev, a2.na, a2.discuss) == (2, 30, 30, 10, 1, False)
    b1 = agg.leaves["B.1"]  # N/A for all three
    assert (b1.n, b1.mean, b1.median, b1.min, b1.max, b1.stdev) == (0, None, None, None, None, None)
    assert b1.all_na and b1.na == 3
    r1 = agg.leaves["R1"]  # 50, missing, missing
    assert (r1.n, r1.mean, r1.stdev, r1.missing, r1.discuss) == (1, 50, 0, 2, False)
    r2 = agg.leaves["R2"]  # nobody
    assert (r2.n, r2.mean, r2.missing, r2.all_na) == (0, None, 3, False)
    assert [s.id for s in agg.discuss] == ["A.1"]


def test_roll_up_uses_the_means(team: tuple[LoadedModel, list[Path]]) -> None:
    model, files = team
    loaded, people = read_group([str(f) for f in files], model=_model_path(files))
    agg = combine(loaded, people, threshold=30)
    nodes = agg.result.nodes
    # A = (53⅓·1 + 30·3) / 4; B.1 is N/A for all, so B and its weight drop out.
    assert nodes["A"].score == pytest.approx((160 / 3 + 90) / 4)
    assert nodes["B"].score is None and nodes["B.1"].coverage.na == 1
    assert nodes["results"].score == 50  # R1's mean; R2 has no score and is missing
    assert nodes["total"].score == pytest.approx(((160 / 3 + 90) / 4) * 0.6 + 50 * 0.4)
    cov = nodes["total"].coverage
    assert (cov.answered, cov.na, cov.missing) == (3, 1, 1)
    # the same as scoring the means by hand with the standard rules
    means = {k: scoring.LeafInput(v.mean, v.all_na, v.target) for k, v in agg.leaves.items()}
    assert scoring.score(model, means).total == agg.result.total
    # each respondent's own A: Anna (40 + 20·3)/4 = 25, Bo (70 + 40·3)/4 = 47.5, Cilla 50
    assert agg.range("A") == (25, 50)
    assert agg.range("B") == (None, None)


@pytest.mark.parametrize(("threshold", "flagged"), [(29, True), (30, True), (31, False)])
def test_discuss_threshold(
    team: tuple[LoadedModel, list[Path]], threshold: float, flagged: bool
) -> None:
    _model, files = team
    loaded, people = read_group([str(f) for f in files], model=_model_path(files))
    agg = combine(loaded, people, threshold=threshold)
    assert agg.leaves["A.1"].discuss is flagged  # A.1 spans 40–70


def test_single_respondent(mini_model: ModelWriter, answers: AnswersWriter) -> None:
    model_path, model = mini_model()
    one = answers(model, "one.yaml", {"A.1": 60, "R1": "na"}, respondent="Solo")
    loaded, people = read_group([str(one)], model=str(model_path), min_respondents=1)
    agg = combine(loaded, people, threshold=0)
    a1 = agg.leaves["A.1"]
    assert (a1.n, a1.mean, a1.median, a1.min, a1.max, a1.stdev) == (1, 60, 60, 60, 60, 0)
    assert not a1.discuss  # one person cannot disagree, even with --spread 0
    assert agg.leaves["R1"].all_na
    assert agg.result.total.score == 60


def test_all_na_everywhere(mini_model: ModelWriter, answers: AnswersWriter) -> None:
    _, model = mini_model()
    every = dict.fromkeys(("A.1", "A.2", "B.1", "R1", "R2"), "na")
    files = [answers(model, f"{n}.yaml", every, respondent=n) for n in ("X", "Y")]
    loaded, people = read_group([str(f) for f in files], model=_model_path(files))
    agg = combine(loaded, people, threshold=30)
    total = agg.result.total
    assert total.score is None  # never 0
    assert (total.coverage.answered, total.coverage.na, total.coverage.missing) == (0, 5, 0)
    assert agg.discuss == ()


@pytest.mark.parametrize(
    ("value", "expected"), [(44.99, 40), (45, 50), (53.33, 50), (65, 70), (0, 0), (100, 100)]
)
def test_nearest_step_rounds_halves_up(model: LoadedModel, value: float, expected: float) -> None:
    assert nearest_step(value, model.scale_of(model.leaves[0])) == expected


def test_consensus_file_scores_like_any_answers_file(
    team: tuple[LoadedModel, list[Path]], tmp_path: Path
) -> None:
    model, files = team
    loaded, people = read_group([str(f) for f in files], model=_model_path(files))
    agg = combine(loaded, people, threshold=30)
    assert loaded.sha256 == model.sha256
    path = tmp_path / "consensus.yaml"
    path.write_text(dump_answers(consensus(model, agg), model), encoding="utf-8")
    back = read_answers(path, model)
    assert back.respondents == ["Anna", "Bo", "Cilla"]
    a1 = back.answers["A.1"]
    # flagged to discuss (40, 70, 50): blank, no mean suggested, everyone's own answer beside it
    assert a1 is not None and a1.score is None and a1.suggested is None
    assert [(p.name, p.score, p.note) for p in a1.respondents] == [
        ("Anna", 40, None),
        ("Bo", 70, "We measure it monthly."),
        ("Cilla", 50, None),
    ]
    assert a1.target == 70  # mean target 70 is not the model's 60, so it is written
    assert a1.group is not None
    assert (a1.group.n, a1.group.min, a1.group.max, a1.group.discuss) == (3, 40, 70, True)
    assert a1.group.mean == 53.33 and a1.group.stdev == 12.47
    assert a1.note is None  # the note is Bo's, beside his score
    b1 = back.answers["B.1"]
    assert b1 is not None and b1.na and b1.suggested == "na"
    assert b1.reason == "Anna: not for Anna\nBo: not for Bo\nCilla: not for Cilla"
    a2 = back.answers["A.2"]  # 20 and 40 agree: the mean 30 is the suggestion
    assert a2 is not None and a2.score == 30 and a2.suggested == 30
    assert a2.note == "Cilla (N/A): not for Cilla"
    r2 = back.answers["R2"]
    assert r2 is not None and r2.score is None and r2.group is not None
    assert r2.group.missing == 3
    assert back.status == "draft"
    rescored = scoring.score(model, leaf_inputs(back), back.default_target)
    coverage = agg.result.total.coverage
    assert (rescored.total.coverage.answered, rescored.total.coverage.missing) == (
        coverage.answered - 1,  # A.1 waits for the meeting
        coverage.missing + 1,
    )


def test_reading_a_group_keeps_no_parsed_file(team: tuple[LoadedModel, list[Path]]) -> None:
    """Each file is reduced to a Respondent as it is read: no source map, parsed YAML or
    answers file of it stays alive, so memory does not grow with the YAML read."""
    import gc

    from siqassess.core.answers import AnswersFile
    from siqassess.io.yamlio import Source

    def alive() -> tuple[int, int]:
        gc.collect()
        found = gc.get_objects()
        return sum(isinstance(o, Source) for o in found), sum(
            isinstance(o, AnswersFile) for o in found
        )

    _, files = team
    before = alive()
    model, people = read_group([str(f) for f in files], model=_model_path(files))
    assert alive() == before
    assert [p.name for p in people] == ["Anna", "Bo", "Cilla"]
    assert [len(p.responses) for p in people] == [len(model.leaves)] * 3
