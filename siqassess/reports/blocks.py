"""The HTML report as a typed tree of blocks: what the Word and the PDF writers both lay out.

One walk of the rendered HTML (an :class:`HTMLParser`, no network, no files) gives headings,
paragraphs of inline runs (bold, italic, an ``http(s)`` link), list items, tables with their
header rows, and charts (the inline SVG). A report's template thus reaches every writer
without a second template per format. Text is kept as text: nothing here is ever markup again.

The walk also notes what a custom HTML template asks to load from outside (an ``<img src>``, a
stylesheet, an attachment, a CSS ``@import``): nothing is ever fetched, and the PDF writer
refuses such a template rather than leave the reference out silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Literal

_SVG = re.compile(r"<svg\b.*?</svg>", re.S)
_SPACE = re.compile(r"\s+")
_SKIP = frozenset({"head", "style", "script", "title", "template", "noscript"})
_BLOCK = frozenset(
    {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "tr", "td", "th",
     "thead", "tbody", "section", "article", "header", "main", "footer", "nav", "figure",
     "figcaption", "dl", "dt", "dd", "br", "blockquote", "pre", "aside"}
)  # fmt: skip
_VOID = frozenset({"img", "br", "hr", "meta", "link", "input", "col", "source", "wbr"})
_LOCALES = {"sv": "sv-SE", "en": "en-GB"}
_FETCHING = {
    "img": "src",
    "link": "href",
    "object": "data",
    "embed": "src",
    "iframe": "src",
    "frame": "src",
    "video": "src",
    "audio": "src",
    "source": "src",
    "track": "src",
    "image": "href",
    "input": "src",
}
_CSS_FETCH = re.compile(r"@import|url\s*\(", re.I)
_BAR_VALUE = re.compile(r'class="value" x="[\d.]+" y="[\d.]+" width="([\d.]+)"')
_BAR_TARGET = re.compile(r'class="target" x1="([\d.]+)"')


@dataclass(frozen=True)
class Run:
    """A run of text: bold, italic, and perhaps an ``http(s)`` link."""

    text: str
    bold: bool = False
    italic: bool = False
    href: str | None = None


@dataclass(frozen=True)
class BlockChart:
    """A chart, as the report's own inline SVG: a score bar or a radar chart."""

    svg: str

    @property
    def bar(self) -> bool:
        """Whether this is a small score bar (laid out about 2.5 cm wide) or a radar chart."""
        return 'class="bar"' in self.svg[:200]

    def bar_parts(self) -> tuple[float | None, float | None]:
        """A score bar's filled share and its target tick's place, each 0–1 (or None)."""
        value = _BAR_VALUE.search(self.svg)
        target = _BAR_TARGET.search(self.svg)
        share = min(1.0, float(value.group(1)) / 100.0) if value else None
        tick = min(1.0, max(0.0, (float(target.group(1)) - 0.5) / 100.0)) if target else None
        return share, tick


@dataclass(frozen=True)
class BlockParagraph:
    """A paragraph, a heading (``heading`` 0 is the title, 1–4 the levels) or a list item.

    ``listed`` is the kind of list an item is in, ``depth`` how deeply it is nested (1 at the
    top); ``caption`` marks a figure's caption, ``kpi`` a key figure.
    """

    runs: tuple[Run, ...]
    heading: int | None = None
    listed: Literal["bullet", "number"] | None = None
    depth: int = 0
    caption: bool = False
    kpi: bool = False
    """A key figure: its value and label, one of a row of boxes."""


@dataclass(frozen=True)
class Figure:
    """A chart standing on its own, between paragraphs."""

    chart: BlockChart


@dataclass(frozen=True)
class Cell:
    """A table cell: runs and charts (a score bar); ``header`` for a ``<th>``."""

    pieces: tuple[Run | BlockChart, ...]
    header: bool = False


@dataclass(frozen=True)
class BlockTable:
    """A table's rows; a row whose cells are all headers repeats on every page."""

    rows: tuple[tuple[Cell, ...], ...]

    @property
    def columns(self) -> int:
        """The number of columns: the longest row's."""
        return max(len(r) for r in self.rows)


Block = BlockParagraph | Figure | BlockTable


