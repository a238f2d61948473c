"""Shared fixtures: the built-in model, and a helper that writes small YAML files."""

from __future__ import annotations

import difflib
import os
import sys
import textwrap
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from siqassess.criteria.tree import LoadedModel
from siqassess.io.models import resolve_model

REPO = Path(__file__).resolve().parents[1]

# Byte-code: the suite starts Python a few hundred times (the CLI as a user runs it, the
# interview in a terminal, the sdist). Under PYTHONDONTWRITEBYTECODE every one of them compiles
# each module it imports from source again, about 0.3 s of CPU each. The suite writes byte-code
# anyway, into a folder of its own under .pytest_cache (never beside the sources), for itself,
# its pytest-xdist workers and every process they start; what it writes is only a cache.
if os.environ.pop("PYTHONDONTWRITEBYTECODE", None) is not None:
    _PYCACHE = os.environ.setdefault("PYTHONPYCACHEPREFIX", str(REPO / ".pytest_cache" / "pyc"))
    sys.pycache_prefix = _PYCACHE
    sys.dont_write_bytecode = False

# The user's cache folder (the checked built-in model and the compiled built-in templates,
# siqassess/io/usercache.py): the suite and every process it starts keep theirs under
# .pytest_cache, never in the home folder of whoever runs the tests.
os.environ["XDG_CACHE_HOME"] = str(REPO / ".pytest_cache" / "xdg-cache")

# "ci" (the default) keeps the suite bounded and repeatable: the same examples on every run
# (derandomize, no example database), at most 100 per test (a test may ask for fewer), and
# a per-example deadline loose enough for 8 suites sharing 2 cores (one example took 8.8 s)
# yet short of a hang.
# "explore" searches randomly, without deadline: HYPOTHESIS_PROFILE=explore pytest tests/...;
# pin whatever it finds with @example.
settings.register_profile(
    "ci",
    max_examples=100,
    deadline=timedelta(seconds=30),
    derandomize=True,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "explore", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(autouse=True)
def _no_inherited_terminal_size(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tables fit ``COLUMNS``; pytest-xdist's workers inherit ``COLUMNS=80`` from the runner.

    Every test starts without it, as on a pipe, so the width a table is drawn at never depends
    on how the suite was started. A test that wants a width sets it.
    """
    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.delenv("LINES", raising=False)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden", action="store_true", help="Rewrite golden files instead of comparing."
    )
    parser.addoption("--slow", action="store_true", help="Run hostile cases at full size.")


@pytest.fixture(scope="session")
def model() -> LoadedModel:
    """The built-in SIQ 2019:1 model."""
    return resolve_model("siq-2019-1")


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> Callable[[Path, str], None]:
    """Compare ``text`` with a golden file; with --update-golden, rewrite it and print a
    unified diff of what changed, so a rewrite is reviewed rather than taken blindly."""

    def _check(path: Path, text: str) -> None:
        old = path.read_text(encoding="utf-8") if path.exists() else ""
        if request.config.getoption("--update-golden") and text != old:
            path.write_text(text, encoding="utf-8")
            diff = difflib.unified_diff(
                old.splitlines(keepends=True),
                text.splitlines(keepends=True),
                f"{path.name} (before)",
                f"{path.name} (rewritten)",
            )
            plugins = request.config.pluginmanager
            reporter = plugins.get_plugin("terminalreporter")
            capture = plugins.get_plugin("capturemanager")
            if reporter is not None and capture is not None:
                with capture.global_and_fixture_disabled():
                    reporter.write_line("")
                    reporter.write("".join(diff))
            return
        assert text == old, f"rerun with --update-golden: {path}"

    return _check


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, str], Path]:
    """Write dedented text to a file under tmp_path and return its path."""

    def _write(name: str, text: str) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
        return path

    return _write
