"""A workbook whose zip directory lies: bytes are counted as they inflate (#23 §3).

A 124-byte bzip2 member that inflates to 2 GiB of zeros, declared as 1.5 KB: zipfile would
inflate it in one call. Refused from the directory (only stored and deflate are accepted),
and every member is read through a counter that stops at the workbook's limit.
"""

from __future__ import annotations

import base64
import io
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import pytest

from siqassess.errors import InputError
from siqassess.io import xlsx_guard

from .test_xlsx import QUESTIONS, _rezip

BOMB = zlib.decompress(
    base64.b64decode(
        "eNpzisqwNHSMVAuO5ON8dJ8xvs+B4QADA4cCg0GDr5vTAtWVXA3TR+VH5UflR+VH5QezfMOGFzyMIksdGoDyLGAVZ1g1l3lMVNwIxI/eeSznEpIuTjV2AACMkcq8"
    )
)
"""bzip2 of 2 GiB of zeros (made with bz2.BZ2Compressor(9), 32 chunks of 64 MiB)."""

MEASURE = """
import resource, subprocess, sys
code = subprocess.run(sys.argv[1:], capture_output=True, text=True, timeout=120)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
print(code.returncode, peak, code.stderr.strip(), sep="\\n")
"""


def _as_bzip2(data: bytes, member: str) -> bytes:
    """``data`` stored under ``member``, then relabelled bzip2 in both headers."""
    raw = bytearray(data)
    name = member.encode()
    for signature, method_at, name_at in ((b"PK\x03\x04", 8, 30), (b"PK\x01\x02", 10, 46)):
        start = 0
        while (at := raw.find(signature, start)) >= 0:
            start = at + 4
            if raw[at + name_at : at + name_at + len(name)] == name:
                raw[at + method_at : at + method_at + 2] = (12).to_bytes(2, "little")
    return bytes(raw)


def _bomb() -> bytes:
    stored = _rezip({QUESTIONS: BOMB})
    archive = zipfile.ZipFile(io.BytesIO(stored))
    assert archive.getinfo(QUESTIONS).compress_type == zipfile.ZIP_DEFLATED
    plain = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(stored)) as src, zipfile.ZipFile(plain, "w") as out:
        for info in src.infolist():
            method = zipfile.ZIP_STORED if info.filename == QUESTIONS else info.compress_type
            out.writestr(info.filename, src.read(info.filename), compress_type=method)
    return _as_bzip2(plain.getvalue(), QUESTIONS)


def test_the_bomb_is_what_it_claims_to_be() -> None:
    info = zipfile.ZipFile(io.BytesIO(_bomb())).getinfo(QUESTIONS)
    assert (info.compress_type, info.file_size) == (zipfile.ZIP_BZIP2, len(BOMB))


def test_a_bzip2_bomb_is_refused_in_one_line_within_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(_bomb())
    command = [sys.executable, "-m", "siqassess", "validate", str(path), "--lang", "en"]
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, *command], capture_output=True, text=True, check=True
    )
    code, peak, _ = done.stdout.split("\n", 2)
    assert code == "1"
    assert int(peak) < 200  # MiB; it was 2,095 MiB
    listed = subprocess.run(command, capture_output=True, text=True, check=False)
    assert listed.stdout.splitlines()[0] == (
        f"{path}: not an Excel workbook (.xlsx): the file is empty, damaged or of another kind"
    )


def test_inflated_bytes_are_counted_across_members_and_stop_at_the_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(xlsx_guard, "MAX_UNCOMPRESSED", 64 * 1024)
    raw = _rezip({}, {"xl/media/a.xml": b" " * 40_000, "xl/media/b.xml": b" " * 40_000})
    with xlsx_guard.BoundedZip(io.BytesIO(raw)) as archive:
        archive.named("x.xlsx", "en")
        assert len(archive.read("xl/media/a.xml")) == 40_000
        with pytest.raises(InputError) as caught:
            archive.read("xl/media/b.xml")
    assert str(caught.value) == (
        "x.xlsx: the workbook holds more than 65536 once unpacked, and a questionnaire about "
        "200 KB; remove pictures and added sheets, and save it again"
    )
