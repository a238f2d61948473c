"""The consensus draft (aggregate --format yaml): says it is a draft, keeps every finding."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from typer.testing import CliRunner

from siqassess.cli import app
from siqassess.core.answers import Action, Improvement
from siqassess.criteria.tree import LoadedModel
from siqassess.io.answers import read_answers

from .conftest import AnswersWriter, ModelWriter

runner = CliRunner()


@pytest.fixture
def pair(mini_model: ModelWriter, answers: AnswersWriter) -> tuple[Path, LoadedModel, list[Path]]:
    model_path, model = mini_model()
    eva = answers(
        model,
        "eva.yaml",
        {
            "A.1": {
                "score": 40,
                "note": "We measure it monthly.",
                "strengths": ["Clear owner"],
                "improvements": [
                    Improvement(
                        text="No follow-up",
                        actions=[
                            Action(text="Quarterly review", owner="Eva", due=dt.date(2026, 6, 1))
                        ],
                    ),
                    "Too slow",
                ],
                "evidence": ["https://intra.example/a1", "Minutes 2026-01"],
            },
            "B.1": {"na": True, "reason": "We have no B"},
        },
        respondent="Eva",
        organisation="Acme",
        language="en",
    )
    olle = answers(
        model,
        "olle.yaml",
        {
            "A.1": {"score": 70, "strengths": ["Clear owner"], "evidence": ["Minutes 2026-01"]},
            "B.1": 50,
        },
        respondent="Olle",
        organisation="Acme",
        language="en",
    )
    return model_path, model, [eva, olle]


def test_draft_says_it_is_a_draft_and_keeps_every_finding_with_its_author(
    pair: tuple[Path, LoadedModel, list[Path]], tmp_path: Path
) -> None:
    model_path, model, files = pair
    out = tmp_path / "draft.yaml"
    args = ["aggregate", *map(str, files), "-m", str(model_path), "-f", "yaml", "-o", str(out)]
    result = runner.invoke(app, [*args, "--lang", "en"])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    header = " ".join(line.removeprefix("# ") for line in text.splitlines()[1:13])
    assert header == (
        "Consensus draft for the team's meeting (status: draft), not an agreed result: the "
        "meeting agrees each score in discussion and edits this file. "
        "Made by siqassess aggregate from 2 assessors' answers. A question the team "
        "disagrees on (max − min ≥ 30) is blank (score: null), with every assessor's own score "
        "and argument under respondents:, so that no mean anchors the discussion; elsewhere "
        "the score is the suggestion (suggested:), the mean rounded to the scale. A question "
        "is not applicable when more assessors said so than gave a score. "
        "Every assessor's notes, strengths, areas for improvement (with actions) and evidence "
        "are kept, each starting with the assessor's name; group: shows the spread. "
        "Fill in every blank score (or na: true with a reason), write a one-line reason: "
        "wherever the agreed score differs from the suggestion, then run: siqassess consensus "
        'close DRAFT -o AGREED.yaml --present "Name, Name"'
    )
    assert all(len(line) <= 92 for line in text.splitlines()[1:13])
    assert "status: draft" in text.splitlines()
    # Our own reader loads it back, and validate accepts it.
    checked = runner.invoke(app, ["validate", str(out), "-m", str(model_path)])
    assert checked.exit_code == 0, checked.output
    back = read_answers(out, model)
    a1 = back.answers["A.1"]  # 40 and 70: flagged, so blank, with each one's own answer
    assert a1 is not None and a1.score is None and a1.suggested is None
    eva, olle = a1.respondents
    assert (eva.name, eva.score, eva.note) == ("Eva", 40, "We measure it monthly.")
    assert eva.strengths == ["Clear owner"] and eva.improvements[1] == "Too slow"
    assert (olle.name, olle.score, olle.strengths) == ("Olle", 70, ["Clear owner"])
    assert a1.note is None
    assert a1.strengths == ["Eva: Clear owner", "Olle: Clear owner"]
    assert a1.improvements == [
        Improvement(
            text="Eva: No follow-up",
            actions=[Action(text="Quarterly review", owner="Eva", due=dt.date(2026, 6, 1))],
        ),
        "Eva: Too slow",
    ]
    assert a1.evidence == [
        "Eva: https://intra.example/a1",
        "Eva: Minutes 2026-01",
        "Olle: Minutes 2026-01",
    ]
    b1 = back.answers["B.1"]  # one N/A, one score: not a majority, the score stands
    assert b1 is not None and (b1.na, b1.score, b1.suggested) == (False, 50, 50)
    assert b1.note == "Eva (N/A): We have no B"
    assert back.respondents == ["Eva", "Olle"] and back.organisation == "Acme"


def test_draft_header_is_in_the_users_language(
    pair: tuple[Path, LoadedModel, list[Path]], tmp_path: Path
) -> None:
    model_path, _, files = pair
    out = tmp_path / "utkast.yaml"
    args = ["aggregate", *map(str, files), "-m", str(model_path), "-o", str(out), "-l", "sv"]
    assert runner.invoke(app, args).exit_code == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert " ".join(line.removeprefix("# ") for line in lines[1:7]).startswith(
        "Utkast till konsensus för teamets möte (status: draft), inte ett överenskommet "
        "resultat: mötet enas om varje poäng i diskussion och redigerar filen. Skapat av "
        "siqassess aggregate ur 2 bedömares svar. En fråga där teamet är oense (max − min ≥ "
        "30) är tom (score: null), med varje bedömares egen poäng och motivering under "
        "respondents:"
    )
    assert "language: sv" in lines
    assert runner.invoke(app, ["validate", str(out), "-m", str(model_path)]).exit_code == 0
