"""Benchmark `siqassess score` over many answers files against the bare YAML parse floor.

Run: python benchmarks/batch.py [--n 5000] [--runs 3] [--keep DIR] [--only score|aggregate]
     [--aggregate-n 10000]

It writes N answers files for the built-in model into a temporary folder, then times, each in
its own subprocess: parsing every file with yaml.CSafeLoader (the floor), `siqassess score
--format json` with one job, the same with --jobs 2, and the floor split over two processes
started together (what two cores give a serial parse on this machine: two busy processes may
each run slower than one alone). The runs are repeated --runs times, interleaved, and the
median of each is shown (the machine may be busy with other work).
It prints the ratio of each to the floor in wall time, the CPU time of each (all its
processes), and the peak memory (max RSS of the largest process), then repeats the runs at N/5
files to show that peak memory does not grow with the number of files.

The aggregate case writes a team of --aggregate-n answers files (one organisation, seven
respondent names repeated) and times ``siqassess aggregate --format json`` against the floor
of the same files, each run in its own process, in the same run; then the same at N/5 files,
for peak memory.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from startup import child_env  # benchmarks/startup.py: bytecode cached under a folder

FLOOR = """
import sys, yaml
from pathlib import Path
part, parts = (int(sys.argv[2]), int(sys.argv[3])) if len(sys.argv) > 3 else (0, 1)
for path in sorted(Path(sys.argv[1]).glob("*.yaml"))[part::parts]:
    yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
