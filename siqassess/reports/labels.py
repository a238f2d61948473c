"""The report texts as a mapping for templates; the texts live in the one catalogue (i18n)."""

from __future__ import annotations

from siqassess.i18n import texts


def labels(lang: str) -> dict[str, str]:
    """Every plain text of the catalogue in ``lang`` (English where one is missing)."""
    return dict(texts(lang))


def group_labels(lang: str) -> dict[str, str]:
    """The same catalogue texts; kept as a name for the comparison and group reports."""
    return labels(lang)


__all__ = ["group_labels", "labels"]
