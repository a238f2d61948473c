"""Hostile workbooks through validate, score and report: exit 1, one line, bounded cost.

Each workbook is built here from a real questionnaire, so the attack sits in an otherwise
valid file: the reader must refuse it for the attack, not for being unrecognisable.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from siqassess.cli import app
from siqassess.io.answers import new_answers
from siqassess.io.models import resolve_model
from siqassess.io.xlsx_write import questionnaire_bytes

runner = CliRunner()
COMMANDS = [["validate"], ["score", "-f", "json"], ["report"]]
QUESTIONS = "xl/worksheets/sheet2.xml"  # Instructions, Questions, Actions, Levels, metadata


GOOD_DATE = dt.date(2026, 12, 7)
"""The good workbook's date, fixed: a test that names a date cell's serial number (46363) must
not change its expectation when the suite runs across midnight."""


def _good() -> bytes:
    model = resolve_model(None)
    answers = new_answers(model, organisation="Acme", language="en")
    answers.date = GOOD_DATE
    return questionnaire_bytes(answers, model)


def _rezip(replace: dict[str, bytes], add: dict[str, bytes] | None = None) -> bytes:
    """The good workbook with members replaced or added."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(_good())) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for item in src.infolist():
            dst.writestr(item.filename, replace.get(item.filename, src.read(item.filename)))
        for name, data in (add or {}).items():
            dst.writestr(name, data)
    return out.getvalue()


def zip_bomb(slow: bool) -> bytes:
    # 41 MiB of spaces inflate from about 40 KB: over the 40 MiB limit, refused unread.
    return _rezip({}, {"xl/media/padding.xml": b" " * (41 * 1024 * 1024)})


def lying_sizes(slow: bool) -> bytes:
    # A member that claims to be 100 bytes but inflates to 8 MiB: zipfile stops at the
    # declared size and the CRC check fails, so it is refused without inflating the rest.
    data = bytearray(_rezip({QUESTIONS: b"<x>" + b" " * (8 * 1024 * 1024) + b"</x>"}))
    name = QUESTIONS.encode()
    for signature, size_at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (at := data.find(signature, start)) >= 0:
            start = at + 4
            name_at = at + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_at : name_at + len(name)] == name:
                data[at + size_at : at + size_at + 4] = (100).to_bytes(4, "little")
    return bytes(data)


_LAUGHS = (
    '<!DOCTYPE x [<!ENTITY l0 "lol">'
    + "".join(f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    + "]>"
)


def _member(name: str) -> str:
    return zipfile.ZipFile(io.BytesIO(_good())).read(name).decode()


def billion_laughs(slow: bool) -> bytes:
    # The workbook part is parsed first, by every reader; the entity sits in a sheet name.
    book = _member("xl/workbook.xml").replace('name="Instructions"', 'name="&l9;"')
    return _rezip({"xl/workbook.xml": (_LAUGHS + book).encode()})


def billion_laughs_in_sheet(slow: bool) -> bytes:
    sheet = _member(QUESTIONS).replace("<sheetData>", "<sheetData>&l9;", 1)
    return _rezip({QUESTIONS: (_LAUGHS + sheet).encode()})


def million_rows(slow: bool) -> bytes:
    # The real questions, then rows with content down to Excel's last one: the reader stops
    # at its limit. (Empty rows cost nothing: LibreOffice writes one at row 1048576.)
    count = 1_048_576 if slow else 100_000
    rows = "".join(f'<row r="{i}"><c r="A{i}"><v>1</v></c></row>' for i in range(100, count + 1))
    sheet = _member(QUESTIONS).replace("</sheetData>", rows + "</sheetData>")
    return _rezip({QUESTIONS: sheet.encode()})


def formula(slow: bool) -> bytes:
    good = zipfile.ZipFile(io.BytesIO(_good())).read(QUESTIONS).decode()
    # The score cell of the first question (E4) becomes a formula that would fetch a URL.
    cell = re.search(r'<c r="E4"[^>]*?(/>|>.*?</c>)', good)
    assert cell is not None
    bad = '<c r="E4"><f>WEBSERVICE("http://example.invalid/x")</f><v>1</v></c>'
    return _rezip({QUESTIONS: good.replace(cell.group(0), bad).encode()})


def external_link(slow: bool) -> bytes:
    link = (
        b'<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b"<externalBook/></externalLink>"
    )
    return _rezip({}, {"xl/externalLinks/externalLink1.xml": link})


def renamed_docx(slow: bool) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as docx:
        docx.writestr("[Content_Types].xml", "<Types/>")
        docx.writestr("word/document.xml", "<document/>")
    return out.getvalue()


def truncated(slow: bool) -> bytes:
    good = _good()
    return good[: len(good) // 2]


def empty(slow: bool) -> bytes:
    return b""


CASES: dict[str, tuple[Callable[[bool], bytes], str]] = {
    "zip_bomb": (
        zip_bomb,
        "the workbook holds more than 40 MiB once unpacked, and a questionnaire about 200 KB; "
        "remove pictures and added sheets, and save it again",
    ),
    "lying_sizes": (lying_sizes, "the workbook cannot be read (BadZipFile)"),
    "billion_laughs": (billion_laughs, "the workbook cannot be read (EntitiesForbidden)"),
    "billion_laughs_in_sheet": (
        billion_laughs_in_sheet,
        "the workbook cannot be read (EntitiesForbidden)",
    ),
    "million_rows": (
        million_rows,
        "the sheet Questions has more than 5,000 rows with content, and a questionnaire has "
        "under 100; delete the rows that were added",
    ),
    "formula": (formula, "Questions!E4: a formula in an answer cell; type the value instead"),
    "external_link": (
        external_link,
        "the workbook has external links (xl/externalLinks/externalLink1.xml); "
        "remove them and save again",
    ),
    "renamed_docx": (
        renamed_docx,
        "not an Excel workbook (.xlsx): the file is empty, damaged or of another kind",
    ),
    "truncated": (
        truncated,
        "not an Excel workbook (.xlsx): the file is empty, damaged or of another kind",
    ),
    "empty": (
        empty,
        "not an Excel workbook (.xlsx): the file is empty, damaged or of another kind",
    ),
}


@pytest.fixture(scope="module")
def workbooks(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Path:
    folder = tmp_path_factory.mktemp("hostile_xlsx")
    slow = bool(request.config.getoption("--slow"))
    for name, (make, _) in CASES.items():
        (folder / f"{name}.xlsx").write_bytes(make(slow))
    return folder


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_workbook_is_one_line_exit_1(
    case: str, command: list[str], workbooks: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.delenv("LANGUAGE", raising=False)
    path = workbooks / f"{case}.xlsx"
    result = runner.invoke(app, [*command, str(path)])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    message = CASES[case][1]
    where = f"{path}:{message}" if case == "formula" else f"{path}: {message}"
    if command[0] == "validate":
        assert result.stdout.splitlines()[0].startswith(where), result.stdout
    else:
        assert result.stderr.splitlines() == [f"siqassess: error: {where}"]


@pytest.mark.parametrize("case", ["zip_bomb", "million_rows", "billion_laughs", "lying_sizes"])
def test_memory_stays_bounded(case: str, workbooks: Path) -> None:
    # Run the real program under a 600 MB address-space limit: the refusal must not need more.
    code = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (600 * 2**20, 600 * 2**20))\n"
        "from siqassess.cli import main\n"
        f"sys.argv = ['siqassess', 'validate', {str(workbooks / (case + '.xlsx'))!r}]\n"
        "main()\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr + done.stdout
