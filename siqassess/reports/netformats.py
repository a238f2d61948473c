"""The formats of ``trend`` and ``benchmark``, a plain text table, and their PDF path.

Both commands write table, md, html, pdf, xlsx, json and jsonl; the format comes from
``--format``, else ``-o``'s extension, else the table (as ``pick_format`` does for the others).
The PDF is the HTML report laid out by the project's one PDF engine (``reports.pdf``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from siqassess.errors import UsageError, msg
from siqassess.reports.formats.interface import Rendered

NAMES = ("table", "md", "html", "pdf", "xlsx", "json", "jsonl")
BINARY = frozenset({"pdf", "xlsx"})
EXTENSIONS = {
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
    ".xlsx": "xlsx",
    ".json": "json",
    ".jsonl": "jsonl",
}


def format_help() -> str:
    """The help text of ``--format``."""
    return f"{', '.join(NAMES)} (default: from -o's extension, else table)."


def pick(command: str, fmt: str | None, output: Path | None) -> str:
    """The format to write: ``--format``, else ``-o``'s extension, else ``table``."""
    suffix = output.suffix.lower() if output is not None else ""
    from_ext = EXTENSIONS.get(suffix) if suffix else None
    allowed = ", ".join(NAMES)
    if fmt is not None:
        if fmt not in NAMES:
            raise UsageError(
                msg("fmt_cannot_write", command=command, fmt=repr(fmt), allowed=allowed)
            )
        if from_ext is not None and from_ext != fmt and output is not None:
            raise UsageError(msg("fmt_contradicts", fmt=fmt, name=repr(output.name), ext=from_ext))
        return fmt
    if not suffix or output is None:
        return "table"
    if from_ext is None:
        known = ", ".join(sorted(EXTENSIONS))
        raise UsageError(msg("fmt_unknown_ext", name=repr(output.name), known=known))
    return from_ext


def text_table(head: Sequence[str], body: Sequence[Sequence[str]], width: int = 100) -> str:
    """Columns padded to their widest cell; the first column cut to fit ``width``."""
    rest = [max(len(row[i]) for row in [head, *body]) for i in range(1, len(head))]
    room = max(12, width - sum(w + 2 for w in rest))
    first = min(room, max(len(row[0]) for row in [head, *body]))

    def line(row: Sequence[str]) -> str:
        label = row[0] if len(row[0]) <= first else row[0][: first - 1] + "…"
        cells = [label.ljust(first)]
        cells += [cell.rjust(w) for cell, w in zip(row[1:], rest, strict=True)]
        return "  ".join(cells).rstrip()

    rule = "  ".join(["-" * first, *("-" * w for w in rest)])
    return "\n".join([line(head), rule, *(line(row) for row in body)])


def pdf_of(html: str) -> Rendered:
    """A PDF of a self-contained HTML report, through the project's PDF engine."""
    from siqassess.reports.pdf import html_to_pdf

    return Rendered(data=html_to_pdf(html))
