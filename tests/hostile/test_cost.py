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
from siqassess.io.fileschema import MAX_LISTED
from siqassess.io.yamlio import MAX_NODES, parse

from .cases import blank_answers

runner = CliRunner()


@pytest.mark.parametrize("value", [" 10", ""], ids=["not-a-mapping", "unknown-id"])
def test_the_first_100_problems_are_located_then_the_rest_counted(
    tmp_path: Path, value: str
) -> None:
    # " 10" breaks the schema (pydantic's errors); "" is a blank answer to an unknown id
    # (our own check): both paths list 100 located problems, then count the rest at the 101st.
    count = 3_000
    text = blank_answers(tmp_path)
    first = text.count("\n") + 1
    text += "".join(f"  X{i}:{value}\n" for i in range(count))
    path = tmp_path / "unknown.yaml"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["score", "--lang", "en", str(path)])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == MAX_LISTED + 1 == 101
    for i in (0, 1, 50, MAX_LISTED - 1):
        assert lines[i].startswith(f"siqassess: error: {path}:{first + i}:3: "), lines[i]
        assert f"X{i}" in lines[i]
    assert lines[-1] == (
        f"siqassess: error: {path}:{first + MAX_LISTED}:3: "
        "… and 2900 more problems, not listed: only the first 100 are"
    )
    swedish = runner.invoke(app, ["validate", "--lang", "sv", str(path)]).stdout.splitlines()
    assert swedish[-2] == (
        f"{path}:{first + MAX_LISTED}:3: "
        "… och 2900 problem till, som inte listas: bara de 100 första visas"
    )
    assert swedish[-1] == "1 fil kontrollerad: 1 ogiltig, 3000 problem"


def test_one_problem_past_the_cap_is_counted_in_the_singular(tmp_path: Path) -> None:
    text = blank_answers(tmp_path) + "".join(f"  X{i}:\n" for i in range(MAX_LISTED + 1))
    path = tmp_path / "unknown.yaml"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["validate", "--lang", "en", str(path)])
    assert result.exit_code == 1
    assert result.stdout.splitlines()[-2].endswith(
        ":3: … and 1 more problem, not listed: only the first 100 are"
    )
    assert result.stdout.splitlines()[-1] == "1 file checked: 1 invalid, 101 problems"


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


@pytest.mark.parametrize(
    "command",
    [["score"], ["score", "--detail"], ["aggregate"]],
    ids=["score", "score-detail", "aggregate"],
)
def test_a_huge_name_is_clipped_in_terminal_tables(tmp_path: Path, command: list[str]) -> None:
    """A 3 MB respondent name once made `score` wrap it into 24 MB of table (39 s)."""
    from siqassess.textsafe import CELL_LIMIT

    example = Path(__file__).resolve().parents[2] / "examples" / "norrvik-2026.yaml"
    text = example.read_text(encoding="utf-8")
    huge = "Eva" + "x" * 3_000_000
    path = tmp_path / "huge.yaml"
    path.write_text(text.replace("respondent: Ledningsgruppen", f"respondent: {huge}"), "utf-8")
    other = tmp_path / "other.yaml"
    other.write_text(text, encoding="utf-8")
    result = runner.invoke(app, [*command, str(path), str(other)], env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    assert "Eva" in result.stdout
    assert "\u2026" in result.stdout
    # Bounded: the name is shown at most CELL_LIMIT characters long, however the table wraps it.
    assert result.stdout.count("x") < CELL_LIMIT
