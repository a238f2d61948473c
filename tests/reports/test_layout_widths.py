"""Word and PDF column widths: a column is never narrower than its longest word needs, when the
table has the room (the action plan's "Ledningsgruppen" ran into the due date's column)."""

from __future__ import annotations

import pytest

from siqassess.reports.blocks import BlockTable, Cell, Run
from siqassess.reports.layout import column_widths


def _table(*rows: tuple[str, ...]) -> BlockTable:
    return BlockTable(tuple(tuple(Cell((Run(text),)) for text in row) for row in rows))


PLAN = _table(
    ("Area for improvement", "Action", "Owner", "Due", "Status"),
    (
        "Innovationsprojekt saknar budget, mål och uppföljning, och uppföljningen sker sällan.",
        "Avsätt en innovationspott i budget 2027 och följ upp den",
        "Ledningsgruppen",
        "2026-12-15",
        "done",
    ),
)


@pytest.mark.parametrize("char_mm", [1.5, 2.4])
def test_a_column_is_as_wide_as_its_longest_word(char_mm: float) -> None:
    widths = column_widths(PLAN, 174.0, 24.0, char_mm=char_mm)
    unfloored = column_widths(PLAN, 174.0, 24.0, char_mm=0.0)
    assert unfloored[2] < 15 * char_mm + 4.0  # by its share of the text alone, too narrow
    assert sum(widths) == pytest.approx(sum(unfloored))  # the room comes from the others
    assert widths[2] >= 15 * char_mm + 4.0  # "Ledningsgruppen"
    assert widths[3] >= 10 * char_mm + 4.0  # "2026-12-15"
    assert widths[0] > widths[1] > widths[2]  # the long texts keep the most room


def test_floors_wider_than_the_page_share_it_in_proportion() -> None:
    words = _table(tuple("x" * 24 for _ in range(6)), ("a",) * 6)
    widths = column_widths(words, 170.0, char_mm=2.4)
    assert widths == pytest.approx([170.0 / 6] * 6)


def test_a_table_of_short_words_keeps_its_widths() -> None:
    short = _table(("a", "b"), ("cc", "dddd"))  # shares 3 (at least) and 4
    assert column_widths(short, 100.0) == pytest.approx([300.0 / 7, 400.0 / 7])
