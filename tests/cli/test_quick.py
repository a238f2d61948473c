"""@quick: a cheaper __init__ for frozen dataclasses that changes nothing else."""

from __future__ import annotations

import dataclasses
import pickle
from dataclasses import dataclass, field

import pytest

from siqassess.core.nodescore import Coverage, NodeScore
from siqassess.quick import PerObject, quick


@quick
@dataclass(frozen=True)
class Pair:
    name: str
    size: int = 3


def test_a_quick_class_builds_like_the_dataclass_and_stays_frozen() -> None:
    assert Pair("a") == Pair(name="a", size=3) != Pair("a", 4)
    assert repr(Pair("a", 4)) == "Pair(name='a', size=4)"
    assert hash(Pair("a")) == hash(Pair("a"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        Pair("a").size = 5  # type: ignore[misc]
    with pytest.raises(TypeError):
        Pair()  # type: ignore[call-arg]
    assert pickle.loads(pickle.dumps(Pair("b", 1))) == Pair("b", 1)
    assert dataclasses.asdict(Pair("c")) == {"name": "c", "size": 3}


def test_the_scoring_types_are_quick_and_keep_their_fields() -> None:
    node = NodeScore("F1", "success_factor", 60.0, 70.0, Coverage(answered=2, na=0, missing=0), 0.1)
    assert NodeScore.__init__.__qualname__ == "NodeScore.__init__"
    assert node.gap == 10.0 and node.coverage == Coverage(2, 0, 0)
    assert [f.name for f in dataclasses.fields(node)] == list(vars(node))


def test_quick_refuses_what_it_cannot_build() -> None:
    @dataclass(frozen=True)
    class Listed:
        items: list[int] = field(default_factory=list)

    with pytest.raises(TypeError, match=r"Listed\.items"):
        quick(Listed)


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
