"""An unreadable input (mode 000, a user who is not root) is one line and exit 1 (#23 §4).

Typer checked readability itself and printed a Click usage box with exit 2.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .nobody import nobody_prefix

ROOT = Path(__file__).resolve().parents[2]
NEW = ROOT / "examples" / "norrvik-2026.yaml"


@pytest.fixture
def unreadable(tmp_path: Path) -> Path:
    nobody_prefix()
    tmp_path.chmod(0o777)
    path = tmp_path / "a.yaml"
    shutil.copy(NEW, path)
    path.chmod(0)
    return path


def _as_nobody(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    prefix = nobody_prefix()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "SIQASSESS_"))}
    env |= {"HOME": "/nonexistent", "PYTHONPATH": str(ROOT), "LANG": "C.UTF-8"}
    return subprocess.run(
        [*prefix, sys.executable, "-m", "siqassess", *args],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(
    "args",
    [
        ["report", "a.yaml", "--lang", "en"],
        ["plan", "a.yaml", "--lang", "en"],
        ["compare", "a.yaml", "a.yaml", "--lang", "en"],
        ["convert", "a.yaml", "-o", "b.xlsx"],
    ],
    ids=lambda a: a[0],
)
def test_an_unreadable_file_is_one_line_exit_1(unreadable: Path, args: list[str]) -> None:
    done = _as_nobody(unreadable.parent, *args)
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr.splitlines()[0] == "siqassess: error: a.yaml: permission denied"
    assert "Usage:" not in done.stderr


def test_validate_says_it_in_swedish(unreadable: Path) -> None:
    done = _as_nobody(unreadable.parent, "validate", "a.yaml", "--lang", "sv")
    assert done.returncode == 1
    assert done.stdout.splitlines()[0] == "a.yaml: åtkomst nekad"
    assert done.stderr == ""
