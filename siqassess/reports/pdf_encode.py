"""A report's blocks as the JSON ``templates/pdf.typ`` walks (README: PDF templates).

Each kind of block and piece is a ``TypedDict``, so the keys the template reads are typed here;
the JSON is the dicts as they are, keys in the order written.
"""

from __future__ import annotations

from typing import Literal, TypedDict

from siqassess.reports.blocks import BlockChart, BlockParagraph, Blocks, BlockTable, Figure, Run
from siqassess.reports.layout import bounded, column_widths

TEXT_WIDTH = 174.0
"""The A4 page's text width (mm) that table columns share."""


class TextPiece(TypedDict):
    """A run of text: bold, italic, a link (``None`` when it is none, or too long)."""

    text: str
    b: bool
    i: bool
    href: str | None


class BarPiece(TypedDict):
    """A score bar, drawn by Typst: filled share and target tick, each 0–1."""

    chart: Literal["bar"]
    value: float | None
    target: float | None


class SvgPiece(TypedDict):
    """A chart as SVG."""

    chart: Literal["svg"]
    svg: str


Piece = TextPiece | BarPiece | SvgPiece


class ChartItem(TypedDict):
    """One chart of a row of charts, and its caption."""

    chart: Piece
    caption: list[Piece]


class ChartsBlock(TypedDict):
    """Charts side by side (at most two)."""

    t: Literal["charts"]
    items: list[ChartItem]


class Kpi(TypedDict):
    """A key figure: its value and what it is."""

    value: str
    label: str


class KpisBlock(TypedDict):
    """Key figures side by side."""

    t: Literal["kpis"]
    items: list[Kpi]


class HeadingBlock(TypedDict):
    """A heading: ``level`` 0 is the title, 1–4 the levels."""

    t: Literal["h"]
    level: int
    runs: list[Piece]


class ParagraphBlock(TypedDict):
    """A paragraph or a list item: ``list`` is ``bullet``, ``number`` or None, ``n`` its number."""

    t: Literal["p"]
    runs: list[Piece]
    list: Literal["bullet", "number"] | None
    depth: int
    n: int
    caption: bool


class TableCell(TypedDict):
    """A table cell."""

    pieces: list[Piece]
    header: bool


class TableBlock(TypedDict):
    """A table: its heading rows, its rows padded to full width, its column widths (mm)."""

    t: Literal["table"]
    header: int
    rows: list[list[TableCell]]
    widths: list[float]


Block = ChartsBlock | KpisBlock | HeadingBlock | ParagraphBlock | TableBlock


class Document(TypedDict):
    """What the template receives."""

    lang: str
    title: str
    blocks: list[Block]


def encode(blocks: Blocks) -> Document:
    """The report as the JSON ``templates/pdf.typ`` walks.

    Beside the blocks, layout the HTML gets from its stylesheet: key figures side by side, the
    radar charts side by side with their captions, a score bar at the end of its line, and each
    numbered list item's number.
    """
    out: list[Block] = []
    numbers: dict[int, int] = {}
    for block in blocks.blocks:
        last = out[-1] if out else None
        if isinstance(block, Figure):
            if block.chart.bar and last is not None and last["t"] == "p":
                last["runs"].append(_piece(block.chart))
            elif last is not None and last["t"] == "charts" and len(last["items"]) < 2:
                last["items"].append({"chart": _piece(block.chart), "caption": []})
            else:
                out.append(
                    {"t": "charts", "items": [{"chart": _piece(block.chart), "caption": []}]}
                )
            continue
        if isinstance(block, BlockTable):
            numbers.clear()
            out.append(_table(block))
            continue
        runs = [_piece(r) for r in block.runs]
        if block.caption and last is not None and last["t"] == "charts":
            last["items"][-1]["caption"] = runs
            continue
        if block.kpi:
            item: Kpi = {"value": block.runs[0].text.strip(), "label": _text(block.runs[1:])}
            if last is not None and last["t"] == "kpis":
                last["items"].append(item)
            else:
                out.append({"t": "kpis", "items": [item]})
            continue
        out.append(_paragraph(block, runs, numbers))
    return {"lang": blocks.lang.split("-")[0], "title": bounded(blocks.title), "blocks": out}


def _paragraph(
    block: BlockParagraph, runs: list[Piece], numbers: dict[int, int]
) -> HeadingBlock | ParagraphBlock:
    if block.heading is not None:
        numbers.clear()
        return {"t": "h", "level": block.heading, "runs": runs}
    if block.listed is None:
        numbers.clear()
    number = 0
    if block.listed == "number":
        for deeper in [d for d in numbers if d > block.depth]:
            del numbers[deeper]
        number = numbers[block.depth] = numbers.get(block.depth, 0) + 1
    return {
        "t": "p",
        "runs": runs,
        "list": block.listed,
        "depth": max(block.depth, 1),
        "n": number,
        "caption": block.caption,
    }


def _table(table: BlockTable) -> TableBlock:
    columns = table.columns
    head = 0
    for row in table.rows:
        if not all(c.header for c in row):
            break
        head += 1
    padding: list[TableCell] = [{"pieces": [], "header": False}]
    rows = [
        [TableCell(pieces=[_piece(p) for p in c.pieces], header=c.header) for c in row]
        + padding * (columns - len(row))
        for row in table.rows
    ]
    widths = column_widths(table, TEXT_WIDTH, 24.0)
    return {"t": "table", "header": head, "rows": rows, "widths": widths}


def _piece(piece: Run | BlockChart) -> Piece:
    if isinstance(piece, BlockChart):
        if piece.bar:  # drawn by Typst itself: sixty small SVGs cost more than the pages
            share, tick = piece.bar_parts()
            return {"chart": "bar", "value": share, "target": tick}
        return {"chart": "svg", "svg": piece.svg}
    href = piece.href if piece.href is not None and len(piece.href) <= 2048 else None
    return {"text": bounded(piece.text), "b": piece.bold, "i": piece.italic, "href": href}


def _text(runs: tuple[Run, ...]) -> str:
    return bounded("".join(r.text for r in runs).strip())
