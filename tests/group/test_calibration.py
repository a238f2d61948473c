"""Respondent groups (rule 14) and calibration (rule 15): figures worked by hand, exact output."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from typer.testing import CliRunner

from siqassess.cli import app
from siqassess.core.calibration import krippendorff_interval

from .conftest import AnswersWriter, ModelWriter

runner = CliRunner()
N = None

# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the reliability data of
# section C: four observers, twelve units, values 1–5 with gaps. Interval α = 0.849.
PUBLISHED = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3],
    [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N],
]


def test_alpha_matches_krippendorffs_published_example() -> None:
    alpha = krippendorff_interval(PUBLISHED)
    assert alpha is not None and round(alpha, 3) == 0.849
    assert alpha == pytest.approx(0.8491071428571428, abs=1e-12)


def test_alpha_by_hand_and_where_it_is_undefined() -> None:
    # two coders, two units: (0, 10) and (20, 20). D_o = (200 + 0) / 4 = 50;
    # D_e over 0, 10, 20, 20: 2(4·900 − 50²) / 12 = 2200 / 12; α = 1 − 50·12/2200 = 8/11
    assert krippendorff_interval([[0, 20], [10, 20]]) == pytest.approx(8 / 11)
    assert krippendorff_interval([[40, 40], [40, 40]]) is None  # no variation at all
    assert krippendorff_interval([[40, N], [N, 50]]) is None  # nothing pairable


@pytest.fixture
def team(mini_model: ModelWriter, answers: AnswersWriter) -> tuple[Path, list[Path]]:
    """Eva (ledning) 60/40/70, Olle (ledning) 40/40/na, Pia (medarbetare) 20/50/70."""
    model_path, model = mini_model()
    day = {"organisation": "Acme", "date": dt.date(2026, 10, 1), "language": "en"}
    files = [
        answers(model, "eva.yaml", {"A.1": 60, "A.2": 40, "R1": 70}, respondent="Eva", **day),
        answers(model, "olle.yaml", {"A.1": 40, "A.2": 40, "R1": "na"}, respondent="Olle", **day),
        answers(model, "pia.yaml", {"A.1": 20, "A.2": 50, "R1": 70}, respondent="Pia", **day),
    ]
    for path, role in zip(files, ("ledning", "ledning", "<b>medarbetare</b>"), strict=True):
        text = path.read_text(encoding="utf-8").replace("status: in_progress", f"role: '{role}'")
        path.write_text(text, encoding="utf-8")
    return model_path, files


def test_calibration_offsets_pairs_and_alpha(team: tuple[Path, list[Path]]) -> None:
    model_path, files = team
    args = ["aggregate", *map(str, files), "-m", str(model_path), "--calibration", "-f", "md"]
    result = runner.invoke(app, [*args, "-l", "en"])
    assert result.exit_code == 0, result.output
    # means: A.1 40, A.2 43⅓, R1 70. Eva +20, −3⅓, 0 → +5.6; Olle 0, −3⅓ → −1.7;
    # Pia −20, +6⅔, 0 → −4.4. Within 10: Eva–Olle A.2 only (1 of 2); Eva–Pia A.2, R1 (2 of 3);
    # Olle–Pia A.2 (1 of 2). α over A.1 (60, 40, 20), A.2 (40, 40, 50), R1 (70, 70): D_o =
    # (4800/2 + 400/2 + 0) / 8 = 325; D_e = 2(8·21100 − 390²) / 56 = 33400/56; α = 0.455.
    assert result.stdout.splitlines()[4:20] == [
        "For whoever leads the consensus meeting, not for the organisation's report. Offset: the "
        "assessor's score minus the group mean, averaged over the questions they scored.",
        "",
        "Krippendorff's α (interval) for the team: 0.455, over 3 questions scored by at least "
        "two assessors (1 is full agreement, 0 no more than chance).",
        "",
        "| Assessor | Offset from the group mean | Questions |",
        "|---|--:|--:|",
        "| Eva | +5.6 | 3 |",
        "| Olle | −1.7 | 2 |",
        "| Pia | −4.4 | 3 |",
        "",
        "## Pairs of assessors",
        "",
        "For each pair: the questions both scored, and the share within 10 points.",
        "",
        "| Assessors | Questions both scored | Within 10 points |",
        "|---|--:|--:|",
    ]
    assert result.stdout.splitlines()[20:23] == [
        "| Eva – Olle | 2 | 50% |",
        "| Eva – Pia | 3 | 67% |",
        "| Olle – Pia | 2 | 50% |",
    ]
    sv = runner.invoke(app, [*args[:-2], "-l", "sv"])
    assert "Krippendorffs α (intervall) för teamet: 0,455, över 3 frågor som minst två " in (
        sv.stdout
    )
    assert "Eva – Pia                            3           67 %" in sv.stdout


def test_by_role_shows_each_roles_mean_and_flags_the_gap(team: tuple[Path, list[Path]]) -> None:
    model_path, files = team
    args = ["aggregate", *map(str, files), "-m", str(model_path), "--by-role"]
    result = runner.invoke(app, [*args, "-f", "md", "-l", "en"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "# For the facilitator: Acme"
    assert lines[4] == (
        "Roles (assessors): ledning (2), <b>medarbetare</b> (1). A question is flagged (!) "
        "when the role means are 20 points or more apart: management and staff see it "
        "differently, which is a finding."
    )
    assert lines[6:13] == [
        "| Question | ledning | <b>medarbetare</b> | Gap |  |",
        "|---|--:|--:|--:|--:|",
        "| A.1 | 50 | 20 | 30 | ! |",  # (60 + 40) / 2 against 20
        "| A.2 | 40 | 50 | 10 |  |",
        "| B.1 | – | – | – |  |",
        "| R1 | 70 | 70 | 0 |  |",
        "| R2 | – | – | – |  |",
    ]
    assert lines[14] == "1 question where the roles differ by 20 points or more: A.1."
    wider = runner.invoke(app, [*args, "--role-gap", "35", "-l", "sv"])
    assert "Ingen fråga där rollerna skiljer sig 35 poäng eller mer." in wider.stdout
    page = runner.invoke(app, [*args, "-f", "html", "-l", "sv"])
    assert "<th>&lt;b&gt;medarbetare&lt;/b&gt;</th>" in page.stdout and "<b>m" not in page.stdout


def test_the_facilitator_views_refuse_other_formats(team: tuple[Path, list[Path]]) -> None:
    model_path, files = team
    args = ["aggregate", *map(str, files), "-m", str(model_path), "--calibration", "-f", "csv"]
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert result.output == (
        "siqassess: error: --by-role and --calibration write table, md or html, not csv: choose "
        "one of those with --format\n"
    )


def test_pairs_stop_at_forty_assessors_while_offsets_and_alpha_cover_all(
    mini_model: ModelWriter, answers: AnswersWriter
) -> None:
    model_path, model = mini_model()
    files = [
        answers(model, f"r{i}.yaml", {"A.1": (i % 11) * 10, "A.2": 50}, respondent=f"R{i}")
        for i in range(41)
    ]
    args = ["aggregate", *map(str, files), "-m", str(model_path), "--calibration", "-l", "en"]
    result = runner.invoke(app, [*args, "-f", "md"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert (
        "41 assessors: pairs are listed for at most 40; the offsets and α above cover everyone."
        in (lines)
    )
    assert lines[-2:] == [
        "| Assessors | Questions both scored | Within 10 points |",
        "|---|--:|--:|",
    ]
    assert sum(line.startswith("| R") for line in lines) == 41  # one offset row each


_VALUE = st.one_of(st.none(), st.integers(0, 10).map(lambda v: v * 10))


@example(data=[[0, 20], [10, 20]], shift=10)
@example(data=[[N, 50, 50], [40, 50, N], [40, 60, 70]], shift=-30)
@given(
    data=st.integers(2, 5).flatmap(
        lambda units: st.lists(
            st.lists(_VALUE, min_size=units, max_size=units), min_size=2, max_size=5
        )
    ),
    shift=st.integers(-50, 50),
)
def test_alpha_is_at_most_one_and_ignores_a_shift_of_every_score(
    data: list[list[int | None]], shift: int
) -> None:
    alpha = krippendorff_interval(data)
    moved = krippendorff_interval([[None if v is None else v + shift for v in row] for row in data])
    if alpha is None:
        assert moved is None
    else:
        assert alpha <= 1 + 1e-12
        assert moved == pytest.approx(alpha, abs=1e-9)
