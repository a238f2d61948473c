"""The answers JSON Schema is the model's: leaf ids as keys, scale values as scores (#15)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from siqassess.cli import app

from .helpers import EXAMPLES, REPO

jsonschema = pytest.importorskip("jsonschema")
runner = CliRunner()
MINIMAL = REPO / "tests/cases/models/valid/minimal.yaml"


def _schema(*args: str) -> dict[str, Any]:
    result = runner.invoke(app, ["schema", "answers", *args])
    assert result.exit_code == 0, result.output
    schema: dict[str, Any] = json.loads(result.stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    return schema


def _as_json(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        json.dumps(yaml.safe_load(path.read_text("utf-8")), default=str)
    )
    return data


def _errors(schema: dict[str, Any], doc: dict[str, Any]) -> list[str]:
    validator = jsonschema.Draft202012Validator(schema)
    return [error.json_path for error in validator.iter_errors(doc)]


@pytest.mark.parametrize("name", ["norrvik-2025.yaml", "norrvik-2026.yaml", "team/anna-lind.yaml"])
def test_example_answers_files_are_valid(name: str) -> None:
    committed = json.loads((REPO / "schemas/answers.schema.json").read_text("utf-8"))
    assert _errors(committed, _as_json(EXAMPLES / name)) == []


def test_a_score_off_the_scale_and_an_unknown_leaf_are_refused() -> None:
    schema = _schema()
    doc = _as_json(EXAMPLES / "norrvik-2026.yaml")
    doc["answers"]["F1.3"] = {"score": 65}
    assert _errors(schema, doc) == ["$.answers['F1.3']"]
    doc["answers"]["F1.3"] = {"score": 60}
    doc["answers"]["F9.9"] = {"score": 60}
    assert _errors(schema, doc) == ["$.answers"]


def test_schema_for_another_model_allows_its_leaves_only() -> None:
    schema = _schema("--model", str(MINIMAL))
    answers = schema["properties"]["answers"]
    assert answers["additionalProperties"] is False
    assert sorted(answers["properties"]) == ["A.1", "A.2", "B.1", "R1", "R2"]
    assert schema["$defs"]["ModelRef"]["properties"]["id"]["const"] == "mini"
    score = schema["$defs"]["Answer_wow"]["properties"]["score"]["anyOf"][0]
    assert score == {"enum": [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]}
    builtin = _schema()["properties"]["answers"]["properties"]
    assert len(builtin) == 32 and "F1.1" in builtin and "R5" in builtin


def test_no_schema_claims_an_address_that_does_not_exist() -> None:
    for path in sorted((REPO / "schemas").glob("*.schema.json")):
        schema = json.loads(path.read_text("utf-8"))
        assert "$id" not in schema, path.name
        assert "siqassess.invalid" not in path.read_text("utf-8")
