"""The lean sheet reader gives exactly what openpyxl's read-only mode gives, cell for cell."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from siqassess.criteria.tree import LoadedModel
from siqassess.io.answers import read_answers
from siqassess.io.xlsx_stream import StreamBook
from siqassess.io.xlsx_write import questionnaire_bytes

from .helpers import cli, edit, make, row_of

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "norrvik-2026.yaml"
WIDTH = 20


def _openpyxl(raw: bytes) -> dict[str, list[list[tuple[Any, str]]]]:
    wb = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=False)
    out = {}
    for ws in wb.worksheets:
        ws.reset_dimensions()
        rows = ws.iter_rows(max_col=WIDTH)
        out[ws.title] = [[(c.value, c.data_type) for c in row] for row in rows]
    wb.close()
    return out


def _stream(raw: bytes) -> dict[str, list[list[tuple[Any, str]]]]:
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        book = StreamBook(archive)
        return {
            name: [[(c.value, c.data_type) for c in row] for row in book[name].iter_rows(WIDTH)]
            for name in book.sheetnames
        }


def _client_edits(wb: Any) -> None:
    """What a client's spreadsheet stores: floats, text numbers, dates, a formula, a bool."""
    ws = wb["Frågor"]
    row = row_of(ws, "F1.1")
    ws[f"E{row}"], ws[f"I{row}"], ws[f"J{row}"] = 60.0, " 70 ", "rad ett\nrad två ✓ _x000D_"
    ws[f"K{row}"] = "=SUM(1,2)"
    ws[f"G{row}"] = True
    ws.insert_rows(row)  # an empty row the client added
    wb["Instruktioner"]["C7"] = dt.datetime(2026, 3, 4)
    wb["Åtgärder"].append(["F3.4", 1, None, "ny åtgärd", "Kim", dt.date(2026, 9, 1), "pågår"])
    wb["Åtgärder"]["F20"] = 45000.5  # a number, and a date style set by the client below
    wb["Åtgärder"]["F20"].number_format = "yyyy-mm-dd hh:mm"


def test_same_cells_as_openpyxl(tmp_path: Path, model: LoadedModel) -> None:
    filled = tmp_path / "filled.xlsx"
    filled.write_bytes(questionnaire_bytes(read_answers(EXAMPLE, model), model))
    edited = edit(filled, _client_edits, tmp_path / "edited.xlsx")
    for path in (make(tmp_path / "blank.xlsx", model, "en"), filled, edited):
        raw = path.read_bytes()
        assert _stream(raw) == _openpyxl(raw), path.name


def test_missing_and_unordered_rows_as_openpyxl(tmp_path: Path, model: LoadedModel) -> None:
    raw = make(tmp_path / "q.xlsx", model, "en").read_bytes()
    sheet = "xl/worksheets/sheet2.xml"
    with zipfile.ZipFile(io.BytesIO(raw)) as src:
        xml = src.read(sheet).decode()
    # A row far below, a row that goes back up, and cells without references.
    extra = '<row r="90"><c t="inlineStr"><is><t>late</t></is></c><c><v>7</v></c></row>'
    extra += (
        '<row r="5"><c r="B5" t="b"><v>1</v></c></row><row><c r="C91" t="e"><v>#N/A</v></c></row>'
    )
    xml = xml.replace("</sheetData>", extra + "</sheetData>")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            dst.writestr(item.filename, xml if item.filename == sheet else src.read(item))
    changed = out.getvalue()
    assert _stream(changed) == _openpyxl(changed)
    assert _stream(changed)["Questions"][89][:2] == [("late", "s"), (7, "n")]


def with_entity(raw: bytes, member: str) -> bytes:
    """``raw`` with a DTD that declares an entity at the top of ``member``."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == member:
                data = b'<!DOCTYPE x [<!ENTITY a "aaaa">]>' + data.split(b"?>", 1)[-1]
            dst.writestr(item.filename, data)
    return out.getvalue()


@pytest.mark.parametrize(
    "member", ["xl/workbook.xml", "xl/styles.xml", "xl/_rels/workbook.xml.rels"]
)
def test_entities_are_refused_in_every_part_read(
    tmp_path: Path, model: LoadedModel, member: str
) -> None:
    from defusedxml import EntitiesForbidden

    raw = with_entity(make(tmp_path / "q.xlsx", model, "en").read_bytes(), member)
    with zipfile.ZipFile(io.BytesIO(raw)) as archive, pytest.raises(EntitiesForbidden):
        StreamBook(archive)  # (shared strings: tests/xlsx/test_libreoffice.py, as Calc writes them)


def _replaced(raw: bytes, member: str, data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            dst.writestr(item.filename, data if item.filename == member else src.read(item))
    return out.getvalue()


@pytest.mark.parametrize(
    ("prolog", "encoding", "cause"),
    [
        (b'<?xml version="1.0"?><!DOCTYPE x SYSTEM "http://example.invalid/x.dtd">', "utf-8",
         "DTDForbidden"),
        (b'<?xml version="1.0" encoding="UTF-16"?>', "utf-16", "ValueError"),
        # In EBCDIC the bytes of "<!DOCTYPE" differ: only UTF-8 is searched, so only it is read.
        (b'<?xml version="1.0" encoding="cp037"?>', "cp037", "ValueError"),
        # No BOM, no declaration: the parser would detect UTF-16 from "<\0" and read the DTD,
        # which a byte search for "<!DOCTYPE" misses. XML never holds a NUL: refused for it.
        (b'<!DOCTYPE x [<!ENTITY a "b">]>', "utf-16-le", "ValueError"),
        (b'<!DOCTYPE x [<!ENTITY a "b">]>', "utf-32-le", "ValueError"),
    ],
)  # fmt: skip
def test_a_dtd_or_another_encoding_is_refused_before_parsing(
    tmp_path: Path, model: LoadedModel, prolog: bytes, encoding: str, cause: str
) -> None:
    path = make(tmp_path / "q.xlsx", model, "en")
    raw = path.read_bytes()
    with zipfile.ZipFile(io.BytesIO(raw)) as src:
        body = src.read("xl/worksheets/sheet2.xml").split(b"?>", 1)[-1]
    xml = prolog.decode("ascii").encode(encoding) + body.decode().encode(
        encoding, "xmlcharrefreplace"
    )
    path.write_bytes(_replaced(raw, "xl/worksheets/sheet2.xml", xml))
    result = cli("validate", str(path))
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == f"{path}: the workbook cannot be read ({cause})"
