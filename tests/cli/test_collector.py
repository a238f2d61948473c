"""The garbage collector waits while siqassess starts, and is back on when a command runs."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from siqassess.cli import app

MODEL = Path(__file__).resolve().parents[2] / "models" / "siq_2019_1.yaml"

_SCRIPT = """
import gc, sys
from siqassess.cli import handled, main

seen = []
invoke = handled.HandledGroup._invoke

def spy(self, ctx):
    seen.append((gc.isenabled(), gc.get_freeze_count() > 0))
    return invoke(self, ctx)

handled.HandledGroup._invoke = spy
sys.argv = ['siqassess', *sys.argv[1:]]
try:
    main()
except SystemExit as exc:
    code = exc.code
print('SEEN', seen, 'AFTER', gc.isenabled(), gc.get_freeze_count() > 0, 'CODE', code)
"""


def _run(*argv: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, *argv], capture_output=True, text=True, check=False
    )
    return next(line for line in done.stdout.splitlines() if line.startswith("SEEN"))


def test_a_command_runs_with_the_collector_on_and_start_up_frozen() -> None:
    assert _run("validate", str(MODEL)) == "SEEN [(True, True)] AFTER True True CODE 0"


def test_help_ends_before_the_collector_is_resumed() -> None:
    # Nothing runs after start-up; the objects are frozen for the exit all the same.
    assert _run("--help") == "SEEN [] AFTER False True CODE 0"


def test_the_app_in_process_leaves_its_hosts_collector_alone() -> None:
    frozen = gc.get_freeze_count()
    result = CliRunner().invoke(app, ["validate", str(MODEL)])
    assert result.exit_code == 0
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen
