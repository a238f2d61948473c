"""The ONE table of input formats: what every command and folder scan reads, by extension.

An answers file is YAML or a questionnaire workbook (``.xlsx``, and ``.xlsm`` as Excel saves
it with macros, which are never run). Answers saved in a spreadsheet format that is not read
(``FOREIGN``) are refused by name, with the advice to save them as ``.xlsx``; a folder scan
names them too, rather than passing over a client's file in silence.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class InputFormat:
    """A format answers files are read from: its extensions, and whether it is a workbook."""

    name: str
    extensions: tuple[str, ...]
    workbook: bool = False


INPUTS: tuple[InputFormat, ...] = (
    InputFormat("yaml", (".yaml", ".yml")),
    InputFormat("xlsx", (".xlsx", ".xlsm"), workbook=True),
)
"""Every format answers (and model) files are read from."""

READ_EXTENSIONS: tuple[str, ...] = tuple(ext for f in INPUTS for ext in f.extensions)
"""What folder and glob scans pick up (lower case, with the dot)."""

WORKBOOK_EXTENSIONS: tuple[str, ...] = tuple(e for f in INPUTS if f.workbook for e in f.extensions)

FOREIGN: dict[str, str] = {
    ".xls": "xls",
    ".xlsb": "xlsb",
    ".ods": "ods",
    ".fods": "fods",
    ".numbers": "Numbers",
    ".csv": "CSV",
}
"""Extension → the name of a spreadsheet format that may hold answers but is not read."""


def input_format(path: Path | str) -> InputFormat | None:
    """The format ``path`` is read as, by its extension (any case); ``None`` if not read."""
    suffix = Path(path).suffix.lower()
    return next((f for f in INPUTS if suffix in f.extensions), None)


def foreign_kind(path: Path | str) -> str | None:
    """The spreadsheet format ``path`` is saved in when it is one that is not read."""
    return FOREIGN.get(Path(path).suffix.lower())
