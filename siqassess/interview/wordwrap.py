"""A prompt_toolkit processor that wraps an editor's long lines at spaces, never in a word,
and shows the text it edits through the terminal guard."""

from __future__ import annotations

from bisect import bisect_right

from prompt_toolkit.formatted_text import StyleAndTextTuples
from prompt_toolkit.layout.processors import Processor, Transformation, TransformationInput
from prompt_toolkit.layout.utils import explode_text_fragments

from siqassess.textsafe import one_line


def padding(text: str, width: int) -> list[int]:
    """For each character of ``text``, the blanks to show before it so that no word that
    fits on a line is split across two (a word longer than a line is split as it comes)."""
    pads = [0] * len(text)
    col = 0
    for i, char in enumerate(text):
        if char != " " and (i == 0 or text[i - 1] == " "):
            end = text.find(" ", i)
            length = (len(text) if end < 0 else end) - i
            room = width - col % width
            if col % width and room < length <= width:
                pads[i] = room
                col += room
        col += 1
    return pads


class WordWrap(Processor):
    """Pads each line so prompt_toolkit's character wrap breaks it between words.

    Each character is shown as :func:`~siqassess.textsafe.one_line` shows it: a note read from
    an answers file may hold a bidi override or a C1 control, which is drawn as its placeholder
    (``⟨U+202E⟩``) while the text itself, as saved, is left as it is.
    """

    def apply_transformation(self, transformation_input: TransformationInput) -> Transformation:
        ti = transformation_input
        chars = explode_text_fragments(ti.fragments)
        units = [(style, one_line(char)) for style, char, *_rest in chars]
        pads = padding("".join(unit for _style, unit in units), max(1, ti.width))
        out: StyleAndTextTuples = []
        starts: list[int] = []
        col = shown = 0
        for style, unit in units:
            # A placeholder has no space in it, so only its first character can start a word.
            pad = pads[shown]
            shown += len(unit)
            if pad:
                out.append(("", " " * pad))
                col += pad
            starts.append(col)
            out.append((style, unit))
            col += len(unit)
        starts.append(col)

        def to_display(i: int) -> int:
            return starts[i] if i < len(starts) else starts[-1] + i - len(starts) + 1

        def to_source(d: int) -> int:
            return max(0, bisect_right(starts, d) - 1)

        return Transformation(out, source_to_display=to_display, display_to_source=to_source)
