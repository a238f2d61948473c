"""Fixtures for report tests."""

from report_helpers import hostile

__all__ = ["hostile"]
