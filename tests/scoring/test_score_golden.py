"""`siqassess score` output, byte for byte, over varied answers files of the built-in model.

The batch path is written for speed (flattened tree, remembered sort keys and coverage
documents); these golden files hold its every output byte still: every node, gap, rank,
finding and error message, in JSON, CSV and the table. Rewrite them only with a reason.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from siqassess.cli import app
from siqassess.criteria.tree import LoadedModel
from siqassess.io.answers import Action, Answer, Improvement, dump_answers, new_answers

GOLDEN = Path(__file__).parent / "golden"
SCORES = (0.0, 10.0, 20.0, 50.0, 60.0, 70.0, 100.0)


def _answer(rng: random.Random, *, blanks: bool = True) -> Answer | None:
    """One leaf's answer: missing, N/A or a score, sometimes with a target and findings."""
    roll = rng.random()
    if roll < 0.1 and blanks:
        return None
    fields: dict[str, object] = {}
    if roll < 0.2:
        fields.update(na=True, reason="Not relevant")
    else:
        fields["score"] = rng.choice(SCORES)
    if rng.random() < 0.3:
        fields["target"] = float(rng.randrange(0, 101, 10))
    if rng.random() < 0.2:
        fields["strengths"] = ["Clear goals", "Regular follow-up"][: rng.randrange(1, 3)]
    if rng.random() < 0.2:
        plan = Improvement(
            text="Plan the work",
            actions=[
                Action(text="Write it", owner="Eva", due=dt.date(2027, 1, 2)),
                Action(text="Do it"),
            ],
        )
        fields["improvements"] = ["Measure more", plan]
    return Answer.model_validate(fields)


@pytest.fixture
def varied(model: LoadedModel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Twelve files: scores, N/A, blanks, own and default targets, findings; three refused
    (a score off the scale, a complete file with blanks), one complete one that is not."""
    rng = random.Random(16)
    folder = tmp_path / "varied"
    folder.mkdir()
    for i in range(12):
        answers = new_answers(
            model,
            organisation=f"Org {i}",
            respondent=f"R{i % 3}",
            language=("sv", "en")[i % 2],
            date=dt.date(2026, 3, 1 + i),
        )
        update: dict[str, object] = {}
        if i % 4 == 1:
            update["default_target"] = float(rng.randrange(40, 101, 10))
        if i in (2, 7):
            update["status"] = "complete"
        answers = answers.model_copy(update=update)
        for leaf in model.leaves:
            answers.answers[leaf.id] = _answer(rng, blanks=i != 7)
        if i in (3, 8):
            answers.answers[model.leaves[i * 2].id] = Answer(score=55)  # off the scale
        (folder / f"f{i:02d}.yaml").write_text(dump_answers(answers, model), encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # the files are named as given: varied/f00.yaml
    return Path("varied")


@pytest.mark.parametrize(("fmt", "suffix"), [("json", "json"), ("csv", "csv"), ("table", "txt")])
def test_score_output_is_unchanged(
    varied: Path, fmt: str, suffix: str, golden: Callable[[Path, str], None]
) -> None:
    result = CliRunner().invoke(
        app, ["score", str(varied), "--format", fmt, "--lang", "en"], env={"COLUMNS": "160"}
    )
    assert result.exit_code == 1  # some files are refused, and said so
    golden(GOLDEN / f"varied.{suffix}", result.stdout)
    golden(GOLDEN / f"varied.{suffix}.stderr", result.stderr)
