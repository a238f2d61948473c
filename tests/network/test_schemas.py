"""The JSON Schemas of trend, network, member pages and contributions are committed and current."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from siqassess.cli import app

from .conftest import ROOT


@pytest.mark.parametrize("kind", ["trend", "network", "member", "contribution"])
def test_committed_schema_is_current(kind: str) -> None:
    printed = CliRunner().invoke(app, ["schema", kind]).stdout
    committed = (ROOT / "schemas" / f"{kind}.schema.json").read_text(encoding="utf-8")
    assert json.loads(committed) == json.loads(printed), (
        f"regenerate with: siqassess schema {kind} -o schemas/{kind}.schema.json"
    )
