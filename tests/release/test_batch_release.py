"""Folder scans and parallel scoring as Windows and macOS users meet them."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from siqassess.io.batch import expand

from .helpers import EXAMPLES, REPO, TEAM


def test_folder_scan_matches_the_extension_in_any_case(tmp_path: Path) -> None:
    for name in ("a.YAML", "b.Yml", "c.yaml", "d.txt", "e.YAMLX"):
        (tmp_path / name).write_text("x: 1\n", encoding="utf-8")
    targets, problems = expand([str(tmp_path)])
    assert problems == []
    assert [Path(t.path).name for t in targets] == ["a.YAML", "b.Yml", "c.yaml"]


def test_glob_matches_the_extension_in_any_case(tmp_path: Path) -> None:
    for name in ("a.YML", "b.yaml", "c.json"):
        (tmp_path / name).write_text("x: 1\n", encoding="utf-8")
    targets, _ = expand([str(tmp_path / "*")])
    assert [Path(t.path).name for t in targets] == ["a.YML", "b.yaml"]


SPAWN = (
    "import multiprocessing, sys\n"
    "if __name__ == '__main__':\n"
    "    multiprocessing.set_start_method('spawn', force=True)\n"
    "    from siqassess.cli import main\n"
    "    sys.argv = ['siqassess', *sys.argv[1:]]\n"
    "    main()\n"
)


def test_jobs_under_spawn_give_the_same_output_as_one_job(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for path in [
        *TEAM.glob("*.yaml"),
        EXAMPLES / "norrvik-2025.yaml",
        EXAMPLES / "norrvik-2026.yaml",
    ]:
        shutil.copy(path, folder / path.name)
    script = tmp_path / "spawn_main.py"
    script.write_text(SPAWN, encoding="utf-8")

    def run(*extra: str) -> str:
        done = subprocess.run(
            [sys.executable, str(script), "score", str(folder), "--format", "csv", *extra],
            capture_output=True,
            text=True,
            encoding="utf-8",
            cwd=REPO,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    one = run("--jobs", "1")
    assert one.count("\n") > 100
    assert run("--jobs", "2") == one
