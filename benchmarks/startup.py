"""Start-up cost of `--help` and `validate`, as ratios to a bare `import typer` process.

Run: python benchmarks/startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "models" / "siq_2019_1.yaml"


# What any Typer command costs before it does work: recent Typer imports pydantic to run one.
_TRIVIAL = (
    "import typer\napp = typer.Typer()\n@app.command()\ndef hello(name: str = 'x') -> None:\n"
    "    print(name)\napp(['--name', 'y'], standalone_mode=False)"
)


def timed(argv: list[str], runs: int) -> float:
    """Median wall time of ``runs`` runs of a command, after one warm-up."""
    subprocess.run(argv, capture_output=True, check=False)
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, capture_output=True, check=False)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    py = sys.executable
    cases = {
        "import typer (baseline)": [py, "-c", "import typer"],
        "a one-line Typer command": [py, "-c", _TRIVIAL],
        "siqassess --help": [py, "-m", "siqassess", "--help"],
        "siqassess validate MODEL": [py, "-m", "siqassess", "validate", str(MODEL)],
    }
    times = {name: timed(argv, args.runs) for name, argv in cases.items()}
    base = times["import typer (baseline)"]
    print(f"median of {args.runs} runs each")
    for name, seconds in times.items():
        print(f"{name:28s} {seconds * 1000:7.1f} ms  {seconds / base:5.2f}x")
    ratio = times["siqassess validate MODEL"] / base
    print(f"validate / import typer = {ratio:.2f} (target <= 2.00)")
    floor = times["a one-line Typer command"]
    print(f"validate / one-line Typer command = {times['siqassess validate MODEL'] / floor:.2f}")


if __name__ == "__main__":
    main()
