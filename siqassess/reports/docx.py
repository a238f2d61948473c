"""Word documents (.docx) of the reports, built from the same HTML as the HTML report.

Every section a report's template has flows into Word without a second template: headings
become Word heading styles (the navigation pane and a table of contents work), lists real
Word lists, tables Word tables, score bars small pictures in their cells, and the radar
charts pictures (the SVG, with a PNG beside it for readers that cannot show SVG). The
document's language is set, so the spelling checker works.

Text from files stays text: no field codes, and a hyperlink only for an ``http(s)`` evidence
link; an in-document link (``#leaf-F1.2``) is plain text. python-docx (MIT, well kept) writes
the package; it is imported only here, for ``-o report.docx``.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import TYPE_CHECKING, Any

from siqassess.reports.png import chart_png, svg_size

if TYPE_CHECKING:
    from docx.document import Document
    from docx.text.paragraph import Paragraph

_SVG = re.compile(r"<svg\b.*?</svg>", re.S)
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SPACE = re.compile(r"\s+")
_SKIP = frozenset({"head", "style", "script", "title", "template", "noscript"})
_BLOCK = frozenset(
    {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "tr", "td", "th",
     "thead", "tbody", "section", "article", "header", "main", "footer", "nav", "figure",
     "figcaption", "dl", "dt", "dd", "br", "blockquote", "pre", "aside"}
)  # fmt: skip
_VOID = frozenset({"img", "br", "hr", "meta", "link", "input", "col", "source", "wbr"})
_LOCALES = {"sv": "sv-SE", "en": "en-GB"}
_SVG_EXT = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}"
_SVG_NS = "http://schemas.microsoft.com/office/drawing/2016/SVG/main"


@dataclass
class _Piece:
    """A run of text (bold, italic, maybe an http(s) link) or a chart (``svg``)."""

    text: str = ""
    bold: bool = False
    italic: bool = False
    href: str | None = None
    svg: str | None = None


@dataclass
class _Cell:
    pieces: list[_Piece] = field(default_factory=list)
    header: bool = False


def _clean(text: str) -> str:
    return _XML_BAD.sub("", text)


def html_to_docx(html: str) -> bytes:
    """The Word document of one of our HTML reports."""
    try:
        import docx  # noqa: F401
    except ImportError:
        from siqassess.errors import Location, Problem, UsageError, msg

        raise UsageError(Problem.of(Location(""), msg("out_docx_missing"))) from None
    charts: list[str] = []

    def keep(found: re.Match[str]) -> str:
        charts.append(found.group(0))
        return f'<img data-chart="{len(charts) - 1}">'

    builder = _Builder(charts)
    builder.feed(_SVG.sub(keep, html))
    builder.close()
    return builder.finish()


class _Builder(HTMLParser):
    """Walks the HTML once, writing paragraphs, lists and tables into a python-docx document."""

    def __init__(self, charts: list[str]) -> None:
        super().__init__(convert_charrefs=True)
        import docx
        from docx.shared import Mm, Pt

        self.doc: Document = docx.Document()
        section = self.doc.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(20)
        section.top_margin = section.bottom_margin = Mm(18)
        normal = self.doc.styles["Normal"]
        normal.font.size = Pt(10)
        normal.paragraph_format.space_after = Pt(4)
        self.charts = charts
        self.styles = _styles(self.doc)
        self.skip = 0
        self.hidden: list[str] = []  # tags opened inside aria-hidden, to find its end
        self.para: Paragraph | None = None
        self.style: str | None = None
        self.heading = 0
        self.lists: list[str] = []
        self.bold = 0
        self.italic = 0
        self.href: str | None = None
        self.rows: list[list[_Cell]] | None = None
        self.cell: _Cell | None = None
        self.lang = "en-GB"
        self.spaced: list[bool] = []
        self.opened: list[str] = []  # open elements, outside skipped and hidden ones
        self.inline = 0  # depth of the key figure being written, 0 outside one

    # -- the walk --

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if self.hidden:
            if tag not in _VOID:
                self.hidden.append(tag)
            return
        if tag == "html" and a.get("lang"):
            self.lang = _LOCALES.get(a["lang"].lower(), a["lang"])
        if tag in _SKIP:
            self.skip += 1
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
            self._end_paragraph()
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.heading = min(int(tag[1]), 4) if tag != "h1" else 0
            self.style = "heading"
        elif tag in ("ul", "ol"):
            self.lists.append("List Number" if tag == "ol" else "List Bullet")
        elif tag == "li":
            depth = min(len(self.lists), 3)
            base = self.lists[-1] if self.lists else "List Bullet"
            self.style = base if depth <= 1 else f"{base} {depth}"
        elif tag == "table":
            self.rows = []
        elif tag == "tr" and self.rows is not None:
            self.rows.append([])
        elif tag in ("td", "th") and self.rows is not None:
            self.cell = _Cell(header=tag == "th")
            if self.rows:
                self.rows[-1].append(self.cell)
        elif tag == "figcaption":
            self.style = "Caption"
        elif tag in ("strong", "b", "dt", "th"):
            self.bold += 1
        elif tag in ("em", "i"):
            self.italic += 1
        elif tag == "a":
            href = a.get("href", "")
            self.href = href if href.lower().startswith(("http://", "https://")) else None
        elif tag == "img" and "data-chart" in a:
            self._chart(self.charts[int(a["data-chart"])])
        if tag == "span":
            self.spaced.append("id" in a.get("class", "").split())

    def handle_endtag(self, tag: str) -> None:
        if self.hidden:
            self.hidden.pop()
            return
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if self.skip:
            return
        depth = len(self.opened)
        if self.opened:
            self.opened.pop()
        if tag == "span" and self.spaced and self.spaced.pop():
            self._text(" ")
        if self._inline_div(tag) and depth > self.inline:
            self._text(" ")
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
            self._end_paragraph()
            self.style = None

    def handle_data(self, data: str) -> None:
        if self.skip or self.hidden:
            return
        self._text(_SPACE.sub(" ", data))

    def _inline_div(self, tag: str) -> bool:
        """Whether ``tag`` is a ``div`` inside a key figure (value and label on one line)."""
        return tag == "div" and bool(self.inline) and len(self.opened) > self.inline

    # -- writing --

    def _end_paragraph(self) -> None:
        self.para = None

    def _piece(self) -> _Piece:
        return _Piece(bold=self.bold > 0, italic=self.italic > 0, href=self.href)

    def _text(self, text: str) -> None:
        if self.rows is not None:
            if self.cell is not None and (text.strip() or self.cell.pieces):
                piece = self._piece()
                piece.text = text
                self.cell.pieces.append(piece)
            return
        if self.para is None:
            if not text.strip():
                return
            text = text.lstrip()
            self.para = self._new_paragraph()
        piece = self._piece()
        piece.text = text
        _write(self.para, piece)

    def _new_paragraph(self) -> Paragraph:
        if self.style == "heading":
            heading: Paragraph = self.doc.add_heading("", self.heading)
            return heading
        style = self.style if self.style in self.styles else None
        return self.doc.add_paragraph(style=style)

    def _chart(self, svg: str) -> None:
        if self.rows is not None:
            if self.cell is not None:
                self.cell.pieces.append(_Piece(svg=svg))
            return
        self._end_paragraph()
        paragraph = self.doc.add_paragraph()
        _picture(paragraph, svg)

    def _table(self, rows: list[list[_Cell]]) -> None:
        rows = [r for r in rows if r]
        if not rows:
            return
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        columns = max(len(r) for r in rows)
        table = self.doc.add_table(rows=0, cols=columns)
        if "Table Grid" in self.styles:
            table.style = self.doc.styles["Table Grid"]
        table.autofit = False
        widths = _widths(rows, columns)
        for row in rows:
            cells = table.add_row().cells
            for cell, width in zip(cells, widths, strict=True):
                cell.width = width
            if all(c.header for c in row):  # a header row repeats on every page
                properties = table.rows[-1]._tr.get_or_add_trPr()
                properties.append(OxmlElement("w:tblHeader"))
                properties[-1].set(qn("w:val"), "true")
            for cell, source in zip(cells, row, strict=False):
                paragraph = cell.paragraphs[0]
                for piece in _trimmed(source.pieces):
                    if piece.svg is not None:
                        _picture(paragraph, piece.svg)
                    else:
                        _write(paragraph, piece, small=True)
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width
        self.para = None

    def finish(self) -> bytes:
        """The document, its language set for the spelling checker."""
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        styles = self.doc.styles.element
        defaults = styles.find(qn("w:docDefaults"))
        rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")) if defaults is not None else None
        if rpr is not None:
            for old in rpr.findall(qn("w:lang")):
                rpr.remove(old)
            lang = OxmlElement("w:lang")
            lang.set(qn("w:val"), self.lang)
            lang.set(qn("w:eastAsia"), self.lang)
            lang.set(qn("w:bidi"), self.lang)
            rpr.append(lang)
        self.doc.core_properties.language = self.lang
        self.doc.core_properties.title = _clean(self._title())
        out = io.BytesIO()
        self.doc.save(out)
        return out.getvalue()

    def _title(self) -> str:
        for paragraph in self.doc.paragraphs:
            if paragraph.style is not None and paragraph.style.name == "Title":
                return paragraph.text
        return ""


def _styles(doc: Document) -> set[str]:
    return {s.name for s in doc.styles if s.name}


def _trimmed(pieces: list[_Piece]) -> list[_Piece]:
    """A cell's pieces with the whitespace at its ends dropped."""
    out = [p for p in pieces if p.svg is not None or p.text]
    if out and out[0].svg is None:
        out[0].text = out[0].text.lstrip()
    if out and out[-1].svg is None:
        out[-1].text = out[-1].text.rstrip()
    return [p for p in out if p.svg is not None or p.text]


