"""The pure core depends on nothing that reads, writes or prints."""

from __future__ import annotations

import subprocess
import sys

import pytest

CORE = [
    "siqassess.core.status",
    "siqassess.core.scoring",
    "siqassess.core.answers",
    "siqassess.core.compare",
    "siqassess.core.aggregate",
    "siqassess.core.consensus",
]


@pytest.mark.parametrize("module", CORE)
def test_core_module_pulls_in_no_io(module: str) -> None:
    # A fresh interpreter, so modules other tests imported do not hide a dependency.
    code = (
        f"import sys, {module}; "
        "print(sorted(m for m in sys.modules if m.startswith("
        "('siqassess.io', 'siqassess.cli', 'siqassess.reports', 'siqassess.interview', 'yaml'))))"
    )
    found = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert found == "[]", f"{module} imports {found}"