@dataclass(frozen=True)
class Blocks:
    """A report's blocks, its language (``sv-SE``, ``en-GB``) and what it asked to fetch."""

    blocks: tuple[Block, ...]
    lang: str = "en-GB"
    fetches: tuple[str, ...] = ()

    @property
    def title(self) -> str:
        """The text of the report's title (its first ``<h1>``), or nothing."""
        for block in self.blocks:
            if isinstance(block, BlockParagraph) and block.heading == 0:
                return "".join(r.text for r in block.runs)
        return ""


def parse(html: str) -> Blocks:
    """The blocks of one of our HTML reports."""
    charts: list[str] = []

    def keep(found: re.Match[str]) -> str:
        charts.append(found.group(0))
        return f'<img data-chart="{len(charts) - 1}">'

    walk = _Walk(charts)
    walk.feed(_SVG.sub(keep, html))
    walk.close()
    return walk.finish()


@dataclass
class _Open:
    """A paragraph being written: its kind is fixed when its first text arrives."""

    heading: int | None
    listed: Literal["bullet", "number"] | None
    depth: int
    caption: bool
    kpi: bool = False
    runs: list[Run] = field(default_factory=list)

    def done(self) -> BlockParagraph:
        runs = tuple(self.runs)
        return BlockParagraph(runs, self.heading, self.listed, self.depth, self.caption, self.kpi)


@dataclass
class _OpenCell:
    pieces: list[Run | BlockChart] = field(default_factory=list)
    header: bool = False


