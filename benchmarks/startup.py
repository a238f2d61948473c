"""Start-up cost of every command, as CPU-time ratios to a minimal two-command Typer app.

Run: python benchmarks/startup.py [--runs N]

Each case runs in a fresh process; its CPU time (user + system, read with ``os.wait4`` from
the child's own rusage, so other load on the machine barely moves it) is the median over
``--runs`` runs after one warm-up. The baseline is a Typer app with two commands, timed in the
same run: Typer itself imports pydantic, so that is the floor any Typer command pays.
The first screen of ``assess`` is timed under a pseudo-terminal: the child is stopped with
Ctrl-C as soon as its first question is on screen.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "models" / "siq_2019_1.yaml"
EXAMPLE = ROOT / "examples" / "norrvik-2026.yaml"

MINIMAL_APP = """
import typer

app = typer.Typer()


@app.command()
def hello(name: str = "x") -> None:
    print(name)


@app.command()
def bye(name: str = "x") -> None:
    print(name)


app(["hello", "--name", "y"])
"""


def cpu_of(argv: list[str]) -> float:
    """CPU seconds (user + system) that one run of ``argv`` took."""
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(proc.pid, 0)
    proc.returncode = 0
    return usage.ru_utime + usage.ru_stime


def median_cpu(run: Callable[[], float], runs: int) -> float:
    """Median over ``runs`` runs, after one warm-up."""
    run()
    return statistics.median(run() for _ in range(runs))


def assess_cpu(py: str, folder: Path) -> float:
    """CPU of ``assess`` up to its first question screen, from this process's child rusage."""
    import resource

    import pexpect

    target = folder / "fresh.yaml"
    target.unlink(missing_ok=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    child = pexpect.spawn(
        py,
        [
            "-m",
            "siqassess",
            "assess",
            str(target),
            "--lang",
            "en",
            "--organisation",
            "Org",
            "--respondent",
            "R",
        ],
        dimensions=(24, 80),
        encoding="utf-8",
        timeout=60,
    )
    child.expect("F1\\.1")
    child.sendintr()
    child.expect(pexpect.EOF)
    child.close()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args()
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        app_file = folder / "minimal_app.py"
        app_file.write_text(MINIMAL_APP, encoding="utf-8")
        siq = [py, "-m", "siqassess"]
        cases: dict[str, Callable[[], float]] = {
            "minimal two-command Typer app (baseline)": lambda: cpu_of([py, str(app_file)]),
            "siqassess --help": lambda: cpu_of([*siq, "--help"]),
            "siqassess validate MODEL": lambda: cpu_of([*siq, "validate", str(MODEL)]),
            "siqassess score ONE.yaml": lambda: cpu_of([*siq, "score", str(EXAMPLE)]),
            "siqassess report ONE.yaml -o x.html": lambda: cpu_of(
                [*siq, "report", str(EXAMPLE), "-o", str(folder / "x.html")]
            ),
            "siqassess init -o x.yaml --force": lambda: cpu_of(
                [*siq, "init", "-o", str(folder / "x.yaml"), "--force"]
            ),
            "siqassess assess (first screen)": lambda: assess_cpu(py, folder),
        }
        times = {name: median_cpu(run, args.runs) for name, run in cases.items()}
    base = times["minimal two-command Typer app (baseline)"]
    print(f"CPU time (user + system), median of {args.runs} runs each")
    for name, seconds in times.items():
        print(f"{name:42s} {seconds * 1000:7.1f} ms  {seconds / base:5.2f}x")
    ratio = times["siqassess validate MODEL"] / base
    print(f"validate / minimal Typer app = {ratio:.2f} (target <= 1.15)")


if __name__ == "__main__":
    main()
