"""Data read from files is ``object`` until it is checked, and what is computed is typed (#21).

``dict[str, Any]`` hides every mistake a type checker could find. Outside ``reports/`` (whose
count another change brings down) at most four are left (#21's budget for this part), an
alias such as ``Dump = dict[str, Any]`` counted like any other.
"""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "siqassess"
UNTYPED = re.compile(r"\b(?:dict|Mapping|MutableMapping)\[str, Any\]")
MOST = 4


def test_at_most_four_dicts_of_any_outside_reports() -> None:
    found = [
        f"{path.relative_to(PACKAGE)}:{n}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if "reports" not in path.relative_to(PACKAGE).parts
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if UNTYPED.search(line)
    ]
    assert len(found) <= MOST, found
