"""The JSON Schemas committed under schemas/ match what `siqassess schema` prints."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from siqassess.cli import app

SCHEMAS = Path(__file__).resolve().parents[2] / "schemas"


@pytest.mark.parametrize("kind", ["model", "answers", "result"])
def test_committed_schema_is_current(kind: str) -> None:
    printed = CliRunner().invoke(app, ["schema", kind]).stdout
    committed = (SCHEMAS / f"{kind}.schema.json").read_text(encoding="utf-8")
    assert json.loads(committed) == json.loads(printed), (
        f"regenerate with: siqassess schema {kind} -o schemas/{kind}.schema.json"
    )
