"""Start-up cost of every command, as CPU-time ratios to a minimal two-command Typer app.

Run: python benchmarks/startup.py [--runs N] [--against CHECKOUT]

Each case runs in a fresh process; its CPU time (user + system, read with ``os.wait4`` from
the child's own rusage, so other load on the machine barely moves it) is the median over
``--runs`` rounds after one warm-up round; a round runs every case once. Each ratio is printed
twice: of the medians, and of the least times, which a machine loaded by others (caches and
cores shared) moves less, since load only ever adds to a process's CPU time. The baseline is a
Typer app with two commands, timed in the same run: Typer itself imports pydantic, so that is
the floor any Typer command pays.
The first screen of ``assess`` is timed under a pseudo-terminal: the child is stopped with
Ctrl-C as soon as its first question is on screen.

Bytecode is cached as in an installed wheel: the children run with ``PYTHONPYCACHEPREFIX`` set
to a folder of this run (so the source tree stays clean) and without
``PYTHONDONTWRITEBYTECODE``, and the warm-up run writes the cache. Otherwise an environment
that sets ``PYTHONDONTWRITEBYTECODE`` compiles every siqassess module from source on every run,
while Typer and pydantic, compiled at install, do not: that measures the compiler, not start-up.

``--against CHECKOUT`` (a source tree of another revision, e.g. from ``git worktree add``) runs
its commands too, in the same rounds, and prints both: a before/after that the load on the
machine moves alike. Each tree's commands run with that tree as the working directory, so
``python -m siqassess`` imports that tree's package.
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


def child_env(folder: Path) -> dict[str, str]:
    """This environment, with bytecode written to and read from a cache under ``folder``."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    return env


def cpu_of(argv: list[str], env: dict[str, str], cwd: Path = ROOT) -> float:
    """CPU seconds (user + system) that one run of ``argv`` took."""
    proc = subprocess.Popen(
        argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=cwd
    )
    _, _, usage = os.wait4(proc.pid, 0)
    proc.returncode = 0
    return usage.ru_utime + usage.ru_stime


def cpu_rounds(cases: dict[str, Callable[[], float]], runs: int) -> dict[str, list[float]]:
    """Each case's CPU time in each of ``runs`` rounds, after one warm-up round.

    A round runs every case once, so load that comes and goes on the machine falls on all
    cases alike instead of on whichever happened to run then.
    """
    for run in cases.values():
        run()
    seen: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(runs):
        for name, run in cases.items():
            seen[name].append(run())
    return seen


def median_cpu(cases: dict[str, Callable[[], float]], runs: int) -> dict[str, float]:
    """Each case's median over ``runs`` rounds (see ``cpu_rounds``)."""
    return {name: statistics.median(times) for name, times in cpu_rounds(cases, runs).items()}


def assess_cpu(py: str, folder: Path, env: dict[str, str], cwd: Path = ROOT) -> float:
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
        env=env,
        cwd=str(cwd),
        timeout=60,
    )
    child.expect("F1\\.1")
    child.sendintr()
    child.expect(pexpect.EOF)
    child.close()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


BASELINE = "minimal two-command Typer app (baseline)"

WITHOUT_PDF_ENGINE = (
    "import sys, types\n"
    "engine = types.ModuleType('typst')\n"
    "engine.TypstError = RuntimeError\n"
    "engine.compile = lambda *args, **kwargs: b'%PDF-1.7\\n%%EOF\\n'\n"
    "sys.modules['typst'] = engine\n"
    "from siqassess.cli import main\n"
    "sys.argv[0] = 'siqassess'\n"
    "main()\n"
)
"""``python -m siqassess`` with Typst's binding replaced by a stub that returns a fixed PDF:
a PDF report's start-up apart from the engine's own work (importing and running Typst)."""


