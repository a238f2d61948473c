"""The whole walk, driven through a prompt_toolkit pipe."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rich.console import Console

from siqassess.criteria.tree import LoadedModel
from siqassess.interview.session import Session
from siqassess.io.answers import Answer, new_answers, read_answers, save_answers
from siqassess.io.assessment import read_assessment

from .keys import (
    ALT_ENTER,
    BACK,
    CTRL_C,
    CTRL_U,
    DOWN,
    ENTER,
    EVIDENCE,
    IMPROVEMENT,
    NA,
    NOTE,
    OVERVIEW,
    SAVE_EXIT,
    SKIP,
    STRENGTH,
    TARGET,
    UP,
    answer,
    drive,
    key,
)


def _score(path: Path, model: LoadedModel, leaf_id: str) -> float | None:
    found = read_answers(path, model).answers[leaf_id]
    return None if found is None else found.score


def test_complete_assessment_marks_file_complete_and_shows_summary(
    tmp_path: Path, model: LoadedModel
) -> None:
    path = tmp_path / "a.yaml"
    keys = "".join(answer(50 if leaf.kind == "criterion" else 100) for leaf in model.leaves)
    outcome, text = drive(path, keys)
    assert outcome.ending == "complete"
    saved = read_answers(path, model)
    assert saved.status == "complete"
    assert saved.organisation == "Acme" and saved.respondent == "Ada"
    assert _score(path, model, "F1.1") == 50
    assert _score(path, model, "R5") == 100
    assert "32 answered · 0 not applicable · 0 missing" in text
    assert "siqassess report" in text


def test_enter_on_a_fresh_question_scores_nothing(tmp_path: Path, model: LoadedModel) -> None:
    path = tmp_path / "a.yaml"
    outcome, _ = drive(path, ENTER + ENTER + ENTER + SAVE_EXIT)
    assert outcome.ending == "in_progress"
    assert read_answers(path, model).answers["F1.1"] is None


def test_moving_the_cursor_never_changes_a_saved_answer(tmp_path: Path, model: LoadedModel) -> None:
    path = tmp_path / "a.yaml"
    # F1.1 = 30; back to it; move the cursor with a digit and arrows; skip on without Enter.
    keys = answer(30) + BACK + key(80) + DOWN + UP + UP + SKIP + SAVE_EXIT
    drive(path, keys)
    assert _score(path, model, "F1.1") == 30
    assert read_answers(path, model).answers["F1.2"] is None


def test_na_needs_a_reason_and_is_saved(tmp_path: Path, model: LoadedModel) -> None:
    path = tmp_path / "a.yaml"
    # An empty reason is refused; the typed one is kept.
    keys = NA + ENTER + "No external customers" + ENTER + SAVE_EXIT
    outcome, _ = drive(path, keys)
    assert outcome.ending == "in_progress"
    first = read_answers(path, model).answers["F1.1"]
    assert first is not None and first.na and first.reason == "No external customers"


def test_back_returns_to_the_previous_question_and_changes_it(
    tmp_path: Path, model: LoadedModel
) -> None:
    path = tmp_path / "a.yaml"
    # Answer F1.1 with 30, go back from F1.2, change F1.1 to 60; the walk goes on to F1.2.
    keys = answer(30) + BACK + answer(60) + answer(100) + SAVE_EXIT
    drive(path, keys)
    assert _score(path, model, "F1.1") == 60
    assert _score(path, model, "F1.2") == 100


def test_note_findings_evidence_and_target_on_the_question_screen(
    tmp_path: Path, model: LoadedModel
) -> None:
    path = tmp_path / "a.yaml"
    keys = (
        key(40)
        + NOTE + "First line" + ALT_ENTER + "second line" + ENTER
        + STRENGTH + "Customer forums every quarter" + ENTER
        + IMPROVEMENT + "Needs are not followed up" + ENTER
        + STRENGTH + "Panel of key accounts" + ENTER
        + EVIDENCE + "https://intra/x, Survey 2025" + ENTER
        + TARGET + key(90) + ENTER  # the target view takes a digit, as the question does
        + ENTER  # the cursor stayed on 40: confirm it
        + SAVE_EXIT
    )  # fmt: skip
    drive(path, keys)
    first = read_answers(path, model).answers["F1.1"]
    assert first is not None
    assert (first.score, first.target) == (40, 90)
    assert first.note == "First line\nsecond line"
    assert first.evidence == ["https://intra/x", "Survey 2025"]
    assert first.strengths == ["Customer forums every quarter", "Panel of key accounts"]
    assert first.improvements == ["Needs are not followed up"]


def test_a_note_alone_does_not_score(tmp_path: Path, model: LoadedModel) -> None:
    path = tmp_path / "a.yaml"
    drive(path, key(70) + NOTE + "Only a thought" + ENTER + SKIP + SAVE_EXIT)
    first = read_answers(path, model).answers["F1.1"]
    assert first is not None and first.score is None and first.note == "Only a thought"


def test_skip_leaves_question_unanswered_and_overview_jumps(
    tmp_path: Path, model: LoadedModel
) -> None:
    path = tmp_path / "a.yaml"
    # Skip F1.1, open the overview, jump to F2 (the third row after "back to the question").
    keys = SKIP + OVERVIEW + DOWN * 2 + ENTER + answer(70) + SAVE_EXIT
    _outcome, text = drive(path, keys)
    saved = read_answers(path, model)
    assert saved.answers["F1.1"] is None
    assert _score(path, model, "F2.1") == 70
    assert "Overview – 0 answered · 0 not applicable · 32 missing" in text
    assert saved.status == "in_progress"


def test_ctrl_c_saves_partial_answers(tmp_path: Path, model: LoadedModel) -> None:
    path = tmp_path / "a.yaml"
    outcome, text = drive(path, answer(10) + answer(20) + CTRL_C)
    assert outcome.ending == "interrupted"
    assert [_score(path, model, i) for i in ("F1.1", "F1.2")] == [10, 20]
    said = " ".join(text.split())  # the message is fitted to the console, at spaces
    assert f"Interrupted. Saved to {path}: 2 answered · 0 not applicable · 30 missing." in said


def test_continue_goes_from_unanswered_to_unanswered(tmp_path: Path, model: LoadedModel) -> None:
    path = tmp_path / "a.yaml"
    # F1.1 = 10, F1.2 skipped, F1.3 = 30, then stop.
    drive(path, answer(10) + SKIP + answer(30) + CTRL_C)
    # "Continue" is the default; 30 more answers complete the file only if F1.1 and F1.3
    # are skipped over (else they would take two of the answers and two would be left).
    rest = "".join(answer(50) for _ in range(30))
    outcome, _ = drive(path, ENTER + rest)
    assert outcome.ending == "complete"
    assert [_score(path, model, i) for i in ("F1.1", "F1.2", "F1.3", "R5")] == [10, 50, 30, 50]


def test_review_walks_every_question_and_enter_keeps_a_saved_level(
    tmp_path: Path, model: LoadedModel
) -> None:
    path = tmp_path / "a.yaml"
    answers = new_answers(model, organisation="Acme", respondent="Ada", language="en")
    for leaf in model.leaves[1:]:
        answers.answers[leaf.id] = Answer(score=40)
    save_answers(path, answers, model)
    # Review (the second choice): F1.1 is new, F1.2 keeps 40 with Enter, F1.3 becomes 90.
    keys = DOWN + ENTER + answer(20) + ENTER + answer(90) + SAVE_EXIT
    drive(path, keys)
    assert [_score(path, model, i) for i in ("F1.1", "F1.2", "F1.3", "F1.4")] == [20, 40, 90, 40]


def test_finish_with_gaps_keeps_file_in_progress(tmp_path: Path, model: LoadedModel) -> None:
    path = tmp_path / "a.yaml"
    # Answer one, open the overview, choose "show the summary now" (second from the bottom).
    keys = answer(90) + OVERVIEW + UP * 2 + ENTER
    outcome, text = drive(path, keys)
    assert outcome.ending == "in_progress"
    assert read_answers(path, model).status == "in_progress"
    assert "1 answered · 0 not applicable · 31 missing" in text
    assert "31 questions are unanswered" in text


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("sv", "31 frågor är obesvarade; filen är sparad som påbörjad."),
        ("en", "31 questions are unanswered; the file is saved as in progress."),
    ],
)
def test_plurals_at_the_end(tmp_path: Path, lang: str, expected: str) -> None:
    keys = answer(90) + OVERVIEW + UP * 2 + ENTER
    _outcome, text = drive(tmp_path / "a.yaml", keys, lang_option=lang)
    assert expected in text
    one = "1 besvarad · 0 ej tillämpliga · 31 saknas" if lang == "sv" else "1 answered"
    assert one in text


def test_swedish_interface(tmp_path: Path) -> None:
    _outcome, text = drive(tmp_path / "a.yaml", answer(10) + CTRL_C, lang_option="sv")
    said = " ".join(text.split())  # the message is fitted to the console, at spaces
    assert "Avbrutet. Sparat i " in said
    assert ": 1 besvarad · 0 ej tillämpliga · 31 saknas." in said


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
    assert outcome.path is not None and re.fullmatch(
        r"siq-\d{4}-\d{2}-\d{2}\.yaml", outcome.path.name
    )
    assert read_answers(tmp_path / outcome.path, model).language == "en"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Cannot save in {p}: the folder {f} does not exist. Type another file name."),
        ("sv", "Kan inte spara i {p}: mappen {f} finns inte. Skriv ett annat filnamn."),
    ],
)
def test_a_bad_path_at_the_file_prompt_asks_again(
    tmp_path: Path,
    model: LoadedModel,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    expected: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    bad = Path("no-such-folder") / "a.yaml"
    keys = CTRL_U + str(bad) + ENTER + CTRL_U + "good.yaml" + ENTER + answer(20) + CTRL_C
    outcome, text = drive(None, keys, lang_option=lang)
    assert expected.format(p=bad, f=bad.parent) in " ".join(text.split())  # fitted at spaces
    assert outcome.path == Path("good.yaml")
    assert _score(tmp_path / "good.yaml", model, "F1.1") == 20


def test_ctrl_c_at_the_first_prompt_leaves_a_valid_file(tmp_path: Path, model: LoadedModel) -> None:
    path = tmp_path / "a.yaml"
    outcome, text = drive(path, CTRL_C, organisation=None)
    assert outcome.ending == "interrupted"
    said = " ".join(text.split())  # the message is fitted to the console, at spaces
    assert f"Interrupted. Saved to {path}: 0 answered · 0 not applicable · 32 missing." in said
    assert read_answers(path, model).organisation == ""


def test_a_value_off_the_scale_is_corrected_in_the_walk(tmp_path: Path, model: LoadedModel) -> None:
    path = tmp_path / "a.yaml"
    answers = new_answers(model, organisation="Acme", respondent="Ada", language="en")
    answers.answers["F1.1"] = Answer(score=40)
    answers.answers["F1.3"] = Answer(score=40)
    save_answers(path, answers, model)
    path.write_text(
        path.read_text(encoding="utf-8").replace("F1.3:\n    score: 40", "F1.3:\n    score: 55"),
        encoding="utf-8",
    )
    # The walk opens at F1.3 (not at the first unanswered F1.2); 60 corrects it.
    drive(path, answer(60) + SAVE_EXIT)
    assert [_score(path, model, i) for i in ("F1.1", "F1.2", "F1.3")] == [40, None, 60]


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Overview – 1 answered · 1 not applicable · 30 missing"),
        ("sv", "Översikt – 1 besvarad · 1 ej tillämplig · 30 saknas"),
    ],
)
def test_overview_counts_na_as_the_progress_line_does(
    tmp_path: Path, lang: str, title: str
) -> None:
    keys = answer(40) + NA + "Not ours" + ENTER + OVERVIEW + UP + ENTER
    outcome, text = drive(tmp_path / "a.yaml", keys, lang_option=lang)
    assert outcome.ending == "in_progress"
    assert title in text


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            "{path}:{line}:5: the saved value 55 of F1.3 is not on the scale (0–100 in steps "
            "of 10). Pick a level to correct it.",
        ),
        (
            "sv",
            "{path}:{line}:5: det sparade värdet 55 för F1.3 finns inte på skalan (0–100 i steg "
            "om 10). Välj en nivå för att rätta det.",
        ),
    ],
)
def test_a_bad_value_is_explained_where_it_is(
    tmp_path: Path, model: LoadedModel, lang: str, expected: str
) -> None:
    path = tmp_path / "a.yaml"
    answers = new_answers(model, organisation="Acme", respondent="Ada", language=lang)
    answers.answers["F1.3"] = Answer(score=40)
    save_answers(path, answers, model)
    text = path.read_text(encoding="utf-8").replace("F1.3:\n    score: 40", "F1.3:\n    score: 55")
    path.write_text(text, encoding="utf-8")
    line = text.splitlines().index("    score: 55") + 1
    read = read_assessment(path, repair=True)
    loaded, repaired, repairs = read.model, read.answers, list(read.repairs)
    assert repaired.answers["F1.3"] is None or repaired.answers["F1.3"].score is None
    session = Session(loaded, repaired, path, lang, Console(), repairs)
    assert session.repair_message("F1.3") == expected.format(path=path, line=line)