def _widths(rows: list[list[_Cell]], columns: int) -> list[Any]:
    """Column widths over the 170 mm text width: charts 26 mm, text by its longest cell."""
    from docx.shared import Mm

    need = [0.0] * columns
    for row in rows:
        for i, cell in enumerate(row[:columns]):
            if any(p.svg is not None for p in cell.pieces):
                need[i] = max(need[i], -1.0)
                continue
            length = len("".join(p.text for p in cell.pieces).strip())
            need[i] = max(need[i], min(float(length), 60.0)) if need[i] >= 0 else need[i]
    charts = sum(1 for n in need if n < 0)
    free = 170.0 - 26.0 * charts
    text = [max(n, 3.0) for n in need if n >= 0]
    total = sum(text) or 1.0
    return [Mm(26) if n < 0 else Mm(max(12.0, free * max(n, 3.0) / total)) for n in need]


def _write(paragraph: Paragraph, piece: _Piece, *, small: bool = False) -> None:
    text = _clean(piece.text)
    if not text:
        return
    if piece.href is None:
        from docx.shared import Pt

        run = paragraph.add_run(text)
        run.bold = piece.bold or None
        run.italic = piece.italic or None
        if small:
            run.font.size = Pt(9)
        return
    _hyperlink(paragraph, text, _clean(piece.href))