"""

PARALLEL_FLOOR = """
import subprocess, sys
floor, folder = sys.argv[1], sys.argv[2]
runs = [subprocess.Popen([sys.executable, "-c", floor, folder, str(i), "2"]) for i in range(2)]
sys.exit(max(run.wait() for run in runs))
"""
"""The floor split over two processes started together, each parsing every other file: what
two cores give a serial parse on this machine, beside which to read ``--jobs 2``."""

MEASURE = """
import resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode
took = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(code, took, usage.ru_maxrss, usage.ru_utime + usage.ru_stime)
"""


STEADY = """
import io, sys, time, yaml
from pathlib import Path
from siqassess.io import batch
from siqassess.reports.results import JsonWriter
targets, _ = batch.expand([sys.argv[1]])
score = floor = float("inf")
for _ in range(int(sys.argv[2])):
    writer = JsonWriter(io.StringIO())
    start = time.process_time()
    for outcome in batch.score_all(targets, encode=writer.encode):
        writer.add_encoded(outcome.piece)
    score = min(score, time.process_time() - start)
    start = time.process_time()
    for target in targets:
        yaml.load(Path(target.path).read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    floor = min(floor, time.process_time() - start)
print(score / len(targets), floor / len(targets))
"""
"""Per file, without start-up: the CPU time of scoring (one job, JSON) and of the floor, each the
least of several passes in one process, so a busy machine barely moves the ratio."""


def generate(folder: Path, n: int, seed: int = 1, *, team: bool = False) -> None:
    """Write ``n`` answers files with varied scores, N/A and gaps to ``folder``; with ``team``,
    all of one organisation (as ``aggregate`` wants them), otherwise each of its own."""
    from siqassess.io.answers import Answer, dump_answers, new_answers
    from siqassess.io.models import resolve_model

    model = resolve_model(None)
    rng = random.Random(seed)
    for i in range(n):
        organisation = "Org" if team else f"Org {i}"
        answers = new_answers(model, organisation=organisation, respondent=f"Respondent {i % 7}")
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


Run = tuple[float, int, float]
"""Wall seconds, peak RSS in MiB, CPU seconds."""


def measure(cmd: list[str], env: dict[str, str]) -> Run:
    """Run ``cmd`` in its own wrapper process; return wall seconds, peak MiB, CPU seconds."""
    out = subprocess.run(
        [sys.executable, "-c", MEASURE, *cmd], capture_output=True, text=True, check=True, env=env
    ).stdout.split()
    code, took, peak, cpu = int(out[0]), float(out[1]), int(out[2]), float(out[3])
    if code not in (0, 1):
        raise SystemExit(f"{cmd} failed with exit code {code}")
    return took, peak // 1024, cpu


def run(n: int, folder: Path, runs: int) -> dict[str, Run]:
    """Time the floor and the two score runs over ``n`` files in ``folder``: medians."""
    folder.mkdir(parents=True, exist_ok=True)
    generate(folder, n)
    score = [sys.executable, "-m", "siqassess", "score", str(folder), "--format", "json"]
    commands = {
        "parse floor (CSafeLoader)": [sys.executable, "-c", FLOOR, str(folder)],
        "score --format json": score,
        "score --format json --jobs 2": [*score, "--jobs", "2"],
        "parse floor, 2 processes": [sys.executable, "-c", PARALLEL_FLOOR, FLOOR, str(folder)],
    }
    # Bytecode is cached, as in an installed wheel (this machine may set
    # PYTHONDONTWRITEBYTECODE); one untimed run of each writes the cache.
    env = child_env(folder.parent)
    for cmd in commands.values():
        measure(cmd, env)
    taken: dict[str, list[Run]] = {name: [] for name in commands}
    for _ in range(runs):  # interleaved, so a burst of load hits every command alike
        for name, cmd in commands.items():
            taken[name].append(measure(cmd, env))
    return {name: _median(values) for name, values in taken.items()}


def run_aggregate(n: int, folder: Path, runs: int) -> tuple[Run, Run]:
    """Time the floor and ``aggregate --format json`` over a team of ``n`` files: medians."""
    folder.mkdir(parents=True, exist_ok=True)
    generate(folder, n, team=True)
    floor = [sys.executable, "-c", FLOOR, str(folder)]
    command = [sys.executable, "-m", "siqassess", "aggregate", str(folder), "--format", "json"]
    env = child_env(folder.parent)
    measure(floor, env), measure(command, env)  # bytecode cached, as in an installed wheel
    taken: tuple[list[Run], list[Run]] = ([], [])
    for _ in range(runs):
        taken[0].append(measure(floor, env))
        taken[1].append(measure(command, env))
    return _median(taken[0]), _median(taken[1])


def aggregate_case(n: int, base: Path, runs: int) -> None:
    """Print aggregate's time against the floor, and its peak memory at N/5 and N files."""
    small_n = max(2, n // 5)
    small = run_aggregate(small_n, base / f"team{small_n}", runs)
    floor, agg = run_aggregate(n, base / f"team{n}", runs)
    print(
        f"aggregate {n}: {agg[0]:.2f} s, floor {floor[0]:.2f} s, ratio {agg[0] / floor[0]:.2f}× "
        f"(CPU {agg[2]:.2f} s against {floor[2]:.2f} s; median of {runs} runs)"
    )
    print("peak memory of aggregate (floor):")
    for count, (f, a) in ((small_n, small), (n, (floor, agg))):
        print(f"  N = {count:6d}: {a[1]:4d} MiB ({f[1]} MiB)")


def _median(values: list[Run]) -> Run:
    walls, peaks, cpus = zip(*values, strict=True)
    return statistics.median(walls), int(statistics.median(peaks)), statistics.median(cpus)


def main() -> None:
    """Generate, measure and print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=5000, help="number of answers files")
    parser.add_argument("--runs", type=int, default=3, help="runs of each; medians shown")
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    parser.add_argument("--only", choices=("score", "aggregate"), help="run only this case")
    parser.add_argument("--aggregate-n", type=int, default=10_000, help="files in the team")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = args.keep or Path(tmp)
        started = time.perf_counter()
        if args.only != "score":
            aggregate_case(args.aggregate_n, base, args.runs)
        if args.only == "aggregate":
            print(f"\n(total benchmark time {time.perf_counter() - started:.0f} s)")
            return
        big = run(args.n, base / f"n{args.n}", args.runs)
        small_n = max(1, args.n // 5)
        small = run(small_n, base / f"n{small_n}", args.runs)
        floor = big["parse floor (CSafeLoader)"][0]
        print(f"{args.n} answers files (built-in model), each run in its own process,")
        print(f"median of {args.runs} runs:")
        print(f"{'':32} {'seconds':>8} {'× floor':>8} {'CPU s':>7} {'peak MiB':>9}")
        for name, (took, peak, cpu) in big.items():
            print(f"{name:32} {took:8.2f} {took / floor:8.2f} {cpu:7.2f} {peak:9d}")
        jobs2, split = big["score --format json --jobs 2"][0], big["parse floor, 2 processes"][0]
        print(f"--jobs 2 against the floor in 2 processes: {jobs2 / split:.2f}×")
        steady = subprocess.run(
            [sys.executable, "-c", STEADY, str(base / f"n{args.n}"), str(args.runs)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        per_file, per_floor = float(steady[0]) * 1000, float(steady[1]) * 1000
        print(
            f"\nper file, in one process, no start-up (CPU, least of {args.runs} passes): "
            f"score {per_file:.3f} ms, floor {per_floor:.3f} ms ({per_file / per_floor:.2f}×)"
        )
        print("\npeak memory does not grow with N (score, one job / two jobs):")
        for n, res in ((small_n, small), (args.n, big)):
            one = res["score --format json"][1]
            two = res["score --format json --jobs 2"][1]
            print(f"  N = {n:6d}: {one:4d} MiB / {two:4d} MiB")
        print(f"\n(total benchmark time {time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
