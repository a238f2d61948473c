"""compare and aggregate take --template-dir, as report does: a consultant's branding."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from siqassess.cli import app

from .conftest import NEW_EXAMPLE, OLD_EXAMPLE, TEAM

runner = CliRunner()
FOOTER = "<p>Konsult AB · {{ model.name }} · <b>{{ labels.model_hash }}</b></p>\n"
GROUP_MD = (
    '{% extends "siqassess/group.md.j2" %}\n'
    "{% block improvements %}**Konsult AB** – {{ group.respondents | length }} respondents, "
    "discuss {{ group.discuss_first | map(attribute='id') | join(', ') }}\n\n"
    "{{ super() }}{% endblock %}\n"
)


@pytest.fixture
def brand(tmp_path: Path) -> Path:
    folder = tmp_path / "brand"
    folder.mkdir()
    (folder / "_footer.html.j2").write_text(FOOTER, encoding="utf-8")
    (folder / "group.md.j2").write_text(GROUP_MD, encoding="utf-8")
    (folder / "compare.md.j2").write_text("Konsult AB: {{ comparison.total.delta | num }}\n")
    return folder


@pytest.mark.parametrize(
    "args",
    [
        ["compare", str(OLD_EXAMPLE), str(NEW_EXAMPLE)],
        ["aggregate", *map(str, TEAM)],
    ],
)
def test_an_override_partial_reaches_compare_and_aggregate_html(
    args: list[str], brand: Path
) -> None:
    result = runner.invoke(app, [*args, "-f", "html", "-l", "en", "--template-dir", str(brand)])
    assert result.exit_code == 0, result.output
    assert "<p>Konsult AB · " in result.stdout and "<b>Model checksum</b>" in result.stdout
    plain = runner.invoke(app, [*args, "-f", "html", "-l", "en"])
    assert "Konsult AB" not in plain.stdout


def test_an_override_extends_the_built_in_group_report(brand: Path) -> None:
    args = ["aggregate", *map(str, TEAM), "-f", "md", "-l", "en", "--discuss-top", "1"]
    result = runner.invoke(app, [*args, "--template-dir", str(brand)])
    assert result.exit_code == 0, result.output
    assert "**Konsult AB** – 3 respondents, discuss F1.2\n\n## Discuss first" in result.stdout
    assert result.stdout.startswith("# Group self-assessment")


def test_compare_override_and_the_config_file(brand: Path, tmp_path: Path) -> None:
    args = ["compare", str(OLD_EXAMPLE), str(NEW_EXAMPLE), "-f", "md"]
    result = runner.invoke(app, args, env={"SIQASSESS_TEMPLATE_DIR": str(brand)})
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Konsult AB: ")


def test_a_missing_template_folder_is_a_usage_error(tmp_path: Path) -> None:
    args = ["aggregate", *map(str, TEAM), "-f", "md", "--template-dir", str(tmp_path / "none")]
    result = runner.invoke(app, args, env={"LC_ALL": "sv_SE.UTF-8"})
    assert result.exit_code == 2
    assert "mallmappen finns inte" in result.stderr  # the user's locale is Swedish
