"""The source distribution passes its own tests (issue #15: it lacked examples/)."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from .helpers import REPO

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("hatchling") is None,
    reason="hatchling (the build backend, in the test extras) is not installed",
)


def test_sdist_unpacked_passes_the_tests_that_read_examples(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", "sdist", "-d", str(dist)],
        cwd=REPO,
        check=True,
        capture_output=True,
        timeout=120,
    )
    (archive,) = dist.glob("siqassess-*.tar.gz")
    with tarfile.open(archive) as tar:
        tar.extractall(tmp_path, filter="data")
    root = tmp_path / archive.name.removesuffix(".tar.gz")
    for needed in ("LICENSE", "CHANGELOG.md", "examples/norrvik-2025.yaml", "models"):
        assert (root / needed).exists(), needed
    env = dict(os.environ, PYTHONPATH=str(root))  # the unpacked package, not the checkout
    where = subprocess.run(
        [sys.executable, "-c", "import siqassess; print(siqassess.__file__)"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(where.stdout.strip()).is_relative_to(root)
    tests = ["tests/group", "tests/reports", "tests/release/test_packaging.py"]
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", *tests],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "[100%]" in done.stdout and "F" not in done.stdout.split("[")[0]
