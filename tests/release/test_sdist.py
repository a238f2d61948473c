"""The source distribution carries what its own tests read (issue #15: it lacked examples/).

``.ci/run`` unpacks it and runs the whole suite inside it.
"""

from __future__ import annotations

import importlib.util
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


def test_sdist_carries_everything_its_tests_read(tmp_path: Path) -> None:
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
    # Every folder the tests read is in the archive; .ci/run then runs the whole suite inside
    # the unpacked archive, so running a part of it here again would only cost the suite time.
    for folder in ("tests", "docs", "schemas", "examples/team"):
        assert (root / folder).is_dir(), folder
    assert (root / "mkdocs.yml").is_file()
    shipped = {p.relative_to(root / "tests") for p in (root / "tests").rglob("*") if p.is_file()}
    ours = {
        p.relative_to(REPO / "tests")
        for p in (REPO / "tests").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert ours - shipped == set()
