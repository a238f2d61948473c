"""Where a questionnaire's problems are, and how they are told to the client who typed them.

The answers checks (io/answers.py) speak of ``score``, ``na`` and ``reason``, the keys of the
YAML file; a client filling in a workbook sees column headings. :meth:`XlsxSource.arrange`
rewords those findings in the headings of the workbook's language, and lists every problem in
sheet, row and column order, as a client reads the file.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace

from siqassess.errors import Location, Msg, Problem
from siqassess.i18n import quoted as quote
from siqassess.io.xlsx_text import text
from siqassess.io.yamlio import KeyPath, Source

_REF = re.compile(r"^(?P<sheet>.*)!(?P<col>[A-Z]+)(?P<row>[0-9]+)$")


def cell_msg(key: str, **values: object) -> Msg:
    """A message about a cell (catalogue key ``wb_err_<key>``)."""
    return Msg(f"wb_err_{key}", tuple(values.items()))


def warn_msg(key: str, **values: object) -> Msg:
    """A warning about a cell (catalogue key ``wb_warn_<key>``)."""
    return Msg(f"wb_warn_{key}", tuple(values.items()))


def quoted(lang: str, key: str) -> str:
    """A heading or word of the workbook, as the client sees it, in quotation marks."""
    return quote(lang, text(lang, key))


@dataclass
class XlsxSource(Source):
    """Maps key paths of the read data back to ``Sheet!Cell`` in the workbook."""

    cells: dict[tuple[str | int, ...], str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    """Cells that could not be read; their values are left out of the data."""
    warnings: list[Problem] = field(default_factory=list)
    """What was read but looks wrong (a date decades away, a renamed sheet): never fatal,
    fatal with ``--strict``."""
    sheets: list[str] = field(default_factory=list)
    """The workbook's sheets in order, for listing problems as the client reads them."""
    lang: str = "en"
    """The workbook's language: the headings the messages name are in it."""

    def locate(self, path: KeyPath) -> Location:
        """The cell of the longest known prefix of ``path``; the file when none is known."""
        key = tuple(path)
        while key:
            if key in self.cells:
                return Location(self.name, cell=self.cells[key])
            key = key[:-1]
        return Location(self.name, cell=self.cells.get((), ""))

    def arrange(self, problems: list[Problem]) -> list[Problem]:
        """The problems in the client's words, in sheet, row and column order."""
        return sorted((self._reword(p) for p in problems), key=self.order)

    def order(self, problem: Problem) -> tuple[int, int, int, str]:
        """Sheet, row and column of a problem; the file's own problems first."""
        cell = problem.location.cell
        found = _REF.match(cell)
        sheet = found.group("sheet") if found else cell
        position = self.sheets.index(sheet) + 1 if sheet in self.sheets else len(self.sheets) + 1
        if not cell:
            position = 0
        if not found:
            return (position, 0, 0, problem.message)
        column = 0
        for char in found.group("col"):
            column = column * 26 + ord(char) - 64
        return (position, int(found.group("row")), column, problem.message)

    def _reword(self, problem: Problem) -> Problem:
        said = problem.msg
        if said is None or not said.key.startswith("err_"):
            return replace(problem, path="") if problem.location.cell else problem
        lang = self.lang
        values = dict(said.params)
        new: Msg | None = None
        if said.key == "err_off_scale":
            new = off_scale(values["value"], values["min"], values["max"], values["step"])
        elif said.key == "err_score_and_na":
            new = cell_msg(
                "score_and_na",
                score=quoted(lang, "col_score"),
                na=quoted(lang, "col_na"),
                yes=text(lang, "yes"),
                no=text(lang, "no"),
            )
        elif said.key == "err_na_reason":
            new = cell_msg(
                "na_reason",
                na=quoted(lang, "col_na"),
                reason=quoted(lang, "col_reason"),
                yes=text(lang, "yes"),
            )
        if new is None:
            return replace(problem, path="") if problem.location.cell else problem
        return Problem(problem.location, new.text(lang))


def off_scale(value: object, low: object, high: object, step: object) -> Msg:
    """A value off the scale, with the one or two values a client most likely meant."""
    if not (isinstance(value, int | float) and isinstance(low, int) and isinstance(high, int)):
        return cell_msg("off_range", value=value, min=low, max=high)
    first, last, size = low, high, step if isinstance(step, int) else 0
    if not first <= value <= last or size <= 0:
        return cell_msg("off_range", value=_shown(value), min=first, max=last)
    below = first + math.floor((value - first) / size) * size
    return cell_msg("off_step", value=_shown(value), below=below, above=below + size)


def _shown(value: float) -> str | int | float:
    return int(value) if float(value).is_integer() else value
