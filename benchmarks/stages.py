"""Where the time of `score` goes, per file and stage, against the YAML parse floor.

Run: python benchmarks/stages.py [--n 1000] [--passes 3]

It writes N answers files for the built-in model (the generator of benchmarks/batch.py), then,
in this one process with start-up left out and the collector frozen as the batch does, times
each stage of scoring a file (the same calls as `siqassess.io.batch.score_file`): reading the
bytes, parsing with positions, checking the answers, scoring, building the result documents,
encoding the JSON line. Each stage is the least CPU time of --passes passes over all files,
printed in microseconds a file, beside the floor (`yaml.CSafeLoader` on the same text), so the
ratios hold on a busy machine.
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch import generate

STAGES = ("read", "parse", "answers", "score", "documents", "encode")


def measure(folder: Path, passes: int) -> tuple[dict[str, float], float, int]:
    """The least CPU seconds of each stage over all files, the floor's, and the file count."""
    import yaml

    from siqassess.core import scoring
    from siqassess.documents.result import file_result
    from siqassess.io.answers import answers_from_data
    from siqassess.io.models import Models
    from siqassess.io.yamlio import parse, read_text
    from siqassess.reports.results import json_line

    files = sorted(folder.glob("*.yaml"))
    models = Models(None)
    best = dict.fromkeys(STAGES, float("inf"))
    floor = float("inf")
    spent = dict.fromkeys(STAGES, 0.0)

    def timed(stage: str, work: Callable[..., Any], *args: Any) -> Any:
        start = time.process_time()
        value = work(*args)
        spent[stage] += time.process_time() - start
        return value

    gc.freeze()
    for _ in range(passes):
        spent.update(dict.fromkeys(STAGES, 0.0))
        texts = []
        for path in files:
            text = timed("read", read_text, path)
            texts.append(text)
            data, source = timed("parse", parse, str(path), text)
            model = models.for_data(data, source)
            answers = timed("answers", answers_from_data, data, source, model)
            result = timed("score", scoring.score, model, answers.answers, answers.default_target)
            doc = timed("documents", file_result, str(path), answers, model, result)
            timed("encode", json_line, doc)
        start = time.process_time()
        for text in texts:
            yaml.load(text, Loader=yaml.CSafeLoader)
        floor = min(floor, time.process_time() - start)
        best = {stage: min(best[stage], spent[stage]) for stage in STAGES}
    return best, floor, len(files)


def main() -> None:
    """Generate, measure and print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="number of answers files")
    parser.add_argument("--passes", type=int, default=3, help="passes; the least is shown")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        generate(folder, args.n)
        best, floor, count = measure(folder, args.passes)
    per_floor = floor / count * 1e6
    print(f"{count} answers files, CPU per file, least of {args.passes} passes:")
    for stage in STAGES:
        spent = best[stage] / count * 1e6
        print(f"  {stage:10} {spent:7.1f} µs  {spent / per_floor:5.2f}× floor")
    total = sum(best.values()) / count * 1e6
    print(f"  {'all':10} {total:7.1f} µs  {total / per_floor:5.2f}× floor")
    print(f"  {'floor':10} {per_floor:7.1f} µs  (yaml.CSafeLoader on the same text)")


if __name__ == "__main__":
    main()
