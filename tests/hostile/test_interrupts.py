"""Ctrl-C during a batch `score` stops cleanly, says what was done and leaves no partial file.

The interrupt must land while the batch is under way, on a loaded machine too, with no clock:
the batch's stderr is a small pipe that the test stops reading, and enough of the input files
are broken that their error lines fill it. From then on ``score`` is blocked in a write to
stderr and cannot finish, however fast it scores, until the test reads again. The test reads
the first error line (so the batch has taken at least one file), then sends SIGINT to the
process group, as a terminal's Ctrl-C does, and only then drains the pipe.
"""

from __future__ import annotations

import fcntl
import os
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "norrvik-2026.yaml"
FILES = 400
"""Half of them broken: 200 error lines of over 100 bytes, far more than the pipe holds."""


def _small_pipe() -> tuple[int, int]:
    """A pipe holding one page, so a few error lines fill it whatever the system default."""
    read, write = os.pipe()
    fcntl.fcntl(write, fcntl.F_SETPIPE_SZ, 4096)
    return read, write


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_during_batch_score(tmp_path: Path, jobs: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(0, FILES, 2):
        shutil.copy(EXAMPLE, folder / f"client-{i:04d}.yaml")
        (folder / f"client-{i + 1:04d}.yaml").write_text("answers: [\n")
    out = tmp_path / "scores.json"
    out.write_text("last year's scores\n")
    read, write = _small_pipe()
    command = [sys.executable, "-m", "siqassess", "score", "-f", "json", "-j", jobs]
    proc = subprocess.Popen(
        [*command, "-o", str(out), str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=write,
        start_new_session=True,  # its own process group, the workers of --jobs 2 included
        # As from a terminal: Ctrl-C at its default, even when this suite runs as a background
        # job of a non-interactive shell, which starts its commands with SIGINT ignored.
        preexec_fn=_default_sigint,
    )
    os.close(write)
    try:
        with os.fdopen(read, encoding="utf-8") as err_pipe:
            first = err_pipe.readline()
            # The batch has taken a file; it now blocks on the full pipe before it can finish.
            broken = folder / "client-0001.yaml"
            assert first == f"siqassess: error: {broken}:2:1: did not find expected node content\n"
            os.killpg(proc.pid, signal.SIGINT)
            err = err_pipe.read()
    except BaseException:
        os.killpg(proc.pid, signal.SIGKILL)  # leave no blocked batch behind a failed check
        proc.wait()
        raise
    assert proc.wait(timeout=60) == 130, err
    assert "Traceback" not in err
    said = re.search(
        r"siqassess: interrupted after (\d+) of 400 files \((\d+) scored\); (.*)\n", err
    )
    assert said, err
    seen, scored = int(said[1]), int(said[2])
    assert 2 <= seen < FILES  # the first error line came from the second file
    assert scored == (seen + 1) // 2  # every other file is broken, the first is not
    assert said[3] == f"{out} was not written"
    assert err.endswith(said[0])
    assert out.read_text() == "last year's scores\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "scores.json"]
