"""`model list|show|export`, `schema`, `--version` and `--help`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from siqassess import __version__
from siqassess.cli import app

runner = CliRunner()
MINIMAL = Path(__file__).resolve().parents[1] / "cases" / "models" / "valid" / "minimal.yaml"


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"siqassess {__version__}"


def test_help_lists_commands_and_exit_codes() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for word in ("validate", "model", "schema", "Exit codes"):
        assert word in result.stdout


def test_model_list_names_the_builtin_model() -> None:
    result = runner.invoke(app, ["model", "list"])
    assert result.exit_code == 0
    assert result.stdout.startswith(
        "siq-2019-1\t2019:1\tSIQ Management Model / SIQ Managementmodell"
    )


@pytest.mark.parametrize(("lang", "word"), [("sv", "Arbetssätt"), ("en", "Ways of working")])
def test_model_show_draws_the_tree(lang: str, word: str) -> None:
    result = runner.invoke(app, ["model", "show", "--lang", lang])
    assert result.exit_code == 0
    assert word in result.stdout
    assert "F5.7" in result.stdout and "R5" in result.stdout


def test_model_export_is_the_normalised_tree() -> None:
    result = runner.invoke(app, ["model", "export", "--format", "json"])
    doc = json.loads(result.stdout)
    assert doc["id"] == "siq-2019-1" and len(doc["sha256"]) == 64
    tree = doc["tree"]
    assert tree["id"] == "total"
    assert [g["id"] for g in tree["children"]] == ["ways_of_working", "results"]
    f4 = tree["children"][0]["children"][3]
    assert f4["kind"] == "success_factor" and len(f4["children"]) == 6
    leaf = f4["children"][0]
    assert set(leaf["name"]) == {"sv", "en"}
    assert leaf["scale"] == "ways_of_working" and leaf["children"] == []


def test_model_export_of_a_file_path(tmp_path: Path) -> None:
    out = tmp_path / "mini.json"
    result = runner.invoke(app, ["model", "export", str(MINIMAL), "-o", str(out)])
    assert result.exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["id"] == "mini"


def test_unknown_model_is_a_usage_error() -> None:
    result = runner.invoke(app, ["model", "show", "no-such-model"])
    assert result.exit_code == 2
    assert "unknown model 'no-such-model'; built-in models: siq-2019-1" in result.output


@pytest.mark.parametrize("kind", ["model", "answers"])
def test_schema_is_json_schema(kind: str) -> None:
    result = runner.invoke(app, ["schema", kind])
    doc = json.loads(result.stdout)
    assert doc["$schema"].startswith("https://json-schema.org/")
    assert doc["additionalProperties"] is False


def test_model_schema_accepts_the_builtin_model() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    import yaml

    schema = json.loads(runner.invoke(app, ["schema", "model"]).stdout)
    root = Path(__file__).resolve().parents[2]
    data = yaml.safe_load((root / "models" / "siq_2019_1.yaml").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)


def _imported_after(*argv: str) -> set[str]:
    code = (
        "import sys\n"
        "from siqassess.cli import main\n"
        f"sys.argv = ['siqassess', *{list(argv)!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(' '.join(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('questionary', 'jinja2', 'prompt_toolkit', 'openpyxl'))), file=sys.stderr)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(out.stderr.split())


@pytest.mark.parametrize(
    "argv", [("--help",), ("validate", str(MINIMAL)), ("model", "list")], ids=str
)
def test_fast_paths_do_not_import_prompt_or_template_libraries(argv: tuple[str, ...]) -> None:
    assert _imported_after(*argv) == set()


def test_python_dash_m_runs() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "siqassess", "--version"], capture_output=True, text=True
    )
    assert out.returncode == 0 and out.stdout.startswith("siqassess ")
