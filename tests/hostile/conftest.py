"""Markers of the hostile tests."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "soffice: opens files in LibreOffice (skipped without it)")
