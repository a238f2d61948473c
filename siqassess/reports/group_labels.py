"""Kept for imports: the comparison and group texts are in the one catalogue (i18n)."""

from __future__ import annotations

from siqassess.reports.labels import group_labels

__all__ = ["group_labels"]
