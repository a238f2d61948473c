"""openpyxl is imported only when a workbook is involved: `--help` and YAML stay fast."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "norrvik-2026.yaml"


def _imports_openpyxl(*argv: str) -> bool:
    code = (
        "import sys\n"
        "from siqassess.cli import main\n"
        f"sys.argv = ['siqassess', *{list(argv)!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('openpyxl' in sys.modules, file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return done.stderr.strip().splitlines()[-1] == "True"


@pytest.mark.parametrize("argv", [("--help",), ("validate", str(EXAMPLE))], ids=str)
def test_yaml_paths_do_not_import_openpyxl(argv: tuple[str, ...]) -> None:
    assert not _imports_openpyxl(*argv)


def test_a_workbook_does(tmp_path: Path) -> None:
    # The same check must be able to fail: reading a workbook imports it.
    out = tmp_path / "q.xlsx"
    assert _imports_openpyxl("init", "-o", str(out))
