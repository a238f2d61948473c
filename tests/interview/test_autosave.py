"""The autosave: on disk before the next question is drawn, and the same bytes as ever."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from siqassess.criteria.tree import LoadedModel
from siqassess.errors import Location, OutputError, Problem, msg
from siqassess.interview.session import Session
from siqassess.io import answers as answers_io
from siqassess.io.answers import Answer, Improvement, dump_answers, new_answers, read_answers

from .keys import answer, drive
from .term import ENTER, Terminal


def _uncached(answers: answers_io.AnswersFile, model: LoadedModel) -> str:
    answers_io._LEAF_CACHE.clear()
    answers_io._comment.cache_clear()
    return dump_answers(answers, model)


def test_the_remembered_leaves_give_the_same_text_as_a_fresh_dump(model: LoadedModel) -> None:
    """Each save re-emits only the leaves that changed; the file must not differ by a byte."""
    answers = new_answers(model, organisation="Acme", respondent="Ada", language="sv")
    changes: list[tuple[str, Answer | None]] = [
        ("F1.1", Answer(score=60)),
        ("F1.2", Answer(score=60.0, note="två rader\nmed\u00a0hårt mellanslag\u00a0")),
        ("F1.1", Answer(score=70, strengths=["tydligt ägarskap"])),
        ("F1.1", Answer(score=60)),  # back to an earlier answer: the remembered text
        ("F1.1", Answer(score=60, note="same score, a note")),
        ("F1.1", Answer(score=60, note="same score, a note", evidence=["https://e.example/x"])),
        ("F1.1", Answer(score=60, target=80, note="same score, a note")),
        ("R1", Answer(na=True, reason="ej aktuellt\u2028i år")),
        ("F2.1", Answer(last_year="na", improvements=[Improvement(text="följ upp")])),
        ("R1", None),
    ]
    for leaf_id, changed in changes:
        answers.answers[leaf_id] = changed
        answers.language = "en" if answers.language == "sv" else "sv"
        warm = dump_answers(answers, model)
        assert warm == _uncached(answers, model)
        assert dump_answers(answers, model) == warm


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_each_answer_is_on_disk_before_the_next_question_is_shown(
    tmp_path: Path, model: LoadedModel
) -> None:
    """The question screen goes on in place, without a new screen; the save still comes first."""
    path = tmp_path / "saved.yaml"
    args = ["assess", str(path), "--lang", "en", "--organisation", "Acme", "--respondent", "Ada"]
    term = Terminal(args, 24, 80)
    try:
        for n in range(1, 7):
            term.wait(f"Question {n} of 32  ·  ")
            if n > 1:  # the moment question n is visible, answer n - 1 is in the file
                saved = read_answers(path, model)
                shown = [a.score if a else None for a in saved.answers.values()][: n - 1]
                assert shown == [float(i * 10) for i in range(1, n)]
            term.press(str(n), ENTER)
        term.press("q")
        term.wait("Resume later with")
        assert term.finish() == 0
    finally:
        term.close()


def test_a_save_that_fails_ends_the_walk_with_its_error(
    tmp_path: Path, model: LoadedModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk during the autosave is reported (exit 1 at the CLI), never swallowed by the
    screen that goes on to the next question, and the previous answer stays in the file."""
    path = tmp_path / "full.yaml"
    saves = 0
    real = Session.save

    def save(self: Session) -> None:
        nonlocal saves
        saves += 1
        if saves == 4:  # created, names, F1.1: the save of F1.2 fails
            raise OutputError(
                Problem.of(
                    Location(str(path)), msg("err_cannot_write", reason="No space left on device")
                )
            )
        real(self)

    monkeypatch.setattr(Session, "save", save)
    with pytest.raises(OutputError):
        drive(path, answer(30) + answer(50) + answer(70))
    saved = read_answers(path, model)
    assert [saved.answers[i].score if saved.answers[i] else None for i in ("F1.1", "F1.2")] == [
        30,
        None,
    ]
