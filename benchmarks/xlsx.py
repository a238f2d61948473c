"""Benchmark reading questionnaire workbooks against reading the same answers from YAML.

Run: python benchmarks/xlsx.py [--n 500] [--repeat 50]

It fills N answers files at random (as benchmarks/batch.py does) and writes each both as
YAML and as a questionnaire workbook. It prints:

- the time to read and check ONE file in-process (the best of --repeat reads), xlsx and
  YAML, and their ratio;
- `siqassess score --jobs 2 --format json` over the N workbooks and over the N YAML files,
  each in its own process, and their ratio (the aim is at most 3×).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch import generate, measure
from startup import child_env


def to_workbooks(yaml_folder: Path, xlsx_folder: Path) -> None:
    """Write every answers file of ``yaml_folder`` as a workbook into ``xlsx_folder``."""
    from siqassess.io.answers import read_answers
    from siqassess.io.models import resolve_model
    from siqassess.io.xlsx_write import write_questionnaire

    model = resolve_model(None)
    xlsx_folder.mkdir(parents=True, exist_ok=True)
    for path in sorted(yaml_folder.glob("*.yaml")):
        write_questionnaire(xlsx_folder / f"{path.stem}.xlsx", read_answers(path, model), model)


def read_one(path: Path, repeat: int) -> float:
    """The best time of ``repeat`` reads (parse and check) of one answers file, in seconds."""
    from siqassess.io.answers import read_answers
    from siqassess.io.models import resolve_model

    model = resolve_model(None)
    read_answers(path, model)  # warm imports and caches
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        read_answers(path, model)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    """Generate, measure and print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=500, help="number of questionnaires")
    parser.add_argument("--repeat", type=int, default=50, help="reads of one file to time")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        yaml_dir, xlsx_dir = Path(tmp) / "yaml", Path(tmp) / "xlsx"
        yaml_dir.mkdir()
        generate(yaml_dir, args.n)
        to_workbooks(yaml_dir, xlsx_dir)
        one_yaml = read_one(next(iter(sorted(yaml_dir.glob("*.yaml")))), args.repeat)
        one_xlsx = read_one(next(iter(sorted(xlsx_dir.glob("*.xlsx")))), args.repeat)
        print(f"read and check one answers file, in-process (best of {args.repeat}):")
        print(f"  YAML {one_yaml * 1000:7.2f} ms")
        print(f"  xlsx {one_xlsx * 1000:7.2f} ms   ratio {one_xlsx / one_yaml:5.1f}×")
        score = [sys.executable, "-m", "siqassess", "score", "--format", "json", "--jobs", "2"]
        env = child_env(Path(tmp))  # bytecode cached, as in an installed wheel
        measure([*score, str(yaml_dir)], env)  # writes that cache
        yaml_s, yaml_mb, _ = measure([*score, str(yaml_dir)], env)
        xlsx_s, xlsx_mb, _ = measure([*score, str(xlsx_dir)], env)
        print(f"\nscore --jobs 2 --format json over {args.n} files (own process each):")
        print(f"  YAML {yaml_s:7.2f} s  peak {yaml_mb:4d} MiB")
        print(f"  xlsx {xlsx_s:7.2f} s  peak {xlsx_mb:4d} MiB   ratio {xlsx_s / yaml_s:5.2f}×")
        check = subprocess.run([*score, str(xlsx_dir)], capture_output=True, text=True)
        scored = check.stdout.count('"file":')
        print(f"  ({scored} of {args.n} workbooks scored, exit {check.returncode})")


if __name__ == "__main__":
    main()
