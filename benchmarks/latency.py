"""Interactive latency of ``assess``: from the confirming key to the next question on screen.

The real program runs in a pseudo-terminal (pexpect) rendered by a terminal emulator (pyte),
as in ``keystrokes.py``. For each of the 32 questions a digit picks a level, and the clock
runs from the Enter that confirms it (the answer is saved to disk before the next question
is drawn) until the next question's heading is on the emulated screen. It prints the
median, the 90th percentile and the worst, against the 50 ms aim. pexpect's default 50 ms
sleep before each send is turned off, so the clock measures the program, not the harness.

Run: python benchmarks/latency.py [--rows 24] [--columns 80] [--lang en]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from keystrokes import QUESTIONS, Terminal

AIM_MS = 50.0


def heading(n: int, sv: bool) -> str:
    """The progress heading of question ``n``, as the screen shows it."""
    return f"{'Fråga' if sv else 'Question'} {n} {'av' if sv else 'of'} {QUESTIONS}  ·"


def measure(rows: int, columns: int, lang: str) -> list[float]:
    """Seconds from each confirming Enter to the next screen (or the summary)."""
    sv = lang == "sv"
    samples: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "walk.yaml"
        term = Terminal(["assess", str(path)], rows, columns, lang)
        # pexpect sleeps 50 ms before every send by default; that is not the program's time.
        term.child.delaybeforesend = None
        term.wait("Språk / Language")
        term.press("\r")
        term.wait("Organisation")
        term.press("\r")
        term.wait("Ditt namn" if sv else "Your name")
        term.press("\r")
        for n in range(1, QUESTIONS + 1):
            term.wait(heading(n, sv))
            term.press(str(n % 10))
            start = time.perf_counter()
            term.press("\r")
            term.wait(heading(n + 1, sv) if n < QUESTIONS else "siqassess report")
            samples.append(time.perf_counter() - start)
        term.child.close()
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=24)
    parser.add_argument("--columns", type=int, default=80)
    parser.add_argument("--lang", choices=("sv", "en"), default="en")
    args = parser.parse_args()
    samples = sorted(s * 1000 for s in measure(args.rows, args.columns, args.lang))
    median = statistics.median(samples)
    p90 = samples[int(0.9 * (len(samples) - 1))]
    print(
        f"{len(samples)} confirmations, {args.columns}×{args.rows}, {args.lang}: "
        f"median {median:.1f} ms, 90th percentile {p90:.1f} ms, worst {samples[-1]:.1f} ms "
        f"(aim: median under {AIM_MS:.0f} ms; autosave included)"
    )


if __name__ == "__main__":
    main()
