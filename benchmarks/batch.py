"""Benchmark `siqassess score` over many answers files against the bare YAML parse floor.

Run: python benchmarks/batch.py [--n 5000] [--keep DIR]

It writes N answers files for the built-in model into a temporary folder, then times, each in
its own subprocess: parsing every file with yaml.CSafeLoader (the floor), `siqassess score
--format json` with one job, and the same with --jobs 2. It prints the ratio of each to the
floor and the peak memory (max RSS of the largest process), then repeats the one-job run at
N/5 files to show that peak memory does not grow with the number of files.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FLOOR = """
import sys, yaml
from pathlib import Path
for path in sorted(Path(sys.argv[1]).glob("*.yaml")):
    yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
"""

MEASURE = """
import resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode
took = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(code, took, peak)
"""


def generate(folder: Path, n: int, seed: int = 1) -> None:
    """Write ``n`` answers files with varied scores, N/A and gaps to ``folder``."""
    from siqassess.criteria.load import resolve_model
    from siqassess.io.answers import Answer, dump_answers, new_answers

    model = resolve_model(None)
    rng = random.Random(seed)
    for i in range(n):
        answers = new_answers(model, organisation=f"Org {i}", respondent=f"Respondent {i % 7}")
        for leaf in model.leaves:
            roll = rng.random()
            if roll < 0.05:
                continue
            if roll < 0.1:
                answers.answers[leaf.id] = Answer(na=True, reason="Not relevant here")
            else:
                note = "Some notes about this answer." if roll > 0.8 else None
                answers.answers[leaf.id] = Answer(score=rng.randrange(0, 101, 10), note=note)
        (folder / f"answers_{i:06d}.yaml").write_text(
            dump_answers(answers, model), encoding="utf-8"
        )


def measure(cmd: list[str]) -> tuple[float, int]:
    """Run ``cmd`` in its own wrapper process; return seconds and peak RSS in MiB."""
    out = subprocess.run(
        [sys.executable, "-c", MEASURE, *cmd], capture_output=True, text=True, check=True
    ).stdout.split()
    code, took, peak = int(out[0]), float(out[1]), int(out[2])
    if code not in (0, 1):
        raise SystemExit(f"{cmd} failed with exit code {code}")
    return took, peak // 1024


def run(n: int, folder: Path) -> dict[str, tuple[float, int]]:
    """Time the floor and the two score runs over ``n`` files in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    generate(folder, n)
    score = [sys.executable, "-m", "siqassess", "score", str(folder), "--format", "json"]
    return {
        "parse floor (CSafeLoader)": measure([sys.executable, "-c", FLOOR, str(folder)]),
        "score --format json": measure(score),
        "score --format json --jobs 2": measure([*score, "--jobs", "2"]),
    }


def main() -> None:
    """Generate, measure and print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=5000, help="number of answers files")
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = args.keep or Path(tmp)
        started = time.perf_counter()
        big = run(args.n, base / f"n{args.n}")
        small_n = max(1, args.n // 5)
        small = run(small_n, base / f"n{small_n}")
        floor = big["parse floor (CSafeLoader)"][0]
        print(f"{args.n} answers files (built-in model), each run in its own process:")
        print(f"{'':32} {'seconds':>8} {'× floor':>8} {'peak MiB':>9}")
        for name, (took, peak) in big.items():
            print(f"{name:32} {took:8.2f} {took / floor:8.2f} {peak:9d}")
        print("\npeak memory does not grow with N (score, one job / two jobs):")
        for n, res in ((small_n, small), (args.n, big)):
            one = res["score --format json"][1]
            two = res["score --format json --jobs 2"][1]
            print(f"  N = {n:6d}: {one:4d} MiB / {two:4d} MiB")
        print(f"\n(total benchmark time {time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
