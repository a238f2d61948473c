"""A document row's indentation comes from the model tree's shape (parent links), not its kind."""

from __future__ import annotations

from dataclasses import dataclass

from siqassess.documents.parts import depths


@dataclass(frozen=True)
class _Row:
    id: str
    parent: str | None


def test_depth_is_the_number_of_ancestors_whatever_the_order() -> None:
    rows = [
        _Row("F1.1", "F1"),
        _Row("total", None),
        _Row("R1", "results"),
        _Row("F1", "ways_of_working"),
        _Row("ways_of_working", "total"),
        _Row("results", "total"),
    ]
    assert depths(rows) == {
        "F1.1": 3,
        "total": 0,
        "R1": 2,  # a result area sits under its group, level with the success factors
        "F1": 2,
        "ways_of_working": 1,
        "results": 1,
    }


def test_a_row_whose_parent_is_not_listed_sits_one_below_it() -> None:
    assert depths([_Row("B.1", "B")]) == {"B.1": 1}
