"""A worker of `score --jobs 2` that dies (killed, out of memory) ends the batch with one line.

``multiprocessing.Pool`` waited for ever for the lost worker's files; the batch now stops with
exit code 3 and a message in the user's language, and leaves ``-o`` untouched. The workers are
stopped (SIGSTOP) as soon as they exist, well before they could have scored thousands of
files, so the one killed still has work: a condition, not a clock.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "norrvik-2026.yaml"
FILES = 2000

MESSAGES = {
    "en": "siqassess: error: a worker process of --jobs stopped before its files were scored"
    " (killed, or out of memory); run again, or with fewer jobs",
    "sv": "siqassess: fel: en arbetsprocess för --jobs avslutades innan dess filer var"
    " poängsatta (dödad, eller slut på minne); kör igen, eller med färre jobb",
}


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            # pid (comm) state ppid …: comm may hold spaces, so split after its ")".
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry))
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
@pytest.mark.parametrize("lang", ["en", "sv"])
def test_a_killed_worker_ends_the_batch_with_one_line(tmp_path: Path, lang: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(FILES):
        shutil.copy(EXAMPLE, folder / f"client-{i:04d}.yaml")
    out = tmp_path / "scores.json"
    out.write_text("last year's scores\n")
    command = [sys.executable, "-m", "siqassess", "score", "--lang", lang, "-f", "json"]
    proc = subprocess.Popen(
        [*command, "-j", "2", "-o", str(out), str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    workers: list[int] = []
    try:
        while len(workers) < 2 and proc.poll() is None:
            for pid in _children(proc.pid):
                if pid not in workers:
                    os.kill(pid, signal.SIGSTOP)
                    workers.append(pid)
        assert len(workers) == 2, "the batch ended before its workers were seen"
        os.kill(workers[0], signal.SIGKILL)
        os.kill(workers[1], signal.SIGCONT)
        _, stderr = proc.communicate(timeout=120)
    finally:  # a hung batch is not left behind (only while it runs: no pid is reused)
        if proc.poll() is None:
            for pid in [*workers, proc.pid]:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
            proc.wait()
    assert proc.returncode == 3, stderr
    assert stderr.splitlines() == [MESSAGES[lang]]
    assert out.read_text() == "last year's scores\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "scores.json"]