def _hyperlink(paragraph: Paragraph, text: str, url: str) -> None:
    """An external http(s) link: a ``w:hyperlink`` with its relationship, not a field."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rid = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rid)
    run = OxmlElement("w:r")
    properties = OxmlElement("w:rPr")
    colour = OxmlElement("w:color")
    colour.set(qn("w:val"), "1F3A5F")
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    properties.extend([colour, underline])
    words = OxmlElement("w:t")
    words.text = text
    words.set(qn("xml:space"), "preserve")
    run.extend([properties, words])
    link.append(run)
    paragraph._p.append(link)


def _picture(paragraph: Paragraph, svg: str) -> None:
    """A chart: a bar (about 2.5 cm wide) or a radar chart (half the text width)."""
    from docx.shared import Cm

    width, height = svg_size(svg)
    bar = 'class="bar"' in svg[:200]
    scale = 2.0 if bar else 0.75
    run = paragraph.add_run()
    run.add_picture(io.BytesIO(chart_png(svg, scale)), width=Cm(2.4 if bar else 8.5))
    if not bar:
        _attach_svg(paragraph, run, svg)
    del width, height


def _attach_svg(paragraph: Paragraph, run: Any, svg: str) -> None:
    """Give the picture its SVG (Word 2016 and later show it; others show the PNG)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    part = paragraph.part
    package = part.package
    name = PackURI(package.next_partname("/word/media/chart%d.svg"))
    svg_part = Part(name, "image/svg+xml", svg.encode("utf-8"), package)
    rid = part.relate_to(svg_part, RT.IMAGE)
    blips = run._r.xpath(".//a:blip")
    if not blips:
        return
    ext = parse_xml(
        '<a:extLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<a:ext uri="{_SVG_EXT}"><asvg:svgBlip xmlns:asvg="{_SVG_NS}" r:embed="{rid}"/>'
        "</a:ext></a:extLst>"
    )
    blips[0].append(ext)
