"""A questionnaire filled in and re-saved by LibreOffice Calc reads back the same.

Runs where `soffice` is on PATH (Debian: `apt install libreoffice-calc`), skips elsewhere:
    pytest tests/xlsx/test_libreoffice.py -m office
"""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from defusedxml import EntitiesForbidden

from siqassess.criteria.tree import LoadedModel
from siqassess.io.answers import read_answers
from siqassess.io.xlsx_stream import StreamBook

from .helpers import cli, edit, make, row_of
from .test_stream import _openpyxl, _stream, with_entity

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "norrvik-2026.yaml"

pytestmark = [
    pytest.mark.office,
    pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice (soffice)"),
]


def calc_resave(path: Path, folder: Path) -> Path:
    """Open ``path`` in headless Calc and save it again as .xlsx; return the new file."""
    out = folder / "calc"
    out.mkdir()
    profile = (folder / "lo-profile").as_uri()  # a private profile: parallel runs do not clash
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "xlsx",
         "--outdir", str(out), str(path)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    return out / path.name


def test_calc_resaved_questionnaire_reads_back(tmp_path: Path, model: LoadedModel) -> None:
    def fill(wb: Any) -> None:
        ws = wb["Frågor"]
        one, two, r1 = (row_of(ws, leaf) for leaf in ("F1.1", "F1.2", "R1"))
        ws[f"E{one}"], ws[f"I{one}"], ws[f"J{one}"] = 60, "80", "rad ett\nrad två ✓"
        ws[f"M{one}"] = "• snabbare start\n• delad kalender"
        ws[f"G{two}"], ws[f"H{two}"] = "Ja", "gäller inte oss"
        ws[f"E{r1}"], ws[f"L{r1}"] = " 90 ", "=HYPERLINK är bara text"
        ws[f"L{r1}"].data_type = "s"
        wb["Åtgärder"].append(["F1.1", 2, None, "köp ett verktyg", "Kim", None, "pågår"])

    filled = edit(make(tmp_path / "kund.xlsx", model, "sv"), fill)
    resaved = calc_resave(filled, tmp_path)
    assert resaved.read_bytes() != filled.read_bytes()  # Calc really rewrote it
    answers = read_answers(resaved, model)
    one, two, r1 = (answers.answers[leaf] for leaf in ("F1.1", "F1.2", "R1"))
    assert one and (one.score, one.target, one.note) == (60, 80, "rad ett\nrad två ✓")
    assert one.improvements[0] == "snabbare start"
    second = one.improvements[1]
    assert not isinstance(second, str) and second.actions[0].status == "in_progress"
    assert two and two.na and two.reason == "gäller inte oss"
    assert r1 and r1.score == 90 and r1.strengths == ["=HYPERLINK är bara text"]
    assert answers.organisation == "Norrvik"
    result = cli("score", str(resaved))
    assert result.exit_code == 0, result.output
    # The lean reader sees Calc's file (shared strings, its own styles) as openpyxl does.
    raw = resaved.read_bytes()
    assert _stream(raw) == _openpyxl(raw)
    hostile = io.BytesIO(with_entity(raw, "xl/sharedStrings.xml"))
    with zipfile.ZipFile(hostile) as archive, pytest.raises(EntitiesForbidden):
        StreamBook(archive)


def test_calc_resaved_action_plan_keeps_its_types(tmp_path: Path) -> None:
    plan = tmp_path / "plan.xlsx"
    result = cli("plan", str(EXAMPLE), "-o", str(plan), "--lang", "en")
    assert result.exit_code == 0, result.output
    resaved = calc_resave(plan, tmp_path)
    assert resaved.read_bytes() != plan.read_bytes()
    ws = openpyxl.load_workbook(resaved)["Action plan"]
    assert [c.value for c in ws[1]][:3] == ["Rank", "List", "Id"]
    assert ws["C4"].value == "F3.4" and ws["I4"].value == "Anna Lind"
    assert ws["J4"].is_date and ws["J4"].value == dt.datetime(2027, 3, 31)
    assert (ws["A4"].value, ws["E4"].value, ws["K4"].value) == (2, 40, "in progress")
    assert ws.auto_filter.ref == "A1:K8"  # (headless Calc keeps no view: panes are not saved)