class _Walk(HTMLParser):
    """Walks the HTML once, collecting paragraphs, list items, tables and charts."""

    def __init__(self, charts: list[str]) -> None:
        super().__init__(convert_charrefs=True)
        self.charts = charts
        self.out: list[Block | _Open] = []
        self.fetches: list[str] = []
        self.skip = 0
        self.in_style = 0
        self.hidden: list[str] = []  # tags opened inside aria-hidden, to find its end
        self.para: _Open | None = None
        self.style: str | None = None  # "heading", "caption", "list" or None
        self.heading = 0
        self.lists: list[Literal["bullet", "number"]] = []
        self.item: tuple[Literal["bullet", "number"], int] = ("bullet", 0)
        self.bold = 0
        self.italic = 0
        self.href: str | None = None
        self.rows: list[list[_OpenCell]] | None = None
        self.cell: _OpenCell | None = None
        self.lang = "en-GB"
        self.spaced: list[bool] = []
        self.opened: list[str] = []  # open elements, outside skipped and hidden ones
        self.inline = 0  # depth of the key figure being written, 0 outside one

    # -- the walk --

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self._note_fetch(tag, a)
        if self.hidden:
            if tag not in _VOID:
                self.hidden.append(tag)
            return
        if tag == "html" and a.get("lang"):
            self.lang = _LOCALES.get(a["lang"].lower(), a["lang"])
        if tag in _SKIP:
            self.skip += 1
            self.in_style += tag == "style"
            return
        if self.skip:
            return
        if a.get("aria-hidden") == "true" and tag != "img":
            self.hidden.append(tag)
            return
        if tag == "div" and "kpi" in a.get("class", "").split():
            self.inline = len(self.opened) + 1
        self.opened.append(tag)
        if tag in _BLOCK and tag != "dd" and not self._inline_div(tag):
            self.para = None
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.heading = min(int(tag[1]), 4) if tag != "h1" else 0
            self.style = "heading"
        elif tag in ("ul", "ol"):
            self.lists.append("number" if tag == "ol" else "bullet")
        elif tag == "li":
            self.item = (self.lists[-1] if self.lists else "bullet", min(len(self.lists), 3))
            self.style = "list"
        elif tag == "table":
            self.rows = []
        elif tag == "tr" and self.rows is not None:
            self.rows.append([])
        elif tag in ("td", "th") and self.rows is not None:
            self.cell = _OpenCell(header=tag == "th")
            if self.rows:
                self.rows[-1].append(self.cell)
        elif tag == "figcaption":
            self.style = "caption"
        elif tag in ("strong", "b", "dt", "th"):
            self.bold += 1
        elif tag in ("em", "i"):
            self.italic += 1
        elif tag == "a":
            href = a.get("href", "")
            self.href = href if href.lower().startswith(("http://", "https://")) else None
        elif tag == "img" and "data-chart" in a:
            self._chart(self.charts[int(a["data-chart"])])
        if tag in ("span", "a"):  # an id ("F1.4") is followed by a space before its text
            self.spaced.append("id" in a.get("class", "").split())

    def handle_endtag(self, tag: str) -> None:
        if self.hidden:
            self.hidden.pop()
            return
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
            self.in_style = max(0, self.in_style - (tag == "style"))
            return
        if self.skip:
            return
        depth = len(self.opened)
        if self.opened:
            self.opened.pop()
        if tag in ("span", "a") and self.spaced and self.spaced.pop():
            self._text(" ")
        if tag == "div" and self.inline and depth > self.inline:
            self._text(" ")  # a key figure's value and label stay one paragraph
            return
        if depth == self.inline:
            self.inline = 0
        if tag in ("strong", "b", "dt", "th"):
            self.bold = max(0, self.bold - 1)
        elif tag in ("em", "i"):
            self.italic = max(0, self.italic - 1)
        elif tag == "a":
            self.href = None
        if tag == "dt":
            self._text(": ")
            return
        if tag in ("ul", "ol") and self.lists:
            self.lists.pop()
        if tag in ("td", "th"):
            self.cell = None
        if tag == "table" and self.rows is not None:
            rows, self.rows = self.rows, None
            self._table(rows)
        if tag in _BLOCK:
            self.para = None
            self.style = None

    def handle_data(self, data: str) -> None:
        if self.in_style and _CSS_FETCH.search(data):
            self.fetches.append(_CSS_FETCH.search(data).group(0))  # type: ignore[union-attr]
        if self.skip or self.hidden:
            return
        self._text(_SPACE.sub(" ", data))

    def _note_fetch(self, tag: str, a: dict[str, str]) -> None:
        """Remember a reference the HTML engine of a browser would load (never loaded here)."""
        attr = _FETCHING.get(tag)
        target = a.get(attr, "") if attr else ""
        if tag == "image" and not target:
            target = a.get("xlink:href", "")
        if tag == "a" and "attachment" in a.get("rel", "").split():
            target = a.get("href", "") or "attachment"
        if _CSS_FETCH.search(a.get("style", "")):
            target = a["style"]
        if target:
            self.fetches.append(f"<{tag}> {target}")

    def _inline_div(self, tag: str) -> bool:
        """Whether ``tag`` is a ``div`` inside a key figure (value and label on one line)."""
        return tag == "div" and bool(self.inline) and len(self.opened) > self.inline

    # -- collecting --

    def _run(self, text: str) -> Run:
        return Run(text, self.bold > 0, self.italic > 0, self.href)

    def _text(self, text: str) -> None:
        if self.rows is not None:
            if self.cell is not None and (text.strip() or self.cell.pieces):
                self.cell.pieces.append(self._run(text))
            return
        if self.para is None:
            if not text.strip():
                return
            text = text.lstrip()
            self.para = self._new_paragraph()
        self.para.runs.append(self._run(text))

    def _new_paragraph(self) -> _Open:
        if self.style == "heading":
            para = _Open(self.heading, None, 0, False)
        elif self.style == "list":
            para = _Open(None, self.item[0], self.item[1], False)
        else:
            para = _Open(None, None, 0, self.style == "caption", bool(self.inline))
        self.out.append(para)
        return para

    def _chart(self, svg: str) -> None:
        if self.rows is not None:
            if self.cell is not None:
                self.cell.pieces.append(BlockChart(svg))
            return
        self.para = None
        self.out.append(Figure(BlockChart(svg)))

    def _table(self, rows: list[list[_OpenCell]]) -> None:
        kept = tuple(tuple(Cell(_trimmed(c.pieces), c.header) for c in r) for r in rows if r)
        if kept:
            self.out.append(BlockTable(kept))
        self.para = None

    def finish(self) -> Blocks:
        """The blocks collected."""
        done = tuple(b.done() if isinstance(b, _Open) else b for b in self.out)
        return Blocks(done, self.lang, tuple(self.fetches))


def _trimmed(pieces: list[Run | BlockChart]) -> tuple[Run | BlockChart, ...]:
    """A cell's pieces with the whitespace at its ends dropped."""
    out = [p for p in pieces if isinstance(p, BlockChart) or p.text]
    if out and isinstance(out[0], Run):
        out[0] = Run(out[0].text.lstrip(), out[0].bold, out[0].italic, out[0].href)
    if out and isinstance(out[-1], Run):
        out[-1] = Run(out[-1].text.rstrip(), out[-1].bold, out[-1].italic, out[-1].href)
    return tuple(p for p in out if isinstance(p, BlockChart) or p.text)
