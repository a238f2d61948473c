"""Benchmark `siqassess benchmark` over a national network against the bare YAML parse floor.

Run: python benchmarks/benchmark.py [--members 290] [--years 5] [--runs 3]

Writes MEMBERS municipalities × YEARS agreed answers files (290 × 5 = 1,450 by default), one
folder per year, then times, each in its own subprocess (see batch.py for the floor and the
measuring): parsing every file with yaml.CSafeLoader (the floor) and `siqassess benchmark
--format json` over all of them. Prints the ratio to the floor in wall time and the peak memory
(max RSS), then repeats at 300 files to show that memory stays flat as the network grows.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
from pathlib import Path

from batch import measure  # benchmarks/batch.py: a command timed in its own wrapper process
from startup import child_env

FLOOR = """
import sys, yaml
from pathlib import Path
for path in sorted(Path(sys.argv[1]).rglob("*.yaml")):
    yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
"""


def generate(folder: Path, members: int, years: int, seed: int = 25) -> int:
    """Write ``members`` × ``years`` agreed answers files; return how many."""
    import datetime as dt

    from siqassess.io.answers import Answer, dump_answers, new_answers
    from siqassess.io.models import resolve_model

    model = resolve_model(None)
    rng = random.Random(seed)
    count = 0
    for year in range(2022, 2022 + years):
        (folder / str(year)).mkdir(parents=True, exist_ok=True)
        for m in range(members):
            answers = new_answers(model, organisation=f"Kommun {m:03d}", date=dt.date(year, 11, 1))
            answers.segment = f"segment-{m % 4}"
            for leaf in model.leaves:
                if rng.random() < 0.03:
                    answers.answers[leaf.id] = Answer(na=True, reason="Inte aktuellt")
                else:
                    answers.answers[leaf.id] = Answer(score=rng.randrange(0, 101, 10))
            answers.status = "complete"
            path = folder / str(year) / f"kommun-{m:03d}.yaml"
            path.write_text(dump_answers(answers, model), encoding="utf-8")
            count += 1
    return count


def run(folder: Path, members: int, years: int, runs: int) -> dict[str, tuple[float, int]]:
    """Medians of wall seconds and peak MiB, floor and benchmark, over the files made."""
    n = generate(folder, members, years)
    print(f"{n} files ({members} members × {years} years)", flush=True)
    bench = [sys.executable, "-m", "siqassess", "benchmark", str(folder), "-f", "json"]
    bench += ["--key", str(folder.parent / f"key-{n}.yaml"), "-o", str(folder.parent / "n.json")]
    commands = {"parse floor (CSafeLoader)": [sys.executable, "-c", FLOOR, str(folder)]}
    commands["benchmark --format json"] = bench
    env = child_env(folder.parent)
    for cmd in commands.values():
        measure(cmd, env)  # untimed: writes the bytecode cache
    taken: dict[str, list[tuple[float, int, float]]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, cmd in commands.items():
            taken[name].append(measure(cmd, env))
    return {
        name: (statistics.median(r[0] for r in values), max(r[1] for r in values))
        for name, values in taken.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=290)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        big = run(Path(tmp) / "big", args.members, args.years, args.runs)
        small = run(Path(tmp) / "small", 60, args.years, args.runs)
    floor = big["parse floor (CSafeLoader)"][0]
    print(f"{'':28} {'seconds':>8} {'× floor':>8} {'peak MiB':>9}")
    for name, (took, peak) in big.items():
        print(f"{name:28} {took:8.2f} {took / floor:8.2f} {peak:9d}")
    print(
        f"peak memory of benchmark: {small['benchmark --format json'][1]} MiB at "
        f"{60 * args.years} files, {big['benchmark --format json'][1]} MiB at "
        f"{args.members * args.years} files"
    )


if __name__ == "__main__":
    main()
