"""`consensus close`: the meeting's edited draft is checked, then written as the agreed file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from siqassess.cli import app
from siqassess.criteria.tree import LoadedModel
from siqassess.io.answers import read_answers

from .conftest import AnswersWriter, ModelWriter

runner = CliRunner()


@pytest.fixture
def draft(
    mini_model: ModelWriter, answers: AnswersWriter, tmp_path: Path
) -> tuple[Path, LoadedModel, Path]:
    """Eva and Olle: A.1 40/70 (to discuss), A.2 20/30 (agreed, 30), B.1 N/A by both, R1 60/60."""
    model_path, model = mini_model()
    header = {"organisation": "Acme", "language": "en", "date": dt.date(2026, 10, 1)}
    eva = {"A.1": {"score": 40, "note": "Only in one unit."}, "A.2": 20, "B.1": "na", "R1": 60}
    olle = {"A.1": {"score": 70, "strengths": ["Monthly review"]}, "A.2": 30, "B.1": "na"}
    files = [
        answers(model, "eva.yaml", eva, respondent="Eva", **header),
        answers(model, "olle.yaml", {**olle, "R1": 60}, respondent="Olle", **header),
    ]
    out = tmp_path / "draft.yaml"
    args = ["aggregate", *map(str, files), "-m", str(model_path), "-f", "yaml", "-o", str(out)]
    assert runner.invoke(app, args).exit_code == 0
    return model_path, model, out


def _edit(path: Path, **leaves: dict[str, object]) -> None:
    """Edit the draft as a person would: load the YAML, change keys, save."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for leaf_id, changes in leaves.items():
        data["answers"][leaf_id.replace("_", ".")].update(changes)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _line_of(path: Path, text: str) -> int:
    return next(i for i, line in enumerate(path.read_text().splitlines(), 1) if text in line)


def test_the_draft_leaves_the_disagreement_blank_with_each_assessors_answer(
    draft: tuple[Path, LoadedModel, Path],
) -> None:
    _, model, path = draft
    back = read_answers(path, model)
    assert back.status == "draft"
    a1, a2, b1 = (back.answers[k] for k in ("A.1", "A.2", "B.1"))
    assert a1 is not None and (a1.score, a1.suggested) == (None, None)
    assert [(p.name, p.score, p.note, p.strengths) for p in a1.respondents] == [
        ("Eva", 40, "Only in one unit.", []),
        ("Olle", 70, None, ["Monthly review"]),
    ]
    assert a2 is not None and (a2.score, a2.suggested, a2.respondents) == (30, 30, [])
    assert b1 is not None and (b1.na, b1.suggested) == (True, "na")
    assert b1.reason == "Eva: not for Eva\nOlle: not for Olle"
    text = path.read_text(encoding="utf-8")
    assert "  A.1:\n    score: null\n    reason: null\n" in text


def test_close_refuses_and_lists_every_problem_at_its_place(
    draft: tuple[Path, LoadedModel, Path], tmp_path: Path
) -> None:
    model_path, _, path = draft
    _edit(path, A_2={"score": 50}, R1={"reason": "Two lines\nof reason"}, R2={"score": 40})
    out = tmp_path / "agreed.yaml"
    close = ["consensus", "close", str(path), "-o", str(out), "-m", str(model_path)]
    result = runner.invoke(app, close)
    assert result.exit_code == 1
    a1 = _line_of(path, "A.1:")
    a2 = _line_of(path, "A.2:")
    r2 = _line_of(path, "R2:")
    assert result.output.splitlines() == [
        f"siqassess: error: {path}:{a1 + 1}:5: A.1 is still blank: write the score the meeting "
        "agreed (score:), or na: true with a reason [answers.A.1.score]",
        f"siqassess: error: {path}:{a2}:3: A.2: the meeting agreed on 50 and the draft "
        "suggested 30: write why in a one-line reason: [answers.A.2.reason]",
        f"siqassess: error: {path}:{r2}:3: R2 was left to the meeting, which agreed on 40: "
        "write why in a one-line reason: [answers.R2.reason]",
    ]
    assert not out.exists()
    sv = runner.invoke(app, [*close, "-l", "sv"])
    assert sv.output.splitlines()[1] == (
        f"siqassess: fel: {path}:{a2}:3: A.2: mötet enades om 50 och utkastet föreslog 30: "
        "skriv varför i en motivering på en rad (reason:) [answers.A.2.reason]"
    )
    # R1 agreed as suggested: its two-line reason is not a decision and is not checked


