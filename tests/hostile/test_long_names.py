"""Long output names and the files left beside an answers file (#23 §5 long names, §7 signals).

A file system takes 255 bytes in one name. The atomic writer's temporary and the interview's lock
are named after the file, so a legal 250-byte name once failed with "file name too long": their
names now hold a digest of a long name (``io/temporaries.short_name``), and any name the file
system allows can be written and locked. A temporary that a killed save left behind is removed
the next time `assess` starts on that file, unless a live process still holds it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from interview.term import Terminal
from typer.testing import CliRunner

from siqassess.cli import app
from siqassess.io.lock import lock, lock_path
from siqassess.io.temporaries import NAME_MAX, clean_stale_temporaries, tmp_prefix

from .cases import EXAMPLE_EN

runner = CliRunner()


def _name(stem_char: str, suffix: str, size: int = 250) -> str:
    """A name of exactly ``size`` bytes in UTF-8, ending in ``suffix``."""
    room = size - len(suffix.encode())
    width = len(stem_char.encode())
    return stem_char * (room // width) + "x" * (room % width) + suffix


@pytest.mark.parametrize(
    ("stem", "fmt", "suffix"),
    [("a", "json", ".json"), ("å", "csv", ".csv"), ("ö", "html", ".html")],
)
def test_a_legal_250_byte_output_name_is_written(
    tmp_path: Path, stem: str, fmt: str, suffix: str
) -> None:
    name = _name(stem, suffix)
    assert len(name.encode()) == 250
    out = tmp_path / name
    command = "report" if fmt == "html" else "score"
    done = runner.invoke(app, [command, str(EXAMPLE_EN), "-f", fmt, "-o", str(out)])
    assert done.exit_code == 0, done.output
    assert sorted(os.listdir(tmp_path)) == [name]  # and no temporary left beside it
    if fmt == "json":
        assert json.loads(out.read_text(encoding="utf-8"))["files"][0]["total"]["score"] > 0


def test_the_names_of_our_files_beside_a_long_name_fit(tmp_path: Path) -> None:
    answers = tmp_path / _name("ä", ".yaml", NAME_MAX)
    shutil.copy(EXAMPLE_EN, answers)
    assert len(tmp_prefix(answers).encode()) + len("12345678.tmp") <= NAME_MAX
    with lock(answers):
        assert lock_path(answers).is_file() and len(lock_path(answers).name.encode()) <= NAME_MAX
    assert sorted(os.listdir(tmp_path)) == [answers.name]


def _dead_pid() -> int:
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    return int(done.stdout)


def test_a_long_names_stray_temporary_is_cleaned_like_any_other(tmp_path: Path) -> None:
    answers = tmp_path / _name("a", ".yaml")
    answers.write_text("x\n")
    stray = tmp_path / f"{tmp_prefix(answers).rsplit('.', 1)[0]}.{_dead_pid()}-k3j2h1q0.tmp"
    stray.write_text("partial")
    assert clean_stale_temporaries(answers) == 1
    assert not stray.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_assess_removes_its_own_stray_temporaries_when_it_starts(tmp_path: Path) -> None:
    answers = tmp_path / "team.yaml"
    shutil.copy(EXAMPLE_EN, answers)
    before = answers.read_text(encoding="utf-8")
    killed = tmp_path / f".team.yaml.{_dead_pid()}-k3j2h1q0.tmp"  # a save killed mid-way
    live = tmp_path / f".team.yaml.{os.getpid()}-live9999.tmp"  # a save still running
    other = tmp_path / f".other.yaml.{_dead_pid()}-k3j2h1q0.tmp"  # another file's
    for path in (killed, live, other):
        path.write_text(before[:100])
    term = Terminal(["assess", str(answers), "--lang", "en"], 24, 80)
    try:
        term.wait("Every question is answered")  # said once the file is locked and saved
        assert not killed.exists()
        assert live.exists() and other.exists()
    finally:
        term.close()
