"""A lean reader of a questionnaire's sheets: defusedxml straight over the zip members.

openpyxl builds a whole workbook model (styles, themes, every sheet's properties) and an
object per cell; a questionnaire needs the values of three sheets and the hidden one. This
reads only those, one row at a time, with openpyxl's read-only semantics kept exactly: the
same values and data types (``f`` for a formula, ``d`` for a date), rows numbered from 1
with missing ones filled in, every row padded to the columns asked for. XML is parsed by
defusedxml (no DTD entities, no external references); sizes were checked by
:mod:`xlsx_guard` before anything here runs.
"""

from __future__ import annotations

import datetime as dt
import io
import posixpath
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_ROW, _C, _V, _F, _IS = (f"{_MAIN}{tag}" for tag in ("row", "c", "v", "f", "is"))
_T, _R, _SI = f"{_MAIN}t", f"{_MAIN}r", f"{_MAIN}si"


@dataclass(frozen=True, slots=True)
class StreamCell:
    """A cell's value and openpyxl data type (``n``, ``s``, ``b``, ``d``, ``e`` or ``f``)."""

    value: Any = None
    data_type: str = "n"
    percent: bool = False
    """A number shown with a per-cent format: "70%" typed in Calc or Excel is stored as 0.7."""


EMPTY = StreamCell()


_DECLARATION = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")


def _checked(data: bytes) -> bytes:
    """A member's XML, refused unless it is UTF-8 without a document type declaration.

    Entities (billion laughs, external ones) can only be declared in a DTD, and Excel and
    Calc never write one, so a DTD is refused outright, as defusedxml would refuse its
    entities. Found by a plain byte search, which is sound only in UTF-8 (in, say, EBCDIC the
    bytes of ``<!DOCTYPE`` differ), so every other encoding is refused first. This lets the C
    parser do the work: defusedxml hooks expat through the pure-Python parser, 3× slower.
    """
    from defusedxml import DTDForbidden, EntitiesForbidden

    head = data[:512].removeprefix(b"\xef\xbb\xbf").lstrip()
    # XML never holds a NUL, and UTF-16 or UTF-32 without a BOM ("<\0?\0x…", which the parser
    # would detect and decode) always does: refused, so the byte searches below see all there is.
    if not head.startswith(b"<") or b"\x00" in data:
        raise ValueError("not UTF-8 XML")
    found = _DECLARATION.match(head)
    if found and found.group(1).lower() not in (b"utf-8", b"utf8"):
        raise ValueError(f"XML in {found.group(1).decode()}, not UTF-8")
    if b"<!ENTITY" in data:
        raise EntitiesForbidden("", "", "", "", "", "")
    if b"<!DOCTYPE" in data:
        raise DTDForbidden("", "", "")
    return data


def _iterparse(source: IO[bytes]) -> Iterator[tuple[str, Any]]:
    from xml.etree.ElementTree import iterparse

    return iterparse(io.BytesIO(_checked(source.read())), events=("end",))


def _parse(archive: zipfile.ZipFile, member: str) -> Any:
    from xml.etree.ElementTree import fromstring

    return fromstring(_checked(archive.read(member)))


def _text(node: Any) -> str:
    """The plain text of a string item: its own ``t`` and its runs' ``t`` (not phonetics)."""
    parts = [node.findtext(_T) or ""]
    parts.extend(run.findtext(_T) or "" for run in node.findall(_R))
    return "".join(parts)


class StreamBook:
    """The sheets of a workbook by name, each parsed only when its rows are read."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.archive = archive
        book = _parse(archive, "xl/workbook.xml")
        targets = self._relations()
        self.sheets: dict[str, str] = {}
        for sheet in book.iter(f"{_MAIN}sheet"):
            target = targets.get(sheet.get(_REL, ""), ("", ""))[1]
            self.sheets[sheet.get("name", "")] = target
        pr = book.find(f"{_MAIN}workbookPr")
        mac = pr is not None and pr.get("date1904", "") in ("1", "true")
        self.epoch = dt.datetime(1904, 1, 1) if mac else dt.datetime(1899, 12, 30)
        kinds = {kind: target for kind, target in targets.values()}
        self.strings = self._strings(kinds.get("sharedStrings"))
        self.date_styles, self.duration_styles, self.percent_styles = self._styles(
            kinds.get("styles")
        )

    @property
    def sheetnames(self) -> list[str]:
        """The sheets' names in workbook order."""
        return list(self.sheets)

    def __getitem__(self, name: str) -> StreamSheet:
        return StreamSheet(self, name, self.sheets[name])

    def close(self) -> None:
        """Nothing to release: the archive is the caller's."""

    def _relations(self) -> dict[str, tuple[str, str]]:
        """Relationship id → (kind, member path) of the workbook part."""
        rels = _parse(self.archive, "xl/_rels/workbook.xml.rels")
        out: dict[str, tuple[str, str]] = {}
        for rel in rels.iter(_PKG):
            target = rel.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
            kind = rel.get("Type", "").rsplit("/", 1)[-1]
            out[rel.get("Id", "")] = (kind, posixpath.normpath(path))
        return out

    def _strings(self, member: str | None) -> list[str]:
        if member is None or member not in self.archive.namelist():
            return []
        strings: list[str] = []
        with self.archive.open(member) as source:
            for _, node in _iterparse(source):
                if node.tag == _SI:
                    strings.append(_text(node).replace("x005F_", ""))
                    node.clear()
        return strings

    def _styles(self, member: str | None) -> tuple[frozenset[int], frozenset[int], frozenset[int]]:
        """The cell styles whose number format shows a date, a duration, a per-cent."""
        if member is None or member not in self.archive.namelist():
            return frozenset(), frozenset(), frozenset()
        from openpyxl.styles.numbers import (
            builtin_format_code,
            is_date_format,
            is_timedelta_format,
        )

        styles = _parse(self.archive, member)
        # openpyxl tests a format with regular expressions: a code longer than Excel allows
        # (400,000 brackets took minutes) is no date format of ours.
        custom = {
            _int(fmt.get("numFmtId", "-1")): code if len(code) <= MAX_FORMAT else "General"
            for fmt in styles.iter(f"{_MAIN}numFmt")
            if (code := fmt.get("formatCode", "")) is not None
        }
        dates: set[int] = set()
        durations: set[int] = set()
        percents: set[int] = set()
        xfs = styles.find(f"{_MAIN}cellXfs")
        for index, xf in enumerate(xfs if xfs is not None else ()):
            number = _int(xf.get("numFmtId", "0"))
            code = custom.get(number) or builtin_format_code(number)
            if is_date_format(code):
                dates.add(index)
            if is_timedelta_format(code):
                durations.add(index)
            if "%" in re.sub(r'"[^"]*"|\\.', "", code or ""):
                percents.add(index)
        return frozenset(dates), frozenset(durations), frozenset(percents)