def siqassess_cases(
    py: str, folder: Path, env: dict[str, str], tree: Path
) -> dict[str, Callable[[], float]]:
    """Every command's start-up, run from the source tree ``tree``."""
    siq = [py, "-m", "siqassess"]
    html, pdf, init = str(folder / "x.html"), str(folder / "x.pdf"), str(folder / "x.yaml")
    team = sorted(str(path) for path in (ROOT / "examples" / "team").glob("*.yaml"))
    older = str(ROOT / "examples" / "norrvik-2025.yaml")
    return {
        "siqassess --help": lambda: cpu_of([*siq, "--help"], env, tree),
        "siqassess validate MODEL": lambda: cpu_of([*siq, "validate", str(MODEL)], env, tree),
        "siqassess score ONE.yaml": lambda: cpu_of([*siq, "score", str(EXAMPLE)], env, tree),
        "siqassess score ONE.yaml --format json": lambda: cpu_of(
            [*siq, "score", str(EXAMPLE), "--format", "json"], env, tree
        ),
        "siqassess report ONE.yaml -o x.html": lambda: cpu_of(
            [*siq, "report", str(EXAMPLE), "-o", html], env, tree
        ),
        "siqassess report ONE.yaml -o x.pdf (no engine)": lambda: cpu_of(
            [py, "-c", WITHOUT_PDF_ENGINE, "report", str(EXAMPLE), "-o", pdf], env, tree
        ),
        "siqassess init -o x.yaml --force": lambda: cpu_of(
            [*siq, "init", "-o", init, "--force"], env, tree
        ),
        "siqassess init -o x.xlsx --force": lambda: cpu_of(
            [*siq, "init", "-o", str(folder / "x.xlsx"), "--force"], env, tree
        ),
        "siqassess compare A.yaml B.yaml": lambda: cpu_of(
            [*siq, "compare", older, str(EXAMPLE)], env, tree
        ),
        "siqassess aggregate THREE.yaml": lambda: cpu_of([*siq, "aggregate", *team], env, tree),
        "siqassess assess (first screen)": lambda: assess_cpu(py, folder, env, tree),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--against", type=Path, help="a source tree of another revision")
    args = parser.parse_args()
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = child_env(folder)
        app_file = folder / "minimal_app.py"
        app_file.write_text(MINIMAL_APP, encoding="utf-8")
        cases: dict[str, Callable[[], float]] = {
            BASELINE: lambda: cpu_of([py, str(app_file)], env, folder)
        }
        cases.update(siqassess_cases(py, folder, env, ROOT))
        if args.against:
            against = siqassess_cases(py, folder, env, args.against.resolve())
            cases.update({f"{name} [against]": run for name, run in against.items()})
        rounds = cpu_rounds(cases, args.runs)
    times = {name: statistics.median(seen) for name, seen in rounds.items()}
    least = {name: min(seen) for name, seen in rounds.items()}
    base, least_base = times[BASELINE], least[BASELINE]
    print(f"CPU time (user + system): median of {args.runs} rounds, its ratio to the baseline's")
    print("median, and the ratio of the least times (which other load on the machine moves less)")
    header = f"{'':48s} {'this tree':>24s}"
    print(header + (f"  {'--against':>24s}" if args.against else ""))
    for name, seconds in times.items():
        if name.endswith(" [against]"):
            continue
        ratio, low = seconds / base, least[name] / least_base
        line = f"{name:48s} {seconds * 1000:7.1f} ms {ratio:5.2f}x {low:5.2f}x"
        other = times.get(f"{name} [against]")
        if other is not None:
            low = least[f"{name} [against]"] / least_base
            line += f"  {other * 1000:7.1f} ms {other / base:5.2f}x {low:5.2f}x"
        print(line)
    ratio = times["siqassess validate MODEL"] / base
    print(f"validate / minimal Typer app = {ratio:.2f} (target <= 1.15)")
    print("issue #29's goal: report html and pdf, score, init (yaml, xlsx), compare, aggregate and")
    print("the first assess screen each at most 1.20x")


if __name__ == "__main__":
    main()
