"""PerObject: a value made once per object, by identity."""

from __future__ import annotations

from siqassess.memo import PerObject


def test_per_object_makes_a_value_once_per_object_by_identity() -> None:
    made: list[list[int]] = []

    def total(items: list[int]) -> int:
        made.append(items)
        return sum(items)

    per = PerObject(total)
    first, twin = [1, 2], [1, 2]  # equal, yet another object: lists do not even hash
    assert per(first) == per(first) == 3
    assert made == [first]
    assert per(twin) == 3 and made[-1] is twin
    many = [[i] for i in range(40)]  # past the few it keeps: still right, made again
    assert [per(items) for items in many] == list(range(40))
    assert per(first) == 3 and made[-1] is first
