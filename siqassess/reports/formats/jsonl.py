"""JSON Lines: ``score``'s result documents, one compact JSON document per line, streamed.

Each line is the same document as one item of ``--format json``'s ``files`` (see
``schema result``), written and flushed as soon as its file is scored, so a reader of the pipe
(``jq``, DuckDB's ``read_json_auto``, Spark) sees each file at once and memory stays flat. A
file that fails gets no line; its errors go to stderr, as with every format.
"""

from __future__ import annotations

from typing import IO, TYPE_CHECKING

from siqassess.reports.formats.interface import ResultWriter
from siqassess.reports.results import json_line

if TYPE_CHECKING:
    from siqassess.documents.result import FileResult


class JsonLinesWriter:
    """Writes one result document per line."""

    encode = staticmethod(json_line)  # runs where the file is scored (score --jobs)

    def __init__(self, out: IO[str]) -> None:
        self._out = out

    def add(self, doc: FileResult) -> None:
        """Write one file's result as one line (orjson: the frozen dataclasses, field order)."""
        self.add_encoded(json_line(doc))

    def add_encoded(self, piece: str) -> None:
        """Write one file's line (from :func:`~siqassess.reports.results.json_line`)."""
        self._out.write(piece + "\n")
        self._out.flush()

    def close(self) -> None:
        """Nothing to finish: every line is complete (no lines at all when no file scored)."""


def score_writer(out: IO[str], *, detail: bool = False, lang: str = "en") -> ResultWriter:
    """One JSON document per scored file; ``detail`` and ``lang`` change nothing."""
    return JsonLinesWriter(out)
