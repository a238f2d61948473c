"""Shared paths and helpers of the trend and network tests."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TREND = ROOT / "examples" / "trend"
NETWORK = ROOT / "examples" / "network"
GOLDEN = Path(__file__).parent / "golden"


def check_golden(name: str, text: str, request: pytest.FixtureRequest) -> None:
    """Compare ``text`` with golden file ``name``; rewrite it with --update-golden."""
    request.getfixturevalue("golden")(GOLDEN / name, text)
