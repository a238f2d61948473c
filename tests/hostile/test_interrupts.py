"""Ctrl-C during a batch `score` stops cleanly, says what was done and leaves no partial file."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "norrvik-2026.yaml"


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_during_batch_score(tmp_path: Path, jobs: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3000):
        shutil.copy(EXAMPLE, folder / f"client-{i:04d}.yaml")
    out = tmp_path / "scores.json"
    out.write_text("last year's scores\n")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "siqassess",
            "score",
            "-f",
            "json",
            "-j",
            jobs,
            "-o",
            str(out),
            str(folder),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(1.5)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    if proc.returncode == 0:
        pytest.skip("the batch finished before the interrupt arrived")
    assert proc.returncode == 130, err
    assert "Traceback" not in err
    assert "siqassess: interrupted after" in err
    assert f"{out} was not written" in err
    assert out.read_text() == "last year's scores\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "scores.json"]