def test_the_agreed_file_is_yaml(draft: tuple[Path, LoadedModel, Path], tmp_path: Path) -> None:
    model_path, _, path = draft
    out = tmp_path / "agreed.xlsx"
    args = ["consensus", "close", str(path), "-o", str(out), "-m", str(model_path)]
    result = runner.invoke(app, [*args, "-l", "sv"])
    assert result.exit_code == 2 and not out.exists()
    assert result.output == (
        f"siqassess: fel: {out}: den överenskomna filen är en svarsfil i YAML: ge den ändelsen "
        ".yaml eller .yml (siqassess convert gör en arbetsbok av den efteråt)\n"
    )


def test_a_reason_for_a_decision_is_one_line(
    draft: tuple[Path, LoadedModel, Path], tmp_path: Path
) -> None:
    model_path, _, path = draft
    _edit(path, A_1={"score": 50, "reason": "Monthly review,\nbut only in one unit"})
    out = str(tmp_path / "x.yaml")
    result = runner.invoke(app, ["consensus", "close", str(path), "-o", out, "-m", str(model_path)])
    assert result.exit_code == 1
    assert "A.1: the reason is more than one line: say in one line why the meeting agreed on " in (
        result.output
    )


def test_close_writes_the_agreed_file_with_its_decision_log(
    draft: tuple[Path, LoadedModel, Path], tmp_path: Path
) -> None:
    model_path, model, path = draft
    _edit(
        path,
        A_1={"score": 50, "reason": "Works monthly, but only in one unit."},
        A_2={"score": 20, "reason": "Olle had counted a pilot."},
        R2={"na": True, "score": None, "reason": "Nobody measures it yet; examine next year."},
    )
    out = tmp_path / "agreed.yaml"
    args = ["consensus", "close", str(path), "-o", str(out), "-m", str(model_path)]
    args += ["--present", "Eva, Olle, Pia"]
    result = runner.invoke(app, [*args, "--date", "2026-11-02"])
    assert result.exit_code == 0, result.output
    assert result.output == (
        f"Agreed file written: {out} (3 decisions in its log; present: Eva, Olle, Pia).\n"
    )
    agreed = read_answers(out, model)
    assert agreed.status == "complete" and agreed.date == dt.date(2026, 11, 2)
    log = agreed.consensus
    assert log is not None and log.present == ["Eva", "Olle", "Pia"]
    assert [(d.leaf, d.draft, d.agreed, d.reason) for d in log.decisions] == [
        ("A.1", None, 50, "Works monthly, but only in one unit."),
        ("A.2", 30, 20, "Olle had counted a pilot."),
        ("R2", None, "na", "Nobody measures it yet; examine next year."),
    ]
    a1 = agreed.answers["A.1"]
    assert a1 is not None and (a1.respondents, a1.suggested, a1.reason) == ([], None, None)
    text = out.read_text(encoding="utf-8")
    assert "  - leaf: A.2\n    draft: 30\n    agreed: 20\n" in text
    checked = runner.invoke(app, ["validate", str(out), "-m", str(model_path)])
    assert checked.exit_code == 0 and "Consensus draft" not in checked.output
    y = str(tmp_path / "y.yaml")
    again = runner.invoke(app, ["consensus", "close", str(out), "-o", y, "-m", str(model_path)])
    assert again.exit_code == 1
    assert "this is not a consensus draft (status: complete): make one with siqassess " in (
        again.output
    )


def test_score_report_and_validate_say_first_that_a_draft_is_a_draft(
    draft: tuple[Path, LoadedModel, Path],
) -> None:
    model_path, _, path = draft
    first = (
        f"Consensus draft – {path} is not an agreed result: 2 questions are still to agree. "
        f"When the meeting has agreed: siqassess consensus close {path} -o AGREED.yaml"
    )
    for command in (["validate"], ["score"], ["report", "-f", "md"]):
        result = runner.invoke(app, [*command, str(path), "-m", str(model_path), "-l", "en"])
        assert result.exit_code == 0, result.output
        said = result.output if command == ["validate"] else result.stderr  # beside the output
        assert said.splitlines()[0] == first, command
        if command[0] == "report":  # and the report itself, in its title
            assert result.stdout.startswith("# Consensus draft – Gap report: Acme\n")
    sv = runner.invoke(app, ["validate", str(path), "-m", str(model_path), "-l", "sv"])
    assert sv.output.splitlines()[0] == (
        f"Utkast till konsensus – {path} är inte ett överenskommet resultat: 2 frågor återstår "
        f"att enas om. När mötet har enats: siqassess consensus close {path} -o "
        "ÖVERENSKOMMEN.yaml"
    )
