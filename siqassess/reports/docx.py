"""Word documents (.docx) of the reports, built from the same HTML as the HTML report.

Every section a report's template has flows into Word without a second template: the HTML is
read into blocks (``reports.blocks``), and here headings become Word heading styles (the
navigation pane and a table of contents work), list items real Word lists, tables Word tables,
score bars small pictures in their cells, and the radar charts pictures (the SVG, with a PNG
beside it for readers that cannot show SVG). The document's language is set, so the spelling
checker works.

Text from files stays text: no field codes, and a hyperlink only for an ``http(s)`` evidence
link; an in-document link (``#leaf-F1.2``) is plain text. python-docx (MIT, well kept) writes
the package; it is imported only here, for ``-o report.docx``.
"""

from __future__ import annotations

import io
import re
from typing import TYPE_CHECKING, Any

from siqassess.reports.blocks import BlockChart, BlockParagraph, Blocks, BlockTable, Figure, Run
from siqassess.reports.blocks import parse as parse_blocks
from siqassess.reports.layout import column_widths
from siqassess.reports.png import chart_png

if TYPE_CHECKING:
    from docx.document import Document
    from docx.text.paragraph import Paragraph as DocxParagraph

_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SVG_EXT = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}"
_SVG_NS = "http://schemas.microsoft.com/office/drawing/2016/SVG/main"
_LIST_STYLES = {"bullet": "List Bullet", "number": "List Number"}


def _clean(text: str) -> str:
    return _XML_BAD.sub("", text)


def html_to_docx(html: str) -> bytes:
    """The Word document of one of our HTML reports."""
    try:
        import docx  # noqa: F401
    except ImportError:
        from siqassess.errors import Location, Problem, UsageError, msg

        raise UsageError(Problem.of(Location(""), msg("out_docx_missing"))) from None
    return blocks_to_docx(parse_blocks(html))


def blocks_to_docx(blocks: Blocks) -> bytes:
    """The Word document of a report's blocks."""
    import docx
    from docx.shared import Mm, Pt

    doc: Document = docx.Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(20)
    section.top_margin = section.bottom_margin = Mm(18)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(4)
    styles = {s.name for s in doc.styles if s.name}
    for block in blocks.blocks:
        if isinstance(block, BlockParagraph):
            paragraph = _paragraph(doc, block, styles)
            for run in block.runs:
                _write(paragraph, run)
        elif isinstance(block, Figure):
            _picture(doc.add_paragraph(), block.chart)
        else:
            _table(doc, block, styles)
    return _finish(doc, blocks)


def _paragraph(doc: Document, block: BlockParagraph, styles: set[str]) -> DocxParagraph:
    if block.heading is not None:
        heading: DocxParagraph = doc.add_heading("", block.heading)
        return heading
    style: str | None = None
    if block.listed is not None:
        base = _LIST_STYLES[block.listed]
        style = base if block.depth <= 1 else f"{base} {block.depth}"
    elif block.caption:
        style = "Caption"
    return doc.add_paragraph(style=style if style in styles else None)


def _table(doc: Document, block: BlockTable, styles: set[str]) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm

    table = doc.add_table(rows=0, cols=block.columns)
    if "BlockTable Grid" in styles:
        table.style = doc.styles["BlockTable Grid"]
    table.autofit = False
    # Word's small cells in whatever sans font stands in for Calibri (DejaVu Sans in
    # LibreOffice without it): 2.4 mm a character keeps a short word on one line.
    widths = [Mm(w) for w in column_widths(block, char_mm=2.4)]
    for row in block.rows:
        cells = table.add_row().cells
        for cell, width in zip(cells, widths, strict=True):
            cell.width = width
        if all(c.header for c in row):  # a header row repeats on every page
            properties = table.rows[-1]._tr.get_or_add_trPr()
            properties.append(OxmlElement("w:tblHeader"))
            properties[-1].set(qn("w:val"), "true")
        for cell, source in zip(cells, row, strict=False):
            paragraph = cell.paragraphs[0]
            for piece in source.pieces:
                if isinstance(piece, BlockChart):
                    _picture(paragraph, piece)
                else:
                    _write(paragraph, piece, small=True)
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width


def _finish(doc: Document, blocks: Blocks) -> bytes:
    """The document, its language set for the spelling checker."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    defaults = doc.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")) if defaults is not None else None
    if rpr is not None:
        for old in rpr.findall(qn("w:lang")):
            rpr.remove(old)
        lang = OxmlElement("w:lang")
        lang.set(qn("w:val"), blocks.lang)
        lang.set(qn("w:eastAsia"), blocks.lang)
        lang.set(qn("w:bidi"), blocks.lang)
        rpr.append(lang)
    doc.core_properties.language = blocks.lang
    doc.core_properties.title = _clean(blocks.title)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _write(paragraph: DocxParagraph, piece: Run, *, small: bool = False) -> None:
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


def _hyperlink(paragraph: DocxParagraph, text: str, url: str) -> None:
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


def _picture(paragraph: DocxParagraph, chart: BlockChart) -> None:
    """A chart: a bar (about 2.5 cm wide) or a radar chart (half the text width)."""
    from docx.shared import Cm

    scale = 2.0 if chart.bar else 0.75
    run = paragraph.add_run()
    run.add_picture(io.BytesIO(chart_png(chart.svg, scale)), width=Cm(2.4 if chart.bar else 8.5))
    if not chart.bar:
        _attach_svg(paragraph, run, chart.svg)


def _attach_svg(paragraph: DocxParagraph, run: Any, svg: str) -> None:
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
