"""The whole walk, driven through a prompt_toolkit pipe."""

from __future__ import annotations

from pathlib import Path

import pytest

from siqassess.criteria.tree import LoadedModel
from siqassess.io.answers import read_answers

from .keys import (
    BACK,
    CTRL_C,
    DOWN,
    ENTER,
    ESC_ENTER,
    NA,
    OVERVIEW,
    SAVE_EXIT,
    SKIP,
    answer,
    drive,
    level,
)


def test_complete_assessment_marks_file_complete_and_shows_summary(
    tmp_path: Path, model: LoadedModel
) -> None:
    path = tmp_path / "a.yaml"
    keys = "".join(answer(50 if leaf.kind == "criterion" else 80) for leaf in model.leaves)
    outcome, text = drive(path, keys)
    assert outcome.ending == "complete"
    saved = read_answers(path, model)
    assert saved.status == "complete"
    assert saved.organisation == "Acme" and saved.respondent == "Ada"
    assert saved.answers["F1.1"] is not None and saved.answers["F1.1"].score == 50
    assert saved.answers["R5"] is not None and saved.answers["R5"].score == 80
    assert "Question 32 of 32" in text
    assert "32 answered · 0 not applicable · 0 missing" in text
    assert "siqassess report" in text


def test_na_needs_a_reason_and_is_saved(tmp_path: Path, model: LoadedModel) -> None:
    path = tmp_path / "a.yaml"
    # An empty reason is refused; the typed one is kept.
    keys = NA + ENTER + ENTER + "No external customers" + ENTER + SAVE_EXIT + ENTER
    outcome, text = drive(path, keys)
    assert outcome.ending == "in_progress"
    first = read_answers(path, model).answers["F1.1"]
    assert first is not None and first.na and first.reason == "No external customers"
    assert "Question 2 of 32" in text


def test_back_returns_to_the_previous_question_and_changes_it(
    tmp_path: Path, model: LoadedModel
) -> None:
    path = tmp_path / "a.yaml"
    # Answer F1.1 with 30, go back from F1.2, change F1.1 to 60 (pointer starts at 30).
    keys = answer(30) + BACK + ENTER + answer(60, current=30) + SAVE_EXIT + ENTER
    _outcome, text = drive(path, keys)
    saved = read_answers(path, model)
    assert saved.answers["F1.1"] is not None and saved.answers["F1.1"].score == 60
    assert saved.answers["F1.2"] is None
    assert "Current answer: 30 – Emerging" in text


def test_note_evidence_and_target_after_the_level(tmp_path: Path, model: LoadedModel) -> None:
    path = tmp_path / "a.yaml"
    details = (
        level(40)
        + DOWN + ENTER + "First line" + ENTER + "second line" + ESC_ENTER
        + DOWN * 2 + ENTER + "https://intra/x, Survey 2025" + ENTER
        + DOWN * 3 + ENTER + DOWN * 10 + ENTER  # target: past "default" to 90
        + ENTER
    )  # fmt: skip
    drive(path, details + SAVE_EXIT + ENTER)
    first = read_answers(path, model).answers["F1.1"]
    assert first is not None
    assert (first.score, first.target) == (40, 90)
    assert first.note == "First line\nsecond line"
    assert first.evidence == ["https://intra/x", "Survey 2025"]


def test_skip_leaves_question_unanswered_and_overview_jumps(
    tmp_path: Path, model: LoadedModel
) -> None:
    path = tmp_path / "a.yaml"
    # Skip F1.1, open the overview, jump to F2 (the third row after "continue"), answer F2.1.
    keys = SKIP + ENTER + OVERVIEW + ENTER + DOWN * 2 + ENTER + answer(70) + SAVE_EXIT + ENTER
    _outcome, text = drive(path, keys)
    saved = read_answers(path, model)
    assert saved.answers["F1.1"] is None
    assert saved.answers["F2.1"] is not None and saved.answers["F2.1"].score == 70
    assert "Overview – 0 of 32 answered" in text
    assert saved.status == "in_progress"


def test_ctrl_c_saves_partial_answers(tmp_path: Path, model: LoadedModel) -> None:
    path = tmp_path / "a.yaml"
    outcome, text = drive(path, answer(10) + answer(20) + CTRL_C)
    assert outcome.ending == "interrupted"
    saved = read_answers(path, model)
    assert [saved.answers[i].score for i in ("F1.1", "F1.2")] == [10, 20]  # type: ignore[union-attr]
    assert f"2 of 32 answers are saved in {path}" in text


def test_resume_after_interrupt_continues_at_first_unanswered(
    tmp_path: Path, model: LoadedModel
) -> None:
    path = tmp_path / "a.yaml"
    drive(path, answer(10) + answer(20) + CTRL_C)
    # Resume: "continue with the first unanswered" is the default; answer the rest.
    rest = "".join(answer(50) for _ in model.leaves[2:])
    outcome, text = drive(path, ENTER + rest)
    assert "Continue with the first unanswered question (F1.3)" in text or "F1.3" in text
    assert outcome.ending == "complete"
    saved = read_answers(path, model)
    assert saved.status == "complete"
    assert saved.answers["F1.1"].score == 10  # type: ignore[union-attr]


def test_finish_with_gaps_keeps_file_in_progress(tmp_path: Path, model: LoadedModel) -> None:
    path = tmp_path / "a.yaml"
    # Answer one, open the overview, choose "finish anyway" (second from the bottom).
    keys = answer(90) + OVERVIEW + ENTER + "\x1b[A" * 2 + ENTER
    outcome, text = drive(path, keys)
    assert outcome.ending == "in_progress"
    assert read_answers(path, model).status == "in_progress"
    assert "1 answered · 0 not applicable · 31 missing" in text
    assert "31 questions are unanswered" in text


def test_swedish_interface(tmp_path: Path) -> None:
    _outcome, text = drive(tmp_path / "a.yaml", answer(10) + CTRL_C, lang_option="sv")
    assert "Fråga 1 av 32" in text
    assert "Avbrutet. 1 av 32 svar är sparade" in text


def test_start_up_asks_organisation_and_respondent(tmp_path: Path, model: LoadedModel) -> None:
    path = tmp_path / "a.yaml"
    keys = "Kvalitet AB" + ENTER + "Anna" + ENTER + CTRL_C
    drive(path, keys, organisation=None, respondent=None)
    saved = read_answers(path, model)
    assert (saved.organisation, saved.respondent) == ("Kvalitet AB", "Anna")


def test_without_file_proposes_a_dated_name(
    tmp_path: Path, model: LoadedModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "sv_SE.UTF-8")
    # The language select starts at Swedish (the locale); pick English, accept the file name.
    outcome, _ = drive(None, DOWN + ENTER + ENTER + answer(20) + CTRL_C, lang_option=None)
    assert outcome.path is not None and outcome.path.name.startswith("siq-assessment-")
    assert read_answers(tmp_path / outcome.path, model).language == "en"


def test_ctrl_c_at_the_first_prompt_leaves_a_valid_file(tmp_path: Path, model: LoadedModel) -> None:
    path = tmp_path / "a.yaml"
    outcome, text = drive(path, CTRL_C, organisation=None)
    assert outcome.ending == "interrupted"
    assert f"0 of 32 answers are saved in {path}" in text
    assert read_answers(path, model).organisation == ""
