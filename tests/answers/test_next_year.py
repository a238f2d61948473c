"""Rule 12: `init --from LAST.yaml` starts next year's assessment from this one."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from typer.testing import CliRunner

from siqassess.cli import app
from siqassess.criteria.tree import LoadedModel
from siqassess.io.answers import (
    Action,
    Answer,
    Improvement,
    new_answers,
    read_answers,
    save_answers,
)

runner = CliRunner()


def _last_year(model: LoadedModel, path: Path) -> Path:
    answers = new_answers(
        model, organisation="Norrvik kommun", unit="Teknik", respondent="Ledningen", language="en"
    )
    answers.default_target = 80
    answers.answers["F1.1"] = Answer(
        score=60,
        target=90,
        note="Dialogue twice a year.",
        evidence=["survey.pdf"],
        strengths=["Customer meetings every quarter"],
        improvements=[
            "Prospective customers are not reached",
            Improvement(
                text="Insights do not reach decisions",
                actions=[
                    Action(text="Monthly insight digest", owner="Anna", due=dt.date(2026, 3, 1))
                ],
            ),
        ],
    )
    answers.answers["F5.3"] = Answer(na=True, reason="Benchmarking is done centrally.")
    answers.answers["R1"] = Answer(score=50)
    save_answers(path, answers, model)
    return path


def test_init_from_carries_findings_and_blanks_every_score(
    model: LoadedModel, tmp_path: Path
) -> None:
    last = _last_year(model, tmp_path / "2026.yaml")
    new = tmp_path / "2027.yaml"
    result = runner.invoke(app, ["init", "--from", str(last), "-o", str(new)])
    assert result.exit_code == 0, result.output
    assert f"Wrote {new}, started from {last}: header, findings, evidence" in result.stdout
    answers = read_answers(new, model)
    assert (answers.organisation, answers.unit, answers.respondent) == (
        "Norrvik kommun",
        "Teknik",
        "Ledningen",
    )
    assert (answers.default_target, answers.status, answers.date) == (
        80,
        "in_progress",
        dt.date.today(),
    )
    f11 = answers.answer("F1.1")
    assert f11 is not None
    assert (f11.score, f11.na, f11.last_year, f11.target) == (None, False, 60, 90)
    assert f11.note == "Dialogue twice a year." and f11.evidence == ["survey.pdf"]
    assert f11.strengths == ["Customer meetings every quarter"]
    assert f11.improvements[0] == "Prospective customers are not reached"
    action = f11.improvements[1]
    assert isinstance(action, Improvement) and action.actions[0].owner == "Anna"
    f53 = answers.answer("F5.3")
    assert f53 is not None and (f53.na, f53.reason, f53.last_year) == (False, None, "na")
    assert all(a is None or not a.answered for a in answers.answers.values())
    text = new.read_text(encoding="utf-8")
    assert "  # last year: 60\n  F1.1:\n" in text
    assert "  # last year: not applicable\n  F5.3:\n" in text
    assert "  # last year: 50\n  R1:\n    last_year: 50\n" in text


def test_last_year_is_shown_in_swedish_comments(model: LoadedModel, tmp_path: Path) -> None:
    last = _last_year(model, tmp_path / "2026.yaml")
    new = tmp_path / "2027.yaml"
    result = runner.invoke(app, ["init", "--from", str(last), "-o", str(new), "--lang", "sv"])
    assert result.exit_code == 0, result.output
    # The file keeps last year's language (en); the messages follow --lang.
    assert "Skrev " in result.stdout
    assert "  # last year: 60\n" in new.read_text(encoding="utf-8")


def test_compare_between_the_two_years_has_no_drift(model: LoadedModel, tmp_path: Path) -> None:
    last = _last_year(model, tmp_path / "2026.yaml")
    new = tmp_path / "2027.yaml"
    assert runner.invoke(app, ["init", "--from", str(last), "-o", str(new)]).exit_code == 0
    answers = read_answers(new, model)
    answers.answers["F1.1"] = answers.answers["F1.1"].model_copy(update={"score": 70})  # type: ignore[union-attr]
    save_answers(new, answers, model)
    result = runner.invoke(app, ["compare", str(last), str(new), "--strict-model", "-f", "json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    deltas = {n["id"]: n for n in doc["nodes"]}
    assert deltas["F1.1"]["delta"] == 10


def test_a_file_for_another_model_is_refused(model: LoadedModel, tmp_path: Path) -> None:
    last = _last_year(model, tmp_path / "2026.yaml")
    text = last.read_text(encoding="utf-8").replace("id: siq-2019-1", "id: other", 1)
    last.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["init", "--from", str(last), "-o", str(tmp_path / "n.yaml")])
    assert result.exit_code == 1
    message = "answers model 'other', not 'siq-2019-1'; pass --model other [model.id]"
    assert f"{last}:7:3: {message}" in result.output
    assert not (tmp_path / "n.yaml").exists()
