"""Report contexts for `compare` and `aggregate`, rendered through the report templates."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from siqassess.aggregate import Aggregate
from siqassess.compare import Comparison
from siqassess.errors import UsageError
from siqassess.groupio import Assessment
from siqassess.reports.render import Rendered, write_report


def render_comparison(
    old: Assessment,
    new: Assessment,
    cmp: Comparison,
    fmt: str,
    lang: str | None,
    output: Path | None,
) -> Rendered:
    """The comparison report in ``fmt`` (md or html)."""
    raise UsageError("md and html comparison reports are not available yet")


def render_group(
    group: Sequence[Assessment],
    names: Sequence[str],
    agg: Aggregate,
    fmt: str,
    lang: str | None,
    output: Path | None,
) -> Rendered:
    """The group report in ``fmt`` (md or html)."""
    raise UsageError("md and html group reports are not available yet")


def emit(rendered: Rendered, output: Path | None) -> None:
    """Write a rendered report to ``output`` (with its chart files), else to stdout."""
    import sys

    if output is None:
        text = rendered.text
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    else:
        write_report(rendered, output)
