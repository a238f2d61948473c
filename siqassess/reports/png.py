"""Small PNG pictures of our own SVG charts, drawn in pure Python, for the Word document.

Word shows the SVG of a chart; a PNG must stand beside it for readers that cannot, and Word
wants one for every picture. Rendering SVG to PNG takes a library that needs Cairo from the
system, so the few shapes our charts use (rectangles, lines, polygons; ``radar.py``) are drawn
here instead, without their text. Only our own chart SVG reaches this module.
"""

from __future__ import annotations

import itertools
import re
import struct
import zlib
from collections.abc import Sequence

_NUMBER = r"-?\d+(?:\.\d+)?"
_ATTR = re.compile(r'([a-z-]+)="([^"]*)"')
_SHAPE = re.compile(r"<(rect|line|polygon|polyline|circle)\b([^>]*)>")
_HEX = re.compile(r"#([0-9a-fA-F]{6})")

Colour = tuple[int, int, int]
Point = tuple[float, float]


class Canvas:
    """An RGB picture, white to start with, in viewBox units times ``scale``."""

    def __init__(self, width: float, height: float, scale: float) -> None:
        self.scale = scale
        self.width = max(1, round(width * scale))
        self.height = max(1, round(height * scale))
        self.pixels = bytearray(b"\xff" * (self.width * self.height * 3))

    def _blend(self, x: int, y: int, colour: Colour, alpha: float) -> None:
        if 0 <= x < self.width and 0 <= y < self.height:
            at = (y * self.width + x) * 3
            for k in range(3):
                old = self.pixels[at + k]
                self.pixels[at + k] = round(old + (colour[k] - old) * alpha)

    def rect(self, x: float, y: float, w: float, h: float, colour: Colour) -> None:
        """A filled rectangle."""
        s = self.scale
        left, right = max(0, round(x * s)), min(self.width, round((x + w) * s))
        if right <= left:
            return
        paint = bytes(colour) * (right - left)
        for py in range(max(0, round(y * s)), min(self.height, round((y + h) * s))):
            at = (py * self.width + left) * 3
            self.pixels[at : at + len(paint)] = paint

    def line(self, a: Point, b: Point, colour: Colour, width: float) -> None:
        """A straight line ``width`` viewBox units thick."""
        s = self.scale
        (x0, y0), (x1, y1) = (a[0] * s, a[1] * s), (b[0] * s, b[1] * s)
        steps = max(1, round(max(abs(x1 - x0), abs(y1 - y0))))
        half = max(0, round(width * s / 2) - 1)
        for i in range(steps + 1):
            x, y = round(x0 + (x1 - x0) * i / steps), round(y0 + (y1 - y0) * i / steps)
            for dy in range(-half, half + 1):
                for dx in range(-half, half + 1):
                    self._blend(x + dx, y + dy, colour, 1.0)

    def polygon(self, points: Sequence[tuple[float, float]], colour: Colour, alpha: float) -> None:
        """A polygon filled with ``colour`` at ``alpha`` (even-odd, by scanlines)."""
        s = self.scale
        pts = [(x * s, y * s) for x, y in points]
        if len(pts) < 3:
            return
        top = max(0, int(min(y for _, y in pts)))
        bottom = min(self.height - 1, int(max(y for _, y in pts)) + 1)
        for py in range(top, bottom + 1):
            yc = py + 0.5
            xs = sorted(
                x0 + (yc - y0) * (x1 - x0) / (y1 - y0)
                for (x0, y0), (x1, y1) in zip(pts, pts[1:] + pts[:1], strict=True)
                if (y0 <= yc < y1) or (y1 <= yc < y0)
            )
            for left, right in zip(xs[::2], xs[1::2], strict=False):
                for px in range(round(left), round(right)):
                    self._blend(px, py, colour, alpha)

    def png(self) -> bytes:
        """The picture as PNG bytes (8-bit RGB, no filter)."""
        row = self.width * 3
        raw = b"".join(
            b"\x00" + bytes(self.pixels[y * row : (y + 1) * row]) for y in range(self.height)
        )
        head = struct.pack(">IIBBBBB", self.width, self.height, 8, 2, 0, 0, 0)
        png = _chunk(b"IHDR", head) + _chunk(b"IDAT", zlib.compress(raw)) + _chunk(b"IEND", b"")
        return b"\x89PNG\r\n\x1a\n" + png


def _chunk(kind: bytes, data: bytes) -> bytes:
    return (
        struct.pack(">I", len(data))
        + kind
        + data
        + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


def _colour(value: str | None) -> Colour | None:
    found = _HEX.fullmatch(value or "")
    if not found:
        return None
    code = found.group(1)
    return int(code[0:2], 16), int(code[2:4], 16), int(code[4:6], 16)


def _num(attrs: dict[str, str], key: str) -> float:
    try:
        return float(attrs.get(key, "0"))
    except ValueError:
        return 0.0


def _points(text: str) -> list[tuple[float, float]]:
    values = [float(v) for v in re.findall(_NUMBER, text)]
    return list(zip(values[::2], values[1::2], strict=False))


def svg_size(svg: str) -> tuple[float, float]:
    """The width and height of an SVG's viewBox (0 × 0 when it has none)."""
    found = re.search(r'viewBox="([^"]*)"', svg)
    values = [float(v) for v in re.findall(_NUMBER, found.group(1))] if found else []
    return (values[2], values[3]) if len(values) == 4 else (0.0, 0.0)


def chart_png(svg: str, scale: float = 1.0) -> bytes:
    """A PNG of one of our chart SVGs: its rectangles, lines and polygons, without text."""
    width, height = svg_size(svg)
    canvas = Canvas(width or 100, height or 100, scale)
    for kind, body in _SHAPE.findall(svg):
        attrs = dict(_ATTR.findall(body))
        fill = _colour(attrs.get("fill"))
        stroke = _colour(attrs.get("stroke"))
        stroke_width = _num(attrs, "stroke-width") or 1.0
        if kind == "rect" and fill is not None:
            x, y = _num(attrs, "x"), _num(attrs, "y")
            canvas.rect(x, y, _num(attrs, "width"), _num(attrs, "height"), fill)
        elif kind == "line" and stroke is not None:
            a = (_num(attrs, "x1"), _num(attrs, "y1"))
            canvas.line(a, (_num(attrs, "x2"), _num(attrs, "y2")), stroke, stroke_width)
        elif kind == "circle" and fill is not None:
            cx, cy, r = _num(attrs, "cx"), _num(attrs, "cy"), _num(attrs, "r")
            canvas.rect(cx - r, cy - r, 2 * r, 2 * r, fill)
        elif kind in ("polygon", "polyline"):
            pts = _points(attrs.get("points", ""))
            if fill is not None and kind == "polygon":
                opacity = attrs.get("fill-opacity", "1")
                canvas.polygon(pts, fill, float(opacity) if re.fullmatch(_NUMBER, opacity) else 1)
            if stroke is not None and pts:
                ring = [*pts, pts[0]] if kind == "polygon" else pts
                for a, b in itertools.pairwise(ring):
                    canvas.line(a, b, stroke, stroke_width)
    return canvas.png()
