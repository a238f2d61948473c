"""Shared fixtures: the built-in model, and a helper that writes small YAML files."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from siqassess.criteria.load import resolve_model
from siqassess.criteria.tree import LoadedModel

REPO = Path(__file__).resolve().parents[1]


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
def write(tmp_path: Path) -> Callable[[str, str], Path]:
    """Write dedented text to a file under tmp_path and return its path."""

    def _write(name: str, text: str) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
        return path

    return _write
