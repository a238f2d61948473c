"""The shapes that cost more than linear time or memory are refused early or indexed (#11 §4).

No timing here: `benchmarks/hostile.py` measures. These tests pin the behaviour that keeps the
cost linear: the limits that refuse, and the answers that stay right once indexed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from siqassess.cli import app
from siqassess.core.aggregate import unique_names
from siqassess.errors import InputError
from siqassess.io.yamlio import MAX_NODES, parse

from .cases import blank_answers

runner = CliRunner()


def test_every_unknown_id_is_located_on_its_own_line(tmp_path: Path) -> None:
    count = 3_000
    text = blank_answers(tmp_path)
    first = text.count("\n") + 1
    text += "".join(f"  X{i}: 10\n" for i in range(count))
    path = tmp_path / "unknown.yaml"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["score", str(path)])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == count
    for i in (0, 1, count // 2, count - 1):
        assert lines[i].startswith(f"siqassess: error: {path}:{first + i}:3: "), lines[i]
        assert f"X{i}" in lines[i]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[" + ",".join(["1"] * (MAX_NODES + 5)) + "]\n", "document has more than 100000 values"),
        ("a:\n" + "".join(f"- {i}\n" for i in range(MAX_NODES + 5)), "more than 100000 values"),
        ("{" + ",".join(f"k{i}: 1" for i in range(MAX_NODES // 2 + 5)) + "}\n", "100000 values"),
        (
            "a: &a " + "x" * 100_000 + "\nb: [" + ", ".join(["*a"] * 60) + "]\n",
            "expands to more than 5 MiB of text",
        ),
        (
            "a: &a [" + ", ".join(["x"] * 1000) + "]\nb: [" + ", ".join(["*a"] * 200) + "]\n",
            "expands to more than 100000 nodes",
        ),
        (
            "a: &a {k: " + "y" * 60_000 + "}\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
            "c: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n",
            "expands to more than 5 MiB of text",
        ),
    ],
    ids=["flow-list", "block-list", "flow-map", "alias-text", "alias-nodes", "alias-nested"],
)
def test_size_limits_refuse_before_building(text: str, message: str) -> None:
    with pytest.raises(InputError) as caught:
        parse("f.yaml", text)
    assert message in str(caught.value)
    assert str(caught.value).startswith("f.yaml:")


def test_aliases_under_the_limits_are_accepted() -> None:
    data, _ = parse("f.yaml", "a: &a " + "x" * 1000 + "\nb: [" + ", ".join(["*a"] * 100) + "]\n")
    assert len(data["b"]) == 100 and data["b"][0] == "x" * 1000


def test_a_file_at_the_limit_is_read() -> None:
    data, _ = parse("f.yaml", "[" + ",".join(["1"] * (MAX_NODES - 1)) + "]\n")
    assert len(data) == MAX_NODES - 1


@pytest.mark.parametrize(
    ("names", "unique"),
    [
        (["Eva", "Eva", "Eva"], ["Eva", "Eva (2)", "Eva (3)"]),
        (
            ["a", "a", "a (2)", "a", "b", "a (2)"],
            ["a", "a (2)", "a (2) (2)", "a (3)", "b", "a (2) (3)"],
        ),
        (["x (2)", "x", "x"], ["x (2)", "x", "x (3)"]),
        ([], []),
    ],
)
def test_unique_names(names: list[str], unique: list[str]) -> None:
    assert unique_names(names) == unique


def test_unique_names_for_ten_thousand_respondents_of_one_name() -> None:
    names = unique_names(["Eva"] * 10_000)
    assert len(set(names)) == 10_000
    assert names[-1] == "Eva (10000)"
