"""Time and memory of siqassess on the worst input shapes known, per MB of input.

Run: python benchmarks/hostile.py [--timeout 120] [--only NAME] [--keep DIR]

Each shape is written once into a temporary folder, then each command runs in its own
subprocess (``python -m siqassess``, so ``PYTHONPATH=/other/checkout`` measures another
version). For every run it prints the exit code, seconds, seconds per MB of input and the peak
memory (max RSS). A run over --timeout is killed and shown as ``>T``. The goal (issue #11):
below 5 MiB, under 5 s and 300 MiB for validate, score and report, and ``aggregate`` linear in
the number of files.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

MEASURE = """
import resource, subprocess, sys, time
start = time.perf_counter()
try:
    code = subprocess.run(
        sys.argv[2:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        timeout=float(sys.argv[1]),
    ).returncode
except subprocess.TimeoutExpired:
    code = "timeout"
took = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(code, took, peak)
"""


def _blank(folder: Path) -> str:
    from siqassess.io.answers import new_answers, save_answers
    from siqassess.io.models import resolve_model

    model = resolve_model(None)
    path = folder / ".blank.yaml"
    save_answers(path, new_answers(model, organisation="Acme", respondent="Eva"), model)
    text = path.read_text(encoding="utf-8")
    path.unlink()
    return text


def unknown_ids(folder: Path, count: int = 48_000, value: str = " 10") -> list[Path]:
    """An answers file with 48,000 unknown answer ids, just under the value limit (was
    quadratic: 40,000 took 111 s; then 7 s to phrase 48,000 messages, now 100 and a count).

    ``value`` " 10" makes each a schema problem (pydantic's errors); "" a blank answer, so
    each is our own check's "unknown id".
    """
    text = _blank(folder)
    extra = "".join(f"  X{i}:{value}\n" for i in range(count))
    path = folder / f"unknown-ids{'-blank' if not value else ''}.yaml"
    path.write_text(text + extra, encoding="utf-8")
    return [path]


def alias_fanout(folder: Path) -> list[Path]:
    """10,000 aliases of one 100 KB note as a leaf's evidence, under the node limit (was
    minutes for a Markdown report, and out of memory for HTML)."""
    text = _blank(folder)
    big = "x" * 100_000
    items = "".join("    - *big\n" for _ in range(10_000))
    text = text.replace(
        "    score: null\n", f"    score: 50\n    note: &big {big}\n    evidence:\n{items}", 1
    )
    path = folder / "alias-fanout.yaml"
    path.write_text(text, encoding="utf-8")
    return [path]


def flat_list(folder: Path) -> list[Path]:
    """A 5 MiB flow list of 2.6 million items (was 20 s and 0.9 GiB)."""
    path = folder / "flat-list.yaml"
    items = ",".join(["1"] * 2_600_000)
    path.write_text("format: 1\nanswers: [" + items + "]\n", encoding="utf-8")
    return [path]


def long_notes(folder: Path) -> list[Path]:
    """A valid answers file of nearly 5 MiB: every leaf with a long note and evidence."""
    text = _blank(folder)
    leaves = text.count("    score: null\n")
    note = "Lorem ipsum dolor sit amet. " * (2_300_000 // leaves // 28)  # note + evidence
    text = text.replace(
        "    score: null\n", f"    score: 50\n    note: {note}\n    evidence: [{note}]\n"
    )
    path = folder / "long-notes.yaml"
    path.write_text(text, encoding="utf-8")
    return [path]


def many_values(folder: Path) -> list[Path]:
    """Just under the value limit: 95,000 short evidence items spread over the leaves."""
    text = _blank(folder)
    leaves = text.count("    score: null\n")
    per = 95_000 // leaves
    items = "".join(f"    - e{i}\n" for i in range(per))
    text = text.replace("    score: null\n", "    score: 50\n    evidence:\n" + items)
    path = folder / "many-values.yaml"
    path.write_text(text, encoding="utf-8")
    return [path]


def many_measures(folder: Path, count: int = 10_000) -> list[Path]:
    """One result area with ``count`` measures of three values each (rule 16): judged, charted
    and linted once each; the cost must stay linear in their number."""
    text = _blank(folder)
    body = "".join(
        f"    - {{name: m{i}, values: {{2024: {i}, 2025: {i + 1}, 2026: {i + 3}}},"
        f" comparisons: [{{value: {i}, source: riket}}]}}\n"
        for i in range(count)
    )
    text = text.replace("  R1:\n    score: null\n", "  R1:\n    score: 60\n    measures:\n" + body)
    path = folder / f"measures-{count}.yaml"
    path.write_text(text, encoding="utf-8")
    return [path]


def bad_measures(folder: Path, count: int = 10_000) -> list[Path]:
    """``count`` values (a hundred years each of ``count // 100`` measures of R1) and one
    measure with a value that is no number, a year after the assessment and a comparison
    without a source: each located, at a cost linear in the values."""
    text = _blank(folder)
    values = ", ".join(f"{y}: {y / 1000}" for y in range(1926, 2026))
    body = "".join(f"    - {{name: m{i}, values: {{{values}}}}}\n" for i in range(count // 100))
    body += (
        "    - {name: bad, values: {2024: sjuttio, 2025: 1, 2099: 2},"
        " comparisons: [{value: 1, source: ''}]}\n"
    )
    text = text.replace("  R1:\n    score: null\n", "  R1:\n    score: 60\n    measures:\n" + body)
    path = folder / f"measures-bad-{count}.yaml"
    path.write_text(text, encoding="utf-8")
    return [path]


def measures_xlsx(folder: Path, count: int = 10_000) -> list[Path]:
    """A questionnaire whose Mätetal sheet holds ``count`` values (a hundred years each of
    ``count // 100`` measures of R1), one cell typed as a word, one value dated after the
    assessment and one comparison without a source."""
    import datetime as dt
    import io
    import re
    import zipfile

    from siqassess.core.measure_types import Comparison, Measure
    from siqassess.io.answers import Answer, new_answers
    from siqassess.io.models import resolve_model
    from siqassess.io.xlsx_write import questionnaire_bytes

    model = resolve_model(None)
    answers = new_answers(model, language="sv", date=dt.date(2026, 10, 1))
    years = range(1927, 2027)
    measures = [
        Measure(name=f"m{i}", values={y: i + y / 1000 for y in years}) for i in range(count // 100)
    ]
    measures[0] = measures[0].model_copy(
        update={
            "values": measures[0].values | {2031: 1.0},
            "comparisons": [Comparison(value=5, source="", year=2026)],
        }
    )
    answers.answers["R1"] = Answer(measures=measures)
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(questionnaire_bytes(answers, model))) as old,
        zipfile.ZipFile(out, "w") as new,
    ):
        for item in old.infolist():
            body = old.read(item.filename)
            if item.filename == "xl/worksheets/sheet4.xml":  # the Mätetal sheet: F3 a word
                typed = b'<c r="F3" t="inlineStr"><is><t>sju</t></is></c>'
                body = re.sub(rb'<c r="F3"[^>]*>.*?</c>', typed, body, count=1)
            new.writestr(item, body)
    path = folder / f"measures-{count}.xlsx"
    path.write_bytes(out.getvalue())
    return [path]


def same_respondent(folder: Path, count: int = 2_000) -> list[Path]:
    """``count`` answers files all from respondent "Eva" (aggregate was cubic in names)."""
    team = folder / f"team-{count}"
    team.mkdir()
    text = _blank(folder).replace("    score: null\n", "    score: 50\n")
    for i in range(count):
        (team / f"r{i:05d}.yaml").write_text(text, encoding="utf-8")
    return [team]


def _config_beside(folder: Path, name: str, write: Callable[[Path], None]) -> list[Path]:
    """An answers file in its own folder, with a ``siqassess.toml`` the command finds there
    (each run's working folder is its first input's folder)."""
    own = folder / name
    own.mkdir()
    (own / "answers.yaml").write_text(_blank(folder), encoding="utf-8")
    write(own / "siqassess.toml")
    return [own / "answers.yaml"]


def config_deep(folder: Path, depth: int = 3_000) -> list[Path]:
    """A found config nested ``depth`` arrays deep (was a RecursionError, exit 3)."""
    text = "x = " + "[" * depth + "]" * depth + "\n"
    return _config_beside(folder, f"config-deep-{depth}", lambda p: p.write_text(text))


def config_sparse(folder: Path) -> list[Path]:
    """A found config that is a sparse 4 GiB file (was a MemoryError, exit 3)."""

    def write(path: Path) -> None:
        with path.open("wb") as handle:
            handle.truncate(4 << 30)

    return _config_beside(folder, "config-sparse", write)


def config_wide(folder: Path) -> list[Path]:
    """A found config just under its 1 MiB limit: 20,000 refused keys, one notice for them all."""
    text = "".join(f'[t{i}]\ntemplate_dir = "x"\n' for i in range(20_000))
    return _config_beside(folder, "config-wide", lambda p: p.write_text(text[: (1 << 20) - 64]))


SHAPES: dict[str, tuple[Callable[[Path], list[Path]], list[list[str]]]] = {
    "unknown-ids": (unknown_ids, [["validate"], ["score", "-f", "json"], ["report", "-f", "md"]]),
    "unknown-ids-blank": (
        lambda f: unknown_ids(f, value=""),
        [["validate"], ["score", "-f", "json"], ["report", "-f", "md"]],
    ),
    "alias-fanout": (
        alias_fanout,
        [["validate"], ["score", "-f", "json"], ["report", "-f", "md"], ["report", "-f", "html"]],
    ),
    "flat-list": (flat_list, [["validate"], ["score", "-f", "json"], ["report", "-f", "md"]]),
    "long-notes": (
        long_notes,
        [["validate"], ["score", "-f", "json"], ["report", "-f", "md"], ["report", "-f", "html"]],
    ),
    "many-values": (many_values, [["validate"], ["score", "-f", "json"], ["report", "-f", "md"]]),
    "measures-5000": (
        lambda f: many_measures(f, 5_000),
        [["validate"], ["lint"], ["report", "-f", "md"], ["report", "-f", "html"]],
    ),
    "measures-10000": (
        many_measures,
        [["validate"], ["lint"], ["report", "-f", "md"], ["report", "-f", "html"]],
    ),
    "measures-bad-5000": (lambda f: bad_measures(f, 5_000), [["validate"], ["lint"]]),
    "measures-bad-10000": (bad_measures, [["validate"], ["lint"]]),
    "measures-xlsx-5000": (lambda f: measures_xlsx(f, 5_000), [["validate"]]),
    "measures-xlsx-10000": (measures_xlsx, [["validate"]]),
    "config-deep": (config_deep, [["score", "-f", "json"], ["report", "-f", "md"]]),
    "config-sparse-4g": (config_sparse, [["score", "-f", "json"], ["report", "-f", "md"]]),
    "config-wide-1m": (config_wide, [["score", "-f", "json"], ["validate"]]),
    "aggregate-2000": (same_respondent, [["aggregate", "-f", "json"]]),
    "aggregate-10000": (lambda f: same_respondent(f, 10_000), [["aggregate", "-f", "json"]]),
}


def _size(paths: list[Path]) -> int:
    total = 0
    for path in paths:
        files = path.rglob("*.yaml") if path.is_dir() else [path]
        total += sum(f.stat().st_size for f in files)
        config = path.parent / "siqassess.toml"
        if path.is_file() and config.is_file():
            total += os.stat(config).st_blocks * 512  # the bytes on disk, not a sparse size
    return total


def main() -> None:
    """Write every shape, run every command on it and print one line per run."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--only", action="append", help="Run only this shape (repeatable).")
    parser.add_argument("--keep", type=Path, help="Write the shapes here and keep them.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        print(f"{'shape':18} {'command':18} {'MB':>6} {'exit':>7} {'s':>7} {'s/MB':>7} {'MiB':>6}")
        for name, (make, commands) in SHAPES.items():
            if args.only and name not in args.only:
                continue
            paths = make(folder)
            mb = _size(paths) / 1e6
            for command in commands:
                argv = [sys.executable, "-m", "siqassess", *command, *map(str, paths)]
                out = subprocess.run(
                    [sys.executable, "-c", MEASURE, str(args.timeout), *argv],
                    capture_output=True,
                    text=True,
                    check=True,
                    cwd=paths[0].resolve().parent,  # where a config shape's file is found
                ).stdout.split()
                code, took, peak = out[0], float(out[1]), int(out[2]) / 1024
                shown = f">{args.timeout:.0f}" if code == "timeout" else f"{took:.2f}"
                print(
                    f"{name:18} {' '.join(command):18} {mb:6.2f} {code:>7} {shown:>7} "
                    f"{took / mb:7.2f} {peak:6.0f}",
                    flush=True,
                )


if __name__ == "__main__":
    main()