class StreamSheet:
    """One sheet's rows, read from its XML as they are asked for."""

    def __init__(self, book: StreamBook, title: str, member: str) -> None:
        self.book = book
        self.title = title
        self.member = member

    def reset_dimensions(self) -> None:
        """Nothing to reset: the declared size is never read."""

    def numbered_rows(self, max_col: int) -> Iterator[tuple[int, tuple[StreamCell, ...]]]:
        """The rows the sheet holds, each with its number: missing rows cost nothing, so an
        empty ``<row r="1048576">`` (LibreOffice writes one after a row is deleted) is one row,
        not a million."""
        number = 0
        with self.book.archive.open(self.member) as source:
            for _, node in _iterparse(source):
                if node.tag != _ROW:
                    continue
                number = _int(node.get("r")) or number + 1
                cells = self._row(node, max_col)
                node.clear()
                yield number, cells

    def iter_rows(self, max_col: int) -> Iterator[tuple[StreamCell, ...]]:
        """Every row from row 1, missing ones empty, each exactly ``max_col`` cells wide."""
        empty = (EMPTY,) * max_col
        counter = 1
        number = 0
        with self.book.archive.open(self.member) as source:
            for _, node in _iterparse(source):
                if node.tag != _ROW:
                    continue
                number = _int(node.get("r")) or number + 1
                cells = self._row(node, max_col)
                node.clear()
                while counter < number:  # rows the sheet leaves out
                    counter += 1
                    yield empty
                if counter == number:
                    counter += 1
                    yield cells

    def _row(self, node: Any, max_col: int) -> tuple[StreamCell, ...]:
        out = [EMPTY] * max_col
        column = 0
        for cell in node.findall(_C):
            ref = cell.get("r")
            column = _column(ref) if ref else column + 1
            if 1 <= column <= max_col:
                out[column - 1] = self._cell(cell)
        return tuple(out)

    def _cell(self, cell: Any) -> StreamCell:
        kind = cell.get("t", "n")
        formula = cell.find(_F)
        if formula is not None:
            return StreamCell("=" + (formula.text or ""), "f")
        if kind == "inlineStr":
            inline = cell.find(_IS)
            return StreamCell(_text(inline), "s") if inline is not None else StreamCell(None, kind)
        value = cell.findtext(_V) or None
        if value is None:
            return StreamCell(None, kind)
        if kind != "str":
            _short(value, MAX_VALUE)  # a number, an index, a flag or an ISO date
        if kind == "n":
            number = float(value) if any(c in value for c in ".Ee") else int(value)
            style = _int(cell.get("s", "0"))
            if style in self.book.date_styles:
                return self._date(number, style)
            return StreamCell(number, "n", style in self.book.percent_styles)
        if kind == "s":
            return StreamCell(self.book.strings[int(value)], "s")
        if kind == "b":
            return StreamCell(bool(int(value)), "b")
        if kind == "str":
            return StreamCell(value, "s")
        if kind == "d":
            from openpyxl.utils import datetime as excel_dates

            iso: Any = excel_dates.from_ISO8601  # untyped
            return StreamCell(iso(value), "d")
        return StreamCell(value, kind)

    def _date(self, number: float, style: int) -> StreamCell:
        from openpyxl.utils.datetime import from_excel

        duration = style in self.book.duration_styles
        try:
            return StreamCell(from_excel(number, self.book.epoch, timedelta=duration), "d")
        except (OverflowError, ValueError):
            return StreamCell("#VALUE!", "e")


MAX_FORMAT = 255
"""Longest number format code Excel accepts."""
MAX_REF = 16
"""Longest cell or row reference read (``XFD1048576`` is 10)."""
MAX_VALUE = 64
"""Longest number, index, flag or date text read from a cell."""


def _short(text: str, limit: int) -> str:
    """``text``, refused when longer than ``limit`` before any loop or expression sees it."""
    if len(text) > limit:
        raise ValueError(f"a value of {len(text)} characters where at most {limit} belong")
    return text


def _int(text: str | None) -> int:
    if not text:
        return 0
    _short(text, MAX_REF)
    try:
        return int(text)
    except ValueError:
        return int(float(text))


def _column(ref: str) -> int:
    """The 1-based column of an A1 reference."""
    column = 0
    for char in _short(ref, MAX_REF):
        if "A" <= char <= "Z":
            column = column * 26 + ord(char) - 64
        elif "a" <= char <= "z":
            column = column * 26 + ord(char) - 96
        else:
            break
    return column
