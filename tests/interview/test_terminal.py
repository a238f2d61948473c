"""The installed program in a real pseudo-terminal, and answers files surviving SIGKILL."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from siqassess.criteria.tree import LoadedModel
from siqassess.io.answers import read_answers

from .term import ENTER, Terminal


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_assess_in_a_terminal_interrupt_resume_and_finish(
    tmp_path: Path, model: LoadedModel
) -> None:
    path = tmp_path / "team.yaml"
    args = ["assess", str(path), "--lang", "en", "--organisation", "Acme", "--respondent", "Ada"]
    term = Terminal(args, 24, 80)
    for n, key in ((1, "3"), (2, "5")):
        term.wait(f"Question {n} of 32  ·  ")
        term.press(key, ENTER)
    term.wait("Question 3 of 32  ·  ")
    term.child.sendcontrol("c")
    term.wait("2 of 32 answers are saved")
    assert term.finish() == 130
    saved = read_answers(path, model)
    assert [saved.answers[i].score for i in ("F1.1", "F1.2")] == [30, 50]  # type: ignore[union-attr]
    assert saved.status == "in_progress"

    term = Terminal(args, 24, 80)
    term.wait("Continue with the unanswered questions (first F1.3)")
    term.press(ENTER)
    for n in range(3, 33):
        term.wait(f"Question {n} of 32  ·  ")
        term.press("7", ENTER)  # 70, the default target
    term.wait("Report: siqassess report")
    assert term.finish() == 0
    done = read_answers(path, model)
    assert done.status == "complete"
    assert done.answers["R5"].score == 70  # type: ignore[union-attr]


def test_a_full_walk_completes_within_the_keystroke_budget(
    tmp_path: Path, model: LoadedModel
) -> None:
    """Start (language, organisation, respondent), 32 levels, finish: at most 70 keys."""
    path = tmp_path / "walk.yaml"
    term = Terminal(["assess", str(path)], 24, 80, LANG="en_GB.UTF-8", LC_ALL="")
    term.wait("Språk / Language")
    term.press(ENTER)
    term.wait("Organisation")
    term.press(ENTER)
    term.wait("Your name")
    term.press(ENTER)
    for n in range(1, 33):
        term.wait(f"Question {n} of 32  ·  ")
        term.press(str(n % 10), ENTER)
    term.wait("Report: siqassess report")
    assert term.finish() == 0
    assert term.keys == 3 + 2 * 32 <= 70
    done = read_answers(path, model)
    assert done.status == "complete"
    assert [a.score for a in done.answers.values() if a] == [n % 10 * 10 for n in range(1, 33)]


SAVE_LOOP = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from siqassess.io.answers import Answer, new_answers, save_answers
    from siqassess.io.models import resolve_model

    model = resolve_model(None)
    path = Path(sys.argv[1])
    answers = new_answers(model, organisation="Loop")
    print("ready", flush=True)
    i = 0
    while True:
        leaf = model.leaves[i % len(model.leaves)].id
        answers.answers[leaf] = Answer(score=float((i % 11) * 10), note="x" * (i % 500))
        save_answers(path, answers, model)
        i += 1
    """
)


def test_sigkill_during_saves_leaves_a_valid_file(tmp_path: Path, model: LoadedModel) -> None:
    path = tmp_path / "loop.yaml"
    rng = random.Random(20190501)
    for _ in range(5):
        proc = subprocess.Popen(
            [sys.executable, "-c", SAVE_LOOP, str(path)], stdout=subprocess.PIPE, text=True
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.05, 0.4))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert proc.returncode == -signal.SIGKILL
        if path.exists():
            assert read_answers(path, model).organisation == "Loop"
    assert path.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_sigkill_during_assess_never_loses_a_saved_answer(
    tmp_path: Path, model: LoadedModel
) -> None:
    """Kill the real program at random moments while it answers and saves; repeat."""
    path = tmp_path / "killed.yaml"
    args = ["assess", str(path), "--lang", "en", "--organisation", "Acme", "--respondent", "Ada"]
    rng = random.Random(7)
    confirmed = 0
    for _round in range(6):
        term = Terminal(args, 24, 80)
        if confirmed:
            term.wait("Review every question from the start")
            term.press(ENTER)  # the first choice: go on with the unanswered questions
        n = confirmed + 1  # Continue starts at the first unanswered question
        if n <= 32:
            term.wait(f"Question {n} of 32  ·  ")
        deadline = time.monotonic() + rng.uniform(0.2, 1.5)
        while time.monotonic() < deadline and n <= 32:
            term.press("6", ENTER)
            n += 1
            if n <= 32:
                term.wait(f"Question {n} of 32  ·  ")
        child = term.child
        os.kill(child.pid, signal.SIGKILL)
        child.close(force=True)
        saved = read_answers(path, model)  # parses and checks, or the test fails
        answered = sum(1 for a in saved.answers.values() if a is not None and a.answered)
        # Every answer confirmed before an earlier kill is still there.
        assert answered >= confirmed
        assert all(a is None or a.score == 60 for a in saved.answers.values())
        confirmed = answered
    assert confirmed > 0


def test_esc_leaves_the_editor_without_saving(tmp_path: Path, model: LoadedModel) -> None:
    path = tmp_path / "esc.yaml"
    args = ["assess", str(path), "--lang", "en", "--organisation", "Acme", "--respondent", "Ada"]
    term = Terminal(args, 24, 80)
    term.wait("Question 1 of 32  ·  ")
    term.press("a")
    term.wait("Note on F1.1")
    term.type("a draft")
    term.wait("a draft")
    term.press("\x1b")
    term.wait(lambda screen: "Note on F1.1" not in screen and "Question 1 of 32  ·  " in screen)
    term.press("q")
    term.wait("Resume later with")
    assert term.finish() == 0
    assert read_answers(path, model).answers["F1.1"] is None
