"""#27: the target is one full-screen view with the question screen's keys (a digit and
Enter), the target set is shown on the question screen, `q` says how much is saved, and the
lock file is gone after a clean quit. At 80×24, in Swedish and English, in a real terminal."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from siqassess.criteria.tree import LoadedModel
from siqassess.io.answers import read_answers
from siqassess.io.lock import lock_path

from .keys import CTRL_C, OVERVIEW, SAVE_EXIT, UP, answer, drive
from .term import ENTER, Terminal

WORDS = {
    "sv": {
        "question": "Fråga 1 av 32",
        "title": "Mål för F1.1  ·  standardmål 70",
        "hint": "Välj målet: en siffra och Enter · t: standardmålet (70) · ← behåller det",
        "shown": "Nuvarande svar: ej besvarad · Mål: 80",
        "saved": "Sparat i {path}: 0 besvarade · 0 ej tillämpliga · 32 saknas",
        "created": "Svarensparas",
    },
    "en": {
        "question": "Question 1 of 32",
        "title": "Target for F1.1  ·  default target 70",
        "hint": "Choose the target: a digit, then Enter · t: the default (70) · ← keeps it",
        "shown": "Current answer: not answered · Target: 80",
        "saved": "Saved to {path}: 0 answered · 0 not applicable · 32 missing",
        "created": "Answersaresaved",
    },
}


def _flat(text: str) -> str:
    """The screen's text without spaces and line ends: a long temporary path wraps anywhere."""
    return "".join(text.split())


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_target_view_takes_a_digit_and_the_question_shows_it(
    tmp_path: Path, model: LoadedModel, lang: str
) -> None:
    words = WORDS[lang]
    path = tmp_path / "a.yaml"
    args = ["assess", str(path), "--lang", lang, "--organisation", "Acme", "--respondent", "Ada"]
    term = Terminal(args, 24, 80)
    try:
        term.wait(words["question"])
        term.press("t")
        screen = term.wait(words["hint"])  # the last line: the whole view is drawn
        assert term.lines[0] == words["title"]  # one full screen: no set-up prompt above it
        assert words["created"] not in _flat(screen)
        assert max(len(line) for line in term.lines) <= 80
        term.press("8", ENTER)
        screen = term.wait(words["shown"])
        assert words["question"] in screen
        assert read_answers(path, model).answers["F1.1"].target == 80  # type: ignore[union-attr]
        term.press("t")
        term.wait(
            words["title"]
            .replace("standardmål 70", "eget mål 80")
            .replace("default target 70", "own target 80")
        )
        term.press("\x1b[D")  # ← keeps the target
        term.wait(words["shown"])
        term.press("q")
        saved = words["saved"].format(path=path)
        term.wait(lambda text: _flat(saved) in _flat(text))
        assert term.finish() == 0
    finally:
        term.close()
    assert read_answers(path, model).answers["F1.1"].target == 80  # type: ignore[union-attr]
    assert not lock_path(path).exists()


@pytest.mark.parametrize(
    ("how", "ending"),
    [("walk", "complete"), ("q", "in_progress"), ("o", "in_progress"), ("ctrl-c", "interrupted")],
)
def test_the_lock_file_goes_on_every_clean_exit(
    tmp_path: Path, model: LoadedModel, how: str, ending: str
) -> None:
    """Finishing the walk, q, the overview's save and quit, and Ctrl-C all remove .NAME.lock
    (only a killed program leaves it, and the next session takes it over)."""
    path = tmp_path / "a.yaml"
    keys = {
        "walk": "".join(answer(50) for _leaf in model.leaves),
        "q": answer(40) + SAVE_EXIT,
        "o": answer(40) + OVERVIEW + UP + ENTER,  # the overview's last entry: save and quit
        "ctrl-c": answer(40) + CTRL_C,
    }[how]
    outcome, text = drive(path, keys)
    assert outcome.ending == ending
    assert not lock_path(path).exists()
    if how in ("q", "o"):  # says how much is saved
        said = " ".join(text.split())
        assert f"Saved to {path}: 1 answered · 0 not applicable · 31 missing" in said
