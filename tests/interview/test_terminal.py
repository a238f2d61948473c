"""The installed program in a real pseudo-terminal, and answers files surviving SIGKILL."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pexpect
import pytest

from siqassess.criteria.tree import LoadedModel
from siqassess.io.answers import read_answers

DOWN = "\x1b[B"


def _command() -> list[str]:
    found = shutil.which("siqassess")
    return [found] if found else [sys.executable, "-m", "siqassess"]


def _spawn(*args: str) -> pexpect.spawn:
    cmd = _command()
    # pexpect does not answer cursor-position requests; without this each prompt waits for one.
    env = {**os.environ, "TERM": "xterm", "PROMPT_TOOLKIT_NO_CPR": "1"}
    child = pexpect.spawn(
        cmd[0], [*cmd[1:], *args], env=env, dimensions=(40, 120), encoding="utf-8", timeout=40
    )
    return child


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_assess_in_a_terminal_interrupt_resume_and_finish(
    tmp_path: Path, model: LoadedModel
) -> None:
    path = tmp_path / "team.yaml"
    args = ["assess", str(path), "--lang", "en", "--organisation", "Acme", "--respondent", "Ada"]
    child = _spawn(*args)
    for n, steps in ((1, 3), (2, 5)):
        child.expect(f"Question {n} of 32")
        child.expect("choose a level")
        child.send(DOWN * steps + "\r")
        child.expect("Anything more")
        child.send("\r")
    child.expect("Question 3 of 32")
    child.expect("choose a level")
    child.sendcontrol("c")
    child.expect("2 of 32 answers are saved")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    saved = read_answers(path, model)
    assert [saved.answers[i].score for i in ("F1.1", "F1.2")] == [30, 50]  # type: ignore[union-attr]
    assert saved.status == "in_progress"

    child = _spawn(*args)
    child.expect("Continue with the first unanswered question \\(F1.3\\)")
    child.send("\r")
    for n in range(3, 33):
        child.expect(f"Question {n} of 32")
        child.expect("choose a level")
        child.send(DOWN * 7 + "\r")  # 70, the default target: a strength
        child.expect("Anything more")
        child.send("\r")
    child.expect("marked complete")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    done = read_answers(path, model)
    assert done.status == "complete"
    assert done.answers["R5"].score == 70  # type: ignore[union-attr]


SAVE_LOOP = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from siqassess.io.answers import Answer, new_answers, save_answers
    from siqassess.criteria.load import resolve_model

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
    for round_ in range(6):
        child = _spawn(*args)
        if round_:
            child.expect("Review every question from the start")
            child.send("\r")  # the first choice: go on from the first unanswered question
        deadline = time.monotonic() + rng.uniform(0.2, 1.5)
        while time.monotonic() < deadline:
            index = child.expect([r"Question (\d+) of 32", "Finish and show the summary"])
            if index == 1:  # every question answered: the overview offers to finish
                break
            child.expect("choose a level")
            child.send(DOWN * 6 + "\r")
            child.expect("Anything more")
            child.send("\r")
        os.kill(child.pid, signal.SIGKILL)
        child.close(force=True)
        saved = read_answers(path, model)  # parses and checks, or the test fails
        answered = sum(1 for a in saved.answers.values() if a is not None and a.answered)
        # Every answer confirmed before an earlier kill is still there.
        assert answered >= confirmed
        assert all(a is None or a.score == 60 for a in saved.answers.values())
        confirmed = answered
    assert confirmed > 0
