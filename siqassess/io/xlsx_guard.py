"""Checks on an untrusted .xlsx before any XML in it is parsed: kind, zip directory, sizes.

An xlsx is a zip of XML sent by someone else. Everything here looks only at the first bytes
and at the zip's central directory, so a zip bomb, an .xls, an .ods, a renamed .docx or a
truncated file is refused before a single byte is inflated.

The directory may lie about sizes, so the zip is also read through :class:`BoundedZip`: bytes
are counted as they are inflated, in chunks, and reading stops at :data:`MAX_UNCOMPRESSED`
for the whole workbook. Only the two methods Excel and Calc write (stored, deflate) are
accepted: zipfile inflates bzip2 and LZMA data in one call per read, however far it expands
(a 1.5 KB bzip2 member is 2 GiB of zeros), where deflate is inflated at most a chunk at a time.
"""

from __future__ import annotations

import io
import os
import stat
import zipfile
from pathlib import Path
from typing import IO, Any

from siqassess.errors import InputError, Location, Problem, msg, os_reason
from siqassess.io.files import note_input
from siqassess.io.formats import FOREIGN, WORKBOOK_EXTENSIONS
from siqassess.io.xlsx_text import file_error

MAX_FILE_BYTES = 10 * 1024 * 1024
"""Largest .xlsx read; a filled-in questionnaire is about 25 KB."""
MAX_UNCOMPRESSED = 40 * 1024 * 1024
"""Largest total size of the zip's members once inflated, as the zip directory declares it.

Python's zipfile never inflates a member past its declared size (and checks its CRC), so
this bounds the memory and time of everything after it."""
MAX_MEMBERS = 500
"""Most members in the zip; a workbook from Excel or Calc has about 20."""
MAX_ROWS = 5_000
"""Most rows read from any sheet; a questionnaire has under 100."""
MAX_MEASURE_ROWS = 20_000
"""Most rows read from the Measures sheet: one per measure and year, so 10,000 values fit."""
MAX_CELLS = 200_000
"""Most cells read from the whole workbook."""

WORKBOOK_SUFFIXES = WORKBOOK_EXTENSIONS
OLD_SUFFIXES = FOREIGN
"""Answers saved in a spreadsheet format that is not read: refused with the advice to save
them as .xlsx (``io.formats``, the one table of input formats)."""

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def is_workbook_name(path: Path | str) -> bool:
    """Whether a file name is one the workbook reader handles (or refuses with advice)."""
    suffix = Path(path).suffix.lower()
    return suffix in WORKBOOK_SUFFIXES or suffix in OLD_SUFFIXES


def read_bytes(path: Path, lang: str) -> bytes:
    """A regular file's bytes, at most :data:`MAX_FILE_BYTES`; never blocks on a FIFO."""
    name = str(path)
    note_input(name)  # -o may not overwrite it (#11 §6)
    try:
        fd = os.open(name, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise InputError(Problem.of(Location(name), msg("err_no_such_file"))) from None
    except IsADirectoryError:
        raise InputError(Problem.of(Location(name), msg("err_is_directory"))) from None
    except PermissionError:
        raise InputError(Problem.of(Location(name), msg("err_permission"))) from None
    except OSError as exc:
        raise InputError(
            Problem.of(Location(name), msg("err_cannot_read", reason=os_reason(exc)))
        ) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputError(Problem.of(Location(name), msg("err_is_directory")))
        if not stat.S_ISREG(info.st_mode):
            raise InputError(Problem.of(Location(name), msg("err_not_regular")))
        if info.st_size > MAX_FILE_BYTES:
            raise _too_big(name, lang, "file", MAX_FILE_BYTES)
        with os.fdopen(os.dup(fd), "rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise InputError(
            Problem.of(Location(name), msg("err_cannot_read", reason=os_reason(exc)))
        ) from None
    finally:
        os.close(fd)
    if len(raw) > MAX_FILE_BYTES:
        raise _too_big(name, lang, "file", MAX_FILE_BYTES)
    return raw


def open_zip(name: str, raw: bytes, lang: str) -> zipfile.ZipFile:
    """The workbook's zip, after every check that needs only its directory."""
    suffix = Path(name).suffix.lower()
    if suffix in OLD_SUFFIXES:
        raise _error(name, file_error(lang, "old_format", kind=OLD_SUFFIXES[suffix]))
    if raw.startswith(_OLE):
        raise _error(name, file_error(lang, "old_format", kind="xls"))
    try:
        archive = BoundedZip(io.BytesIO(raw))
        archive.named(name, lang)
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError):
        raise _error(name, file_error(lang, "not_zip")) from None
    names = {m.filename for m in members}
    if "mimetype" in names and b"opendocument" in raw[:200]:
        raise _error(name, file_error(lang, "old_format", kind="ods"))
    if len(members) > MAX_MEMBERS:
        raise _too_big(name, lang, "members", MAX_MEMBERS)
    if any(m.compress_type not in _METHODS for m in members):
        raise _error(name, file_error(lang, "not_zip"))
    if sum(m.file_size for m in members) > MAX_UNCOMPRESSED:
        raise _too_big(name, lang, "uncompressed", MAX_UNCOMPRESSED)
    if "xl/workbook.xml" not in names or "[Content_Types].xml" not in names:
        raise _error(name, file_error(lang, "not_zip"))
    links = sorted(n for n in names if n.startswith("xl/externalLinks/"))
    if links:
        raise _error(name, file_error(lang, "external", part=links[0]))
    return archive


_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
_CHUNK = 1 << 16


class BoundedZip(zipfile.ZipFile):
    """A zip whose members are read in chunks, counted as they are inflated, up to a budget."""

    left = MAX_UNCOMPRESSED
    source = ""
    lang = "en"

    def named(self, name: str, lang: str) -> None:
        """Say which file this is, for the message when the budget runs out."""
        self.source, self.lang, self.left = name, lang, MAX_UNCOMPRESSED

    def open(self, name: Any, mode: Any = "r", pwd: Any = None, **kw: Any) -> IO[bytes]:
        inner = super().open(name, mode, pwd, **kw)
        return inner if mode != "r" else _Counted(inner, self)  # type: ignore[return-value]

    def spend(self, size: int) -> None:
        """Count ``size`` inflated bytes; refuse the workbook past the budget."""
        self.left -= size
        if self.left < 0:
            raise _too_big(self.source, self.lang, "uncompressed", MAX_UNCOMPRESSED)


class _Counted(io.RawIOBase):
    """One member, read a chunk at a time (a damaged stream raises as zipfile's does)."""

    def __init__(self, inner: IO[bytes], owner: BoundedZip) -> None:
        self.inner, self.owner = inner, owner

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        want = -1 if size is None else size
        chunks: list[bytes] = []
        while want != 0:
            chunk = self.inner.read(_CHUNK if want < 0 else min(want, _CHUNK))
            if not chunk:
                break
            self.owner.spend(len(chunk))
            chunks.append(chunk)
            want = want - len(chunk) if want > 0 else want
        return b"".join(chunks)

    def readinto(self, buffer: Any) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self.inner.close()
        super().close()


def _error(name: str, message: str) -> InputError:
    return InputError(Problem(Location(name), message))


def _too_big(name: str, lang: str, what: str, limit: int) -> InputError:
    shown = f"{limit // (1024 * 1024)} MiB" if limit >= 1024 * 1024 else str(limit)
    return _error(name, file_error(lang, f"too_big_{what}", limit=shown))
