"""Kill the interview at random moments, many times, and count what was lost and left behind.

Run: python benchmarks/kill.py [--runs 1002] [--workers 3] [--seed 23] [--keep DIR]

Each run starts ``siqassess assess FILE`` in a pseudo-terminal, answers questions (each one
*confirmed* when the next question is on screen, so its save has returned), then presses an
answer and sends SIGKILL, SIGTERM or SIGHUP (in turn) after a random delay of 0–40 ms, often
in the middle of a save. The next run resumes the same file; 32 answers finish it and a new
file is started. After every kill the file is read back and checked: every confirmed answer
must be there. When a run has started, temporaries that the killed one left beside the file
must be gone (the start removes them). At the end each file is opened once more and left
cleanly, and anything left beside the answers files is a stray.

It prints the runs per signal, the confirmed answers checked, the answers lost (goal 0) and
the stray files left (goal 0). A benchmark, not a test: it takes minutes.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pexpect
import pyte

SIGNALS = (signal.SIGKILL, signal.SIGTERM, signal.SIGHUP)
QUESTIONS = 32


class Term:
    """The program in an 80×24 pseudo-terminal, its screen kept by pyte."""

    def __init__(self, path: Path) -> None:
        self.screen = pyte.Screen(80, 24)
        self.stream = pyte.ByteStream(self.screen)
        env = {**os.environ, "TERM": "xterm", "PROMPT_TOOLKIT_NO_CPR": "1", "LC_ALL": ""}
        args = ["-m", "siqassess", "assess", str(path), "--lang", "en"]
        args += ["--organisation", "Acme", "--respondent", "Ada"]
        self.child = pexpect.spawn(sys.executable, args, env=env, dimensions=(24, 80))

    def text(self) -> str:
        return "\n".join(self.screen.display)

    def wait(self, *marks: str, timeout: float = 60) -> str:
        deadline = time.monotonic() + timeout
        while True:
            text = self.text()
            for mark in marks:
                if mark in text:
                    return mark
            if time.monotonic() > deadline:
                raise TimeoutError(f"never on screen: {marks}\n{text}")
            try:
                self.stream.feed(self.child.read_nonblocking(65536, timeout=0.5))
            except pexpect.TIMEOUT:
                continue
            except pexpect.EOF:
                raise TimeoutError(f"ended before {marks}\n{text}") from None


def answered(path: Path) -> dict[str, float]:
    """The scores in the file, read with the tool's own reader (which checks the file)."""
    from siqassess.io.answers import read_answers
    from siqassess.io.models import resolve_model

    if not path.exists():
        return {}
    saved = read_answers(path, resolve_model(None))
    return {k: a.score for k, a in saved.answers.items() if a is not None and a.score is not None}


def strays(folder: Path, answers: set[str]) -> list[str]:
    """Everything beside the answers files: temporaries and lock files."""
    return sorted(p.name for p in folder.iterdir() if p.name not in answers)


@dataclass
class Tally:
    """What one worker saw."""

    runs: int = 0
    checked: int = 0
    lost: int = 0
    leftover_tmp: int = 0
    left: list[str] = field(default_factory=list)
    by_signal: dict[str, int] = field(default_factory=lambda: {s.name: 0 for s in SIGNALS})


def worker(folder: Path, runs: int, first: int, seed: int) -> Tally:
    """``runs`` kills on files in ``folder``; signal ``first + i`` in turn."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    tally = Tally()
    files: set[str] = set()
    path = folder / "a0.yaml"
    confirmed: dict[str, float] = {}
    for run in range(runs):
        if len(confirmed) == QUESTIONS:
            path, confirmed = folder / f"a{run}.yaml", {}
        files.add(path.name)
        term = Term(path)
        n = len(confirmed) + 1
        mark = term.wait(f"Question {n} of {QUESTIONS}", "Review every question")
        if mark != f"Question {n} of {QUESTIONS}":
            term.child.send("\r")  # go on with the unanswered questions
            term.wait(f"Question {n} of {QUESTIONS}")
        tally.leftover_tmp += sum(1 for p in folder.iterdir() if p.name.endswith(".tmp"))
        for _ in range(rng.randrange(0, 3)):
            if n == QUESTIONS:
                break
            term.child.send("6\r")
            n += 1
            term.wait(f"Question {n} of {QUESTIONS}")
        confirmed = answered(path)  # every answer before the question now on screen
        term.child.send("6\r")  # an answer being saved as the signal comes
        time.sleep(rng.uniform(0, 0.04))
        sig = SIGNALS[(first + run) % len(SIGNALS)]
        tally.by_signal[sig.name] += 1
        if term.child.isalive():
            os.kill(term.child.pid, sig)
        term.child.close(force=True)
        now = answered(path)
        tally.runs += 1
        tally.checked += len(confirmed)
        tally.lost += sum(1 for k, v in confirmed.items() if now.get(k) != v)
        confirmed = now
    for name in sorted(files):  # open each file once more and leave it cleanly
        term = Term(folder / name)
        term.wait("Question", "Review every question", "Report: siqassess report")
        term.child.sendcontrol("c")
        term.child.expect(pexpect.EOF, timeout=60)
        term.child.close()
    tally.left = strays(folder, files)
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1002)
    parser.add_argument("--workers", type=int, default=3, help="files killed side by side")
    parser.add_argument("--seed", type=int, default=23)
    parser.add_argument("--keep", type=Path)
    opts = parser.parse_args()
    folder = Path(opts.keep or tempfile.mkdtemp(prefix="siq-kill-"))
    started = time.monotonic()
    share = [
        opts.runs // opts.workers + (i < opts.runs % opts.workers) for i in range(opts.workers)
    ]
    with ThreadPoolExecutor(opts.workers) as pool:
        jobs = [
            pool.submit(worker, folder / f"w{i}", n, i, opts.seed + i) for i, n in enumerate(share)
        ]
        tallies = [job.result() for job in jobs]
    counts = {s.name: sum(t.by_signal[s.name] for t in tallies) for s in SIGNALS}
    left = [name for t in tallies for name in t.left]
    print(
        f"runs: {sum(t.runs for t in tallies)} ({', '.join(f'{k} {v}' for k, v in counts.items())})"
    )
    print(f"confirmed answers checked: {sum(t.checked for t in tallies)}")
    print(f"answers lost: {sum(t.lost for t in tallies)} (goal 0)")
    leftover = sum(t.leftover_tmp for t in tallies)
    print(f"temporaries present when the next run had started: {leftover} (goal 0)")
    print(f"stray files left: {len(left)} (goal 0){': ' + ', '.join(left) if left else ''}")
    print(f"seconds: {time.monotonic() - started:.0f}; folder: {folder}")


if __name__ == "__main__":
    main()
