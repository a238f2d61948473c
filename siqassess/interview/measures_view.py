"""A result question's measures on the question screen: one compact row each, and the band the
measures suggest (domain rule 16). Pure: a prompt dict in, styled lines out."""

from __future__ import annotations

from typing import TypedDict

from siqassess.core.answers import AnswersFile
from siqassess.core.measures import Judged, inconsistent
from siqassess.criteria.tree import LoadedModel
from siqassess.i18n import number, t
from siqassess.io.measures import judge_leaf
from siqassess.textfit import shorten, wrap

Line = list[tuple[str, str]]
"""Styled text, as in ``screen`` (which imports this module)."""


ARROWS = {"improving": "↗", "flat": "→", "worsening": "↘", None: "·"}
"""The trend as judged in the good direction: ↗ improving, → flat, ↘ worsening, · too few values."""


def _num(lang: str, value: float) -> str:
    return number(lang, value, 0 if float(value).is_integer() else 1)


class MeasureRow(TypedDict):
    """One measure on the question screen."""

    name: str
    values: str
    target: str
    arrow: str
    comparison: str


class MeasuresPrompt(TypedDict):
    """A result area's measures as the question screen shows them."""

    rows: list[MeasureRow]
    band: str
    covered: int
    suggested: int
    note: bool


def _row(lang: str, judged: Judged) -> MeasureRow:
    measure, level = judged.measure, judged.level
    name = f"{measure.name} ({measure.unit})" if measure.unit else measure.name
    comparison = ""
    if measure.comparisons:
        first = measure.comparisons[0]
        comparison = f"{first.source} {_num(lang, first.value)}"
    target = level.target if level is not None else None
    if target is None and measure.targets:
        target = measure.targets[max(measure.targets)]
    return {
        "name": name,
        "values": " ".join(_num(lang, v) for _, v in judged.series[-3:]) or "–",
        "target": t(lang, "ms_target_short", value=_num(lang, target))
        if target is not None
        else "",
        "arrow": ARROWS[judged.trend],
        "comparison": comparison,
    }


def measures_prompt(
    model: LoadedModel, answers: AnswersFile, leaf_id: str, lang: str
) -> MeasuresPrompt | None:
    """What the question screen shows of a result area's measures; ``None`` without any."""
    node = model.nodes[leaf_id]
    answer = answers.answer(leaf_id)
    judged = judge_leaf(model, node, answer)
    if judged is None:
        return None
    bands = [(band.min, band.max) for band in model.scale_of(node).bands]
    suggestion = judged.suggestion
    score = answer.score if answer is not None else None
    return {
        "rows": [_row(lang, j) for j in judged.measures],
        "band": f"{suggestion.low}–{suggestion.high}" if suggestion.high else "0",
        "covered": judged.covered,
        "suggested": judged.suggested,
        "note": inconsistent(score, suggestion, bands),
    }


def measure_block(data: MeasuresPrompt | None, width: int, lang: str, room: int) -> list[Line]:
    """The suggested band, then one row per measure, in at most ``room`` lines; the band line
    counts the rows that do not fit, which ``?`` shows."""
    if data is None or room < 1:
        return []
    rows = data["rows"]
    shown = rows[: room - 1]
    head = t(lang, "ms_suggested_line", band=data["band"])
    if data["suggested"]:
        head += " · " + t(lang, "ms_covered", covered=data["covered"], total=data["suggested"])
    if len(shown) < len(rows):
        head += " · " + t(lang, "ms_more_rows", n=len(rows) - len(shown))
    lines: list[Line] = [[("class:bold", shorten(head, width))]]
    note = " · " + t(lang, "ms_note_short")
    if data["note"] and width - len(head) > 8:
        lines[0].append(("class:message", " · " + shorten(note[3:], width - len(head) - 3)))
    return lines + _rows(shown, width)


def _rows(rows: list[MeasureRow], width: int) -> list[Line]:
    """One line per measure: name, last three values, target, trend arrow, then the first
    comparison; names share one column, shortened last after the comparison."""
    rights = [
        "  ".join(part for part in (r["values"], r["target"], r["arrow"]) if part) for r in rows
    ]
    right_width = max((len(text) for text in rights), default=0)
    room = width - 6 - right_width
    wanted = max((min(len(r["comparison"]), 18) + 2 for r in rows if r["comparison"]), default=0)
    longest = max((len(r["name"]) for r in rows), default=0)
    name_width = max(8, min(longest, room - wanted))
    lines: list[Line] = []
    for row, right in zip(rows, rights, strict=True):
        comparison = shorten(row["comparison"], max(0, room - name_width - 2))
        text = f"  {shorten(row['name'], name_width):<{name_width}}  {right:<{right_width}}"
        after = f"  {comparison}" if comparison else ""
        lines.append([("", text if after else text.rstrip()), ("class:dim", after)])
    return lines


def measure_help(data: MeasuresPrompt | None, width: int, lang: str) -> list[Line]:
    """Every measure of a result area and the band they suggest, for the help screen."""
    if data is None:
        return []
    return measure_block(data, width, lang, len(data["rows"]) + 1) + [
        [("class:dim", line)] for line in wrap(t(lang, "ms_arrows"), width)
    ]
