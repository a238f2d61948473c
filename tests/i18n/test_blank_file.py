"""The blank file of `init` speaks its language: header, comments, and group names, not ids."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from siqassess.cli import app

runner = CliRunner()


@pytest.mark.parametrize(
    ("lang", "header", "group", "written"),
    [
        (
            "sv",
            [
                "# siqassess svarsfil för SIQ Managementmodell 2019:1.",
                "# Poängsätt varje fråga 0-100 i steg om 10, eller skriv `na: true` med en "
                "motivering (`reason`).",
                "# Schema för editorn: siqassess schema answers -o siqassess-answers.schema.json",
            ],
            "  # Resultat",
            "Skrev en tom svarsfil: {path}",
        ),
        (
            "en",
            [
                "# siqassess answers file for SIQ Management Model 2019:1.",
                "# Score each leaf 0-100 in steps of 10, or write `na: true` with a `reason`.",
                "# Editor schema: siqassess schema answers -o siqassess-answers.schema.json",
            ],
            "  # Results",
            "Wrote a blank answers file: {path}",
        ),
    ],
)
def test_init_writes_the_header_and_group_names_in_the_language(
    tmp_path: Path, lang: str, header: list[str], group: str, written: str
) -> None:
    path = tmp_path / "blank.yaml"
    result = runner.invoke(app, ["init", "--lang", lang, "-o", str(path)])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == written.format(path=path)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[1:4] == header
    assert group in lines
    assert not any(line.startswith("  # results") for line in lines)
