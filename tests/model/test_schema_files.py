"""The JSON Schemas committed under schemas/ match what `siqassess schema` prints."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from siqassess.cli import app

SCHEMAS = Path(__file__).resolve().parents[2] / "schemas"


@pytest.mark.parametrize("kind", ["model", "answers", "result", "compare", "group"])
def test_committed_schema_is_current(kind: str) -> None:
    printed = CliRunner().invoke(app, ["schema", kind]).stdout
    committed = (SCHEMAS / f"{kind}.schema.json").read_text(encoding="utf-8")
    assert json.loads(committed) == json.loads(printed), (
        f"regenerate with: siqassess schema {kind} -o schemas/{kind}.schema.json"
    )


EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
OUTPUTS = {
    "result": ["score", str(EXAMPLES / "norrvik-2025.yaml"), str(EXAMPLES / "norrvik-2026.yaml")],
    "compare": [
        "compare",
        str(EXAMPLES / "norrvik-2025.yaml"),
        str(EXAMPLES / "norrvik-2026.yaml"),
    ],
    "group": ["aggregate", str(EXAMPLES / "team")],
}


@pytest.mark.parametrize("kind", sorted(OUTPUTS))
def test_json_output_validates_against_its_published_schema(kind: str) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((SCHEMAS / f"{kind}.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    result = CliRunner().invoke(app, [*OUTPUTS[kind], "-f", "json"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    jsonschema.validate(document, schema)
    # The schema is strict: a key the document does not define is refused.
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**document, "surprise": 1}, schema)
