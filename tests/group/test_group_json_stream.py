"""aggregate --format json is written a node at a time (#29: 10,000 files in flat memory).

The text must stay what it was when the whole document was built and dumped at once: the
golden file was written by the code before the change.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from siqassess.cli import app
from siqassess.core.aggregate import combine
from siqassess.documents.group import group_document, group_json
from siqassess.documents.parts import to_json, to_json_pieces
from siqassess.io.groupio import read_group

from .conftest import REPO, TEAM

runner = CliRunner()
GOLDEN = Path(__file__).parent / "golden"


@pytest.fixture
def team(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The team example by relative paths, as the golden file names its files."""
    monkeypatch.chdir(REPO)
    return [str(path.relative_to(REPO)) for path in TEAM]


def test_aggregate_json_is_the_golden_text_on_stdout_and_in_a_file(
    team: list[str], tmp_path: Path, golden: Callable[[Path, str], None]
) -> None:
    result = runner.invoke(app, ["aggregate", *team, "-f", "json"])
    assert result.exit_code == 0, result.output
    golden(GOLDEN / "aggregate.json", result.stdout)
    out = tmp_path / "team.json"
    result = runner.invoke(app, ["aggregate", *team, "-o", str(out)])
    assert (result.exit_code, result.stdout) == (0, "")
    assert out.read_text(encoding="utf-8") == (GOLDEN / "aggregate.json").read_text("utf-8")


def test_the_pieces_join_to_the_whole_document(team: list[str]) -> None:
    model, people = read_group(team)
    agg = combine(model, people)
    pieces = list(group_json(model, agg))
    assert len(pieces) == 2 + len(agg.result.nodes)  # head, one per node, tail
    assert "".join(pieces) == to_json(group_document(model, agg)) + "\n"


def test_an_empty_list_streamed_stays_empty() -> None:
    doc = {"a": 1, "items": [], "z": {"b": None}}
    assert "".join(to_json_pieces(doc, "items", [])) == to_json(doc) + "\n"
    filled = "".join(to_json_pieces(doc, "items", [{"x": [1, 2]}, "y"]))
    assert filled == to_json({"a": 1, "items": [{"x": [1, 2]}, "y"], "z": {"b": None}}) + "\n"
    with pytest.raises(ValueError, match="'nodes' is not an empty top-level list"):
        list(to_json_pieces(doc, "nodes", []))
