"""JSON Lines: ``score``'s result documents, one compact JSON document per line, streamed.

Each line is the same document as one item of ``--format json``'s ``files`` (see
``schema result``), written and flushed as soon as its file is scored, so a reader of the pipe
(``jq``, DuckDB's ``read_json_auto``, Spark) sees each file at once and memory stays flat. A
file that fails gets no line; its errors go to stderr, as with every format.
"""

from __future__ import annotations

from typing import IO, TYPE_CHECKING

from siqassess.reports.formats.interface import ResultWriter

if TYPE_CHECKING:
    from siqassess.documents.result import FileResult


class JsonLinesWriter:
    """Writes one result document per line."""

    def __init__(self, out: IO[str]) -> None:
        self._out = out

    def add(self, doc: FileResult) -> None:
        """Write one file's result as one line (orjson: the frozen dataclasses, field order)."""
        import orjson

        self._out.write(orjson.dumps(doc, option=orjson.OPT_APPEND_NEWLINE).decode("utf-8"))
        self._out.flush()

    def close(self) -> None:
        """Nothing to finish: every line is complete (no lines at all when no file scored)."""


def score_writer(out: IO[str], *, detail: bool = False, lang: str = "en") -> ResultWriter:
    """One JSON document per scored file; ``detail`` and ``lang`` change nothing."""
    return JsonLinesWriter(out)
