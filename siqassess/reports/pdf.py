"""PDF reports: the report's blocks laid out on A4 by Typst, through its Python binding.

``pip install 'siqassess[pdf]'`` installs ``typst`` (a wheel with the compiler and its fonts
built in; no system library). Without it, asking for PDF is a usage error (exit 2) naming that
command.

The report reaches Typst only as data: its HTML is read into blocks (``reports.blocks``), the
blocks go to ONE static template (``templates/pdf.typ``, or ``pdf.typ`` in ``--template-dir``)
as JSON in ``sys.inputs``, and the template shows every text as text. Report text is never
pasted into Typst markup, where ``#`` would run code. Typst's root is a fresh temporary folder
holding only the template, so a template can read no other file; Typst itself fetches no URL.
"""

from __future__ import annotations

import importlib.resources
import re
import tempfile
from pathlib import Path
from typing import Any, NoReturn

import orjson

from siqassess.errors import Location, Problem, UsageError, msg
from siqassess.reports.blocks import Blocks
from siqassess.reports.blocks import parse as parse_blocks
from siqassess.reports.pdf_encode import encode
from siqassess.reports.render import TemplateProblem

TEMPLATE = "pdf.typ"
"""The name of a custom PDF template in ``--template-dir``."""

MAX_TEMPLATE_BYTES = 1024 * 1024
# What could reach past the temporary root: a package spec (Typst downloads "@preview/…" from
# its registry), the words that load code or modules (import, include), and eval, which runs
# a string as code, so also std, through which eval can be reached under another name.
_REACH = re.compile(r"""(?<![\w-])(import|include|eval|std|plugin)(?![\w-])|"\s*@""")
_WHERE = re.compile(r"┌─ (?:.*/)?[^/\s]+:(\d+):(\d+)")


def html_to_pdf(html: str, template_dir: Path | None = None) -> bytes:
    """The A4 PDF of one of our HTML reports (``pdf.typ`` in ``template_dir`` lays it out)."""
    blocks = parse_blocks(html)
    if blocks.fetches:
        where = Location(str(template_dir) if template_dir else "")
        raise TemplateProblem(Problem.of(where, msg("pdf_fetch", what=blocks.fetches[0][:200])))
    return blocks_to_pdf(blocks, template_dir)


def blocks_to_pdf(blocks: Blocks, template_dir: Path | None = None) -> bytes:
    """The A4 PDF of a report's blocks."""
    try:
        import typst
    except ImportError:
        _missing()
    source, name = _template(template_dir)
    data = orjson.dumps(encode(blocks)).decode()
    with tempfile.TemporaryDirectory(prefix="siqassess-pdf-") as root:
        main = Path(root) / "main.typ"
        main.write_bytes(source)
        try:
            compiled = typst.compile(
                str(main),
                root=root,
                format="pdf",
                sys_inputs={"report": data},
                ignore_system_fonts=True,
                font_paths=[],
                package_path=str(Path(root) / "packages"),
                package_cache_path=str(Path(root) / "cache"),
            )
        except typst.TypstError as exc:
            raise _problem(exc, name, root) from None
    assert isinstance(compiled, bytes)
    return compiled


def _missing() -> NoReturn:
    raise UsageError(Problem.of(Location(""), msg("pdf_missing")))


def _template(template_dir: Path | None) -> tuple[bytes, str]:
    """The template's source and the name its problems point at: the user's or ours."""
    if template_dir is not None:
        custom = template_dir / TEMPLATE
        if custom.exists() or custom.is_symlink():
            from siqassess.io.files import read_bytes

            source = read_bytes(custom, MAX_TEMPLATE_BYTES)
            text = source.decode("utf-8", errors="replace")
            found = _REACH.search(text)
            if found:
                line = text.count("\n", 0, found.start()) + 1
                column = found.start() - (text.rfind("\n", 0, found.start()) + 1) + 1
                where = Location(str(custom), line, column)
                word = found.group(1) or '"@'
                raise TemplateProblem(Problem.of(where, msg("pdf_reach", word=word)))
            return source, str(custom)
    built_in = importlib.resources.files("siqassess.reports") / "templates" / TEMPLATE
    return built_in.read_bytes(), "siqassess/" + TEMPLATE


def _problem(exc: Any, name: str, root: str) -> TemplateProblem:
    """A Typst error as one line at the template's ``file:line:column``."""
    found = _WHERE.search(str(getattr(exc, "diagnostic", "") or ""))
    where = Location(name, int(found.group(1)), int(found.group(2))) if found else Location(name)
    detail = str(getattr(exc, "message", "") or exc).replace(root, "").splitlines()[0]
    return TemplateProblem(Problem.of(where, msg("pdf_template", detail=detail[:300])))
