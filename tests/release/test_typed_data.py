"""Data read from files is ``object`` until it is checked, and what is computed is typed (#21).

``dict[str, Any]`` hides every mistake a type checker could find; outside ``reports/`` (whose
count another change brings down) there is none left.
"""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "siqassess"
UNTYPED = re.compile(r"\b(?:dict|Mapping|MutableMapping)\[str, Any\]")


def test_no_dict_of_any_outside_reports() -> None:
    found = [
        f"{path.relative_to(PACKAGE)}:{n}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if "reports" not in path.relative_to(PACKAGE).parts
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if UNTYPED.search(line)
    ]
    assert found == []
