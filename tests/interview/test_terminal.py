"""The installed program in a real pseudo-terminal, and answers files surviving SIGKILL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
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
    term.wait(lambda text: "2 answered · 0 not applicable · 30 missing." in " ".join(text.split()))
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


SAVE_ONCE = textwrap.dedent(
    """
    import os, signal, sys, tempfile
    from pathlib import Path
    from siqassess.io.answers import Answer, read_answers, save_answers
    from siqassess.io.models import resolve_model

    path, kill_at = Path(sys.argv[1]), int(sys.argv[2])
    model = resolve_model(None)
    answers = read_answers(path, model)
    answers.organisation = "New"
    answers.answers[model.leaves[0].id] = Answer(score=70.0, note="x" * 5000)
    steps = 0

    def step():
        global steps
        steps += 1
        if steps == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    def around(module, name):
        real = getattr(module, name)

        def wrapped(*args, **kwargs):
            step()
            result = real(*args, **kwargs)
            step()
            return result

        setattr(module, name, wrapped)

    # The numbered steps of a save: each call of these, before and after it.
    for module, name in ((tempfile, "mkstemp"), (os, "fsync"), (os, "chmod"), (os, "replace")):
        around(module, name)
    save_answers(path, answers, model)
    print(steps)
    """
)


def test_sigkill_at_every_step_of_a_save_leaves_the_old_file_or_the_new(
    tmp_path: Path, model: LoadedModel
) -> None:
    """Kill a save at each of its steps in turn (create the temporary, write, flush to disk,
    set its mode, rename it over the file, flush the folder): the file is always whole, old
    before the rename and new after it, and the next save removes what the killed one left."""
    from siqassess.io.answers import new_answers, save_answers

    path = tmp_path / "answers.yaml"
    run = [sys.executable, "-c", SAVE_ONCE, str(path)]
    save_answers(path, new_answers(model, organisation="Old"), model)
    steps = int(subprocess.run([*run, "0"], capture_output=True, text=True, check=True).stdout)
    assert steps >= 8  # mkstemp, fsync (file), chmod, replace, fsync (folder): before and after
    seen = []
    for kill_at in range(1, steps + 1):
        save_answers(path, new_answers(model, organisation="Old"), model)
        assert [p.name for p in tmp_path.iterdir()] == ["answers.yaml"]  # the last one cleaned
        done = subprocess.run([*run, str(kill_at)], capture_output=True, text=True)
        assert done.returncode == -signal.SIGKILL, done.stderr
        seen.append(read_answers(path, model).organisation)  # whole, or this fails
    renamed = seen.index("New")
    assert seen == ["Old"] * renamed + ["New"] * (steps - renamed)
    assert renamed == steps - 3  # after "replace" returns, and around the folder's fsync


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_sigkill_during_assess_never_loses_a_saved_answer(
    tmp_path: Path, model: LoadedModel
) -> None:
    """Kill the real program while it answers and saves, at set points; repeat."""
    path = tmp_path / "killed.yaml"
    args = ["assess", str(path), "--lang", "en", "--organisation", "Acme", "--respondent", "Ada"]
    confirmed = 0
    # Each round answers this many questions, then kills the program at once: right after the
    # last key, while that answer is being saved, so it may or may not be kept.
    for answers_this_round in (1, 4, 2, 7, 3, 5):
        term = Terminal(args, 24, 80)
        if confirmed:
            term.wait("Review every question from the start")
            term.press(ENTER)  # the first choice: go on with the unanswered questions
        n = confirmed + 1  # Continue starts at the first unanswered question
        if n <= 32:
            term.wait(f"Question {n} of 32  ·  ")
        for i in range(answers_this_round):
            if n > 32:
                break
            term.press("6", ENTER)
            n += 1
            if n <= 32 and i < answers_this_round - 1:
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
