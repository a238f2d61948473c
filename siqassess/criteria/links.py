"""Checks of the examiner's parts of a model: result areas' ``related`` criteria, maturity bands."""

from __future__ import annotations

from collections.abc import Iterator

from siqassess.criteria.schema import Model
from siqassess.errors import Msg, msg

Finding = tuple[tuple[str | int, ...], Msg]


def check_links(model: Model) -> Iterator[Finding]:
    """``related`` names criteria of the model; maturity bands start at 0 and rise."""
    criteria = {c.id for f in model.success_factors for c in f.criteria}
    for i, area in enumerate(model.result_areas):
        for j, crit_id in enumerate(area.related):
            if crit_id not in criteria:
                yield ("result_areas", i, "related", j), msg("chk_related_unknown", id=crit_id)
    previous: int | None = None
    for i, band in enumerate(model.maturity):
        if previous is None and band.min != 0:
            yield ("maturity", i, "min"), msg("chk_maturity_start", min=band.min)
        elif previous is not None and band.min <= previous:
            yield ("maturity", i, "min"), msg("chk_maturity_order", min=band.min, prev=previous)
        previous = band.min
