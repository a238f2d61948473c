"""Coverage as text: the one way every screen, message and report counts answered, not
applicable and missing leaves (#27: "all 32 answered" was shown while one was N/A)."""

from __future__ import annotations

from collections.abc import Iterable

from siqassess.core.nodescore import Coverage
from siqassess.core.status import Status
from siqassess.errors import Msg, msg


def coverage_of(states: Iterable[Status]) -> Coverage:
    """The coverage of some leaves from their states (``core.status.status`` of each)."""
    counted = {"answered": 0, "na": 0, "missing": 0}
    for state in states:
        counted[state] += 1
    return Coverage(counted["answered"], counted["na"], counted["missing"])


def coverage_msg(answered: int, na: int, missing: int) -> Msg:
    """``30 answered · 2 not applicable · 0 missing``, put into a language where it is shown."""
    return msg(
        "coverage_counts",
        answered=msg("n_answered", count=answered),
        na=msg("n_na", count=na),
        missing=msg("n_missing", count=missing),
    )


def coverage_text(lang: str, answered: int, na: int, missing: int) -> str:
    """The coverage in ``lang``: ``30 besvarade · 2 ej tillämpliga · 0 saknas``."""
    return coverage_msg(answered, na, missing).text(lang)
