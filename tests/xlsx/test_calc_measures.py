"""Measures typed into the Mätetal sheet in LibreOffice Calc, with Swedish settings, are read.

Calc parses what is typed ("7,4" with a decimal comma becomes the number 7.4) through
``calc_uno.py``, one headless soffice for the module; siqassess then reads Calc's file.
Runs where `soffice` and the system Python's `uno` module are found, skips elsewhere:
    pytest tests/xlsx/test_calc_measures.py -m office
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from siqassess.core.measure_types import Comparison
from siqassess.criteria.tree import LoadedModel
from siqassess.io.answers import read_answers

from .helpers import cli, make
from .test_calc_typed import HELPER, SYSTEM_PYTHON, _has_uno

pytestmark = [
    pytest.mark.office,
    pytest.mark.skipif(not _has_uno(), reason="needs LibreOffice (soffice) and python3-uno"),
]

M = "Mätetal"


@pytest.fixture(scope="module")
def calc(tmp_path_factory: pytest.TempPathFactory, model: LoadedModel) -> dict[str, Any]:
    """A Swedish workbook filled in through Calc: values typed with decimal commas."""
    folder = tmp_path_factory.mktemp("calc_measures")
    blank = make(folder / "blank.xlsx", model, "sv")
    ops = [
        ["type", M, "C3", "index"],
        ["type", M, "D3", "högre"],
        ["type", M, "E3", "2025"],
        ["type", M, "F3", "7,4"],
        ["type", M, "G3", "7,5"],
        ["type", M, "H3", "6,9"],
        ["type", M, "I3", "Kolada, riket"],
        ["type", M, "A30", "R2"],
        ["type", M, "B30", "Sjukfrånvaro"],
        ["type", M, "E30", "2024"],
        ["type", M, "F30", "1 234,5"],
        ["type", M, "A31", "R2"],
        ["type", M, "B31", "Sjukfrånvaro"],
        ["type", M, "E31", "2025"],
        ["type", M, "F31", "sju"],
        ["invalid", M],
        ["rule", M, "F3"],
        ["rule", M, "D3"],
    ]
    out = folder / "filled.xlsx"
    jobs = [{"in": str(blank), "out": str(out), "ops": ops}]
    spec = folder / "jobs.json"
    spec.write_text(json.dumps({"profile": str(folder / "profile"), "jobs": jobs}), "utf-8")
    done = subprocess.run(
        [SYSTEM_PYTHON, str(HELPER), str(spec)], capture_output=True, text=True, timeout=240
    )
    assert done.returncode == 0, done.stderr
    return {"folder": folder, "out": out, "result": json.loads(done.stdout)[0]}


def test_a_decimal_comma_typed_in_calc_is_read_as_a_number(
    calc: dict[str, Any], model: LoadedModel
) -> None:
    path: Path = calc["out"]
    result = cli("validate", "--lang", "sv", str(path))
    assert "Traceback" not in result.output
    assert result.exit_code == 1
    assert result.stdout.replace(str(path), "F").splitlines() == [
        "F:Mätetal!F31: ”sju” är inget tal; skriv det med siffror (till exempel 70)",
        "1 fil kontrollerad: 1 ogiltig, 1 problem",
    ]
    import openpyxl

    wb = openpyxl.load_workbook(path)
    ws = wb[M]
    assert (ws["F3"].value, ws["G3"].value, ws["H3"].value) == (7.4, 7.5, 6.9)  # typed by Calc
    ws["F31"] = None
    fixed = path.with_name("fixed.xlsx")
    wb.save(fixed)
    answers = read_answers(fixed, model)
    r1, r2 = answers.answers["R1"], answers.answers["R2"]
    assert r1 is not None and r2 is not None
    first = r1.measures[0]
    assert (first.unit, first.direction, first.suggested) == ("index", "higher", 1)
    assert (first.values, first.targets) == ({2025: 7.4}, {2025: 7.5})
    assert first.comparisons == [Comparison(value=6.9, source="Kolada, riket", year=2025)]
    assert r2.measures[0].values == {2024: 1234.5}


def test_calc_holds_the_rules_and_marks_the_word(calc: dict[str, Any]) -> None:
    result = calc["result"]
    assert result["invalid"] == {M: [f"${M}.$F$31"]}
    rules = result["rules"]
    assert rules[f"{M}!F3"]["message"] == "Skriv ett tal, till exempel 7,5, eller lämna tomt."
    assert rules[f"{M}!D3"]["message"] == "Välj högre, lägre eller mot målet."
    shown = {ref: (r["type"], r["show_error"], r["style"]) for ref, r in rules.items()}
    assert shown == {f"{M}!F3": ("DECIMAL", True, "STOP"), f"{M}!D3": ("LIST", True, "STOP")}
