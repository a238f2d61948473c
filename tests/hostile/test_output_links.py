"""`-o` onto /dev/stdout, or onto a link to /proc/self/fd/1, writes to standard output (#23 §5).

On a pipe, the link's text resolves to ``/proc/PID/fd/pipe:[…]``, a name that is nowhere: the
output was refused with "no such file or directory" and nothing reached the pipe. What the path
is now comes from the kernel, and a pipe or a device is written through the path as given.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .cases import EXAMPLE_EN

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/fd/1").exists(), reason="needs /proc/self/fd (Linux)"
)


def _score(output: str, cwd: Path, **streams: int) -> subprocess.CompletedProcess[bytes]:
    command = [sys.executable, "-m", "siqassess", "score", str(EXAMPLE_EN), "-f", "json"]
    return subprocess.run(
        [*command, "-o", output], cwd=cwd, capture_output=not streams, timeout=120, **streams
    )


def _total(data: bytes) -> float:
    return float(json.loads(data)["files"][0]["total"]["score"])


def test_a_link_to_proc_self_fd_1_is_standard_output_on_a_pipe(tmp_path: Path) -> None:
    (tmp_path / "out.json").symlink_to("/proc/self/fd/1")
    done = _score("out.json", tmp_path)
    assert (done.returncode, done.stderr) == (0, b"")
    assert _total(done.stdout) > 0
    assert os.readlink(tmp_path / "out.json") == "/proc/self/fd/1"  # the link stays a link
    assert sorted(os.listdir(tmp_path)) == ["out.json"]


def test_dev_stdout_is_standard_output_on_a_pipe(tmp_path: Path) -> None:
    done = _score("/dev/stdout", tmp_path)
    assert (done.returncode, done.stderr) == (0, b"")
    assert _total(done.stdout) > 0


def test_a_link_to_proc_self_fd_2_is_standard_error(tmp_path: Path) -> None:
    (tmp_path / "err.json").symlink_to("/proc/self/fd/2")
    done = _score("err.json", tmp_path)
    assert (done.returncode, done.stdout) == (0, b"")
    assert _total(done.stderr) > 0


def test_a_link_to_proc_self_fd_1_on_a_file_fills_that_file(tmp_path: Path) -> None:
    (tmp_path / "out.json").symlink_to("/proc/self/fd/1")
    target = tmp_path / "captured.json"
    with target.open("wb") as handle:
        done = _score("out.json", tmp_path, stdout=handle.fileno(), stderr=subprocess.DEVNULL)
    assert done.returncode == 0
    assert _total(target.read_bytes()) > 0
