"""Hostile measures in a workbook: 10,000 values on the Mätetal sheet are read at linear cost,
and a non-number, a year after the assessment and a comparison without a source each get a
message at their cell. (`benchmarks/hostile.py` times the same shapes in a subprocess.)"""

from __future__ import annotations

import datetime as dt
import io
import re
import time
import zipfile
from pathlib import Path

from typer.testing import CliRunner

from siqassess.cli import app
from siqassess.core.measure_types import Comparison, Measure
from siqassess.io.answers import Answer, new_answers
from siqassess.io.models import resolve_model
from siqassess.io.xlsx_write import questionnaire_bytes

runner = CliRunner()
MODEL = resolve_model("siq-2019-1")
YEARS = range(1927, 2027)  # a hundred years a measure


def _workbook(path: Path, values: int) -> Path:
    """``values`` values (a hundred years each of ``values // 100`` measures) of R1, with a
    value dated 2031, a comparison without a source, and "sju" typed over the first value."""
    answers = new_answers(MODEL, language="sv", date=dt.date(2026, 10, 1))
    measures = [
        Measure(name=f"m{i}", values={y: i + y / 1000 for y in YEARS}) for i in range(values // 100)
    ]
    measures[0] = measures[0].model_copy(
        update={
            "values": measures[0].values | {2031: 1.0},
            "comparisons": [Comparison(value=5, source="", year=2026)],
        }
    )
    answers.answers["R1"] = Answer(measures=measures)
    data = questionnaire_bytes(answers, MODEL)
    path.write_bytes(_typed_over(data, "F3", "sju"))
    return path


def _typed_over(data: bytes, ref: str, text: str) -> bytes:
    """The workbook with ``text`` typed into ``ref`` of the Mätetal sheet (the fourth)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as old, zipfile.ZipFile(out, "w") as new:
        for item in old.infolist():
            body = old.read(item.filename)
            if item.filename == "xl/worksheets/sheet4.xml":
                cell = re.compile(rf'<c r="{ref}"[^>]*>.*?</c>'.encode())
                typed = f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'.encode()
                body, count = cell.subn(typed, body, count=1)
                assert count == 1
            new.writestr(item, body)
    return out.getvalue()


def _validate(path: Path) -> tuple[list[str], float]:
    start = time.perf_counter()
    result = runner.invoke(app, ["validate", "--lang", "sv", str(path)])
    took = time.perf_counter() - start
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    return result.stdout.replace(str(path), "F").splitlines(), took


def test_ten_thousand_values_are_read_at_linear_cost_with_each_bad_cell_located(
    tmp_path: Path,
) -> None:
    small, small_took = _validate(_workbook(tmp_path / "small.xlsx", 2_500))
    large, large_took = _validate(_workbook(tmp_path / "large.xlsx", 10_000))
    assert small == large
    assert large == [
        "F:Mätetal!F3: ”sju” är inget tal; skriv det med siffror (till exempel 70)",
        'F:Mätetal!I102: en jämförelse behöver en källa, till exempel "Kolada, liknande kommuner"',
        "F:Mätetal!E103: året 2031 ligger efter bedömningen (2026): värden kan inte komma från "
        "framtiden",
        "1 fil kontrollerad: 1 ogiltig, 3 problem",
    ]
    assert large_took < 8 * small_took + 1.0, (small_took, large_took)  # 4× the rows: linear
